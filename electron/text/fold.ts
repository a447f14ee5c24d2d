// Folding words one UTF-16 unit at a time, for the passes that read every word of every clip (near-duplicate
// shingles, quote fingerprints). Their reference form folds the whole text — text.normalize('NFKD'), marks
// dropped, toLowerCase(), then the runs of letters and digits — which costs far more than the words themselves.
// NFKD decomposes one character at a time (its reordering moves only marks, which are dropped) and lower case is
// per character but for the final sigma, so a text made only of units this table knows folds to the concatenation
// of their folds, read in one pass. A text with any other unit takes the reference path.

// What a unit is in a folded text (KIND; 0 until looked at):
/** splits words: it folds to something with no letter or digit in it */
export const FOLD_SEPARATOR = 1;
/** a letter or digit that folds to one unit, foldedUnit(c) */
export const FOLD_WORD = 2;
/** folds to nothing (a mark; a halfwidth sound mark): its neighbours join into one word */
export const FOLD_NOTHING = 3;
/** a separator that folds to apostrophes only (', ’, a fullwidth '), which some folds drop */
export const FOLD_APOSTROPHE = 4;
/**
 * only the reference path reads it exactly: what folds to more than one unit with a letter or digit among them
 * ("ﬁ", "½"), surrogates, and what decomposes to a capital sigma (lower-cased by its context)
 */
export const FOLD_SLOW = 5;

const KIND = new Uint8Array(0x10000);
const FOLDED = new Uint16Array(0x10000);
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’]/g;
const CAPITAL_SIGMA = '\u03a3';
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

for (let c = 0; c < 0x80; c++) {
  const lower = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  const word = (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39);
  KIND[c] = word ? FOLD_WORD : c === 0x27 ? FOLD_APOSTROPHE : FOLD_SEPARATOR;
  FOLDED[c] = lower;
}

/** The kind of unit c (FOLD_…), filled lazily beyond ASCII, one unit at a time. */
export const foldKind = (c: number): number => KIND[c]! || learn(c);

function learn(c: number): number {
  const decomposed = String.fromCharCode(c).normalize('NFKD').replace(MARKS, '');
  const fold = decomposed.toLowerCase();
  let kind = FOLD_SLOW;
  if ((c >= 0xd800 && c <= 0xdfff) || decomposed.includes(CAPITAL_SIGMA)) kind = FOLD_SLOW;
  else if (fold === '') kind = FOLD_NOTHING;
  else if (!HAS_LETTER_OR_DIGIT.test(fold)) kind = fold.replace(APOSTROPHES, '') === '' ? FOLD_APOSTROPHE : FOLD_SEPARATOR;
  else if (fold.length === 1 && LETTER_OR_DIGIT.test(fold)) {
    kind = FOLD_WORD;
    FOLDED[c] = fold.charCodeAt(0);
  }
  KIND[c] = kind;
  return kind;
}

/** The unit a FOLD_WORD unit folds to. */
export const foldedUnit = (c: number): number => FOLDED[c]!;
