// Pass 9 — the source (publication): a copyright line, an e-paper or subscription prompt naming the
// masthead, else a known masthead printed outside the article. Counted over the whole page in one pass each.
import { MASTHEADS, REGEXPS } from './tables';

/** Copyright holders that are not a publication name. */
const NOT_SOURCES = /^(?:all rights reserved|the author|authors?|copyright|\d+|[a-z]{1,2}|reserved|inc|llc|ltd)$/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One alternation over the table, longest names first so "Daily Express" wins over "Express". */
const MASTHEAD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...MASTHEADS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

export interface SourceFound {
  source: string;
  how: 'copyright' | 'prompt' | 'masthead';
}

/** `furniture`: page lines outside the article body; `all`: every line. */
export function findSource(furniture: readonly string[]): SourceFound | null {
  for (let i = furniture.length - 1; i >= 0; i--) {
    const line = furniture[i]!;
    if (line.length > 200) continue;
    const m = REGEXPS.copyright.exec(line);
    if (m) {
      const name = m[1]!.replace(/^(?:by|the)\s+(?=\p{Lu})/iu, (s) => (s.toLowerCase().startsWith('the') ? s : '')).trim();
      if (name && !NOT_SOURCES.test(name) && /\p{L}{2}/u.test(name) && name.split(/\s+/).length <= 6) {
        return { source: name, how: 'copyright' };
      }
    }
  }
  for (const line of furniture) {
    const m = REGEXPS.masthead.exec(line);
    if (m && m[1]) {
      const table = line.match(MASTHEAD_RE);
      return { source: table?.[0] ?? m[1].trim(), how: 'prompt' };
    }
  }
  const counts = new Map<string, number>();
  for (const line of furniture) {
    if (line.length > 300) continue;
    for (const m of line.matchAll(MASTHEAD_RE)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [name, count] of counts) {
    const weight = count + (name.includes(' ') ? 0.5 : 0);
    if (weight > bestN) { best = name; bestN = weight; }
  }
  return best ? { source: best, how: 'masthead' } : null;
}
