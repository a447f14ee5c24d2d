// Pass 10 — digests: several articles in one file (a newsletter, a saved search, a pasted batch). Split on
// separator lines, else before each headline that has its own byline or date right under it; a part counts
// only when it carries enough prose of its own, so teaser lists never split a page.
import { DEFAULT_DIGEST_MIN_WORDS, DEFAULT_TITLE_MAX_WORDS, REGEXPS } from './tables';
import { parseByline } from './07-header';
import type { Block } from './02-blocks';
import { LINE_TESTS, lineTest, type Features, type LineMemo } from './03-features';
import type { Verdict } from './04-classify';

/** Headline clusters split a file only when less than this share of its words is page furniture. */
const MAX_FURNITURE_SHARE = 0.25;
/** A digest article has at least this many good blocks. */
const MIN_GOOD_BLOCKS = 3;

export interface Part {
  start: number;
  /** exclusive */
  end: number;
}

function proseWords(verdicts: readonly Verdict[], features: readonly Features[], p: Part): [number, number] {
  let words = 0;
  let good = 0;
  for (let i = p.start; i < p.end; i++) {
    const c = verdicts[i]!.cls;
    if (c === 'good' || c === 'near') words += features[i]!.words;
    if (c === 'good') good++;
  }
  return [words, good];
}

function valid(parts: Part[], verdicts: readonly Verdict[], features: readonly Features[], scale = 1): boolean {
  return parts.length > 1 && parts.every((p) => {
    const [w, g] = proseWords(verdicts, features, p);
    return w >= DEFAULT_DIGEST_MIN_WORDS * scale && g >= Math.ceil(MIN_GOOD_BLOCKS * scale);
  });
}

/** Separator lines are plain evidence of a digest: parts may be shorter than headline-split ones. */
const SEPARATOR_SCALE = 0.5;

const cut = (starts: number[], n: number): Part[] => starts.map((s, k) => ({ start: s, end: starts[k + 1] ?? n }));

const isSeparator = (text: string): boolean => REGEXPS.digestSeparator.test(text) || REGEXPS.digestCounter.test(text);

export function splitDigest(
  blocks: readonly Block[],
  features: readonly Features[],
  verdicts: readonly Verdict[],
  /** the blocks' line memos (the separator test is remembered there) */
  memos: ReadonlyArray<LineMemo | undefined> = [],
): Part[] {
  const n = blocks.length;
  const whole = [{ start: 0, end: n }];
  const titleShaped = (i: number) => {
    const f = features[i]!;
    return f.words >= 3 && f.words <= DEFAULT_TITLE_MAX_WORDS && !f.sentence && !verdicts[i]!.reason.startsWith('boilerplate');
  };
  // 1. explicit separators ("----", "* * *", "Article 2 of 3")
  const seps: number[] = [];
  for (let i = 0; i < n; i++) if (lineTest(memos[i], LINE_TESTS.digestSeparator, blocks[i]!.text, isSeparator)) seps.push(i);
  if (seps.length) {
    const parts = cut([0, ...seps.map((s) => s + 1)], n)
      .map((p, k) => ({ start: p.start, end: k < seps.length ? seps[k]! : p.end }))
      .filter((p) => proseWords(verdicts, features, p)[0] > 0);
    // each article after a separator opens with its own headline (timeline updates such as "___ 4:14 p.m." do not)
    const titled = parts.slice(1).every((p) => {
      for (let i = p.start; i < Math.min(p.end, p.start + 3); i++) if (titleShaped(i)) return true;
      return false;
    });
    if (titled && valid(parts, verdicts, features, SEPARATOR_SCALE)) return parts;
  }
  // 2. headline + byline/date clusters, each followed by prose — only in clean text (reader view, pasted
  //    articles): on a web page the same shape is a teaser list or a comment thread
  let furniture = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += features[i]!.words;
    if (verdicts[i]!.cls === 'bad' || verdicts[i]!.cls === 'short') furniture += features[i]!.words;
  }
  if (furniture > total * MAX_FURNITURE_SHARE) return whole;
  const starts: number[] = [];
  for (let i = 0; i + 1 < n; i++) {
    if (!titleShaped(i)) continue;
    let header = false;
    for (let j = i + 1; j <= Math.min(n - 1, i + 3) && !header; j++) {
      const t = blocks[j]!.text;
      if (features[j]!.words > 14) break;
      header = features[j]!.headerLine && (REGEXPS.dateLine.test(t) || parseByline(t) !== null);
    }
    if (header && (starts.length === 0 || i - starts[starts.length - 1]! > MIN_GOOD_BLOCKS)) starts.push(i);
  }
  if (starts.length < 2) return whole;
  const parts = cut([0, ...starts.slice(1)], n);
  return valid(parts, verdicts, features) ? parts : whole;
}
