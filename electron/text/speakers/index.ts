// Library-wide speaker helpers, pure: one key per speaker name, and "the same quotation" across outlets.
//   normalizeSpeakerKey("Mr. Dmitry Peskov") === normalizeSpeakerKey("dmitry  peskov")
//   quotesNearlySame(“We will win.”, "we will win") === true

import { FOLD_APOSTROPHE, FOLD_NOTHING, FOLD_SEPARATOR, FOLD_WORD, foldedUnit, foldKind } from '../fold';

/** Honorifics and titles dropped from a speaker key (lower case, no dot). */
const KEY_DROP_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'prof', 'professor', 'rev', 'president', 'sen', 'senator',
  'gov', 'governor', 'rep', 'chancellor', 'minister', 'prime', 'secretary', 'gen', 'general', 'judge', 'mayor',
]);

/**
 * Two quotations are the same when the share of common tokens (Dice coefficient on token multisets)
 * reaches this threshold: outlets trim a word, change "US" to "U.S." or cut a clause.
 */
export const NEAR_SAME_QUOTE_THRESHOLD = 0.85;
/** Quotations shorter than this many tokens must match exactly (after normalisation). */
export const MIN_TOKENS_FOR_FUZZY = 4;

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** A stable key for "same full name = one speaker": folded case and accents, no titles, no punctuation. */
export function normalizeSpeakerKey(name: string): string {
  if (typeof name !== 'string') return '';
  const words = fold(name)
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/[\s]+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  const kept = words.filter((w) => !KEY_DROP_WORDS.has(w));
  return (kept.length ? kept : words).join(' ');
}

function tokens(text: string): string[] {
  if (typeof text !== 'string') return [];
  const fingerprint = foldedFingerprint(text);
  if (fingerprint !== null) return fingerprint === '' ? [] : fingerprint.split(' ');
  return referenceTokens(text);
}

/** The reference form of the words: the whole text folded, apostrophes dropped (they join "don't" into one word). */
const referenceTokens = (text: string): string[] => fold(text).replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Units decoded per String.fromCharCode call (a bound on its arguments). */
const DECODE_CHUNK = 8192;

/**
 * referenceTokens(text).join(' ') read in one pass through the table of folds (text/fold.ts), without folding the
 * whole text nor matching it; null when a unit of the text needs the reference path. Marks fold to nothing and
 * apostrophes are dropped: both join what is around them.
 */
function foldedFingerprint(text: string): string | null {
  // (the output is never longer: each word unit is read from one unit, each space stands for a separator)
  const units = new Uint16Array(text.length);
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = foldKind(c);
    if (kind === FOLD_WORD) {
      if (!inWord && n > 0) units[n++] = SPACE;
      units[n++] = foldedUnit(c);
      inWord = true;
    } else if (kind === FOLD_SEPARATOR) inWord = false;
    else if (kind !== FOLD_NOTHING && kind !== FOLD_APOSTROPHE) return null;
  }
  let out = '';
  for (let i = 0; i < n; i += DECODE_CHUNK) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + DECODE_CHUNK)) as unknown as number[]);
  return out;
}

const SPACE = 0x20;

/** The quotation reduced to its words: case, accents, punctuation, quote marks and spacing removed. */
export function quoteFingerprint(text: string): string {
  if (typeof text !== 'string') return '';
  return foldedFingerprint(text) ?? referenceTokens(text).join(' ');
}

/** Whether two reported quotations are the same words (punctuation, case, spacing and small edits aside). */
export function quotesNearlySame(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  if (ta.join(' ') === tb.join(' ')) return true;
  if (Math.min(ta.length, tb.length) < MIN_TOKENS_FOR_FUZZY) return false;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length) >= NEAR_SAME_QUOTE_THRESHOLD;
}
