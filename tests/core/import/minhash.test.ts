import { describe, expect, it } from 'vitest';
import { minhash, scalarMinima, shingles, SIMD, similarity } from '../../../electron/core/import/minhash';
import { SIMD_MAX_SHINGLES } from '../../../electron/core/import/minhash-simd';

// The straightforward form of the shingle hash (words joined by a space, FNV-1a, fmix32): signatures already
// stored in libraries were made this way, so the fast path must give exactly the same numbers.
function referenceShingles(text: string, size = 4): Set<number> {
  const fmix = (h: number) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
  };
  const list = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + size <= list.length; i++) {
    const s = list.slice(i, i + size).join(' ');
    let h = 0x811c9dc5;
    for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    out.add(fmix(h >>> 0));
  }
  return out;
}

const PLAIN = 'The harbour board met on Tuesday night and voted 7-2 to close the old ferry pier for repairs before the winter storms arrive.';
const ACCENTED = 'Le conseil a voté mardi soir: la jetée du ferry fermera pour des réparations avant l’hiver, a déclaré Zoë Müller, maire adjointe.';

describe('minhash', () => {
  it('hashes shingles exactly as the stored signatures were made, in plain ASCII and in accented text', () => {
    for (const text of [PLAIN, ACCENTED, `${PLAIN} ${ACCENTED}`, PLAIN.toUpperCase()]) {
      expect([...shingles(text)]).toEqual([...referenceShingles(text)].sort((a, b) => a - b));
    }
  });

  it('splits text with typographic punctuation into the same words as the Unicode path', () => {
    const punctuation = ['\u00a0', '\u2010', '\u2011', '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u201e', '\u2026'];
    const typographic = punctuation.reduce((text, c, i) => text.replace(' ', i % 2 ? c : ` ${c}`), `${PLAIN} ${PLAIN}`);
    expect(typographic).not.toBe(`${PLAIN} ${PLAIN}`);
    for (const text of [typographic, `${typographic} ${ACCENTED}`, `x\ufb01le 2\u00b2 ${typographic}`]) {
      expect([...shingles(text)]).toEqual([...referenceShingles(text)].sort((a, b) => a - b));
    }
  });

  it('reads letters beyond Latin, and the characters only the Unicode path reads exactly, as that path does', () => {
    const cyrillic = 'Совет гавани во вторник проголосовал за закрытие старого причала парома, сообщила Ёлка Йорк.';
    const greek = 'ΟΔΟΣ ΠΡΟΣ ΤΗΝ ΑΓΟΡΑ ΚΑΙ ΤΟ ΛΙΜΑΝΙ ΤΗΣ ΠΟΛΗΣ ΜΕΝΕΙ ΚΛΕΙΣΤΟΣ ΩΣ ΤΟΝ ΧΕΙΜΩΝΑ ΚΑΙ ΤΗΝ ΑΝΟΙΞΗ';
    // a lunate sigma decomposes to the capital sigma (lower-cased by context), a halfwidth sound mark to nothing
    // (joining its neighbours), a ligature to two letters, a superscript two to a digit
    const awkward = ['ΑΓΟΡΑ\u03f9 ΛΙΜΑΝΙ\u03f9', 'ab\uff9ecd', 'x\ufb01le 2\u00b2', 'ca\u0301fe', '\u00a9 \u00ae \u2122 \u00bd'].map((s) => `${s} ${PLAIN}`);
    for (const text of [cyrillic.repeat(2), greek, `${greek.toLowerCase()} ${greek}`, ...awkward, `${cyrillic} ${ACCENTED} ${PLAIN}`]) {
      expect([...shingles(text)]).toEqual([...referenceShingles(text)].sort((a, b) => a - b));
    }
  });

  it('folds case and accents, so the same words in another form give the same signature', () => {
    const a = minhash(`${ACCENTED} ${PLAIN}`)!;
    const b = minhash(`${ACCENTED.normalize('NFD').toUpperCase()} ${PLAIN}`)!;
    expect(similarity(a, b)).toBe(1);
  });

  it('gives the straightforward signature whatever was fingerprinted before it, short, long or past the reused arrays', () => {
    // the stored seeds (xorshift32 from a fixed start) and the minimum of fmix32(shingle ^ seed) for each
    const seeds: number[] = [];
    for (let i = 0, x = 0x2545f491; i < 64; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      seeds.push(x >>> 0);
    }
    const fmix = (h: number) => {
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      return (h ^ (h >>> 16)) >>> 0;
    };
    const reference = (text: string) => {
      const hashes = [...referenceShingles(text)];
      return seeds.map((seed) => hashes.reduce((min, h) => Math.min(min, fmix((h ^ seed) >>> 0)), 0xffffffff));
    };
    const numbered = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const texts = [PLAIN.repeat(3), numbered(3000), `${ACCENTED} ${PLAIN}`, numbered(9000), PLAIN.repeat(2), `${PLAIN} ${numbered(40)}`];
    for (const text of [...texts, ...texts.reverse()]) expect([...minhash(text)!]).toEqual(reference(text));
  });

  it('gives no signature to a text too short to compare', () => {
    expect(minhash('Three short words')).toBeNull();
  });
});

describe('minhash in WebAssembly SIMD', () => {
  it('runs here, and gives the JavaScript loop’s minima for few, many and extreme hashes', () => {
    expect(SIMD).not.toBeNull();
    let x = 0x9e3779b9;
    const next = () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x >>> 0;
    };
    const lists = [[0], [0xffffffff], [0x80000000, 0x7fffffff, 1], Array.from({ length: 5 }, next), Array.from({ length: 4099 }, next)];
    for (const list of lists) {
      const hashes = Uint32Array.from(list);
      const simd = new Uint32Array(64);
      const scalar = new Uint32Array(64);
      SIMD!(hashes, simd);
      scalarMinima(hashes, scalar);
      expect([...simd]).toEqual([...scalar]);
    }
  });

  it('gives a text longer than the module holds (SIMD_MAX_SHINGLES) the JavaScript loop’s signature', () => {
    const text = Array.from({ length: SIMD_MAX_SHINGLES + 10 }, (_, i) => `w${i}`).join(' ');
    const expected = new Uint32Array(64);
    scalarMinima(shingles(text), expected);
    expect([...minhash(text)!]).toEqual([...expected]);
  });
});
