// Library-wide speaker helpers, pure: one key per speaker name, and "the same quotation" across outlets.
//   normalizeSpeakerKey("Mr. Dmitry Peskov") === normalizeSpeakerKey("dmitry  peskov")
//   quotesNearlySame(“We will win.”, "we will win") === true

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
  return typeof text === 'string' ? fold(text).replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [] : [];
}

/** The quotation reduced to its words: case, accents, punctuation, quote marks and spacing removed. */
export function quoteFingerprint(text: string): string {
  return tokens(text).join(' ');
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
