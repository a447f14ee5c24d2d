// Pass 5 — the main region: the run of blocks with the most content in it (maximum-sum subarray, as in Finn,
// Kushmerick & Smyth's Body Text Extraction). Content blocks add, furniture subtracts; one linear scan.
import { END_MARKER_REASONS, REGION_WEIGHTS as W } from './tables';
import type { Features } from './03-features';
import type { Verdict } from './04-classify';

export interface Region {
  start: number;
  /** exclusive */
  end: number;
}

export function blockWeight(v: Verdict, f: Features): number {
  const reason = v.reason.startsWith('boilerplate: ') ? v.reason.slice(13) : '';
  if (END_MARKER_REASONS.has(reason)) return W.endMarker;
  let w: number;
  switch (v.cls) {
    case 'good': w = f.words * W.good; break;
    case 'near': w = f.words * W.near; break;
    case 'short': w = Math.min(-W.shortMin, f.words * W.short); break;
    default: w = Math.min(-W.badMin, f.words * W.bad);
  }
  if (f.repeated > 0 && v.cls !== 'good') w += W.repeated;
  return w;
}

/** The maximum-sum run of weights (Kadane). Empty region when nothing is positive. */
export function mainRegion(weights: readonly number[], from = 0, to = weights.length): Region {
  let best = 0;
  let bestStart = from;
  let bestEnd = from;
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) { sum = 0; start = i; }
    sum += weights[i]!;
    if (sum > best) { best = sum; bestStart = start; bestEnd = i + 1; }
  }
  return { start: bestStart, end: bestEnd };
}
