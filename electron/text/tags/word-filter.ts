// A pre-test for looking words up in a table: most words of a text cannot be in it, and this tells so from their
// first two characters, last character and length, before any string is cut out and hashed. It never turns away a
// word of the table (tests/text/tags/word-filter.test.ts); it lets through a few words that are not in it.

/** Lengths are told apart up to this; longer words share the last bit. */
const MAX_LENGTH_BIT = 31;
const lengthBit = (length: number): number => 1 << Math.min(length, MAX_LENGTH_BIT);
/** Bits of the table of (first, second, last character, length) keys: 64 K bits, 8 KB. */
const KEY_BITS = 16;
const KEY_MASK = (1 << KEY_BITS) - 1;
/** Lengths beyond this share a key (words that long are rare in the tables). */
const MAX_KEY_LENGTH = 63;
/** The key of a word from its first two characters, last character and length (c1 = 0 for a word of one). */
const keyOf = (c0: number, c1: number, cn: number, length: number): number =>
  (Math.imul(Math.imul(Math.imul(c0, 31) + c1, 31) + cn, 31) + Math.min(length, MAX_KEY_LENGTH)) & KEY_MASK;

export class WordFilter {
  /** by ASCII first character: the lengths of its words (bit n: n long), the cheapest test, tried first */
  private readonly lengths = new Uint32Array(128);
  /** the keys of the words (keyOf), one bit each: the capitalised words of a clip that pass the lengths (two in
   *  five, for the place names) are mostly turned away here */
  private readonly keys = new Uint32Array((KEY_MASK + 1) >>> 5);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const n = w.length;
      if (n === 0) continue; // (the empty word is never turned away: see mayBe)
      const c0 = w.charCodeAt(0);
      // (words beyond ASCII have no lengths entry: only their key is tested)
      if (c0 < 128) this.lengths[c0]! |= lengthBit(n);
      const k = keyOf(c0, n > 1 ? w.charCodeAt(1) : 0, w.charCodeAt(n - 1), n);
      this.keys[k >>> 5]! |= 1 << (k & 31);
    }
  }

  /** May text[at, at + length) be one of the words? False only when it is none of them. */
  mayBe(text: string, at: number, length: number): boolean {
    if (length === 0) return true;
    const c0 = text.charCodeAt(at);
    if (c0 < 128 && (this.lengths[c0]! & lengthBit(length)) === 0) return false;
    const k = keyOf(c0, length > 1 ? text.charCodeAt(at + 1) : 0, text.charCodeAt(at + length - 1), length);
    return (this.keys[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}
