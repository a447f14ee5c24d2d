// Near-duplicate fingerprints: word shingles → MinHash signature → LSH band buckets. Pure code (runs in the
// import worker). Two wire stories lightly edited by different papers share most 4-word shingles; the
// signature estimates that share (Jaccard similarity) in 64 numbers, and 16 bands of 4 numbers put likely
// pairs in a common bucket so only those are compared.

import { FOLD_APOSTROPHE, FOLD_NOTHING, FOLD_SEPARATOR, FOLD_WORD, foldedUnit, foldKind } from '../../text/fold';
import { SIMD_MAX_SHINGLES, simdMinima } from './minhash-simd';

/** words per shingle */
export const DEFAULT_SHINGLE_WORDS = 4;
/** hash functions in a signature; a multiple of ROWS_PER_BAND, and of 4 (minhash takes four seeds per pass) */
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

export function words(text: string): string[] {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().match(WORD) ?? [];
}

/**
 * The folded words of a text as units (the words' folded UTF-16 units one after another) and where each word ends
 * in them, read in one pass without making a string (text/fold.ts); null when a unit of the text needs the Unicode
 * path (words).
 */
function foldedWords(text: string): { units: Uint16Array; ends: Int32Array; count: number } | null {
  const units = scratch.units(text.length);
  const ends = scratch.ends((text.length >> 1) + 1);
  let n = 0;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = foldKind(c);
    if (kind === FOLD_WORD) {
      units[n++] = foldedUnit(c);
      inWord = true;
    } else if (kind === FOLD_SEPARATOR || kind === FOLD_APOSTROPHE) {
      if (inWord) ends[count++] = n;
      inWord = false;
    } else if (kind !== FOLD_NOTHING) return null;
  }
  if (inWord) ends[count++] = n;
  return { units, ends, count };
}

const SPACE = 0x20;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over the UTF-16 units of list.slice(from, from + size).join(' '), then fmix32, without building the
 * string (this runs for every word of every clip). Stored signatures depend on it: keep it exactly so.
 */
function hashWords(list: readonly string[], from: number, size: number): number {
  let h = FNV_OFFSET;
  for (let w = from; w < from + size; w++) {
    if (w > from) h = Math.imul(h ^ SPACE, FNV_PRIME);
    const word = list[w]!;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  }
  return fmix32(h >>> 0);
}

/** hashWords over the folded units of words [from, from + size) (foldedWords): the same number. */
function hashUnits(units: Uint16Array, ends: Int32Array, from: number, size: number): number {
  let h = FNV_OFFSET | 0;
  let i = from === 0 ? 0 : ends[from - 1]!;
  for (let w = from; w < from + size; w++) {
    if (w > from) h = Math.imul(h ^ SPACE, FNV_PRIME);
    for (const end = ends[w]!; i < end; i++) h = Math.imul(h ^ units[i]!, FNV_PRIME);
  }
  return fmix32(h >>> 0);
}

/**
 * Texts up to this many UTF-16 units are read into arrays kept from one text to the next (SCRATCH): every clip
 * of an import is fingerprinted, and fresh arrays for each were ~10 bytes of garbage per character of body.
 * Longer texts, rare, get arrays of their own, so that one long text does not keep its arrays for good.
 */
const SCRATCH_MAX_UNITS = 1 << 16;

/** Grow-only typed arrays reused by each fingerprint (one at a time: nothing here calls out while it uses them). */
const scratch = (() => {
  let units = new Uint16Array(0);
  let ends = new Int32Array(0);
  let hashes = new Uint32Array(0);
  // (called for need > have, need <= SCRATCH_MAX_UNITS) doubling: few regrowths in the first clips, then none
  const fit = (have: number, need: number) => Math.min(SCRATCH_MAX_UNITS, Math.max(need, have * 2));
  return {
    units(n: number): Uint16Array {
      if (n > SCRATCH_MAX_UNITS) return new Uint16Array(n);
      if (n > units.length) units = new Uint16Array(fit(units.length, n));
      return units;
    },
    ends(n: number): Int32Array {
      if (n > SCRATCH_MAX_UNITS) return new Int32Array(n);
      if (n > ends.length) ends = new Int32Array(fit(ends.length, n));
      return ends;
    },
    /** exactly n long (a view), for minhash's own use */
    hashes(n: number): Uint32Array {
      if (n > SCRATCH_MAX_UNITS) return new Uint32Array(n);
      if (n > hashes.length) hashes = new Uint32Array(fit(hashes.length, n));
      return hashes.subarray(0, n);
    },
  };
})();

