import { describe, expect, it } from 'vitest';
import { FOLD_APOSTROPHE, FOLD_NOTHING, FOLD_SEPARATOR, FOLD_SLOW, FOLD_WORD, foldedUnit, foldKind } from '../../electron/text/fold';

const kind = (ch: string) => foldKind(ch.charCodeAt(0));
const folded = (ch: string) => String.fromCharCode(foldedUnit(ch.charCodeAt(0)));

describe('foldKind', () => {
  it('folds letters to one lower-case unit without accents, in any alphabet', () => {
    for (const [ch, to] of [['A', 'a'], ['7', '7'], ['\u00c9', 'e'], ['\u0419', '\u0438'], ['\u03a9', '\u03c9'], ['\u00aa', 'a']]) {
      expect(kind(ch!)).toBe(FOLD_WORD);
      expect(folded(ch!)).toBe(to);
    }
  });

  it('tells separators, apostrophes and what folds to nothing apart', () => {
    for (const ch of [' ', '.', '\u00a0', '\u2014', '\u201c', '\u00a9', '\u00a8']) expect(kind(ch)).toBe(FOLD_SEPARATOR);
    for (const ch of ["'", '\u2019', '\uff07']) expect(kind(ch)).toBe(FOLD_APOSTROPHE);
    for (const ch of ['\u0301', '\uff9e']) expect(kind(ch)).toBe(FOLD_NOTHING);
  });

  it('leaves to the whole-text path what does not fold to one unit on its own', () => {
    // a ligature and a fraction fold to several units, a lunate sigma to the capital sigma (lower-cased by its
    // context), a compatibility ideograph to a character beyond the BMP; half a surrogate pair is nothing alone
    for (const ch of ['\ufb01', '\u00bd', '\u03a3', '\u03f9', '\ufa6c', '\ud83d']) expect(kind(ch)).toBe(FOLD_SLOW);
  });
});
