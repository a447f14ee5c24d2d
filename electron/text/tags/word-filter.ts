// A pre-test for looking words up in a table: most words of a text cannot be in it, and this tells so from their
// first two characters, last character and length, before any string is cut out and hashed. It never turns away a word of the
// table (tests/text/tags/word-filter.test.ts); it lets through some words that are not in it.

/** Lengths are told apart up to this; longer words share the last bit. */
const MAX_LENGTH_BIT = 31;
const lengthBit = (length: number): number => 1 << Math.min(length, MAX_LENGTH_BIT);
/** The second (or last) character's bit: its low five bits (a and A share one; a pre-test may let more through). */
const secondBit = (code: number): number => 1 << (code & 31);
/** A character's bit, all bits beyond ASCII (those are not told apart). */
const charBits = (code: number): number => (code < 128 ? secondBit(code) : 0xffffffff);

export class WordFilter {
  /** by ASCII first character: the lengths of its words (bit n: n long) */
  private readonly lengths = new Uint32Array(128);
  /** by ASCII first character: the second characters of its words (secondBit; all bits when one is beyond ASCII) */
  private readonly seconds = new Uint32Array(128);
  /** by ASCII first character: the last characters of its words (as seconds: many words that pass the tests above
   *  end otherwise) */
  private readonly lasts = new Uint32Array(128);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const c0 = w.charCodeAt(0);
      if (!(c0 < 128)) continue; // (words beyond ASCII, and the empty word, are never turned away: see mayBe)
      this.lengths[c0]! |= lengthBit(w.length);
      if (w.length < 2) continue;
      this.seconds[c0]! |= charBits(w.charCodeAt(1));
      this.lasts[c0]! |= charBits(w.charCodeAt(w.length - 1));
    }
  }

  /** May text[at, at + length) be one of the words? False only when it is none of them. */
  mayBe(text: string, at: number, length: number): boolean {
    const c0 = text.charCodeAt(at);
    if (!(c0 < 128)) return true;
    if ((this.lengths[c0]! & lengthBit(length)) === 0) return length === 0;
    if (length < 2) return true;
    const c1 = text.charCodeAt(at + 1);
    if (c1 < 128 && (this.seconds[c0]! & secondBit(c1)) === 0) return false;
    const cn = text.charCodeAt(at + length - 1);
    return cn >= 128 || (this.lasts[c0]! & secondBit(cn)) !== 0;
  }
}