/**
 * Hashes of the text's overlapping word n-grams, in text order, repeats included. `reused`: into the scratch
 * array, valid until the next call (minhash); else into an array of the caller's own (shingles).
 */
function shingleHashes(text: string, size: number, reused = false): Uint32Array {
  const folded = foldedWords(text);
  if (folded) {
    const count = Math.max(0, folded.count - size + 1);
    const hashes = reused ? scratch.hashes(count) : new Uint32Array(count);
    for (let i = 0; i < hashes.length; i++) hashes[i] = hashUnits(folded.units, folded.ends, i, size);
    return hashes;
  }
  const list = words(text);
  const count = Math.max(0, list.length - size + 1);
  const hashes = reused ? scratch.hashes(count) : new Uint32Array(count);
  for (let i = 0; i < hashes.length; i++) hashes[i] = hashWords(list, i, size);
  return hashes;
}

/**
 * Hashes of the text's overlapping word n-grams, each once, in ascending order. A sorted typed array rather than
 * a Set: building a Set of every clip's shingles cost more than hashing them.
 */
export function shingles(text: string, size = DEFAULT_SHINGLE_WORDS): Uint32Array {
  const hashes = shingleHashes(text, size).sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i]!;
  return hashes.subarray(0, distinct);
}

/** Whether `hashes` hold at least `min` different values; in prose the first `min` nearly always are. */
function hasDistinct(hashes: Uint32Array, min: number): boolean {
  if (hashes.length < min) return false;
  const seen = new Set<number>();
  for (let i = 0; i < hashes.length && seen.size < min; i++) seen.add(hashes[i]!);
  return seen.size >= min;
}

/** The MinHash signature of a text, or null when the text is too short to compare. */
export function minhash(text: string): Uint32Array | null {
  // a minimum over shingles is the same with their repeats: they are neither sorted nor made unique (a sort cost
  // a sixth of the signature), only counted far enough to know the text is long enough to compare
  const hashes = shingleHashes(text, DEFAULT_SHINGLE_WORDS, true);
  if (!hasDistinct(hashes, DEFAULT_MIN_SHINGLES)) return null;
  const signature = new Uint32Array(DEFAULT_SIGNATURE_SIZE);
  if (SIMD !== null && hashes.length <= SIMD_MAX_SHINGLES) SIMD(hashes, signature);
  else scalarMinima(hashes, signature);
  return signature;
}

/** The least fmix32(hash ^ seed) of each seed, over `hashes`, into `signature`: the JavaScript loop. */
export function scalarMinima(hashes: Uint32Array, signature: Uint32Array): void {
  const values = new Int32Array(hashes.buffer, hashes.byteOffset, hashes.length);
  // four seeds per pass over the shingles, their running minima in locals, compared as signed numbers with the
  // sign bit flipped (the unsigned order): a third less time than one seed per pass with unsigned numbers
  for (let s = 0; s < DEFAULT_SIGNATURE_SIZE; s += 4) {
    const s0 = SIGNED_SEEDS[s]!;
    const s1 = SIGNED_SEEDS[s + 1]!;
    const s2 = SIGNED_SEEDS[s + 2]!;
    const s3 = SIGNED_SEEDS[s + 3]!;
    let m0 = FLIPPED_MAX;
    let m1 = FLIPPED_MAX;
    let m2 = FLIPPED_MAX;
    let m3 = FLIPPED_MAX;
    for (let i = 0; i < values.length; i++) {
      const x = values[i]!;
      const h0 = flippedMix(x ^ s0);
      const h1 = flippedMix(x ^ s1);
      const h2 = flippedMix(x ^ s2);
      const h3 = flippedMix(x ^ s3);
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    signature[s] = m0 ^ SIGN_BIT;
    signature[s + 1] = m1 ^ SIGN_BIT;
    signature[s + 2] = m2 ^ SIGN_BIT;
    signature[s + 3] = m3 ^ SIGN_BIT;
  }
}

/** scalarMinima four seeds to an instruction (minhash-simd.ts), where WebAssembly SIMD runs; exported for its test */
export const SIMD = simdMinima(SEEDS);
const SIGNED_SEEDS = new Int32Array(SEEDS.buffer, SEEDS.byteOffset, SEEDS.length);
const SIGN_BIT = 0x80000000 | 0;
/** 0xffffffff with the sign bit flipped */
const FLIPPED_MAX = 0x7fffffff;

/** fmix32(h) with the sign bit flipped, as a signed number: a < b exactly when fmix32's a < b unsigned. */
function flippedMix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16) ^ SIGN_BIT;
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
