// Near-duplicate fingerprints: word shingles → MinHash signature → LSH band buckets. Pure code (runs in the
// import worker). Two wire stories lightly edited by different papers share most 4-word shingles; the
// signature estimates that share (Jaccard similarity) in 64 numbers, and 16 bands of 4 numbers put likely
// pairs in a common bucket so only those are compared.

/** words per shingle */
export const DEFAULT_SHINGLE_WORDS = 4;
/** hash functions in a signature; a multiple of ROWS_PER_BAND */
export const DEFAULT_SIGNATURE_SIZE = 64;
/** rows per LSH band: 16 bands of 4 catch pairs from a similarity of about (1/16)^(1/4) = 0.5 */
export const DEFAULT_ROWS_PER_BAND = 4;
/** estimated Jaccard similarity from which two clips are linked "also in" */
export const DEFAULT_LINK_SIMILARITY = 0.5;
/** below this many shingles a text is too short to call anything a near-duplicate of it */
export const DEFAULT_MIN_SHINGLES = 12;

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** Fixed seeds so signatures stored in a library stay comparable across versions. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(DEFAULT_SIGNATURE_SIZE);
  let x = 0x2545f491;
  for (let i = 0; i < seeds.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    seeds[i] = x >>> 0;
  }
  return seeds;
})();

/** MurmurHash3's finaliser: a cheap 32-bit mix with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A character other than ASCII and the typographic punctuation English clippings are full of (no-break space,
 * dashes, curly quotes, ellipsis). None of those is a letter, digit or mark, nor becomes one under NFKD, so a
 * text without such a character splits into the same words on the plain path.
 */
const NOT_ASCII = /[^\x00-\x7f\u00a0\u2010-\u2015\u2018-\u201f\u2026]/;

/** WORD within ASCII, where the letters and digits are just these (a plain class is much faster than \p{…}) */
const ASCII_WORD = /[a-z0-9]+/g;

export function words(text: string): string[] {
  // NFKD changes no word of such text, and with the Unicode classes it is most of the cost: English articles skip both
  if (!NOT_ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().match(WORD) ?? [];
}

const SPACE = 0x20;

/**
 * FNV-1a over the UTF-16 units of list.slice(from, from + size).join(' '), then fmix32, without building the
 * string (this runs for every word of every clip). Stored signatures depend on it: keep it exactly so.
 */
function hashWords(list: readonly string[], from: number, size: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < from + size; w++) {
    if (w > from) {
      h ^= SPACE;
      h = Math.imul(h, 0x01000193);
    }
    const word = list[w]!;
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return fmix32(h >>> 0);
}

/**
 * Hashes of the text's overlapping word n-grams, each once, in ascending order. A sorted typed array rather than
 * a Set: building a Set of every clip's shingles cost more than hashing them.
 */
export function shingles(text: string, size = DEFAULT_SHINGLE_WORDS): Uint32Array {
  const list = words(text);
  const count = Math.max(0, list.length - size + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = hashWords(list, i, size);
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i]!;
  return hashes.subarray(0, distinct);
}

/** The MinHash signature of a text, or null when the text is too short to compare. */
export function minhash(text: string): Uint32Array | null {
  const hashes = shingles(text);
  const distinct = hashes.length;
  if (distinct < DEFAULT_MIN_SHINGLES) return null;
  const signature = new Uint32Array(DEFAULT_SIGNATURE_SIZE);
  // one seed at a time over all shingles: the running minimum stays in a local
  for (let s = 0; s < signature.length; s++) {
    const seed = SEEDS[s]!;
    let min = 0xffffffff;
    for (let i = 0; i < distinct; i++) {
      const h = fmix32(hashes[i]! ^ seed);
      if (h < min) min = h;
    }
    signature[s] = min;
  }
  return signature;
}

/** Estimated Jaccard similarity: the share of equal positions. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** One bucket key per band: the band's number in the high bits, a hash of its values in the low 32. */
export function bandBuckets(signature: Uint32Array, rows = DEFAULT_ROWS_PER_BAND): number[] {
  const buckets: number[] = [];
  for (let band = 0; band * rows < signature.length; band++) {
    let h = 0x9747b28c ^ band;
    for (let r = 0; r < rows; r++) h = fmix32(h ^ signature[band * rows + r]!);
    buckets.push(band * 0x1_0000_0000 + h);
  }
  return buckets;
}

export function signatureToBlob(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function blobToSignature(blob: Buffer): Uint32Array {
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
