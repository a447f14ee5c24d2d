// ../../tmp/wprof.ts
import fs from "node:fs";
import path2 from "node:path";

// electron/core/import/worker.ts
import v8 from "node:v8";
import { isMainThread, parentPort, workerData } from "node:worker_threads";

// electron/core/library/hash.ts
import { createHash } from "node:crypto";
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
var SPACING = /[^\S ]\s*| \s+/g;
function bodyHash(body2) {
  return sha256(body2.normalize("NFKC").toLowerCase().replace(SPACING, " ").trim());
}

// electron/text/fold.ts
var FOLD_SEPARATOR = 1;
var FOLD_WORD = 2;
var FOLD_NOTHING = 3;
var FOLD_APOSTROPHE = 4;
var FOLD_SLOW = 5;
var KIND = new Uint8Array(65536);
var FOLDED = new Uint16Array(65536);
var MARKS = /\p{M}+/gu;
var APOSTROPHES = /['’]/g;
var CAPITAL_SIGMA = "\u03A3";
var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
var HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
for (let c = 0; c < 128; c++) {
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  const word = lower >= 97 && lower <= 122 || c >= 48 && c <= 57;
  KIND[c] = word ? FOLD_WORD : c === 39 ? FOLD_APOSTROPHE : FOLD_SEPARATOR;
  FOLDED[c] = lower;
}
var foldKind = (c) => KIND[c] || learn(c);
function learn(c) {
  const decomposed = String.fromCharCode(c).normalize("NFKD").replace(MARKS, "");
  const fold2 = decomposed.toLowerCase();
  let kind = FOLD_SLOW;
  if (c >= 55296 && c <= 57343 || decomposed.includes(CAPITAL_SIGMA)) kind = FOLD_SLOW;
  else if (fold2 === "") kind = FOLD_NOTHING;
  else if (!HAS_LETTER_OR_DIGIT.test(fold2)) kind = fold2.replace(APOSTROPHES, "") === "" ? FOLD_APOSTROPHE : FOLD_SEPARATOR;
  else if (fold2.length === 1 && LETTER_OR_DIGIT.test(fold2)) {
    kind = FOLD_WORD;
    FOLDED[c] = fold2.charCodeAt(0);
  }
  KIND[c] = kind;
  return kind;
}
var foldedUnit = (c) => FOLDED[c];

// electron/core/import/minhash-simd.ts
var SEEDS_AT = 0;
var MINIMA_AT = 256;
var SHINGLES_AT = 512;
var SIMD_MAX_SHINGLES = 1 << 16;
var uleb = (n) => {
  const out = [];
  do {
    let b = n & 127;
    n >>>= 7;
    if (n !== 0) b |= 128;
    out.push(b);
  } while (n !== 0);
  return out;
};
var sleb = (n) => {
  const out = [];
  for (; ; ) {
    const b = n & 127;
    n >>= 7;
    if (n === 0 && (b & 64) === 0 || n === -1 && (b & 64) !== 0) return [...out, b];
    out.push(b | 128);
  }
};
var u32x4 = (v) => Array.from({ length: 16 }, (_, i) => v >>> 8 * (i & 3) & 255);
var LOCAL_GET = 32;
var LOCAL_SET = 33;
var LOCAL_TEE = 34;
var I32_CONST = 65;
var I32_ADD = 106;
var I32_SHL = 116;
var I32_GE_U = 79;
var I32_LT_U = 73;
var BLOCK = 2;
var LOOP = 3;
var VOID = 64;
var BR = 12;
var BR_IF = 13;
var END = 11;
var SIMD = 253;
var V128_LOAD = [SIMD, 0];
var V128_LOAD32_SPLAT = [SIMD, 9];
var V128_STORE = [SIMD, 11];
var V128_CONST = [SIMD, 12];
var V128_XOR = [SIMD, 81];
var I32X4_SHR_U = [SIMD, ...uleb(173)];
var I32X4_MUL = [SIMD, ...uleb(181)];
var I32X4_MIN_U = [SIMD, ...uleb(183)];
var I32 = 127;
var V128 = 123;
var VECTORS = 4;
var EACH = Array.from({ length: VECTORS }, (_, k) => k);
var N = 0;
var SEED = 1;
var AT = 2;
var STOP = 3;
var S0 = 4;
var M0 = S0 + VECTORS;
var X = M0 + VECTORS;
var H = X + 1;
var C1 = H + 1;
var C2 = C1 + 1;
var get = (i) => [LOCAL_GET, i];
var set = (i) => [LOCAL_SET, i];
var i32 = (v) => [I32_CONST, ...sleb(v)];
var memarg = (align, offset) => [align, ...uleb(offset)];
var mixInto = (s, m) => [
  ...get(X),
  ...get(s),
  ...V128_XOR,
  LOCAL_TEE,
  H,
  ...get(H),
  ...i32(16),
  ...I32X4_SHR_U,
  ...V128_XOR,
  ...get(C1),
  ...I32X4_MUL,
  LOCAL_TEE,
  H,
  ...get(H),
  ...i32(13),
  ...I32X4_SHR_U,
  ...V128_XOR,
  ...get(C2),
  ...I32X4_MUL,
  LOCAL_TEE,
  H,
  ...get(H),
  ...i32(16),
  ...I32X4_SHR_U,
  ...V128_XOR,
  ...get(m),
  ...I32X4_MIN_U,
  ...set(m)
];
var body = [
  2,
  3,
  I32,
  2 * VECTORS + 4,
  V128,
  ...i32(SHINGLES_AT),
  ...get(N),
  ...i32(2),
  I32_SHL,
  I32_ADD,
  ...set(STOP),
  ...V128_CONST,
  ...u32x4(2246822507),
  ...set(C1),
  ...V128_CONST,
  ...u32x4(3266489909),
  ...set(C2),
  ...i32(SEEDS_AT),
  ...set(SEED),
  LOOP,
  VOID,
  // over groups of 4 × VECTORS seeds
  ...EACH.flatMap((k) => [...get(SEED), ...V128_LOAD, ...memarg(4, 16 * k), ...set(S0 + k)]),
  ...V128_CONST,
  ...u32x4(4294967295),
  ...EACH.slice(1).flatMap((k) => [LOCAL_TEE, M0 + k]),
  ...set(M0),
  ...i32(SHINGLES_AT),
  ...set(AT),
  BLOCK,
  VOID,
  LOOP,
  VOID,
  // over the shingles
  ...get(AT),
  ...get(STOP),
  I32_GE_U,
  BR_IF,
  1,
  ...get(AT),
  ...V128_LOAD32_SPLAT,
  ...memarg(2, 0),
  ...set(X),
  ...EACH.flatMap((k) => mixInto(S0 + k, M0 + k)),
  ...get(AT),
  ...i32(4),
  I32_ADD,
  ...set(AT),
  BR,
  0,
  END,
  END,
  ...EACH.flatMap((k) => [...get(SEED), ...get(M0 + k), ...V128_STORE, ...memarg(4, MINIMA_AT - SEEDS_AT + 16 * k)]),
  ...get(SEED),
  ...i32(16 * VECTORS),
  I32_ADD,
  LOCAL_TEE,
  SEED,
  ...i32(MINIMA_AT),
  I32_LT_U,
  BR_IF,
  0,
  END,
  END
];
var section = (id, content) => [id, ...uleb(content.length), ...content];
var name = (s) => [s.length, ...[...s].map((c) => c.charCodeAt(0))];
var MODULE = new Uint8Array([
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  ...section(1, [1, 96, 1, I32, 0]),
  // one type: (i32) → ()
  ...section(3, [1, 0]),
  // one function, of that type
  ...section(5, [1, 0, 1]),
  // one memory, one page to start with
  ...section(7, [2, ...name("memory"), 2, 0, ...name("minima"), 0, 0]),
  ...section(10, [1, ...uleb(body.length), ...body])
]);
function instantiate(seeds) {
  if (seeds.length !== 64 || typeof WebAssembly !== "object" || !WebAssembly.validate(MODULE)) return null;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE));
  const memory = instance.exports.memory;
  const run = instance.exports.minima;
  let words3 = new Uint32Array(memory.buffer);
  words3.set(seeds, SEEDS_AT / 4);
  return (hashes, out) => {
    const need = SHINGLES_AT + hashes.length * 4;
    if (need > memory.buffer.byteLength) {
      memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
      words3 = new Uint32Array(memory.buffer);
    }
    words3.set(hashes, SHINGLES_AT / 4);
    run(hashes.length);
    out.set(words3.subarray(MINIMA_AT / 4, MINIMA_AT / 4 + 64));
  };
}
function simdMinima(seeds) {
  try {
    return instantiate(seeds);
  } catch {
    return null;
  }
}

// electron/core/import/minhash.ts
var DEFAULT_SHINGLE_WORDS = 4;
var DEFAULT_SIGNATURE_SIZE = 64;
var DEFAULT_MIN_SHINGLES = 12;
var WORD = /[\p{L}\p{N}]+/gu;
var COMBINING_MARKS = /\p{M}+/gu;
var SEEDS = (() => {
  const seeds = new Uint32Array(DEFAULT_SIGNATURE_SIZE);
  let x = 625341585;
  for (let i = 0; i < seeds.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    seeds[i] = x >>> 0;
  }
  return seeds;
})();
function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
function words(text) {
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase().match(WORD) ?? [];
}
function foldedWords(text) {
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
var SPACE = 32;
var FNV_OFFSET = 2166136261;
var FNV_PRIME = 16777619;
function hashWords(list, from, size) {
  let h = FNV_OFFSET;
  for (let w = from; w < from + size; w++) {
    if (w > from) h = Math.imul(h ^ SPACE, FNV_PRIME);
    const word = list[w];
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  }
  return fmix32(h >>> 0);
}
function hashUnits(units, ends, from, size) {
  let h = FNV_OFFSET | 0;
  let i = from === 0 ? 0 : ends[from - 1];
  for (let w = from; w < from + size; w++) {
    if (w > from) h = Math.imul(h ^ SPACE, FNV_PRIME);
    for (const end = ends[w]; i < end; i++) h = Math.imul(h ^ units[i], FNV_PRIME);
  }
  return fmix32(h >>> 0);
}
var SCRATCH_MAX_UNITS = 1 << 16;
var scratch = (() => {
  let units = new Uint16Array(0);
  let ends = new Int32Array(0);
  let hashes = new Uint32Array(0);
  const fit = (have, need) => Math.min(SCRATCH_MAX_UNITS, Math.max(need, have * 2));
  return {
    units(n) {
      if (n > SCRATCH_MAX_UNITS) return new Uint16Array(n);
      if (n > units.length) units = new Uint16Array(fit(units.length, n));
      return units;
    },
    ends(n) {
      if (n > SCRATCH_MAX_UNITS) return new Int32Array(n);
      if (n > ends.length) ends = new Int32Array(fit(ends.length, n));
      return ends;
    },
    /** exactly n long (a view), for minhash's own use */
    hashes(n) {
      if (n > SCRATCH_MAX_UNITS) return new Uint32Array(n);
      if (n > hashes.length) hashes = new Uint32Array(fit(hashes.length, n));
      return hashes.subarray(0, n);
    }
  };
})();
function shingleHashes(text, size, reused = false) {
  const folded = foldedWords(text);
  if (folded) {
    const count2 = Math.max(0, folded.count - size + 1);
    const hashes2 = reused ? scratch.hashes(count2) : new Uint32Array(count2);
    for (let i = 0; i < hashes2.length; i++) hashes2[i] = hashUnits(folded.units, folded.ends, i, size);
    return hashes2;
  }
  const list = words(text);
  const count = Math.max(0, list.length - size + 1);
  const hashes = reused ? scratch.hashes(count) : new Uint32Array(count);
  for (let i = 0; i < hashes.length; i++) hashes[i] = hashWords(list, i, size);
  return hashes;
}
function hasDistinct(hashes, min) {
  if (hashes.length < min) return false;
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < hashes.length && seen.size < min; i++) seen.add(hashes[i]);
  return seen.size >= min;
}
function minhash(text) {
  const hashes = shingleHashes(text, DEFAULT_SHINGLE_WORDS, true);
  if (!hasDistinct(hashes, DEFAULT_MIN_SHINGLES)) return null;
  const signature = new Uint32Array(DEFAULT_SIGNATURE_SIZE);
  if (SIMD2 !== null && hashes.length <= SIMD_MAX_SHINGLES) SIMD2(hashes, signature);
  else scalarMinima(hashes, signature);
  return signature;
}
function scalarMinima(hashes, signature) {
  const values = new Int32Array(hashes.buffer, hashes.byteOffset, hashes.length);
  for (let s = 0; s < DEFAULT_SIGNATURE_SIZE; s += 4) {
    const s0 = SIGNED_SEEDS[s];
    const s1 = SIGNED_SEEDS[s + 1];
    const s2 = SIGNED_SEEDS[s + 2];
    const s3 = SIGNED_SEEDS[s + 3];
    let m0 = FLIPPED_MAX;
    let m1 = FLIPPED_MAX;
    let m2 = FLIPPED_MAX;
    let m3 = FLIPPED_MAX;
    for (let i = 0; i < values.length; i++) {
      const x = values[i];
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
var SIMD2 = simdMinima(SEEDS);
var SIGNED_SEEDS = new Int32Array(SEEDS.buffer, SEEDS.byteOffset, SEEDS.length);
var SIGN_BIT = 2147483648 | 0;
var FLIPPED_MAX = 2147483647;
function flippedMix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16 ^ SIGN_BIT;
}

// electron/text/speakers/index.ts
var KEY_DROP_WORDS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "sir",
  "dame",
  "prof",
  "professor",
  "rev",
  "president",
  "sen",
  "senator",
  "gov",
  "governor",
  "rep",
  "chancellor",
  "minister",
  "prime",
  "secretary",
  "gen",
  "general",
  "judge",
  "mayor"
]);
var MIN_TOKENS_FOR_FUZZY = 4;
var fold = (s) => s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
function normalizeSpeakerKey(name2) {
  if (typeof name2 !== "string") return "";
  const words3 = fold(name2).replace(/['’]s\b/g, "").replace(/[^\p{L}\p{N}\s-]+/gu, " ").split(/[\s]+/).map((w) => w.replace(/^-+|-+$/g, "")).filter(Boolean);
  const kept = words3.filter((w) => !KEY_DROP_WORDS.has(w));
  return (kept.length ? kept : words3).join(" ");
}
var referenceTokens = (text) => fold(text).replace(/[’']/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
var DECODE_CHUNK = 8192;
function foldedFingerprint(text) {
  const units = new Uint16Array(text.length);
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = foldKind(c);
    if (kind === FOLD_WORD) {
      if (!inWord && n > 0) units[n++] = SPACE2;
      units[n++] = foldedUnit(c);
      inWord = true;
    } else if (kind === FOLD_SEPARATOR) inWord = false;
    else if (kind !== FOLD_NOTHING && kind !== FOLD_APOSTROPHE) return null;
  }
  let out = "";
  for (let i = 0; i < n; i += DECODE_CHUNK) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + DECODE_CHUNK)));
  return out;
}
var SPACE2 = 32;
function quoteFingerprint(text) {
  if (typeof text !== "string") return "";
  return foldedFingerprint(text) ?? referenceTokens(text).join(" ");
}

// electron/core/library/speakers.ts
var DEFAULT_MINHASH_BANDS = 4;
var DEFAULT_SHINGLE_WORDS2 = 3;
var DEFAULT_CONTENT_WORD_CHARS = 5;
var DEFAULT_MAX_CANDIDATES = 200;
var KEY_FAMILY = 2 ** 32;
var EXACT_FAMILY = 0;
var FNV_OFFSET2 = 2166136261;
var FNV_PRIME2 = 16777619;
var SEED_STEP = 2654435761;
function fnv1a(text, seed) {
  let h = (FNV_OFFSET2 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME2);
  }
  return fmix32(h);
}
function shingleHash(tokens, from, width, seed) {
  let h = (FNV_OFFSET2 ^ seed) >>> 0;
  for (let w = from; w < from + width; w++) {
    if (w > from) h = Math.imul(h ^ 32, FNV_PRIME2);
    const token = tokens[w];
    for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), FNV_PRIME2);
  }
  return fmix32(h);
}
function keysOfTokens(tokens, bands = DEFAULT_MINHASH_BANDS, shingleWords = DEFAULT_SHINGLE_WORDS2) {
  const words3 = tokens.length;
  if (!words3) return { words: words3, keys: [] };
  if (words3 < MIN_TOKENS_FOR_FUZZY) return { words: words3, keys: [EXACT_FAMILY * KEY_FAMILY + fnv1a(tokens.join(" "), 0)] };
  const width = Math.min(shingleWords, words3);
  const count = words3 - width + 1;
  const content = new Uint8Array(count);
  let anyContent = false;
  for (let i = 0; i < count; i++) {
    for (let k = i; k < i + width && !content[i]; k++) if (tokens[k].length >= DEFAULT_CONTENT_WORD_CHARS) content[i] = 1;
    if (content[i]) anyContent = true;
  }
  const keys = [];
  for (let band = 1; band <= bands; band++) {
    const seed = Math.imul(band, SEED_STEP);
    let min = Infinity;
    for (let i = 0; i < count; i++) if (!anyContent || content[i]) min = Math.min(min, shingleHash(tokens, i, width, seed));
    keys.push(band * KEY_FAMILY + min);
  }
  return { words: words3, keys };
}
function prepareQuote(text, speaker) {
  const fingerprint = quoteFingerprint(text);
  return {
    keyed: keysOfTokens(fingerprint ? fingerprint.split(" ") : []),
    fingerprint,
    speakerKey: speaker ? normalizeSpeakerKey(speaker) : ""
  };
}
var CANDIDATE_SQL = `SELECT quote_id FROM quote_keys WHERE key = ? AND words BETWEEN ? AND ? AND quote_id <> ?
  LIMIT ${DEFAULT_MAX_CANDIDATES}`;
var MEMBER_COLUMNS = `m.id, m.group_id, m.text, m.kind, m.paragraph, m.start, m.end, m.clip_id, m.speaker_id,
  s.name AS speaker, c.published, c.source, c.title`;
var ALL_QUOTES_SQL = `SELECT ${MEMBER_COLUMNS}
  FROM quotes m JOIN clips c ON c.id = m.clip_id LEFT JOIN speakers s ON s.id = m.speaker_id
  WHERE +c.deleted_at IS NULL`;

// electron/core/read/index.ts
import { readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";

// electron/core/read/decode.ts
import chardet from "chardet";
import iconv from "iconv-lite";

// electron/core/read/errors.ts
var ClipReadError = class extends Error {
  constructor(file, reason) {
    super(`${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.name = "ClipReadError";
  }
  file;
  reason;
};
var FILE_ERROR_REASONS = {
  ENOENT: "the file does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a folder, not a file",
  ELOOP: "too many symbolic links (a link loop?)",
  ENAMETOOLONG: "the path is too long",
  EMFILE: "too many open files"
};
function describeFileError(error) {
  const code = error?.code;
  if (code && FILE_ERROR_REASONS[code]) return FILE_ERROR_REASONS[code];
  return `could not be read (${error instanceof Error ? error.message : String(error)})`;
}

// electron/core/read/limits.ts
var DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
var DEFAULT_SNIFF_BYTES = 64 * 1024;
var DEFAULT_CHARDET_BYTES = 256 * 1024;
var DEFAULT_MAX_CONTROL_RATIO = 0.05;
var DEFAULT_UTF16_MIN_HIGH_NUL_RATIO = 0.1;
var DEFAULT_UTF16_MAX_LOW_TO_HIGH_NUL = 0.1;
var DEFAULT_UTF16_MIN_BLOCK_SHARE = 0.6;
var DEFAULT_UTF16_MAX_BLOCK_SHARE_LOW = 0.2;
var UTF16_SCRIPT_BLOCK_HIGH_BYTES = { min: 1, max: 31 };
var DEFAULT_UTF8_MIN_VALID_PER_INVALID = 4;
var DEFAULT_MIN_MULTIBYTE_CONFIDENCE = 50;
var FALLBACK_SINGLE_BYTE_ENCODING = "windows-1252";
var DEFAULT_HTML_CHARSET_SCAN_BYTES = 4096;
var DEFAULT_FRONT_MATTER_MAX_CHARS = 16 * 1024;
function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = Number.isInteger(value) ? String(value) : value < 100 ? value.toFixed(1) : String(Math.round(value));
  return `${shown} ${units[unit]}`;
}

// electron/core/read/magic.ts
var hasNulWithin = (limit) => (data) => data.subarray(0, limit).includes(0);
var BINARY_SIGNATURES = [
  // images
  { label: "a PNG image", offset: 0, bytes: [137, 80, 78, 71, 13, 10, 26, 10] },
  { label: "a JPEG image", offset: 0, bytes: [255, 216, 255] },
  { label: "a GIF image", offset: 0, bytes: "GIF87a" },
  { label: "a GIF image", offset: 0, bytes: "GIF89a" },
  { label: "a WebP image", offset: 0, bytes: "RIFF", also: (d) => matchesAt(d, 8, "WEBP") },
  { label: "a TIFF image", offset: 0, bytes: [73, 73, 42, 0] },
  { label: "a TIFF image", offset: 0, bytes: [77, 77, 0, 42] },
  { label: "a BMP image", offset: 0, bytes: "BM", also: hasNulWithin(14) },
  { label: "an icon image", offset: 0, bytes: [0, 0, 1, 0] },
  { label: "a Photoshop image", offset: 0, bytes: "8BPS" },
  { label: "a HEIC/AVIF image", offset: 4, bytes: "ftyp", also: (d) => /^(heic|heix|mif1|avif)/.test(latin1(d, 8, 4)) },
  // documents
  { label: "a PDF document", offset: 0, bytes: "%PDF-" },
  { label: "an RTF document", offset: 0, bytes: "{\\rtf" },
  { label: "an old Microsoft Office document (.doc/.xls)", offset: 0, bytes: [208, 207, 17, 224, 161, 177, 26, 225] },
  {
    label: "a Word document (.docx)",
    offset: 0,
    bytes: [80, 75, 3, 4],
    also: (d) => latin1(d, 0, 4096).includes("word/")
  },
  {
    label: "an EPUB book",
    offset: 0,
    bytes: [80, 75, 3, 4],
    also: (d) => latin1(d, 30, 60).includes("application/epub+zip")
  },
  {
    label: "an OpenDocument file",
    offset: 0,
    bytes: [80, 75, 3, 4],
    also: (d) => latin1(d, 30, 80).includes("application/vnd.oasis.opendocument")
  },
  // archives
  { label: "a ZIP archive", offset: 0, bytes: [80, 75, 3, 4] },
  { label: "a ZIP archive", offset: 0, bytes: [80, 75, 5, 6] },
  { label: "a ZIP archive", offset: 0, bytes: [80, 75, 7, 8] },
  { label: "a gzip archive", offset: 0, bytes: [31, 139] },
  { label: "a 7-Zip archive", offset: 0, bytes: [55, 122, 188, 175, 39, 28] },
  { label: "a RAR archive", offset: 0, bytes: [82, 97, 114, 33, 26, 7] },
  { label: "an xz archive", offset: 0, bytes: [253, 55, 122, 88, 90, 0] },
  { label: "a bzip2 archive", offset: 0, bytes: "BZh", also: (d) => matchesAt(d, 4, [49, 65, 89, 38, 83, 89]) },
  { label: "a Zstandard archive", offset: 0, bytes: [40, 181, 47, 253] },
  // programs
  { label: "a Windows program", offset: 0, bytes: "MZ", also: hasNulWithin(64) },
  { label: "a Linux program (ELF)", offset: 0, bytes: [127, 69, 76, 70] },
  { label: "a macOS program (Mach-O)", offset: 0, bytes: [254, 237, 250, 206] },
  { label: "a macOS program (Mach-O)", offset: 0, bytes: [254, 237, 250, 207] },
  { label: "a macOS program (Mach-O)", offset: 0, bytes: [206, 250, 237, 254] },
  { label: "a macOS program (Mach-O)", offset: 0, bytes: [207, 250, 237, 254] },
  { label: "a Java class or macOS universal program", offset: 0, bytes: [202, 254, 186, 190] },
  { label: "a WebAssembly module", offset: 0, bytes: [0, 97, 115, 109] },
  // audio, video, fonts, databases
  { label: "an MP3 audio file", offset: 0, bytes: "ID3", also: (d) => d.length > 3 && d[3] < 16 },
  { label: "a WAV audio file", offset: 0, bytes: "RIFF", also: (d) => matchesAt(d, 8, "WAVE") },
  { label: "an AVI video", offset: 0, bytes: "RIFF", also: (d) => matchesAt(d, 8, "AVI ") },
  { label: "an Ogg audio/video file", offset: 0, bytes: "OggS" },
  { label: "a FLAC audio file", offset: 0, bytes: "fLaC" },
  { label: "an MP4/QuickTime video", offset: 4, bytes: "ftyp" },
  { label: "a Matroska/WebM video", offset: 0, bytes: [26, 69, 223, 163] },
  { label: "a font file", offset: 0, bytes: "wOFF" },
  { label: "a font file", offset: 0, bytes: "wOF2" },
  { label: "a font file", offset: 0, bytes: [0, 1, 0, 0, 0] },
  { label: "an SQLite database", offset: 0, bytes: "SQLite format 3\0" }
];
function detectBinarySignature(data) {
  for (const sig of BINARY_SIGNATURES) {
    if (matchesAt(data, sig.offset, sig.bytes) && (!sig.also || sig.also(data))) return sig.label;
  }
  return null;
}
function matchesAt(data, offset, bytes) {
  const length = bytes.length;
  if (data.length < offset + length) return false;
  for (let i = 0; i < length; i++) {
    const expected = typeof bytes === "string" ? bytes.charCodeAt(i) : bytes[i];
    if (data[offset + i] !== expected) return false;
  }
  return true;
}
function latin1(data, start, length) {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("latin1", start, start + length);
}

// electron/core/read/decode.ts
var BYTE_ORDER_MARKS = [
  { bytes: [255, 254, 0, 0], encoding: "utf-32le", codec: "utf-32le" },
  { bytes: [0, 0, 254, 255], encoding: "utf-32be", codec: "utf-32be" },
  { bytes: [239, 187, 191], encoding: "utf-8-bom", codec: "utf-8" },
  { bytes: [255, 254], encoding: "utf-16le", codec: "utf-16le" },
  { bytes: [254, 255], encoding: "utf-16be", codec: "utf-16be" }
];
var SKIPPED_GUESSES = /* @__PURE__ */ new Set(["utf-8", "ascii", "utf-16le", "utf-16be", "utf-32le", "utf-32be"]);
var MULTIBYTE_GUESSES = /* @__PURE__ */ new Set(["shift_jis", "big5", "euc-jp", "euc-kr", "gb18030", "iso-2022-jp", "iso-2022-kr", "iso-2022-cn"]);
var SUPERSET_CODECS = {
  "iso-8859-1": "windows-1252",
  latin1: "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  "iso-8859-9": "windows-1254"
};
var TEXT_CONTROL_CODES = /* @__PURE__ */ new Set([9, 10, 11, 12, 13, 27]);
var TEXT_CONTROL_BITS = [...TEXT_CONTROL_CODES].reduce((bits, c) => bits | 1 << c, 0);
var SUSPICIOUS = new RegExp(
  `[${[...Array(32).keys()].filter((c) => !TEXT_CONTROL_CODES.has(c)).map((c) => `\\x${c.toString(16).padStart(2, "0")}`).join("")}\\x7f\\ufffd]`
);
var isOddControl = (c) => c < 32 && (TEXT_CONTROL_BITS >>> c & 1) === 0;
var utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var utf8Lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
function decodeBytes(file, bytes, options = {}) {
  const signature = detectBinarySignature(bytes);
  if (signature) throw new ClipReadError(file, `looks like ${signature}, not text`);
  const decoded = decodeText(bytes, options);
  if (looksLikeBinaryText(decoded.text)) throw new ClipReadError(file, "looks like binary data, not text");
  return decoded;
}
function decodeText(bytes, options) {
  for (const bom of BYTE_ORDER_MARKS) {
    if (startsWith(bytes, bom.bytes)) {
      return { text: decodeWith(bom.codec, bytes.subarray(bom.bytes.length)), encoding: bom.encoding };
    }
  }
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return { text: stripBom(decodeWith(utf16, bytes)), encoding: utf16 };
  try {
    return { text: utf8Strict.decode(bytes), encoding: "utf-8" };
  } catch {
  }
  if (isMostlyUtf8(bytes)) return { text: utf8Lossy.decode(bytes), encoding: "utf-8-lossy" };
  const declared = usableLegacyCharset(options.declaredCharset);
  const encoding = declared ?? guessLegacyEncoding(bytes);
  const codec = SUPERSET_CODECS[encoding] ?? encoding;
  return { text: stripBom(iconv.decode(toBuffer(bytes), codec)), encoding };
}
function decodeWith(codec, bytes) {
  if (codec === "utf-8") return utf8Lossy.decode(bytes);
  if (codec === "utf-16le") return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(bytes);
  return iconv.decode(toBuffer(bytes), codec, { stripBOM: false });
}
function sniffUtf16WithoutBom(bytes) {
  const length = Math.min(bytes.length, DEFAULT_SNIFF_BYTES) & ~1;
  if (length < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  let low = 0;
  for (let i = 0; i < length; i += 2) {
    const even = bytes[i];
    const odd = bytes[i + 1];
    if (even === 0) evenNul++;
    if (odd === 0) oddNul++;
    if (even < 32) low++;
    if (odd < 32) low++;
  }
  const units = length / 2;
  if (oddNul / units >= DEFAULT_UTF16_MIN_HIGH_NUL_RATIO && evenNul <= oddNul * DEFAULT_UTF16_MAX_LOW_TO_HIGH_NUL) {
    return "utf-16le";
  }
  if (evenNul / units >= DEFAULT_UTF16_MIN_HIGH_NUL_RATIO && oddNul <= evenNul * DEFAULT_UTF16_MAX_LOW_TO_HIGH_NUL) {
    return "utf-16be";
  }
  if (low / units < DEFAULT_UTF16_MIN_BLOCK_SHARE) return null;
  if (isScriptBlockHighBytes(bytes, length, 1)) return "utf-16le";
  if (isScriptBlockHighBytes(bytes, length, 0)) return "utf-16be";
  return null;
}
function isScriptBlockHighBytes(bytes, length, parity) {
  const counts = new Uint32Array(256);
  let nonAscii = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i];
    if (i % 2 === parity) counts[b]++;
    if (b >= 128 || isOddControl(b)) nonAscii++;
  }
  if (nonAscii === 0) return false;
  let block = UTF16_SCRIPT_BLOCK_HIGH_BYTES.min;
  for (let b = block + 1; b <= UTF16_SCRIPT_BLOCK_HIGH_BYTES.max; b++) if (counts[b] > counts[block]) block = b;
  const units = length / 2;
  if (counts[block] === 0 || (counts[block] + counts[0]) / units < DEFAULT_UTF16_MIN_BLOCK_SHARE) return false;
  let other = 0;
  for (let i = 1 - parity; i < length; i += 2) if (bytes[i] === block || bytes[i] === 0) other++;
  return other / units < DEFAULT_UTF16_MAX_BLOCK_SHARE_LOW;
}
function isMostlyUtf8(bytes) {
  let valid2 = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    const trail = b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
    let ok = trail > 0;
    for (let k = 1; ok && k <= trail; k++) ok = i + k < n && (bytes[i + k] & 192) === 128;
    if (ok) {
      valid2++;
      i += trail + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return valid2 > 0 && valid2 >= invalid * DEFAULT_UTF8_MIN_VALID_PER_INVALID;
}
function usableLegacyCharset(label) {
  if (!label) return null;
  const name2 = label.trim().toLowerCase();
  if (SKIPPED_GUESSES.has(name2) || name2 === "utf8" || name2.startsWith("utf-16") || name2.startsWith("utf-32")) return null;
  return iconv.encodingExists(name2) ? name2 : null;
}
function guessLegacyEncoding(bytes) {
  const sample = bytes.subarray(0, DEFAULT_CHARDET_BYTES);
  for (const match of chardet.analyse(sample)) {
    const name2 = match.name.toLowerCase();
    if (SKIPPED_GUESSES.has(name2)) continue;
    if (MULTIBYTE_GUESSES.has(name2) && match.confidence < DEFAULT_MIN_MULTIBYTE_CONFIDENCE) continue;
    if (!iconv.encodingExists(SUPERSET_CODECS[name2] ?? name2)) continue;
    return name2;
  }
  return FALLBACK_SINGLE_BYTE_ENCODING;
}
function looksLikeBinaryText(text) {
  const length = Math.min(text.length, DEFAULT_SNIFF_BYTES);
  if (length === 0) return false;
  const first2 = text.search(SUSPICIOUS);
  if (first2 < 0 || first2 >= length) return false;
  let suspicious = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (isOddControl(c) || c === 127 || c === 65533) suspicious++;
  }
  return suspicious / length > DEFAULT_MAX_CONTROL_RATIO;
}
function startsWith(bytes, prefix) {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function toBuffer(bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// electron/core/read/email.ts
import { simpleParser } from "mailparser";

// electron/core/read/hints.ts
var SPACE_RUN = /\s+/g;
var LEADING_BY = /^by[:\s]\s*/i;
var ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;
var HAS_TIME = /\d:\d\d/;
var URL_LIKE = /^(?:https?:)?\/\//i;
function tidy(value) {
  if (typeof value !== "string") return null;
  const text = value.replace(SPACE_RUN, " ").trim();
  return text === "" ? null : text;
}
function tidyByline(value) {
  const text = tidy(value);
  if (!text || URL_LIKE.test(text)) return null;
  return tidy(text.replace(LEADING_BY, ""));
}
function tidyName(value) {
  const text = tidy(value);
  return text && !URL_LIKE.test(text) ? text : null;
}
function joinNames(names) {
  const unique = [...new Set(names.map((n) => tidy(n)).filter((n) => n !== null))];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0];
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}
function toIsoDate(value) {
  const text = tidy(value);
  if (!text) return null;
  if (ISO_DATE_START.test(text)) return text;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  if (HAS_TIME.test(text)) return date.toISOString();
  const pad2 = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}
function fillHints(base, extra) {
  const merged = { ...base };
  for (const key of Object.keys(extra)) {
    if (merged[key] == null && extra[key] != null) merged[key] = extra[key];
  }
  return merged;
}
function compactHints(hints) {
  const out = {};
  for (const key of Object.keys(hints)) {
    const value = hints[key];
    if (value != null) out[key] = value;
  }
  return out;
}

// electron/core/read/html.ts
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

// electron/core/read/html-text.ts
var BLOCK_TAGS = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul"
]);
var LINE_TAGS = /* @__PURE__ */ new Set(["br"]);
var CELL_TAGS = /* @__PURE__ */ new Set(["td", "th"]);
var SKIPPED_TAGS = /* @__PURE__ */ new Set([
  "audio",
  "button",
  "canvas",
  "datalist",
  "embed",
  "head",
  "iframe",
  "input",
  "link",
  "map",
  "meta",
  "nav",
  "noscript",
  "object",
  "option",
  "script",
  "select",
  "style",
  "svg",
  "template",
  "textarea",
  "title",
  "video"
]);
var ELEMENT_NODE = 1;
var TEXT_NODE = 3;
var CDATA_SECTION_NODE = 4;
var COLLAPSIBLE_SPACE = /[ \t\n\r\f]+/g;
function blockText(root) {
  return walkBlockText(root).text;
}
function walkBlockText(root) {
  const out = new ParagraphCollector();
  const stack = [{ node: root, leaving: false, depth: 0 }];
  let preDepth = 0;
  let elements = 0;
  let maxDepth = 0;
  while (stack.length > 0) {
    const { node, leaving, depth } = stack.pop();
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = node.nodeValue ?? "";
      if (preDepth > 0) out.preformatted(data);
      else out.text(data.replace(COLLAPSIBLE_SPACE, " "));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node;
    const tag = element.localName?.toLowerCase() ?? "";
    if (leaving) {
      if (tag === "pre") {
        preDepth--;
        out.endLine(true);
      }
      if (BLOCK_TAGS.has(tag)) out.endParagraph();
      else if (LINE_TAGS.has(tag)) out.endLine();
      else if (CELL_TAGS.has(tag)) out.text(" ");
      continue;
    }
    if (SKIPPED_TAGS.has(tag) || isHidden(element)) continue;
    elements++;
    if (depth > maxDepth) maxDepth = depth;
    if (tag === "br") {
      out.endLine();
      continue;
    }
    if (tag === "img") continue;
    if (BLOCK_TAGS.has(tag)) out.endParagraph();
    if (tag === "pre") preDepth++;
    stack.push({ node, leaving: true, depth });
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false, depth: depth + 1 });
  }
  return { text: out.finish(), elements, maxDepth };
}
function isHidden(element) {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  const style = element.getAttribute("style");
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
var ParagraphCollector = class {
  paragraphs = [];
  lines = [];
  line = [];
  text(value) {
    if (value) this.line.push(value);
  }
  /** preformatted text keeps its spaces and line breaks */
  preformatted(value) {
    const parts = value.split(/\r\n?|\n/);
    parts.forEach((part, i) => {
      if (i > 0) this.endLine(true);
      this.text(part);
    });
  }
  endLine(keepSpaces = false) {
    const joined = this.line.join("");
    this.line = [];
    this.lines.push(keepSpaces ? joined.replace(/\s+$/, "") : joined.replace(/ {2,}/g, " ").trim());
  }
  endParagraph() {
    this.endLine();
    let start = 0;
    let end = this.lines.length;
    while (start < end && this.lines[start].trim() === "") start++;
    while (end > start && this.lines[end - 1].trim() === "") end--;
    if (end > start) {
      const kept = this.lines.slice(start, end).filter((line, i, all) => line.trim() !== "" || all[i - 1]?.trim() !== "");
      this.paragraphs.push(kept.join("\n"));
    }
    this.lines = [];
  }
  finish() {
    this.endParagraph();
    return this.paragraphs.join("\n\n");
  }
};

// electron/core/read/html-metadata.ts
var ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting)$/;
var META_KEYS = {
  title: ["og:title", "twitter:title", "dc.title", "dcterms.title", "headline", "sailthru.title", "parsely-title"],
  published: [
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "pubdate",
    "publish-date",
    "publish_date",
    "date"
  ],
  byline: ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl"],
  source: ["og:site_name", "application-name", "publisher", "dc.publisher", "dcterms.publisher"]
};
function extractHtmlMetadata(document) {
  const meta = readMetaTags(document);
  const ld = findJsonLdArticle(document);
  const fromMeta = (keys, tidyFn) => {
    for (const key of keys) {
      const value = tidyFn(meta.get(key));
      if (value) return value;
    }
    return null;
  };
  const timeElement = document.querySelector('time[itemprop="datePublished"], time[pubdate]');
  return compactHints({
    title: tidy(ld?.headline) ?? tidy(ld?.name) ?? fromMeta(META_KEYS.title, tidy),
    published: toIsoDate(ld?.datePublished) ?? fromMeta(META_KEYS.published, toIsoDate) ?? toIsoDate(timeElement?.getAttribute("datetime")),
    byline: personNames(ld?.author) ?? fromMeta(META_KEYS.byline, tidyByline),
    source: tidyName(nameOf(ld?.publisher)) ?? fromMeta(META_KEYS.source, tidyName)
  });
}
function readMetaTags(document) {
  const map = /* @__PURE__ */ new Map();
  for (const tag of document.querySelectorAll("meta")) {
    const content = tag.getAttribute("content");
    if (content === null) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = tag.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}
function findJsonLdArticle(document) {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const found = findArticleObject(data, 0);
    if (found) return found;
  }
  return null;
}
function findArticleObject(value, depth) {
  if (depth > 4 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticleObject(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const object = value;
  const types = [].concat(object["@type"] ?? []);
  if (types.some((t) => typeof t === "string" && ARTICLE_TYPE.test(t))) return object;
  return findArticleObject(object["@graph"], depth + 1) ?? findArticleObject(object.mainEntity, depth + 1);
}
function nameOf(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.length > 0 ? nameOf(value[0]) : null;
  if (value && typeof value === "object") {
    const name2 = value.name;
    return typeof name2 === "string" ? name2 : null;
  }
  return null;
}
function personNames(value) {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  const names = list.map(nameOf).map(tidyByline).filter((n) => n !== null);
  return joinNames(names);
}

// electron/core/read/html.ts
var REGEXPS = {
  htmlTag: /<html[\s>]/i,
  bodyTag: /<body[\s>]/i,
  metaCharset: /<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i
};
var READABILITY_CHAR_THRESHOLD = 200;
var READABILITY_MAX_DEPTH = 100;
var READABILITY_MAX_ELEMENTS = 15e3;
function sniffHtmlCharset(bytes) {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(
    "latin1",
    0,
    DEFAULT_HTML_CHARSET_SCAN_BYTES
  );
  return REGEXPS.metaCharset.exec(head)?.[1] ?? null;
}
function readHtml(html, { withMetadata = true } = {}) {
  const document = parseDocument(html);
  const metadata = withMetadata ? extractHtmlMetadata(document) : {};
  const body2 = walkBlockText(document.body);
  const fallbackText = body2.text;
  let article = null;
  if (body2.maxDepth <= READABILITY_MAX_DEPTH && body2.elements <= READABILITY_MAX_ELEMENTS) {
    try {
      article = new Readability(document, {
        serializer: (node) => node,
        charThreshold: READABILITY_CHAR_THRESHOLD
      }).parse();
    } catch {
      article = null;
    }
  }
  const articleText = article?.content ? blockText(article.content) : "";
  const text = /\S/.test(articleText) ? articleText : fallbackText;
  if (!withMetadata || !article) return { text, hints: metadata };
  const fromReadability = compactHints({
    title: tidy(article.title),
    published: toIsoDate(article.publishedTime),
    byline: tidyByline(article.byline),
    source: tidyName(article.siteName)
  });
  return { text, hints: fillHints(metadata, fromReadability) };
}
function parseDocument(html) {
  const source = REGEXPS.htmlTag.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  if (!REGEXPS.bodyTag.test(source)) {
    const root = document.documentElement;
    const { head, body: body2 } = document;
    for (const child of [...root.childNodes]) {
      if (child !== head && child !== body2) body2.appendChild(child);
    }
    if (body2.parentNode !== root) root.appendChild(body2);
  }
  return document;
}

// electron/core/read/email.ts
var MIN_PLAIN_TO_HTML_RATIO = 0.5;
var CHARSET_PARAM = /charset\s*=\s*"?([A-Za-z0-9_:.+-]+)/i;
var HEADER_SCAN_CHARS = 64 * 1024;
async function readEmail(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const mail = await simpleParser(buffer, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  const plain = mail.text ?? "";
  const htmlText = typeof mail.html === "string" ? readHtml(mail.html, { withMetadata: false }).text : "";
  const usePlain = /\S/.test(plain) && (htmlText === "" || plain.trim().length >= htmlText.length * MIN_PLAIN_TO_HTML_RATIO);
  const text = usePlain ? plain : htmlText;
  const from = mail.from?.value.find((address) => tidyName(address.name));
  const captured = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : null;
  const charset = CHARSET_PARAM.exec(buffer.toString("latin1", 0, HEADER_SCAN_CHARS))?.[1]?.toLowerCase();
  return {
    text,
    encoding: charset ?? "utf-8",
    hints: compactHints({ captured, source: tidyName(from?.name) })
  };
}

// electron/core/read/markdown.ts
var FRONT_MATTER_KEYS = {
  title: ["title", "headline"],
  published: ["published", "date", "pubdate", "published_at", "publishdate", "date_published"],
  captured: ["captured", "clipped", "saved", "created", "created_at"],
  byline: ["byline", "author", "authors"],
  source: ["source", "publication", "publisher", "site", "site_name"]
};
var REGEXPS2 = {
  /** "---" on the first line, then a later line that is "---" or "..." */
  opening: /^---[ \t]*\r?\n/,
  closing: /^(?:---|\.\.\.)[ \t]*$/,
  keyValue: /^([A-Za-z_][\w -]*?)\s*:(?:\s+(.*?))?\s*$/,
  listItem: /^\s+-\s+(.*?)\s*$|^-\s+(.*?)\s*$/,
  inlineList: /^\[(.*)\]$/,
  wikiLink: /^\[\[(?:[^\]|]*\|)?([^\]]*)\]\]$/,
  comment: /^\s*#/
};
function readMarkdown(text) {
  const front = splitFrontMatter(text);
  if (!front) return { text, hints: {} };
  const fields = parseSimpleYaml(front.yaml);
  if (!fields) return { text, hints: {} };
  const first2 = (keys) => keys.map((k) => fields.get(k)).find((v) => v !== void 0 && v.length > 0);
  const single = (keys) => first2(keys)?.[0];
  return {
    text: front.body,
    hints: compactHints({
      title: tidy(single(FRONT_MATTER_KEYS.title)),
      published: toIsoDate(single(FRONT_MATTER_KEYS.published)),
      captured: toIsoDate(single(FRONT_MATTER_KEYS.captured)),
      byline: joinNames((first2(FRONT_MATTER_KEYS.byline) ?? []).map((v) => tidyByline(v) ?? "")),
      source: tidyName(single(FRONT_MATTER_KEYS.source))
    })
  };
}
function splitFrontMatter(text) {
  const opening = REGEXPS2.opening.exec(text);
  if (!opening) return null;
  const limit = Math.min(text.length, DEFAULT_FRONT_MATTER_MAX_CHARS);
  let lineStart = opening[0].length;
  while (lineStart < limit) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    if (REGEXPS2.closing.test(line)) {
      return { yaml: text.slice(opening[0].length, lineStart), body: text.slice(Math.min(lineEnd + 1, text.length)) };
    }
    lineStart = lineEnd + 1;
  }
  return null;
}
function parseSimpleYaml(yaml) {
  const fields = /* @__PURE__ */ new Map();
  let listKey = null;
  for (const rawLine of yaml.split(/\r?\n/)) {
    if (rawLine.trim() === "" || REGEXPS2.comment.test(rawLine)) continue;
    const item = REGEXPS2.listItem.exec(rawLine);
    if (item && listKey) {
      fields.get(listKey).push(unquote(item[1] ?? item[2] ?? ""));
      continue;
    }
    if (/^\s/.test(rawLine)) continue;
    const pair = REGEXPS2.keyValue.exec(rawLine);
    if (!pair) return null;
    const key = pair[1].trim().toLowerCase();
    const value = pair[2] ?? "";
    const inline = REGEXPS2.inlineList.exec(value);
    const values = inline ? inline[1].split(",").map(unquote).filter((v) => v !== "") : value === "" ? [] : [unquote(value)];
    if (!fields.has(key)) fields.set(key, values);
    listKey = value === "" ? key : null;
  }
  return fields;
}
function unquote(raw) {
  let value = raw.trim();
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
    value = value.slice(1, -1);
  }
  const link = REGEXPS2.wikiLink.exec(value);
  return link ? link[1] : value;
}

// electron/core/read/index.ts
var FORMAT_BY_EXTENSION = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".eml": "email"
};
var SUPPORTED_EXTENSIONS = Object.freeze(Object.keys(FORMAT_BY_EXTENSION));
var SUPPORTED_LIST = SUPPORTED_EXTENSIONS.join(", ");
async function readClipping(name2, bytes, options = {}) {
  const format = formatOf(name2);
  checkSize(name2, bytes.length, options.maxBytes);
  if (bytes.length === 0) throw new ClipReadError(name2, "the file is empty");
  try {
    return await readFormat(name2, format, bytes);
  } catch (error) {
    if (error instanceof ClipReadError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ClipReadError(name2, `could not be read as ${FORMAT_NAMES[format]}: ${detail}`);
  }
}
async function readClippingFile(path3, options = {}) {
  formatOf(path3);
  let size;
  try {
    const info = options.blocking ? statSync(path3) : await stat(path3);
    if (info.isDirectory()) throw new ClipReadError(path3, "is a folder, not a file");
    if (!info.isFile()) throw new ClipReadError(path3, "is not a regular file");
    size = info.size;
  } catch (error) {
    throw fileError(path3, error);
  }
  checkSize(path3, size, options.maxBytes);
  let bytes;
  try {
    bytes = options.blocking ? readFileSync(path3) : await readFile(path3);
  } catch (error) {
    throw fileError(path3, error);
  }
  return readClipping(path3, bytes, options);
}
var FORMAT_NAMES = {
  text: "text",
  markdown: "markdown",
  html: "HTML",
  email: "an e-mail"
};
async function readFormat(name2, format, bytes) {
  if (format === "email") {
    decodeBytes(name2, bytes);
    const mail = await readEmail(bytes);
    requireText(name2, mail.text, "the e-mail has no text");
    return { text: mail.text, format, encoding: mail.encoding, hints: mail.hints };
  }
  const declaredCharset = format === "html" ? sniffHtmlCharset(bytes) : null;
  const { text, encoding } = decodeBytes(name2, bytes, { declaredCharset });
  requireText(name2, text, "the file contains only whitespace");
  if (format === "html") {
    const page = readHtml(text);
    requireText(name2, page.text, "the page has no readable text");
    return { text: page.text, format, encoding, hints: page.hints };
  }
  if (format === "markdown") {
    const doc = readMarkdown(text);
    requireText(name2, doc.text, "the file has front matter but no text");
    return { text: doc.text, format, encoding, hints: doc.hints };
  }
  return { text, format, encoding, hints: {} };
}
function requireText(name2, text, reason) {
  if (!/\S/.test(text)) throw new ClipReadError(name2, reason);
}
function formatOf(name2) {
  const extension = extensionOf(name2);
  const format = FORMAT_BY_EXTENSION[extension];
  if (format) return format;
  if (extension === "") throw new ClipReadError(name2, `has no file extension; supported: ${SUPPORTED_LIST}`);
  throw new ClipReadError(name2, `"${extension}" files are not supported; supported: ${SUPPORTED_LIST}`);
}
function extensionOf(name2) {
  const base = name2.slice(Math.max(name2.lastIndexOf("/"), name2.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}
function checkSize(name2, size, maxBytes = DEFAULT_MAX_BYTES) {
  if (size > maxBytes) throw new ClipReadError(name2, `is ${formatSize(size)}; the limit is ${formatSize(maxBytes)}`);
}
function fileError(path3, error) {
  if (error instanceof ClipReadError) return error;
  return new ClipReadError(path3, describeFileError(error));
}

// electron/core/import/known.ts
var DIGEST_BYTES = 32;
var HEX_DIGEST = /^[0-9a-f]{64}$/;
var KnownSources = class {
  digests;
  count;
  /** `shared`: the buffer of another KnownSources (see `buffer`), as a worker receives it */
  constructor(hashes) {
    if (hashes instanceof SharedArrayBuffer) {
      this.digests = new Uint8Array(hashes);
    } else {
      const hex = [...new Set(hashes.filter((h) => HEX_DIGEST.test(h)))].sort();
      this.digests = new Uint8Array(new SharedArrayBuffer(hex.length * DIGEST_BYTES));
      hex.forEach((h, i) => this.digests.set(Buffer.from(h, "hex"), i * DIGEST_BYTES));
    }
    this.count = this.digests.length / DIGEST_BYTES;
  }
  get size() {
    return this.count;
  }
  /** the digests, for workers: shared, not copied, when posted */
  get buffer() {
    return this.digests.buffer;
  }
  /** Whether a hex SHA-256 (sha256 in library/hash.ts) is among them: a binary search (sorted hex = sorted bytes). */
  has(hash) {
    if (this.count === 0 || !HEX_DIGEST.test(hash)) return false;
    const digest = Buffer.from(hash, "hex");
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const order = Buffer.compare(this.digests.subarray(mid * DIGEST_BYTES, (mid + 1) * DIGEST_BYTES), digest);
      if (order === 0) return true;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
};

// electron/core/import/pipeline.ts
import path from "node:path";

// electron/text/memo.ts
var BoundedMemo = class {
  /** @param limit entries held at most, both generations together */
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  newer = /* @__PURE__ */ new Map();
  older = /* @__PURE__ */ new Map();
  get(key) {
    const value = this.newer.get(key);
    if (value !== void 0) return value;
    const old = this.older.get(key);
    if (old !== void 0) this.set(key, old);
    return old;
  }
  set(key, value) {
    if (this.newer.size >= this.limit / 2) {
      this.older = this.newer;
      this.newer = /* @__PURE__ */ new Map();
    }
    this.newer.set(key, value);
  }
  /** entries held (a key in both generations counts twice) */
  get size() {
    return this.newer.size + this.older.size;
  }
};
var BoundedSeen = class {
  /** @param limit hashes held at most, both generations together */
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  newer = /* @__PURE__ */ new Set();
  older = /* @__PURE__ */ new Set();
  /** Whether `hash` was seen lately; it is remembered as seen now either way. */
  seenBefore(hash) {
    if (this.newer.has(hash)) return true;
    const old = this.older.has(hash);
    if (this.newer.size >= this.limit / 2) {
      this.older = this.newer;
      this.newer = /* @__PURE__ */ new Set();
    }
    this.newer.add(hash);
    return old;
  }
};

// electron/text/dates/index.ts
import * as chrono from "chrono-node";

// electron/text/strings.ts
var detached = (s) => (" " + s).slice(1);
function wordTable(entries) {
  return Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), entries));
}

// electron/text/dates/index.ts
var REGEXPS3 = {
  /** d/m/y or m/d/y with / . or - between numbers */
  numeric: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/g,
  /** "December 3, 2022" (month first, written out): US style evidence. Read from the day on, the month looked back
   *  for: a scan that starts at digits is several times cheaper than the month names' case-blind alternation tried
   *  at every position, and it finds the same dates (one day per month name: the count is the same). */
  monthFirst: /\d{1,2}(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})(?:st|nd|rd|th)?,?\s+\d{4}\b/gi,
  /** "3 December 2022": day first, written out */
  dayFirst: /\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/gi,
  /** a year, a numeric date or a relative word: only such lines can hold a full date, and chrono is costly */
  worthParsing: /(?:^|\D)(?:19|20)\d{2}(?:\D|$|\d{1,2}:)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b|\bago\b|\byesterday\b|\btoday\b|vor\s+\d|il y a|hace\s+\d|\bfa\b|назад|年/i,
  relative: /\b(?:ago|yesterday|today)\b|vor\s+\d|il y a|hace\s+\d|назад/i
};
var MONTH_NAMES = [
  [1, "january jan januar janvier enero ene gennaio gen janeiro januari"],
  [2, "february feb februar f\xE9vrier f\xE9v fevrier febrero febbraio fevereiro fev februari pebruari"],
  [3, "march mar m\xE4rz m\xE4r mars marzo mar\xE7o maart maret"],
  [4, "april apr avril avr abril abr aprile"],
  [5, "may mai mayo maggio mag maio mei"],
  [6, "june jun juni juin junio giugno giu junho"],
  [7, "july jul juli juillet juil julio luglio lug julho"],
  [8, "august aug ao\xFBt aout agosto ago agustus augustus"],
  [9, "september sept sep septembre septiembre settembre set setembro"],
  [10, "october oct oktober okt octobre octubre ottobre ott outubro out"],
  [11, "november nov novembre noviembre novembro nop nopember"],
  [12, "december dec dezember dez d\xE9cembre d\xE9c decembre diciembre dic dicembre dezembro desember des"],
  // Russian, as dates print them (genitive: "24 сентября 2018"), and the short forms
  [1, "\u044F\u043D\u0432\u0430\u0440\u044F \u044F\u043D\u0432"],
  [2, "\u0444\u0435\u0432\u0440\u0430\u043B\u044F \u0444\u0435\u0432"],
  [3, "\u043C\u0430\u0440\u0442\u0430 \u043C\u0430\u0440"],
  [4, "\u0430\u043F\u0440\u0435\u043B\u044F \u0430\u043F\u0440"],
  [5, "\u043C\u0430\u044F"],
  [6, "\u0438\u044E\u043D\u044F \u0438\u044E\u043D"],
  [7, "\u0438\u044E\u043B\u044F \u0438\u044E\u043B"],
  [8, "\u0430\u0432\u0433\u0443\u0441\u0442\u0430 \u0430\u0432\u0433"],
  [9, "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F \u0441\u0435\u043D \u0441\u0435\u043D\u0442"],
  [10, "\u043E\u043A\u0442\u044F\u0431\u0440\u044F \u043E\u043A\u0442"],
  [11, "\u043D\u043E\u044F\u0431\u0440\u044F \u043D\u043E\u044F"],
  [12, "\u0434\u0435\u043A\u0430\u0431\u0440\u044F \u0434\u0435\u043A"]
];
var MONTHS = Object.fromEntries(
  MONTH_NAMES.flatMap(([n, names]) => names.split(" ").map((name2) => [name2, n]))
);
var MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|")})\\.?`;
var MONTH_WORD = `(\\p{L}{3,${Math.max(...Object.keys(MONTHS).map((m) => m.length))}})\\.?`;
var FAST = {
  iso: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/g,
  // (any word where the month stands, looked up in MONTHS after: one word class is much cheaper than the
  // alternation of every month name, and a date cannot start inside a skipped "Week 47, 2019")
  monthFirst: new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, "gu"),
  dayFirst: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er|\xBA)?\\.?\\s+(?:of\\s+|de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, "gu"),
  numeric: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g,
  /** year first: 2016.12.01, 2016/12/01, 2016年12月1日 */
  yearFirst: /(?<!\d)(\d{4})(?:[./]|\s*年\s*)(\d{1,2})(?:[./]|\s*月\s*)(\d{1,2})(?:\s*日)?(?!\d)/g,
  /** a clock time right after the date: ", 10:41 am", " at 7:53pm EST", " 22.01", " • 2:30pm" */
  timeAfter: /^[\s,|@•·–-]{0,4}(?:at\s+|um\s+|à\s+|a las\s+|alle\s+|às\s+)?(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*\(?([A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\b)?/i,
  /** a clock time right before the date: "10:48, Tue, Nov 19, 2019", "5:45 AM PST 11/19/2019" */
  timeBefore: /(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*\(?([A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\)?)?[\s,|–-]{0,4}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$/i,
  /** words that leave an English line to chrono: relative expressions */
  needsChrono: /\bago\b|\byesterday\b|\btoday\b/i,
  /** other languages: a month-like word next to a number, a relative expression, or CJK date characters */
  foreignDate: /\b\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+(?:de\s+)?\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|vor\s+\d|il y a|hace\s+\d|\bfa\b|назад|年|月|일/u
};
var FAST_HINT = {
  iso: /\d{4}-\d\d-\d\d/,
  year: /\s\d{4}(?!\d)/,
  numeric: /\d[/.]\d/,
  /** the tail of FAST.monthFirst (a day, then the year): the whole pattern tries every letter of the line, with its
   *  look-behind, while this one starts at digits only */
  dayThenYear: /\d(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)/
};
var TIME_REACH = 24;
var YEAR_MIN = 1990;
var YEAR_MAX = 2100;
function dateOrderEvidence(text) {
  let dmy = 0;
  let mdy = 0;
  for (let m = first(REGEXPS3.numeric, text); m; m = REGEXPS3.numeric.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy += 2;
    else if (b > 12 && a <= 12) mdy += 2;
  }
  const proven = dmy + mdy > 0;
  dmy += (text.match(REGEXPS3.dayFirst) ?? []).length * 0.5;
  if (DAY_THEN_YEAR.test(text)) mdy += (text.match(REGEXPS3.monthFirst) ?? []).length * 0.5;
  if (dmy === mdy) return { order: null, proven: false };
  return { order: dmy > mdy ? "dmy" : "mdy", proven: proven && (dmy > mdy ? dmy >= 2 : mdy >= 2) };
}
var DAY_THEN_YEAR = /\d(?:st|nd|rd|th)?,?\s+\d{4}\b/i;
var pad = (n, w = 2) => String(n).padStart(w, "0");
function offsetString(minutes) {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}
function parser(lang, order) {
  switch (lang) {
    case "de":
      return chrono.de.casual;
    case "fr":
      return chrono.fr.casual;
    case "es":
      return chrono.es.casual;
    case "it":
      return chrono.it.casual;
    case "pt":
      return chrono.pt.casual;
    case "ru":
      return chrono.ru.casual;
    case "nl":
      return chrono.nl.casual;
    case "ja":
      return chrono.ja.casual;
    default:
      return order === "dmy" ? chrono.en.GB : chrono.en.casual;
  }
}
var ZONE_OFFSETS = /* @__PURE__ */ new Map([
  ["Z", 0],
  ["GMT", 0],
  ["UTC", 0],
  ["WET", 0],
  ["BST", 60],
  ["WEST", 60],
  ["CET", 60],
  ["WAT", 60],
  ["CEST", 120],
  ["EET", 120],
  ["SAST", 120],
  ["EEST", 180],
  ["MSK", 180],
  ["EAT", 180],
  ["PKT", 300],
  ["ICT", 420],
  ["WIB", 420],
  ["HKT", 480],
  ["SGT", 480],
  ["MYT", 480],
  ["PHT", 480],
  ["AWST", 480],
  ["JST", 540],
  ["KST", 540],
  ["ACST", 570],
  ["AEST", 600],
  ["AEDT", 660],
  ["NZST", 720],
  ["NZDT", 780],
  ["EST", -300],
  ["EDT", -240],
  ["CDT", -300],
  ["MST", -420],
  ["MDT", -360],
  ["PST", -480],
  ["PDT", -420],
  ["AKST", -540],
  ["AKDT", -480],
  ["HST", -600]
]);
var ZONE_REGIONS = /* @__PURE__ */ new Map([
  ["ET", "America/New_York"],
  ["CT", "America/Chicago"],
  ["MT", "America/Denver"],
  ["PT", "America/Los_Angeles"]
]);
var NUMERIC_ZONE = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;
function zoneOffset(zone, y, mo, d, time) {
  if (!zone || zone !== zone.toUpperCase()) return null;
  const numeric = NUMERIC_ZONE.exec(zone);
  if (numeric) return (numeric[1] === "-" ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  const fixed = ZONE_OFFSETS.get(zone);
  if (fixed !== void 0) return fixed;
  const region = ZONE_REGIONS.get(zone);
  if (!region) return null;
  const local = Date.UTC(y, mo - 1, d, time.h, time.m, time.s);
  const first2 = regionOffset(region, local);
  return regionOffset(region, local - first2 * 6e4);
}
var REGION_FORMATS = /* @__PURE__ */ new Map();
var REGION_OFFSETS_MAX = 2e3;
var REGION_OFFSETS = new BoundedMemo(REGION_OFFSETS_MAX);
function regionOffset(region, instant) {
  const key = `${region}|${instant}`;
  let offset = REGION_OFFSETS.get(key);
  if (offset === void 0) {
    offset = readRegionOffset(region, instant);
    REGION_OFFSETS.set(key, offset);
  }
  return offset;
}
function readRegionOffset(region, instant) {
  let format = REGION_FORMATS.get(region);
  if (!format) REGION_FORMATS.set(region, format = new Intl.DateTimeFormat("en-US", { timeZone: region, timeZoneName: "longOffset" }));
  const name2 = format.formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? "";
  const m = /([+-])(\d{2}):?(\d{2})?/.exec(name2);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}
function clockNear(line, start, end) {
  const t = FAST.timeAfter.exec(line.slice(end, end + TIME_REACH)) ?? FAST.timeBefore.exec(line.slice(Math.max(0, start - TIME_REACH), start));
  if (!t) return null;
  let h = Number(t[1]);
  const mer = t[4]?.toLowerCase()[0];
  if (mer === "p" && h < 12) h += 12;
  if (mer === "a" && h === 12) h = 0;
  if (h > 23 || Number(t[2]) > 59) return null;
  return { h, m: Number(t[2]), s: Number(t[3] ?? 0), zone: t[5] ?? null };
}
function makeDate(line, index, length, y, mo, d, ambiguous, time, offset) {
  if (y < YEAR_MIN || y > YEAR_MAX || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  let iso = day;
  if (time) {
    const zone = offset === void 0 ? zoneOffset(time.zone, y, mo, d, time) : null;
    iso += `T${pad(time.h)}:${pad(time.m)}:${pad(time.s)}${offset ?? (zone === null ? "" : offsetString(zone))}`;
  }
  return { iso, day, hasTime: Boolean(time), relative: false, ambiguous, text: line.slice(index, index + length), index };
}
function first(re, text) {
  re.lastIndex = 0;
  return re.exec(text);
}
function fastDates(line, order, proven) {
  const out = [];
  const taken = [];
  const free = (a, b) => taken.every(([x, y]) => b <= x || a >= y);
  const iso = FAST_HINT.iso.test(line);
  const year = FAST_HINT.year.test(line);
  const numeric = FAST_HINT.numeric.test(line);
  if (iso) for (let m = first(FAST.iso, line); m; m = FAST.iso.exec(line)) {
    const time = m[4] ? { h: Number(m[4]), m: Number(m[5]), s: Number(m[6] ?? 0), zone: m[7] === "Z" ? "Z" : null } : null;
    const off = m[7] && m[7] !== "Z" ? m[7].includes(":") ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}` : void 0;
    const d = makeDate(line, m.index, m[0].length, Number(m[1]), Number(m[2]), Number(m[3]), false, time, off);
    if (d) {
      out.push(d);
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  if (year && FAST_HINT.dayThenYear.test(line)) for (let m = first(FAST.monthFirst, line); m; m = FAST.monthFirst.exec(line)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const mo = MONTHS[m[1].toLowerCase()];
    if (!mo) continue;
    const d = makeDate(line, m.index, m[0].length, Number(m[3]), mo, Number(m[2]), false, clockNear(line, m.index, m.index + m[0].length));
    if (d) {
      out.push(d);
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  if (year) for (let m = first(FAST.dayFirst, line); m; m = FAST.dayFirst.exec(line)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const mo = MONTHS[m[2].toLowerCase()];
    if (!mo) continue;
    const d = makeDate(line, m.index, m[0].length, Number(m[3]), mo, Number(m[1]), false, clockNear(line, m.index, m.index + m[0].length));
    if (d) {
      out.push(d);
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  if (numeric || line.includes("\u5E74")) for (let m = first(FAST.yearFirst, line); m; m = FAST.yearFirst.exec(line)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const d = makeDate(line, m.index, m[0].length, Number(m[1]), Number(m[2]), Number(m[3]), false, clockNear(line, m.index, m.index + m[0].length));
    if (d) {
      out.push(d);
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  if (numeric) for (let m = first(FAST.numeric, line); m; m = FAST.numeric.exec(line)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    let y = Number(m[3]);
    if (m[3].length === 2) y += 2e3;
    const dayFirst = a > 12 ? true : b > 12 ? false : order === "dmy";
    const ambiguous = !proven && a <= 12 && b <= 12 && a !== b;
    const d = makeDate(line, m.index, m[0].length, y, dayFirst ? b : a, dayFirst ? a : b, ambiguous, clockNear(line, m.index, m.index + m[0].length));
    if (d) {
      out.push(d);
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  return out.sort((x, y) => x.index - y.index);
}
function findDates(line, ctx, lang = "en") {
  if (!mayHoldDate(line)) return [];
  if (line.includes(":")) line = line.replace(/\b((?:19|20)\d{2})(\d{1,2}:\d{2})/g, "$1 $2").replace(/\b([A-Z]{2,5})(Updated|Published)\b/g, "$1 $2");
  const fast = rememberedFastDates(line, ctx.order, ctx.proven ?? false);
  if (fast.length) return fast;
  if (lang === "en" ? !FAST.needsChrono.test(line) : !FAST.foreignDate.test(line) || line.length > CHRONO_MAX_CHARS) return fast;
  if (lang === "en" && !ctx.reference) return fast;
  const key = `${lang}|${ctx.order}|${ctx.reference ?? ""}|${line}`;
  const cached = CHRONO_CACHE.get(key);
  if (cached) return cached;
  const found = chronoDates(line, ctx, lang);
  CHRONO_CACHE.set(detached(key), found.map((d) => ({ ...d, text: detached(d.text) })));
  return found;
}
function rememberedFastDates(line, order, proven) {
  const key = `${order}${proven ? "+" : "-"}${line}`;
  let found = FAST_CACHE.get(key);
  if (found === void 0) {
    found = fastDates(line, order, proven);
    FAST_CACHE.set(detached(key), found.map((d) => ({ ...d, text: detached(d.text) })));
    return found;
  }
  return found.map((d) => ({ ...d }));
}
var FAST_CACHE_MAX = 5e3;
var FAST_CACHE = new BoundedMemo(FAST_CACHE_MAX);
function mayHoldDate(line) {
  return REGEXPS3.worthParsing.test(line);
}
var CHRONO_MAX_CHARS = 100;
var CHRONO_CACHE_MAX = 5e3;
var CHRONO_CACHE = new BoundedMemo(CHRONO_CACHE_MAX);
function chronoDates(line, ctx, lang) {
  const ref = ctx.reference ? new Date(ctx.reference) : void 0;
  const refOk = ref && !Number.isNaN(ref.getTime()) ? ref : void 0;
  let results;
  try {
    results = parser(lang, ctx.order).parse(line, refOk ?? /* @__PURE__ */ new Date(0), { forwardDate: false });
    if (results.length === 0 && lang !== "en") results = parser("en", ctx.order).parse(line, refOk ?? /* @__PURE__ */ new Date(0));
  } catch {
    return [];
  }
  const out = [];
  for (const r of results) {
    const s = r.start;
    const relative = REGEXPS3.relative.test(r.text);
    if (relative && !refOk) continue;
    if (!relative && !s.isCertain("year")) continue;
    if (!relative && !(s.isCertain("day") && s.isCertain("month"))) continue;
    const year = s.get("year") ?? 0;
    if (year < YEAR_MIN || year > YEAR_MAX) continue;
    const day = `${pad(year, 4)}-${pad(s.get("month") ?? 1)}-${pad(s.get("day") ?? 1)}`;
    const hasTime = !relative && s.isCertain("hour");
    let iso = day;
    if (hasTime) {
      iso += `T${pad(s.get("hour") ?? 0)}:${pad(s.get("minute") ?? 0)}:${pad(s.get("second") ?? 0)}`;
      if (s.isCertain("timezoneOffset")) iso += offsetString(s.get("timezoneOffset") ?? 0);
    }
    const num = /^\D*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})/.exec(r.text);
    const ambiguous = !ctx.proven && Boolean(num && Number(num[1]) <= 12 && Number(num[2]) <= 12 && num[1] !== num[2]);
    out.push({ iso, day, hasTime, relative, ambiguous, text: r.text, index: r.index });
  }
  return out;
}
var MONTH_DAY = {
  monthFirst: new RegExp(`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`, "iu"),
  dayFirst: new RegExp(`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th|er|\xBA)?\\.?\\s+(?:of\\s+|de\\s+)?${MONTH}(?![\\p{L}\\d])`, "iu")
};
var MONTH_DAY_REST = /^[\s,|@–-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\s*$/i;
function monthDayLine(line, year) {
  const text = line.trim();
  if (text.length > 40 || !/\d/.test(text)) return null;
  let mo = 0;
  let d = 0;
  let end = 0;
  const a = MONTH_DAY.monthFirst.exec(text);
  if (a) {
    mo = MONTHS[a[1].toLowerCase()] ?? 0;
    d = Number(a[2]);
    end = a[0].length;
  } else {
    const b = MONTH_DAY.dayFirst.exec(text);
    if (b) {
      d = Number(b[1]);
      mo = MONTHS[b[2].toLowerCase()] ?? 0;
      end = b[0].length;
    }
  }
  if (!mo || !MONTH_DAY_REST.test(text.slice(end))) return null;
  const found = makeDate(text, 0, end, year, mo, d, false, clockNear(text, 0, end));
  return found && { ...found, index: line.indexOf(text) };
}

// electron/text/language/stopwords.ts
var words2 = (s) => new Set(s.split(/\s+/).filter(Boolean));
var STOPWORDS = {
  en: words2(`a about after against all also an and any are as at be because been before being between both but by
    can could did do does during each for from had has have he her here hers him his how i if in into is it its
    just me more most my no nor not of off on once only or other our out over own same she should so some such
    than that the their them then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your said says would who has its it's he's that's`),
  de: words2(`aber alle als also am an auch auf aus bei bin bis bist da damit dann das dass dem den der des die dies
    diese dieser doch dort du durch ein eine einem einen einer eines er es f\xFCr gegen hat hatte hier ich ihm ihn ihr
    im in ist ja jetzt kann kein keine mich mir mit muss nach nicht noch nun nur ob oder ohne schon sehr sein seine
    sich sie sind so \xFCber um und uns unter vom von vor war waren was weil wenn werden wie wieder wir wird wurde
    zu zum zur zwischen sagte`),
  fr: words2(`au aux avec ce ces cette dans de des du elle en est et \xEAtre eux il ils je la le les leur lui ma mais me
    m\xEAme mes moi mon ne nos notre nous on ou o\xF9 par pas pour qu que qui sa se ses son sont sur ta te tes toi ton
    tu un une vos votre vous \xE9t\xE9 \xE9tait avait ont a aussi plus comme tout \xE9t\xE9 selon dont`),
  es: words2(`al algo como con cual cuando de del desde donde el ella ellos en entre era es esa ese eso esta este
    esto fue ha hay la las le les lo los m\xE1s me mi muy no nos o para pero por que qu\xE9 se ser si sin sobre su sus
    tambi\xE9n te tiene todo un una uno y ya seg\xFAn han sido`),
  it: words2(`a ad al alla alle anche che chi ci come con da dal dalla dei del della delle di dove e \xE8 gli ha hanno
    i il in io la le lei lo loro lui ma mi ne nei nel nella non o per pi\xF9 quando questo questa se si sono su sua
    suo tra un una uno anche essere stato era`),
  pt: words2(`a ao aos as at\xE9 com como da das de dela dele do dos e \xE9 ela ele eles em entre era essa esse esta este
    eu foi h\xE1 isso j\xE1 mais mas me mesmo muito na nas n\xE3o no nos o os ou para pela pelo por quando que se sem ser
    seu sua s\xE3o tamb\xE9m tem um uma voc\xEA foram`),
  ru: words2(`\u0430 \u0431\u0435\u0437 \u0431\u044B \u0431\u044B\u043B \u0431\u044B\u043B\u0430 \u0431\u044B\u043B\u0438 \u0431\u044B\u043B\u043E \u0432 \u0432\u0430\u043C \u0432\u0430\u0441 \u0432\u043E \u0432\u043E\u0442 \u0432\u0441\u0435 \u0432\u0441\u0451 \u0432\u044B \u0433\u0434\u0435 \u0434\u0430 \u0434\u043B\u044F \u0434\u043E \u0435\u0433\u043E \u0435\u0435 \u0435\u0451 \u0435\u0441\u043B\u0438 \u0435\u0441\u0442\u044C \u0435\u0449\u0435 \u0435\u0449\u0451 \u0436\u0435 \u0437\u0430
    \u0438 \u0438\u0437 \u0438\u043B\u0438 \u0438\u043C \u0438\u0445 \u043A \u043A\u0430\u043A \u043A\u043E \u043A\u043E\u0433\u0434\u0430 \u043A\u0442\u043E \u043B\u0438 \u043C\u044B \u043D\u0430 \u043D\u0430\u0434 \u043D\u0435 \u043D\u0435\u0433\u043E \u043D\u0435\u0442 \u043D\u0438 \u043D\u043E \u043E \u043E\u0431 \u043E\u043D \u043E\u043D\u0430 \u043E\u043D\u0438 \u043E\u043D\u043E \u043E\u0442 \u043F\u043E \u043F\u043E\u0434 \u043F\u0440\u0438 \u0441 \u0441\u043E \u0442\u0430\u043A
    \u0442\u0430\u043A\u0436\u0435 \u0442\u043E \u0442\u043E\u0433\u043E \u0442\u043E\u0436\u0435 \u0442\u043E\u043B\u044C\u043A\u043E \u0443 \u0443\u0436\u0435 \u0447\u0442\u043E \u0447\u0442\u043E\u0431\u044B \u044D\u0442\u043E \u044D\u0442\u043E\u0442 \u044D\u0442\u0438 \u044F`),
  id: words2(`ada adalah akan aku bagi bahwa banyak belum bisa dalam dan dari dengan di dia hanya ini itu jika juga
    kami kamu karena ke kepada ketika lebih mereka oleh pada para saat saya sebagai sejak sudah tak tapi telah
    tersebut tidak untuk yang atau harus masih namun`),
  nl: words2(`aan al als bij dat de die dit een en er had heb heeft het hij hoe ik in is je kan maar me met mij naar
    niet nog nu of om onder ons ook op over te tot uit van voor was wat we wel werd wie wij zal ze zei zich zijn zo`)
};
var STOPWORD_LANGUAGES = Object.keys(STOPWORDS);

// electron/text/language/index.ts
var SCRIPTS = [
  { lang: "ja" },
  { lang: "ko" },
  { lang: "zh" },
  { lang: "el" },
  { lang: "ar" },
  { lang: "he" },
  { lang: "th" }
];
var SCRIPT_SHARE = 0.2;
var KANA_SHARE = 0.05;
var SAMPLE_CHARS = 2e4;
var STOPWORD_INDEX = /* @__PURE__ */ new Map();
STOPWORD_LANGUAGES.forEach((lang, k) => {
  for (const w of STOPWORDS[lang]) {
    const langs = STOPWORD_INDEX.get(w);
    if (langs) langs.push(k);
    else STOPWORD_INDEX.set(w, [k]);
  }
});
var LIST_MAX_LENGTH = Object.fromEntries(
  STOPWORD_LANGUAGES.map((lang) => [lang, Math.max(...[...STOPWORDS[lang]].map((w) => w.length))])
);
var STOPWORD_MAX_LENGTH = Math.max(...[...STOPWORD_INDEX.keys()].map((w) => w.length));
var SEPARATOR_ASCII = new Uint8Array(128);
for (const ch of ' 	\n\r\v\f.,;:!?"()[]{}<>*_/\\|#@&%$+=~^`0123456789') SEPARATOR_ASCII[ch.charCodeAt(0)] = 1;
var SEPARATOR_OTHER = new Set([..."\xAB\xBB\u201C\u201D\u201E\u2026\u2022\xB7\u2013\u2014\u20AC\xA3\xA0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF"].map((c) => c.charCodeAt(0)));
var isSeparator = (c) => c < 128 ? SEPARATOR_ASCII[c] === 1 : c >= 8192 && c <= 8202 || SEPARATOR_OTHER.has(c);
var isEdge = (c) => c === 39 || c === 45 || c === 8217 || c === 8216;
function scriptCounts(sample) {
  const byLang = /* @__PURE__ */ new Map();
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 65) continue;
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
      continue;
    }
    let lang = null;
    if (c >= 12352 && c <= 12543) lang = "ja";
    else if (c >= 44032 && c <= 55215 || c >= 4352 && c <= 4607) lang = "ko";
    else if (c >= 19968 && c <= 40959) lang = "zh";
    else if (c >= 880 && c <= 1023) lang = "el";
    else if (c >= 1536 && c <= 1791) lang = "ar";
    else if (c >= 1424 && c <= 1535) lang = "he";
    else if (c >= 3584 && c <= 3711) lang = "th";
    if (lang) byLang.set(lang, (byLang.get(lang) ?? 0) + 1);
    letters++;
  }
  return { letters, byLang };
}
var SCRIPT_LETTER = /[\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff\u4e00-\u9fff\u0370-\u03ff\u0600-\u06ff\u0590-\u05ff\u0e00-\u0e7f]/;
var ANY_LETTER = /[A-Za-z\u0080-\uffff]/;
function scriptLanguage(text) {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (!SCRIPT_LETTER.test(sample)) return ANY_LETTER.test(sample) ? null : "none";
  const { letters, byLang } = scriptCounts(sample);
  if (letters === 0) return "none";
  if ((byLang.get("ja") ?? 0) / letters >= KANA_SHARE) return "ja";
  for (const { lang } of SCRIPTS.slice(1)) {
    if ((byLang.get(lang) ?? 0) / letters >= SCRIPT_SHARE) return lang;
  }
  return null;
}
var LANGUAGE_SAMPLE_WORDS = 6e3;
var STOPWORD_WORDS = [...STOPWORD_INDEX.keys()];
var STOPWORD_LANGS = STOPWORD_WORDS.map((w) => STOPWORD_INDEX.get(w));
var HASH_BITS = 12;
var HASH_MASK = (1 << HASH_BITS) - 1;
var FNV_PRIME3 = 16777619;
var FNV_START = 2166136261 | 0;
var slotOf = (h) => (h ^ h >>> HASH_BITS ^ h >>> 2 * HASH_BITS) & HASH_MASK;
var STOPWORD_SLOTS = new Int32Array(1 << HASH_BITS);
STOPWORD_WORDS.forEach((w, k) => {
  let h = FNV_START;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME3);
  let s = slotOf(h);
  while (STOPWORD_SLOTS[s] !== 0) s = s + 1 & HASH_MASK;
  STOPWORD_SLOTS[s] = k + 1;
});
function charCounts(text) {
  let capitals = 0;
  let marks = 0;
  let digit = false;
  let start = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      start = true;
      continue;
    }
    if (c === 46 || c === 33 || c === 63) marks++;
    else if (c >= 48 && c <= 57) digit = true;
    else if (c > 127 && (c === 8230 || c === 12290 || c === 65281 || c === 65311)) marks++;
    if (!start) continue;
    if (c === 40 || c === 34 || c === 39 || c === 8220 || c === 8216) continue;
    start = false;
    if (c < 128 ? c >= 65 && c <= 90 : text[i] !== text[i].toLowerCase()) capitals++;
  }
  return { capitals, marks, digit };
}
var SEPARATOR = 1;
var EDGE = 2;
var MARK = 4;
var DIGIT = 8;
var OPENER = 16;
var ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = (SEPARATOR_ASCII[c] === 1 ? SEPARATOR : 0) | (isEdge(c) ? EDGE : 0) | (c === 46 || c === 33 || c === 63 ? MARK : 0) | (c >= 48 && c <= 57 ? DIGIT : 0) | (c === 40 || c === 34 || c === 39 ? OPENER : 0);
}
function otherClass(c) {
  return (isSeparator(c) ? SEPARATOR : 0) | (isEdge(c) ? EDGE : 0) | (c === 8230 || c === 12290 || c === 65281 || c === 65311 ? MARK : 0) | (c === 8220 || c === 8216 ? OPENER : 0);
}
var CHAR_CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) CHAR_CLASS[c] = c < 128 ? ASCII_CLASS[c] : otherClass(c);
function blockWordStats(texts) {
  const width = STOPWORD_LANGUAGES.length;
  const counts = new Int32Array(texts.length);
  const hits = new Int32Array(texts.length * width);
  const lowers = new Array(texts.length);
  const capitals = new Int32Array(texts.length);
  const marks = new Int32Array(texts.length);
  const digit = new Uint8Array(texts.length);
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t];
    const lower = text.toLowerCase();
    lowers[t] = lower;
    const aligned = lower.length === text.length;
    const n = lower.length;
    const row = t * width;
    let words3 = 0;
    let caps = 0;
    let sentenceMarks = 0;
    let digits = 0;
    let start = true;
    let a = -1;
    let b = -1;
    let h = FNV_START;
    let hash = h;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? lower.charCodeAt(i) : 32;
      const k = CHAR_CLASS[c];
      if (c === 32) start = true;
      else {
        if (k & MARK) sentenceMarks++;
        else if (k & DIGIT) digits = 1;
        if (start && !(k & OPENER)) {
          start = false;
          if (aligned && text.charCodeAt(i) !== c) caps++;
        }
      }
      if (k & SEPARATOR) {
        if (a < 0) continue;
        words3++;
        if (b - a <= STOPWORD_MAX_LENGTH) countStopWord(lower, a, b, hash, hits, row);
        a = -1;
        continue;
      }
      const edge = (k & EDGE) !== 0;
      if (a < 0) {
        if (edge) continue;
        a = i;
        h = FNV_START;
      }
      h = Math.imul(h ^ c, FNV_PRIME3);
      if (!edge) {
        b = i + 1;
        hash = h;
      }
    }
    counts[t] = words3;
    if (aligned) {
      capitals[t] = caps;
      marks[t] = sentenceMarks;
      digit[t] = digits;
    } else {
      const cc = charCounts(text);
      capitals[t] = cc.capitals;
      marks[t] = cc.marks;
      digit[t] = cc.digit ? 1 : 0;
    }
  }
  return { counts, hits, lowers, capitals, marks, digit };
}
function countStopWord(lower, a, b, hash, hits, row) {
  for (let s = slotOf(hash); STOPWORD_SLOTS[s] !== 0; s = s + 1 & HASH_MASK) {
    const k = STOPWORD_SLOTS[s] - 1;
    const w = STOPWORD_WORDS[k];
    if (w.length !== b - a || !lower.startsWith(w, a)) continue;
    const langs = STOPWORD_LANGS[k];
    for (let l = 0; l < langs.length; l++) hits[row + langs[l]]++;
    return;
  }
}
var hitRows = (hits, start, end) => hits.subarray(start * STOPWORD_LANGUAGES.length, end * STOPWORD_LANGUAGES.length);
function languageOfHits(words3, hits, indices, fallback = "en") {
  const width = STOPWORD_LANGUAGES.length;
  const counts = new Int32Array(width);
  let seen = 0;
  for (const i of indices) {
    for (let k = 0; k < width; k++) counts[k] += hits[i * width + k];
    seen += words3[i];
    if (seen >= LANGUAGE_SAMPLE_WORDS) break;
  }
  let best = fallback;
  let bestCount = 2;
  for (let k = 0; k < width; k++) if (counts[k] > bestCount) {
    best = STOPWORD_LANGUAGES[k];
    bestCount = counts[k];
  }
  return best;
}
function stopShareOf(counts, hits, i, lang) {
  const k = STOPWORD_LANGUAGES.indexOf(lang);
  const n = counts[i];
  return k < 0 || n === 0 ? 0 : hits[i * STOPWORD_LANGUAGES.length + k] / n;
}
function isScriptLanguage(lang) {
  return lang === "ja" || lang === "ko" || lang === "zh" || lang === "th";
}

// electron/text/clean/01-lines.ts
var INVISIBLE = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g;
var ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
var NEEDS_WORK = /[\r\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]| {2}/;
var NEEDS_WORK_SCAN = new RegExp(NEEDS_WORK.source, "g");
function toLines(text) {
  const flat = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  const lines = flat.split("\n");
  NEEDS_WORK_SCAN.lastIndex = 0;
  let next = NEEDS_WORK_SCAN.exec(flat)?.index ?? flat.length;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const end = start + l.length;
    if (next < end) {
      lines[i] = l.replace(INVISIBLE, "").replace(ODD_SPACES, " ").replace(/ {2,}/g, " ").trim();
      NEEDS_WORK_SCAN.lastIndex = end;
      next = NEEDS_WORK_SCAN.exec(flat)?.index ?? flat.length;
    } else lines[i] = l.trim();
    start = end + 1;
  }
  return lines;
}

// electron/text/clean/tables.ts
var DEFAULT_LENGTH_LOW = 70;
var DEFAULT_LENGTH_HIGH = 200;
var DEFAULT_STOPWORDS_HIGH = 0.3;
var DEFAULT_STOPWORDS_LOW = 0.18;
var DEFAULT_SENTENCE_WORDS_GOOD = 14;
var DEFAULT_SCRIPT_CHARS_GOOD = 80;
var DEFAULT_SCRIPT_CHARS_NEAR = 30;
var DEFAULT_HEADER_WINDOW = 30;
var DEFAULT_FOOTER_WINDOW = 8;
var DEFAULT_WRAP_MAX = 100;
var DEFAULT_WRAP_RUN_ON_SHARE = 0.35;
var DEFAULT_WRAP_FILL = 0.6;
var DEFAULT_TITLE_MAX_WORDS = 30;
var QUOTED_SENTENCE_MIN_WORDS = 4;
var DEFAULT_DIGEST_MIN_WORDS = 80;
var REGION_WEIGHTS = {
  good: 1,
  near: 0.6,
  /** per word, at least SHORT_MIN */
  short: -0.6,
  shortMin: 2,
  bad: -1,
  badMin: 4,
  /** "Related stories", "Comments", "Most read" …: the article is over */
  endMarker: -45,
  /** a line repeated elsewhere on the page (menus, teasers) */
  repeated: -3,
  /** a date or byline line inside the run: the header of another story (teaser lists, comments) */
  header: -15,
  /** factor for a content block with no content block beside it (teasers) */
  isolated: 0.35
};
var DEFAULT_END_MARKER_MIN_WORDS = 30;
var REGEXPS4 = {
  /** sentence end: . ! ? … and closing quotes/brackets after them, maybe an emoji after ("See you soon! 🙂"); also
   *  CJK full stops */
  sentenceEnd: /[.!?…。！？]["'”’»)\]]*(?:\s*[\u{1f300}-\u{1faff}\u{2600}-\u{27bf}]\ufe0f?)*$/u,
  /** any sentence-ending punctuation inside the text */
  sentencePunct: /[.!?…。！？]/gu,
  /** a bullet or list marker at the start */
  bullet: /^\s*(?:[•·▪►▶●○■□◦‣⁃*–-]|\d{1,2}[.)])\s+/u,
  url: /\b(?:https?:\/\/|www\.)\S+|(?<=[\w-])\.(?:com|org|net|co\.uk|de|fr|ru|io)\b/i,
  email: /\b[\w.+-]+@[\w-]+\.[\w.]+\b/,
  /** By-line openers in several languages */
  byline: /^(?:(?:written|reported|words|story|analysis|text|interview|compiled)\s+)?(?:by|von|par|por|di|da|door|oleh|от|автор|text:|texte?:|autor(?:a|in)?:?|author:?|reporter:?)\s*:?\s+(?=\S)/iu,
  /** an agency credit on its own or with a city: "AFP", "(Reuters)", "- PTI" */
  agencyLine: /^[\s(—–-]*(?:AFP|Reuters|AP|Associated Press|The Associated Press|Bernama|PA|PA Media|DPA|dpa|Xinhua|PTI|IANS|ANI|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|Interfax|RIA Novosti|Agence France-Presse|Bloomberg|CNA)[\s)]*$/u,
  /** labels in front of dates */
  publishedLabel: /\b(?:published|posted|first published|date|released|publié|publicado|pubblicato|veröffentlicht|veröffentlichung|erschienen|diterbitkan|опубликовано)\b/i,
  updatedLabel: /\b(?:updated|last updated|modified|edited|mis à jour|aktualisiert|actualizado|aggiornato|atualizado|diperbarui|обновлено)\b/i,
  /** caption markers: position words, photo credits */
  caption: /\((?:left|right|centre|center|pictured|above|below|top|bottom|L|R|C|front|back|second (?:left|right)|file)\)|\b(?:pictured|photo(?:graph)?(?:ed)?\s*(?:by|:|credit)|image(?:\s*credit)?\s*:|picture\s*:|credit\s*:|file photo|Getty Images|Shutterstock|AFP via Getty|(?:AP|AFP|Reuters|EPA|Bloomberg)\s*Photo|foto\s*:|bild\s*:|©\s*\w)|\/\s*(?:AFP|Reuters|AP|EPA|Getty)\b/i,
  /** a photo credit closing a block: the block is a caption however long ("… (AP Photo/Jane Roe)") */
  captionCredit: /(?:\((?:[\w.]+\s+)?photo(?:\s*\/|\s+by|:)[^)]{2,60}\)|\(?(?:photo(?:graph)?|image|picture|credit)s?\s*(?:by|:)\s*[^.()]{2,60}\)?|\b(?:Getty Images|Shutterstock|AFP via Getty Images|Alamy|EPA-EFE)\)?)\s*$/i,
  /** Reuters' picture credit, in capitals ("… REUTERS/Kacper Pempel/File Photo"): apart from captionCredit, whose
   *  case-blind letters would take "a Reuters/Ipsos poll." for one */
  reutersCredit: /\bREUTERS\/\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}(?:\/(?:File Photo|File|Pool|Handout|Illustration))*\s*$/u,
  /** a gallery's counter opening a caption, glued or with a bar after it: "1of4Grass Valley's …", "2 / 12 A shopper …",
   *  "1 of 3 | Workers …" (see counterLength) */
  galleryCounter: /^(\d{1,3})\s*(?:of|\/)\s*(\d{1,3})\s*(?:[|:–—-]\s*)?(?=\p{Lu})/u,
  /** a caption's label on a line of its own, the caption on the next ("Image caption," as the BBC prints it) */
  captionLabel: /^(?:image|photo|picture|video)\s+caption\s*[,:]?$/i,
  /** "Above:" / "Top:" caption openers */
  captionOpener: /^(?:above|top|below|pictured|main image|photo|image|picture|foto|bild|file)\s*:\s*/i,
  /** a caption credit alone: "Image Credit: WeWork", "Photo: AP" */
  creditOnly: /^(?:image|photo|picture|video|illustration|graphic|foto|bild)?\s*(?:credits?|courtesy|source)\s*:?\s*\S.{0,60}$|^(?:photo|image|foto|bild)\s*:\s*\S.{0,60}$|^\(?(?:photo|image):?\s*(?:by|courtesy of)\s.{0,60}\)?$/i,
  /** copyright: "© 2019 VentureBeat. All rights reserved." */
  copyright: /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([^.|,;©]{2,60}?)(?:\s*(?:\d{4}|,?\s*(?:inc|llc|ltd|limited|plc|gmbh|s\.a|s\.l(?:\.u)?|s\.p\.a|s\.r\.l|b\.v|n\.v|ag|se|sas|sarl)\.?))?\s*(?:[.|,;]|all rights|$)/i,
  /** "Daily Express e-paper", "subscribe to The Times" */
  masthead: /(?:access to|subscribe to|subscription to|read|download|welcome to)\s+(?:the\s+)?((?:[A-Z][\w&'.-]*\s?){1,4}?)\s*(?:e-?paper|app\b|digital|newsletter|online)/,
  /** only digits, punctuation and space: counters, prices, page numbers */
  noLetters: /^[^\p{L}]*$/u,
  /** trailing junk in a byline: a date, a time, "5 min read", a feed's age ("• 2h") */
  bylineTail: /\s*(?:[|•·,–—-]\s*)?(?:(?:published|posted|updated|last updated)\b.*|\b(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s.*\d{4}.*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}.*|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}.*|\b\d{4}-\d{2}-\d{2}.*|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}.*|\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago.*|\b\d{1,3}\s?(?:[mhdw]|mins?|hrs?)\b.*|\b\d+\s*min(?:ute)?s?\s+read.*)$/i,
  /** a person's name: 2 to 5 capitalised words, with the usual particles */
  personName: /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:de|da|del|della|der|den|van|von|bin|binti|al|el|le|la|di|du|dos|das|ter|mac)\s+)?[\p{Lu}][\p{L}'’.-]*){1,5}$/u,
  /** "Moscow:" / "MOSCOW:" / "LONDON (Reuters) -" / "KUALA LUMPUR, Dec 3 —" at the start of the first paragraph */
  dateline: /^((?:[\p{Lu}][\p{L}.'’-]*|[\p{Lu}]{2,}[\p{Lu}.'’-]*)(?:[ -](?:[\p{Lu}][\p{L}.'’-]*|de|del|da|do|of|am|an|sur|upon|on|the)){0,3})((?:,\s*[\p{L}. ]{2,30}?)?(?:,\s*(?:[\p{L}]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[\p{L}]{3,9}\.?)(?:,?\s*\d{4})?)?)\s*(\((?:[\p{L} .&-]{2,40})\)|\/[\p{L} .&-]{2,40}\/)?\s*(?::|[—–]|-{1,2}(?=\s))\s+/u,
  /** an agency in brackets opening a paragraph: "(Reuters) —" */
  agencyOpener: /^\((?:AFP|Reuters|AP|Bernama|PA|DPA|dpa|Xinhua|PTI|IANS|ANI|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|Bloomberg|CNN|CNA)\)\s*[—–-]{1,2}\s+/u,
  /** a line that is only a date (and time), maybe with a label: "Updated: Nov 19, 2019 6:30 a.m. ET", "Posted on 3/12/2022" */
  dateLine: /^(?:(?:published|posted|updated|last updated|first published|date|on)\b[\s:]*(?:on\s+)?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?)(?:,?\s*(?:at\s+|[|-]\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?\s*$/i,
  /** a comment's header: "Alex on October 9, 2016 at 8:12 am said:" */
  commentHeader: /^.{1,60}?\s+(?:on|at)\s+.{4,40}?\d{4}.{0,25}?\s*(?:said|says|wrote|commented|replied)\s*:?\s*$/i,
  /** a teaser: a Title Case headline glued to its summary by a lost line break ("Bridge To Close For RepairsThe
   *  county said …"): three or more capitalised words (small words such as "of", "at" allowed), then a capital right
   *  after a lower-case letter, then prose */
  gluedTeaser: /^(?:(?:[\p{Lu}\d‘'"“$][\p{L}\d'’.,:;?!&$%-]*|a|an|the|of|in|on|at|to|for|and|or|&|with|by|from|as|vs\.?|is|are)\s+){2,}[\p{Lu}\d][\p{Ll}\d'’,.-]*[\p{Ll}\d?!’'”)]\p{Lu}\p{Ll}*\s+(?:\S+\s+){0,3}\p{Ll}/u,
  /** "About Acme", "About the author", "Über Jane Roe", "À propos de …": the heading of a company or author box */
  aboutHeading: /^(?:about|über|à propos de|a propos de|acerca de|sobre|tentang)\s+(?:the\s+)?[\p{Lu}\d][\p{L}\d&.,'’-]*(?:\s+[\p{L}\d&.,'’-]+){0,4}\s*:?$/iu,
  /** a press release's company description: "Acme (NYSE: ACME) is a leading global provider of …" */
  companyBoilerplate: /^(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s?){1,5}(?:\([^)]{1,40}\)\s*)?(?:,\s*[^,]{3,60},\s*)?(?:is|ist|est|es|è|é)\s+(?:a|an|the|ein|eine|einer|un|une|una|um|uma)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:leading|global|world'?s|worldwide|international|provider|company|manufacturer|developer|supplier|specialist|firm|anbieter|unternehmen|hersteller|fournisseur|société|entreprise|empresa|proveedor)\b[^]*$/u,
  /** separators between articles of a digest */
  digestSeparator: /^\s*(?:[-=_*~#]\s*){3,}\s*$|^\s*(?:\*\s*){3}\s*$/,
  /** "1 of 3", "Story 2" counters in digests */
  digestCounter: /^(?:article|story|item|artikel|article)\s+\d+(?:\s*(?:of|\/|von|sur)\s*\d+)?\s*$/i
};
var DATELINE_NOT_PLACES = new Set(
  `update updated note editor editors editor's watch read more also see photo photos video image source sources
  warning breaking exclusive analysis opinion comment review live related advertisement sponsored q a question
  answer why what how who when where here there this that it he she they we but and so then now today yesterday
  tomorrow first second third finally meanwhile however also plus bonus tip tips step summary conclusion
  background context disclosure correction clarification caption credit credits transcript quote`.split(/\s+/)
);
var DATELINE_AGENCY_NAMES = wordTable({
  ap: "The Associated Press",
  afp: "AFP",
  reuters: "Reuters",
  pa: "PA Media",
  upi: "UPI",
  dpa: "dpa",
  // press-release wires, between slashes in the dateline ("/PRNewswire/")
  prnewswire: "PR Newswire",
  "prnewswire-prweb": "PRWeb",
  "business wire": "Business Wire",
  globenewswire: "GlobeNewswire",
  cnw: "CNW"
});
var AGENCIES = /* @__PURE__ */ new Set([
  "afp",
  "agence france-presse",
  "agence france presse",
  "reuters",
  "thomson reuters",
  "ap",
  "associated press",
  "the associated press",
  "bernama",
  "pa",
  "pa media",
  "press association",
  "dpa",
  "xinhua",
  "pti",
  "press trust of india",
  "ians",
  "ani",
  "upi",
  "efe",
  "ansa",
  "kyodo",
  "kyodo news",
  "yonhap",
  "tass",
  "interfax",
  "ria novosti",
  "bloomberg",
  "aap",
  "cna",
  "anadolu",
  "anadolu agency",
  "sputnik",
  "apa",
  "kna",
  "jiji",
  "staff",
  "staff reporter",
  "staff writer",
  "news desk",
  "web desk",
  "newsroom",
  "editorial",
  "agencies",
  "wire",
  "wires",
  "wire services",
  "hnn staff",
  "cnn",
  "bbc",
  "rt",
  "sky",
  "sky news"
]);
var BYLINE_ROLE_WORDS = new Set(
  `writer reporter correspondent editor contributor columnist staff desk analyst producer critic bureau chief
  senior political national international sports auto business science health tech technology security
  entertainment features opinion at-large editor-at-large contributing special investigative associate deputy
  managing news digital multimedia photographer journalist redakteur redakteurin korrespondent journaliste
  correspondant periodista redacci\xF3n redazione`.split(/\s+/)
);
var MASTHEADS = [
  "The New York Times",
  "The Washington Post",
  "The Wall Street Journal",
  "Wall Street Journal",
  "Los Angeles Times",
  "USA Today",
  "USA TODAY",
  "The Guardian",
  "The Observer",
  "The Times",
  "The Sunday Times",
  "The Telegraph",
  "Daily Telegraph",
  "The Independent",
  "Daily Express",
  "Sunday Express",
  "Daily Mail",
  "Mail Online",
  "MailOnline",
  "Daily Mirror",
  "The Sun",
  "Evening Standard",
  "Financial Times",
  "The Economist",
  "BBC News",
  "Sky News",
  "The Irish Times",
  "Irish Independent",
  "The Scotsman",
  "The Herald",
  "Metro",
  "i news",
  "CNN",
  "Fox News",
  "NBC News",
  "CBS News",
  "ABC News",
  "NPR",
  "Politico",
  "The Hill",
  "Axios",
  "Vox",
  "HuffPost",
  "BuzzFeed News",
  "The Atlantic",
  "The New Yorker",
  "Time",
  "Newsweek",
  "Bloomberg",
  "CNBC",
  "Forbes",
  "Business Insider",
  "Fortune",
  "The Verge",
  "Wired",
  "WIRED",
  "TechCrunch",
  "VentureBeat",
  "Ars Technica",
  "Engadget",
  "Gizmodo",
  "Mashable",
  "ZDNet",
  "CNET",
  "Rolling Stone",
  "Billboard",
  "Variety",
  "The Hollywood Reporter",
  "IndieWire",
  "Deadline",
  "Chicago Tribune",
  "Boston Globe",
  "The Boston Globe",
  "San Francisco Chronicle",
  "Houston Chronicle",
  "The Detroit News",
  "Detroit Free Press",
  "Miami Herald",
  "The Seattle Times",
  "New York Post",
  "New York Daily News",
  "Washington Examiner",
  "Washington Times",
  "National Review",
  "The Jerusalem Post",
  "Haaretz",
  "Times of Israel",
  "Al Jazeera",
  "RT",
  "TASS",
  "The Moscow Times",
  "South China Morning Post",
  "The Straits Times",
  "The Star",
  "New Straits Times",
  "Malay Mail",
  "Daily Express Malaysia",
  "The Japan Times",
  "The Korea Herald",
  "The Hindu",
  "Hindustan Times",
  "The Times of India",
  "Times of India",
  "Indian Express",
  "The Indian Express",
  "Deccan Herald",
  "NDTV",
  "Dawn",
  "The Sydney Morning Herald",
  "The Age",
  "The Australian",
  "ABC",
  "Stuff",
  "New Zealand Herald",
  "CBC News",
  "CTV News",
  "Globe and Mail",
  "The Globe and Mail",
  "Toronto Star",
  "National Post",
  "Der Spiegel",
  "DER SPIEGEL",
  "Die Zeit",
  "ZEIT ONLINE",
  "S\xFCddeutsche Zeitung",
  "Frankfurter Allgemeine",
  "FAZ",
  "Die Welt",
  "WELT",
  "Bild",
  "Tagesschau",
  "Der Standard",
  "Neue Z\xFCrcher Zeitung",
  "NZZ",
  "Le Monde",
  "Le Figaro",
  "Lib\xE9ration",
  "Le Parisien",
  "Ouest-France",
  "France 24",
  "Le Temps",
  "El Pa\xEDs",
  "El Mundo",
  "ABC Espa\xF1a",
  "La Vanguardia",
  "Clar\xEDn",
  "La Naci\xF3n",
  "Corriere della Sera",
  "la Repubblica",
  "La Stampa",
  "Il Sole 24 Ore",
  "Folha de S.Paulo",
  "O Globo",
  "P\xFAblico",
  "Expresso",
  "Kompas",
  "Tempo",
  "The Jakarta Post",
  "Jakarta Globe",
  "Detik",
  "\u041A\u043E\u043C\u043C\u0435\u0440\u0441\u0430\u043D\u0442\u044A",
  "\u0412\u0435\u0434\u043E\u043C\u043E\u0441\u0442\u0438",
  "\u0418\u0437\u0432\u0435\u0441\u0442\u0438\u044F",
  "\u0420\u0418\u0410 \u041D\u043E\u0432\u043E\u0441\u0442\u0438",
  "Smithsonian",
  "Live Science",
  "Space.com",
  "ScienceAlert",
  "Scientific American",
  "New Scientist",
  "Quanta Magazine",
  "Barron's",
  "Barrons",
  "MarketWatch",
  "The Motley Fool",
  "Yahoo News",
  "Yahoo Finance",
  "MSN",
  "SFGate",
  "Los Angeles Daily News",
  "Star Tribune",
  "The Atlanta Journal-Constitution",
  "Denver Post",
  "The Denver Post",
  "PolitiFact",
  "Snopes",
  "Slate",
  "Salon",
  "The Intercept",
  "ProPublica",
  "Mother Jones",
  "The Nation",
  "Reason",
  "Daily Beast",
  "The Daily Beast",
  "Euronews",
  "Deutsche Welle",
  "DW",
  "Radio Free Europe",
  "Voice of America"
];
var BOILERPLATE = [
  ["follow prompt", /^(?:[*•]\s*)?(?:follow|like|join)\s+(?:us|me|our)\b|\bfollow us on\b|folgen sie uns|suivez-nous|síguenos|seguici|siga-nos|ikuti kami|подписывайтесь/i],
  ["comments", /^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|discussion)(?:\s*\(\d+\))?\s*:?\s*$|^\d+\s+(?:responses?|comments?|thoughts?|replies)\s+(?:to|on)\b/i],
  // (WordPress's share buttons: "Click to share on Facebook (Opens in new window)", "Click to print (Opens in …)")
  ["share prompt", /^click to (?:share|email|print)\b|\(opens in (?:a )?new window\)$|^(?:like this (?:story|article)\??\s*share it|share (?:this|your thoughts)|enjoyed this (?:story|article)|if you (?:liked|enjoyed) this)/i],
  ["related link", /^(?:also on|read also|also read|see also|see more|related|read more|read next|must read|more|watch|watch more|listen)\s*(?:on\s+[\w.-]+\s*)?:\s*\S|^also on [\w-]+\.(?:com|org|net|co\.uk|ru|de|fr)\s+\S/i],
  ["page furniture", /^(?:continue reading(?: the main story)?|x share via|share via|sharing is caring!?|breaking news emails|get (?:breaking news|the newsletter).*|get (?:the )?latest (?:news|updates|headlines)\b.*\b(?:breaking news|top headlines|around the world)\b.*|you are here:.*|zurück(?: zur übersicht)?|closed captioning(?: policy)?|suggest a (?:fact check|correction)|view (?:more|all) articles|more articles|all articles|\d+ (?:photos|images)|(?:image|photo|picture|slide) \d+ (?:of|\/) ?\/? ?\d+|enlarge this image|toggle caption|hide caption|(?:open|close|view) (?:image|gallery|caption)|english edition|print edition|today'?s paper)\s*[.!:]?\s*$/i],
  ["share buttons", /^(?:(?:facebook|twitter|whatsapp|linkedin|pinterest|pint|pin|reddit|telegram|email|e-mail|print|sms|messenger|flipboard|tumblr|vk|x|share|compartilhar|baixar|teilen|partager|compartir|mail)\s*){2,}$/i],
  ["share buttons", /^(?:share|share this|share on|share article|share this article|share via|tweet|email|e-mail|print|copy link|copy url|pin it|whatsapp|facebook|twitter|linkedin|reddit|pinterest|telegram|flipboard|messenger|sms|comments?|teilen|partager|compartir|condividi|compartilhar|bagikan|поделиться)(?:\s*[:|/,]\s*\S+){0,8}\s*$/i],
  ["subscription prompt", /\b(?:subscribe|subscription|subscriber|sign up|sign in|log in|login|register|newsletter|paywall|premium|unlimited access|free trial|try \d+ (?:month|week)|already a (?:subscriber|member)|unsubscribe|no spam|create (?:an |a free )?account|abonnieren|abonnement|abonnez|suscríbete|suscripción|abbonati|assine|berlangganan|подпишитесь|e-?paper)\b/i],
  ["cookie notice", /\bcookies?\b.*\b(?:use|accept|consent|policy|settings|browser|experience)\b|\b(?:accept|consent)\b.*\bcookies?\b|datenschutz|cookie-einstellungen|politique de confidentialité|política de privacidad/i],
  ["advertisement", /^(?:advertisement|advertising|ad|ads|sponsored(?: content)?|promoted|paid content|partner content|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|iklan|реклама|story continues below(?: advertisement)?|continue reading below|article continues below(?: this ad)?|scroll to continue with content|skip advertisement|advertisement - scroll to continue|report an ad|ad feedback|\(?adsbygoogle.*)\s*$/i],
  ["related heading", /^(?:related(?: articles| stories| news| content| coverage| posts| links| topics| video| reading)?|read (?:more|also|next)|see also|more (?:from|on|stories|news|in|about|like this)\b.*|most (?:read|popular|viewed|shared|commented)\b.*|more\s+(?:\p{Lu}[\w.'&-]*\s*){1,4}|top stories(?: today)?|trending(?: now| stories)?|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|don'?t miss|popular(?: now| stories| on \S+)?|latest(?: news| stories| headlines| videos?)?|editor'?s picks?|what to read next|around the web|from our partners|also on \S+|weitere artikel|mehr zum thema|das könnte sie auch interessieren|à lire aussi|lire aussi|sur le même sujet|te puede interesar|leggi anche|leia também|baca juga|você pode gostar|pode gostar|veja também|potrebbe interessarti|vous aimerez aussi|читайте также|вам также может быть интересно|похожие (?:статьи|записи|новости)|関連記事|関連する記事|おすすめ記事|人気記事|관련\s?기사|많이 본 (?:뉴스|기사|칼럼)|相关文章|相关新闻|推荐阅读)\s*[:.…]*\s*$/iu],
  ["comments", /^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|show comments|view comments|load comments|add a comment|commenting|kommentare?|commentaires?|comentarios?|commenti|комментарии)(?:\s*\(\d+\))?\s*:?\s*$|^(?:comments are closed|you must be logged in|your email address will not be published|required fields are marked|reply|report abuse|notify me of)/i],
  ["footer", /\b(?:all rights reserved|terms (?:of (?:use|service)|and conditions|& conditions)|privacy (?:policy|notice|settings)|contact us|about us|site ?map|accessibility|careers|advertise with us|do not sell my|is (?:a )?part of [^,.]{2,40}, (?:an?|the) (?:[\w-]+ ){0,3}(?:media|publishing|publisher|news)|ad choices|adchoices|impressum|mentions légales|aviso legal|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|все права защищены)\b/i],
  ["navigation", /^(?:home|menu|search|close|open|back|next|previous|prev|skip to (?:main )?content|skip to navigation|toggle navigation|main menu|navigation|sections|topics|more|show more|load more|view all|see all|see more|read more|continue reading|click here|go to|back to top|top|jump to|accept|dismiss|ok|got it|yes|no|sign out|my account|account|profile|settings|notifications|text size|font size|a\+|a-|listen|listen to (?:this )?article|audio|play|pause|watch|video|photos?|gallery|loading\.*|please wait|startseite|accueil|inicio|portada|beranda|главная)(?:\s*\(\d+\))?\s*[:›»>]?\s*$/i],
  ["reading time", /^(?:\d+\s*[–-]\s*)?\d+\s*(?:min(?:ute)?s?|minutes?)(?:\s*(?:read|lesezeit|de lecture|de lectura|di lettura))?\s*$/i],
  ["headlines label", /^(?:headlines?|breaking(?: news)?|news|live|exclusive|opinion|analysis|world|business|politics|sport|sports|tech|technology|science|health|entertainment|lifestyle|travel|culture|money|markets|video|videos|podcast|podcasts|weather|local|national|nation|us|uk|europe|asia|africa|americas|middle east)\s*:?\s*$/i],
  ["social counter", /^\d[\d.,]*\s*[km]?\s*(?:shares?|likes?|views?|comments?|followers?|reads?)\s*$|^this (?:story|article|post|page) has been (?:shared|viewed|read) [\d.,]+\s*[km]? times\.?$/i],
  ["image credit", /^(?:image|photo|picture|video|illustration|graphic)\s*(?:credits?|courtesy)\s*:/i],
  ["affiliate disclosure", /\b(?:is supported by its (?:audience|readers)|we may earn (?:an? )?(?:affiliate )?commission|when you (?:buy|purchase) (?:something )?(?:through|using|via) (?:links|our links)|may receive a commission|affiliate links?)\b/i],
  ["author box", /^(?:about|über|à propos de|sobre|a proposito di|tentang)\s+(?:the\s+)?(?:author|writer|autor(?:in)?|l'auteur|el autor|o autor|l'autore|penulis|\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,2})\s*:?$/u],
  ["app prompt", /\b(?:download (?:the|our) app|get the app|app store|google play|push notifications?|turn on notifications|enable notifications)\b/i],
  ["tags line", /^(?:tags?|topics?|filed under|categories|category|schlagworte|themen|étiquettes|etiquetas|argomenti|tópicos)\s*:/i],
  ["comment prompt", /^(?:have your say|tell us what you think|let us know (?:what you think|your thoughts|in the comments)|join the debate|what do you think\?|do you have an opinion on the issues raised)|\b(?:submit a (?:response|letter)|(?:considered|selected) for publication in our letters)\b/i],
  ["report error", /\b(?:report (?:an? )?(?:error|typo|correction)|spotted an error|send us a tip|got a (?:news )?tip)\b/i],
  ["contributor note", /\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b/i],
  ["javascript notice", /\b(?:enable javascript|javascript (?:is )?(?:disabled|required)|your browser (?:does not|doesn't) support|update your browser)\b/i]
];
var END_MARKER_REASONS = /* @__PURE__ */ new Set(["related heading", "comments", "tags line", "author box"]);
var HARD_END_MARKER = /^(?:\d+\s+)?(?:comments?|responses?|reader comments|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|kommentare|commentaires|comentarios|commenti|комментарии)\s*(?:\(\d+\))?\s*:?\s*$|^\d+\s+(?:responses?|comments?|thoughts?|replies)\s+(?:to|on)\b|^.{1,60}?\s+(?:on|at)\s+.{4,40}?\d{4}.{0,25}?\s*(?:said|says|wrote|commented|replied)\s*:?\s*$/iu;

// electron/text/clean/header-tables.ts
var SITE_PHRASES = [
  /^(?!(?:go|back|toggle|skip|open|close|show|hide|return|jump|view|visit)\b)(.{2,40}?)\s+(?:homepage|home page|main menu)\b/i,
  /^follow\s+(?!us\b|me\b|our\b|him\b|her\b|them\b)(.{2,40}?)\s+(?:online|on\s+(?:twitter|facebook|instagram|youtube|linkedin|social))\b/i,
  /^(.{2,40}?)\s+is\s+(?:supported|funded)\s+by\s+its\s+(?:audience|readers)\b/i,
  /^subscribe\s+to\s+(.{2,40}?)\s+on\s+(?:youtube|twitter|facebook|instagram)\b/i,
  /\bsource\s*:\s*((?:[\w-]+\.)+[a-z]{2,})\s*$/i,
  // a newsletter's sign-off under each post: "Thanks for reading The Harbour Letter! Subscribe for free …"
  /^thanks\s+for\s+reading\s+(?!this\b|my\b|our\b|the\s+(?:post|article|story|piece)\b)(.{2,40}?)\s*[!.]/i
];
var NOT_SITE_NAMES = /* @__PURE__ */ new Set([
  "blog",
  "home",
  "site",
  "the site",
  "this site",
  "our site",
  "us",
  "me",
  "you",
  "him",
  "her",
  "them",
  "news",
  "sport",
  "sports",
  "world",
  "business",
  "politics",
  "opinion",
  "culture",
  "life",
  "lifestyle",
  "travel",
  "tech",
  "technology",
  "science",
  "health",
  "video",
  "videos",
  "photos",
  "more",
  "stories",
  "author",
  "the author",
  "this author",
  "this writer",
  "our partners",
  "partners"
]);
var PLATFORM_DOMAINS = new Set(
  `twitter x facebook fb instagram youtube youtu google googleapis gstatic goo amazon amzn apple itunes linkedin
  pinterest reddit tiktok whatsapp snapchat telegram wordpress blogspot blogger medium substack tumblr gmail yahoo
  hotmail outlook aol icloud mail bit tinyurl ow wikipedia wikimedia flickr vimeo soundcloud spotify disqus gravatar
  feedburner paypal patreon github mailchimp doubleclick addthis sharethis cloudfront akamai bing microsoft t me
  example w3 schema ssrn doi archive issuu scribd dropbox imgur giphy getty gettyimages shutterstock`.split(/\s+/).filter(Boolean)
);
var TLDS = `co.uk org.uk com.au net.au co.nz com.br co.in com.ph com.my co.za co.jp com.sg co.id com.ar com.mx
  com net org info biz news io co uk de fr ru it es pt br in au ca ph my sg id jp kr cn nz za ie nl be ch at pl se no dk
  fi tv me us eu asia am gr tr il ae hk tw vn th`.split(/\s+/).filter(Boolean);
var CREDIT_HOLDERS = /* @__PURE__ */ new Set(
  [
    "getty images",
    "getty",
    "shutterstock",
    "alamy",
    "istock",
    "istockphoto",
    "epa",
    "epa-efe",
    "rex",
    "rex features",
    "ap photo",
    "afp photo",
    "reuters pictures",
    "press association images",
    "pa images",
    "pa wire",
    "wenn",
    "splash news",
    "unsplash",
    "pexels",
    "pixabay",
    "wikimedia commons",
    "creative commons",
    "nasa",
    "esa"
  ]
);
var PUBLISHING_GROUPS = /* @__PURE__ */ new Set(
  [
    "gannett",
    "hearst",
    "vox media",
    "future",
    "future us",
    "future plc",
    "cond\xE9 nast",
    "conde nast",
    "tribune",
    "mcclatchy",
    "news corp",
    "advance",
    "meredith",
    "dotdash",
    "dotdash meredith",
    "penske",
    "lee enterprises",
    "axel springer",
    "reach",
    "dmg media",
    "nine",
    "fairfax",
    "schibsted",
    "mediahuis",
    "nbcuniversal",
    "cbs interactive",
    "warnermedia",
    "viacom",
    "bustle digital",
    "valnet",
    "ziff davis",
    "newage ads",
    "e-eighteen.com",
    "network18"
  ]
);
var NOT_NAME_WORDS = new Set(
  `the a an of in on at for to from with without into about over under and or but not no is are was were be
  this that these those here there our your my their its his her we you they it how what why who when where
  new next previous prev older newer latest last first top more most all read view see show hide share like
  post posts page pages comment comments reply replies login log sign register account menu home search
  subscribe follow download print email mail print tweet pin pint whatsapp facebook twitter pinterest instagram
  linkedin youtube telegram reddit tumblr messenger ministry ministries department office government council
  committee police army court university school team club league forces defense defence minister`.split(/\s+/).filter(Boolean)
);
var GLUED_NAME_TAILS = new Set(
  `view more see all read follow articles posts stories profile bio email contact`.split(/\s+/)
);
var AUTHOR_LINK_LABEL = /\s*[|•·,–—-]?\s*(?:(?:view|see|read)\s+(?:all\s+|more\s+)?|all\s+|more\s+)(?:articles|posts|stories)(?:\s+by(?:\s+(?:this\s+)?author)?)?\s*$|\s*[|•·,–—-]?\s*(?:full\s+bio|view\s+profile|author\s+profile|email\s+the\s+author|contact\s+the\s+author)\s*$/i;
var DESK_TAILS = {
  strict: /\s(?:staff|staff reports?|wire services?|wires|news services?|news desk|web desk|desk|newsroom|editorial board|editors)$/i,
  loose: /\s(?:sport|sports|team|reporters)$/i
};
var MORE_BYLINE_OPENERS = /^(?:текст|автор|фото и текст)\s*:\s*(?=\S)/iu;
var HEADLINE_LABEL = /^(?:title|headline|titre|titel|titolo|título|titular|kop)\s*:\s+(?=\S)/i;

// electron/text/clean/credits.ts
var PICTURE_AGENCIES = ["AP", "AFP", "Reuters", "EPA(?:-EFE)?", "Getty Images", "Shutterstock", "Alamy", "Bloomberg", "The Associated Press", "Associated Press", "ASSOCIATED PRESS", "dpa", "picture alliance"];
var AGENCY_CREDIT_BODY = `(?!By\\s|BY\\s)\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]+){1,3}(?:\\s*\\/\\s*\\p{Lu}[\\p{L}.'\u2019 -]{1,40})?\\s*[,/]\\s*(?:${PICTURE_AGENCIES.join("|")})`;
var AGENCY_CREDIT = new RegExp(`^(?:${AGENCY_CREDIT_BODY}|\\(\\s*${AGENCY_CREDIT_BODY}\\s*\\))$`, "u");
var PHOTO_WORD = /^\(?(?:photo|image|picture|foto|bild|illustration|credit|courtesy)/i;
var CAPTION_TOGGLE = /\s*(?:\.\.\.|…)\s*more$/i;
var CAPTION_PREFIX_MIN = 20;
var isPhotoCredit = (t) => PHOTO_WORD.test(t) && REGEXPS4.creditOnly.test(t) || AGENCY_CREDIT.test(t);
var isCreditOnly = (t) => REGEXPS4.creditOnly.test(t);
function creditBelow(blocks, i, memos) {
  const next = blocks[i + 1]?.text;
  if (photoCreditAt(blocks, i + 1, memos)) return !captionLabelAfter(blocks, i + 1) && !lineTest(memos?.[i], LINE_TESTS.creditOnly, blocks[i].text, isCreditOnly);
  return next !== void 0 && sameCaption(blocks[i].text, next) && photoCreditAt(blocks, i + 2, memos);
}
var captionLabelAfter = (blocks, credit) => credit + 1 < blocks.length && REGEXPS4.captionLabel.test(blocks[credit + 1].text);
var photoCreditAt = (blocks, k, memos) => k < blocks.length && lineTest(memos?.[k], LINE_TESTS.photoCredit, blocks[k].text, isPhotoCredit);
function endsWithMore(s) {
  const n = s.length;
  return n >= 4 && (s.charCodeAt(n - 4) | 32) === 109 && (s.charCodeAt(n - 3) | 32) === 111 && (s.charCodeAt(n - 2) | 32) === 114 && (s.charCodeAt(n - 1) | 32) === 101;
}
function sameCaption(full, next) {
  if (full === next) return true;
  if (next.length < CAPTION_PREFIX_MIN || !endsWithMore(next)) return false;
  const m = CAPTION_TOGGLE.exec(next);
  return m !== null && m.index >= CAPTION_PREFIX_MIN && full.startsWith(next.slice(0, m.index));
}
var CREDIT_TAIL_CHARS = 200;
function endsWithCredit(text) {
  const credited = withoutLinkLabel(text);
  const tail = credited.length <= CREDIT_TAIL_CHARS ? credited : credited.slice(credited.indexOf(" ", credited.length - CREDIT_TAIL_CHARS) + 1 || credited.length);
  return CREDIT_WORD.test(tail) && REGEXPS4.captionCredit.test(tail) || tail.includes("REUTERS/") && REGEXPS4.reutersCredit.test(tail);
}
var LINK_LABEL_TAIL = /\s+Purchase Licensing Rights(?:,? opens new tab)?$/;
var withoutLinkLabel = (caption) => caption.endsWith("new tab") || caption.endsWith("Rights") ? caption.replace(LINK_LABEL_TAIL, "") : caption;
var CREDIT_WORD = /photo|image|picture|credit|getty|shutterstock|alamy|epa-efe/i;
function counterLength(text) {
  const m = REGEXPS4.galleryCounter.exec(text);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) ? m[0].length : 0;
}
var isGalleryCaption = (text) => counterLength(text) > 0;
var withoutCounter = (caption) => caption.slice(counterLength(caption));

// electron/text/clean/07-header.ts
var isCaptionLike = (text) => REGEXPS4.caption.test(text) || REGEXPS4.captionOpener.test(text) || REGEXPS4.captionCredit.test(text);
var DATE_LINE_MAX_WORDS = 25;
var DATE_ONLY_SHARE = 0.55;
var HEADER_INTO_REGION = 6;
var TITLE_GOOD_WORDS = 12;
var MASTHEAD_SET = new Set(MASTHEADS.map((m) => m.toLowerCase().replace(/^the\s+/, "")));
var CONTAINS_REACH = 150;
var CONTAINED_EXTRA = 60;
var HEADER_DATE_MAX_WORDS = 12;
var HEADLINE_REACH = 4;
var RELATIVE_DATE_LINE = /^(?:(?:published|updated|posted)\s*:?\s*)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\s+ago$/i;
var isRelativeDateLine = (text) => RELATIVE_DATE_LINE.test(text);
var NO_DATES = [];
var hasNoLetters = (text) => REGEXPS4.noLetters.test(text);
var isBareName = (text) => REGEXPS4.personName.test(text.replace(/,.*$/, "")) && !hasNotNameWord(text.replace(/,.*$/, ""));
var ZONE_SHORT_WORDS = 3;
var ZONE_MAX_REACH = 120;
var TEASER_STEP_MIN = 2;
var TEASER_STEP_MAX = 4;
var TEASER_PENALTY = 4;
var CONTAINED_BONUS = 2;
var SHARED_COPY_BONUS = 4;
var SHARE_LABEL = /^(?:share or comment on this (?:article|story)|share this (?:article|story|page)|share (?:the|this) story)\s*:?$/i;
var DECK_MARGIN = 3;
var DATE_LABEL = /^(?:published|updated|posted|last updated|first published|modified)\b/i;
var SITE_NAME = /\b(?:blog|news|magazine|times|post|journal|daily|weekly|online|digital|network|tv|radio)$/i;
var DECK_MIN_WORDS = 15;
var DECK_CASED_MIN_WORDS = 10;
var DECK_CAPS_GAP = 0.3;
var LEAD_SHARE = 0.5;
var stem = (word) => word.slice(0, 5);
function toldInLead(line, blocks, bodyStart) {
  const words3 = line.toLowerCase().match(/\p{L}{4,}/gu);
  if (!words3 || words3.length < 3 || bodyStart < 0) return false;
  const lead = new Set(`${blocks[bodyStart]?.text ?? ""} ${blocks[bodyStart + 1]?.text ?? ""}`.toLowerCase().match(/\p{L}{4,}/gu)?.map(stem));
  return words3.filter((w) => lead.has(stem(w))).length / words3.length >= LEAD_SHARE;
}
var LONE_OPENER = /^\s*(?:by|written by|interview by|von|par|por|door|oleh|автор|text|texte)\s*:?\s*$/i;
var MENU_ITEM_MAX_WORDS = 3;
var BARE_LINE_MAX_WORDS = 6;
var LINK_LINE_MAX_WORDS = 6;
var LINK_ADDRESS = /\b(?:https?:\/\/|www\.)\S/i;
var isLinkLine = (text, words3) => REGEXPS4.url.test(text) && (words3 <= LINK_LINE_MAX_WORDS || LINK_ADDRESS.test(text));
var BYLINE_MAX_WORDS = 14;
var AGENCY_START = /^[(]?([\p{L}. -]{2,40}?)[)]?(?=\s*(?:[|•·,–—-]|\s\p{Lu}\p{Ll}+\.?\s+\d|\s\d|$))/u;
var SPLIT_NAMES = /\s*(?:,|;|\/|&|\||\s[-–—]\s|\b(?:and|And|AND|und|et|y|e|dan|with)\b|(?<=\s)и(?=\s))\s*/u;
var DATE_BEFORE_BY = /^[\d\s:/.,-]*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s+)?[\d\s:/.,-]*\s*(?=\bby\s)/i;
var DATED_BY = /^(.{6,60}?)\s*[|•·,–—-]?\s*(?=\bby\s)/i;
var HANDLE = /\s*@\w+/g;
var titleCase = (s) => s.toLowerCase().replace(/(^|[\s'’(-])(\p{L})/gu, (_m, a, b) => a + b.toUpperCase());
function readerCase(s) {
  return /\p{Ll}/u.test(s) ? s : titleCase(s);
}
function parseByline(text, loose = false) {
  const cache = loose ? LOOSE_CACHE : BYLINE_CACHE;
  let found = cache.get(text);
  if (found === void 0) {
    found = readByline(text, loose);
    cache.set(detached(text), found && { ...found, byline: detached(found.byline), authors: found.authors.map(detached) });
  }
  return found && { ...found, authors: [...found.authors] };
}
function bylineOf(text, memo) {
  if (memo === void 0) return parseByline(text);
  if (memo.byline === void 0) {
    const b = parseByline(text);
    memo.byline = b && { ...b, byline: detached(b.byline), authors: b.authors.map(detached) };
  }
  const found = memo.byline;
  return found && { ...found, authors: [...found.authors] };
}
var BYLINE_CACHE_MAX = 4e3;
var BYLINE_CACHE = new BoundedMemo(BYLINE_CACHE_MAX);
var LOOSE_CACHE = new BoundedMemo(BYLINE_CACHE_MAX);
var TAIL_HINT = /\d|published|posted|updated/i;
var AGENCY_ANYWHERE = new RegExp(`\\b(?:${[...AGENCIES].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "i");
function mayBeByline(text, bare) {
  if (REGEXPS4.byline.test(bare) || bare.charCodeAt(0) >= 1024 && MORE_BYLINE_OPENERS.test(bare)) return true;
  const at = bare.lastIndexOf(" ") + 1;
  if (at > 0 && bare.length - at >= 3 && bare.length - at <= 9) {
    DESK_END.lastIndex = at;
    if (DESK_END.test(bare) && CAPITAL_FIRST.test(bare) && bare.split(" ", DESK_LINE_MAX_WORDS + 1).length <= DESK_LINE_MAX_WORDS && DESK_TAILS.strict.test(bare)) return true;
    LINK_END.lastIndex = at;
    if (LINK_END.test(bare) && AUTHOR_LINK_LABEL.test(bare)) return true;
  }
  if (HAS_DIGIT.test(text) && (NAME_BEFORE_DIGIT.test(bare) || BY_WORD.test(text))) return true;
  return AGENCY_ANYWHERE.test(text);
}
var HAS_DIGIT = /\d/;
var NAME_BEFORE_DIGIT = /^\D*?\p{Lu}[\p{L}'’.-]*\s+(?:(?:de|da|del|della|der|den|van|von|bin|binti|al|el|le|la|di|du|dos|das|ter|mac)\s+)?\p{Lu}/u;
var BY_WORD = /\bby\s/i;
var LETTER_FIRST = /^\p{L}/u;
var DESK_LAST_WORDS = new Set("staff report reports service services wires desk newsroom board editors".split(" "));
var LOOSE_DESK_LAST_WORDS = new Set("sport sports team reporters".split(" "));
var LINK_LAST_WORDS = new Set("articles posts stories bio profile author".split(" "));
var DESK_LINE_MAX_WORDS = 6;
var CAPITAL_FIRST = /^\p{Lu}/u;
var lastWord = (s) => s.slice(s.lastIndexOf(" ") + 1).toLowerCase();
var DESK_END = new RegExp(`(?:${[...DESK_LAST_WORDS].join("|")})$`, "iy");
var LINK_END = new RegExp(`(?:${[...LINK_LAST_WORDS].join("|")})$`, "iy");
var endsWithWordOf = (s, words3) => {
  const at = s.lastIndexOf(" ") + 1;
  return s.length - at >= 3 && s.length - at <= 9 && words3.has(s.slice(at).toLowerCase());
};
var GLUE = /([a-zß-ÿ])([A-Z][a-z]+)/g;
var GLUE_HINT = /[a-zß-ÿ][A-Z]/;
var unglue = (s) => GLUE_HINT.test(s) ? s.replace(GLUE, (m, a, w) => GLUED_NAME_TAILS.has(w.toLowerCase()) || BYLINE_ROLE_WORDS.has(w.toLowerCase()) ? `${a} ${w}` : m) : s;
var hasNotNameWord = (part) => part.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()));
var DESK_NOT_NAME = /^(?:our|your|my|meet|about|contact|join|view|see|all|more|other|the)(?:\s+the)?$|^(?:our|your|my|meet|about|contact|join|view|see|all|more|other)\s/i;
var AGENCY_AT_END = new RegExp(`\\s((?:the\\s+)?(?:${[...AGENCIES].filter((a) => a.length > 2).sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}))$`, "i");
var COMMENT_END = /(?:said|says|wrote|commented|replied)\s*:?\s*$/i;
var AGENCY_LAST_WORDS = new Set([...AGENCIES].filter((a) => a.length > 2).map((a) => a.slice(a.lastIndexOf(" ") + 1)));
var DANGLING_WORD = /\s+(?:on|at|am|le|el|il)$/i;
var YEAR_LEFT = /\d{4}/;
var NON_ASCII = /[\u00c0-\u1fff\u3040-\u9fff\uac00-\ud7af]/;
var TAIL_DATE_CTX = { order: "dmy" };
var MIDDLE_INITIAL = /^(?:\p{Lu}\.|de|da|del|van|von|bin|binti|al|el|le|la|di|du|dos|das)$/u;
var POSSESSIVE = /['’]s\b/u;
var CAPITALISED = /^\p{Lu}[\p{L}'’.&-]*$/u;
function nameBeforeOutlet(words3) {
  if (words3.length < 4 || !words3.every((w) => CAPITALISED.test(w) || MIDDLE_INITIAL.test(w))) return null;
  const k = MIDDLE_INITIAL.test(words3[1]) ? 3 : 2;
  if (words3.length - k < 2 || !CAPITALISED.test(words3[k])) return null;
  const name2 = words3.slice(0, k).join(" ");
  return REGEXPS4.personName.test(name2) && !POSSESSIVE.test(name2) && !hasNotNameWord(words3.join(" ")) ? name2 : null;
}
function bareLine(text) {
  const t = LETTER_FIRST.test(text) ? text : text.replace(REGEXPS4.bullet, "");
  return (t.includes("@") ? t.replace(EMAIL, "").replace(EMPTY_FIELD, "$1").replace(HANDLE, " ") : t).trim();
}
var EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
var EMPTY_FIELD = /([|•·])\s*[|•·]/g;
function readByline(text, loose) {
  let rest = bareLine(text);
  if (!loose && !mayBeByline(text, rest)) return null;
  if ((rest.endsWith(":") || rest.endsWith("d") || rest.endsWith("s") || rest.endsWith("e")) && COMMENT_END.test(rest) && REGEXPS4.commentHeader.test(rest)) return null;
  let authorLink = false;
  const linkEnd = endsWithWordOf(rest, LINK_LAST_WORDS);
  if (linkEnd || REGEXPS4.byline.test(rest)) rest = unglue(rest);
  if (linkEnd) {
    const m = AUTHOR_LINK_LABEL.exec(rest);
    if (m && m.index > 0 && !hasNotNameWord(rest.slice(0, m.index))) {
      rest = rest.slice(0, m.index);
      authorLink = true;
    }
  }
  const lead = DATE_BEFORE_BY.exec(rest);
  if (lead && /\d/.test(lead[0])) rest = rest.slice(lead[0].length);
  else if (HAS_DIGIT.test(rest)) {
    const dated = DATED_BY.exec(rest);
    if (dated && REGEXPS4.dateLine.test(dated[1])) rest = rest.slice(dated[0].length);
  }
  const opener = REGEXPS4.byline.exec(rest) ?? MORE_BYLINE_OPENERS.exec(rest);
  const agencyStart = AGENCY_START.exec(rest);
  const startsWithAgency = agencyStart ? AGENCIES.has(agencyStart[1].trim().toLowerCase()) : false;
  if (opener) rest = rest.slice(opener[0].length);
  const strong = Boolean(opener) || authorLink;
  const before = rest;
  rest = (TAIL_HINT.test(rest) ? rest.replace(REGEXPS4.bylineTail, "") : rest).replace(/^[\s:|•·-]+|[\s|•·,;:–—-]+$/gu, "").trim();
  if (NON_ASCII.test(rest) && YEAR_LEFT.test(rest)) {
    const d = findDates(rest, TAIL_DATE_CTX)[0];
    if (d && d.index > 0) rest = rest.slice(0, d.index).replace(/[\s|•·,;:–—-]+$/gu, "");
  }
  if (strong && rest !== before.trim()) rest = rest.replace(DANGLING_WORD, "");
  const datedName = rest !== before.trim() && /\d/.test(before.slice(rest.length));
  const filedFrom = loose && !opener && rest.includes(" in ") && FILED_FROM_LINE.test(rest);
  if (filedFrom) rest = rest.replace(FILED_FROM, "");
  if (!rest || rest.split(/\s+/).length > BYLINE_MAX_WORDS || REGEXPS4.sentenceEnd.test(rest.replace(/\b\p{Lu}\.$/u, ""))) return null;
  const authors = [];
  let agencies = 0;
  let desks = 0;
  let outlets = 0;
  let others = 0;
  let publication;
  for (const raw of rest.split(SPLIT_NAMES)) {
    const part = raw.replace(/^[(]|[)]$/g, "").trim();
    if (!part) continue;
    const lower = part.toLowerCase();
    if (AGENCIES.has(lower) || AGENCIES.has(lower.replace(/^the\s+/, ""))) {
      agencies++;
      continue;
    }
    const last = lastWord(lower);
    if ((DESK_LAST_WORDS.has(last) || loose && LOOSE_DESK_LAST_WORDS.has(last)) && (DESK_TAILS.strict.test(part) || loose && DESK_TAILS.loose.test(part))) {
      const name2 = part.replace(DESK_TAILS.strict, "").replace(DESK_TAILS.loose, "");
      if (name2 && /^\p{Lu}/u.test(name2) && !DESK_NOT_NAME.test(name2) && name2.split(/\s+/).length <= 4) {
        agencies++;
        desks++;
        continue;
      }
    }
    const tail = AGENCY_LAST_WORDS.has(last) ? AGENCY_AT_END.exec(part) : null;
    if (tail && REGEXPS4.personName.test(part.slice(0, tail.index)) && !hasNotNameWord(part.slice(0, tail.index))) {
      authors.push(readerCase(part.slice(0, tail.index)));
      agencies++;
      continue;
    }
    const words3 = part.split(/\s+/);
    const roleAt = words3.findIndex((w) => BYLINE_ROLE_WORDS.has(w.toLowerCase()));
    if (roleAt >= 0) {
      if (words3.some((w) => AGENCIES.has(w.toLowerCase()))) agencies++;
      const before2 = words3.slice(0, roleAt).join(" ");
      if (strong && roleAt >= 2 && REGEXPS4.personName.test(before2)) authors.push(readerCase(before2));
      continue;
    }
    const outlet = loose && !strong ? nameBeforeOutlet(words3) : null;
    if (outlet) {
      authors.push(readerCase(outlet));
      others++;
      outlets++;
      continue;
    }
    const writtenFor = strong ? WRITTEN_FOR.exec(part) : null;
    if (writtenFor && REGEXPS4.personName.test(writtenFor[1]) && !hasNotNameWord(writtenFor[1])) {
      authors.push(readerCase(writtenFor[1]));
      continue;
    }
    if (strong && THE_OUTLET.test(part)) {
      others++;
      publication ??= part;
      continue;
    }
    if (REGEXPS4.personName.test(part) && (strong || !hasNotNameWord(part))) authors.push(readerCase(part));
    else others++;
  }
  const handle = opener && authors.length === 0 && agencies === 0 && others === 1 && !/\s/.test(rest);
  if (authors.length === 0 && agencies === 0 && !handle) return null;
  const namesAndAgency = authors.length > 0 && agencies > 0 && others === 0;
  const deskOnly = desks > 0 && authors.length === 0 && others === 0;
  if (!strong && !loose && !startsWithAgency && !datedName && !filedFrom && !namesAndAgency && !deskOnly && !REGEXPS4.agencyLine.test(rest)) return null;
  if (!strong && others > 0 && !(startsWithAgency && others <= 1) && !(loose && authors.length > 0 && others <= 1)) return null;
  if (REGEXPS4.caption.test(text) || REGEXPS4.creditOnly.test(text) || /^\(.*\)$/.test(text.trim())) return null;
  const strength = strong ? 2 : startsWithAgency || datedName || filedFrom || namesAndAgency || deskOnly || REGEXPS4.agencyLine.test(rest) ? 1 : 0;
  return { byline: rest, authors, agencyOnly: authors.length === 0, strength, ...deskOnly && !strong ? { deskOnly: true } : {}, ...outlets ? { outlet: true } : {}, ...publication ? { publication } : {} };
}
var WRITTEN_FOR = /^(.+?)\s+(?:for|For|FOR)\s+(?:(?:the|The|THE)\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*)*$/u;
var THE_OUTLET = /^(?:the|The|THE)\s+\p{Lu}/u;
var FILED_FROM = /\s+in\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}(?=\s*(?:,|\band\b|$))/gu;
var FILED_FROM_LINE = /^(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s+in\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}(?:\s*(?:,|and)\s*|$))+$/u;
var TICKER_LABEL = /^(?:breaking(?: news)?|trending(?: now| stories)?|just in|latest(?: news| headlines)?|top stories)\s*:?$/i;
var ENDS_WITH_STOP = /[.…。]["'”’)\]]*$/u;
var BARE_NAME_REACH = 8;
var BARE_NAME_MAX_WORDS = 4;
function printedElsewhere(blocks, at, name2) {
  const n = name2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const by = new RegExp(`^${n}\\s+(?:is|was|has|writes|covers|joined)\\b|\\b(?:more (?:from|by)|about|articles by|posts by|stories by)\\s+${n}\\b`, "i");
  for (let i = 0; i < blocks.length; i++) if (i !== at && blocks[i].text.includes(name2) && by.test(blocks[i].text)) return true;
  return false;
}
function withoutSection(title, blocks, at) {
  const bar = title.indexOf(" | ");
  if (bar <= 0 || bar > SECTION_MAX_CHARS) return title;
  const section2 = title.slice(0, bar).trim();
  if (section2.split(/\s+/).length > SECTION_MAX_WORDS) return title;
  const rest = title.slice(bar + 3).trim();
  if (rest.split(/\s+/).length < SECTION_REST_MIN_WORDS) return title;
  const lower = section2.toLowerCase();
  for (let i = 0; i < blocks.length; i++) {
    if (i === at) continue;
    const text = blocks[i].text;
    if (text.length === section2.length ? text.toLowerCase() === lower : text.startsWith(section2 + " | ")) return rest;
  }
  return title;
}
var SECTION_MAX_CHARS = 30;
var SECTION_MAX_WORDS = 3;
var SECTION_REST_MIN_WORDS = 4;
var TOP_TITLE_MAX_WORDS = 20;
var TOP_SENTENCE_TITLE_MAX_WORDS = 16;
var TITLE_CASE_CAPS = 0.6;
var TOP_BODY_REACH = 3;
var TOP_HEADLINE_SCORE = 5;
var INNER_SENTENCE = /(?<!(?:^|[\s.(])\p{Lu})[.!?]["'”’)]*\s+["'“‘(]?\p{Lu}/u;
var NAME_AFTER_FIRST = /^\S+\s+(?:\S+\s+)*?["'“‘(]?\p{Lu}/u;
var DATELINE_OPENER = /^\p{Lu}{2,}(?:[\s,.]+\p{Lu}{2,})*\.?\s*(?:[-–—(]|,\s)/u;
function topHeadline(blocks, features, verdicts, region, at) {
  const f = features[at];
  const v = verdicts[at];
  if (!f || !v || region.start > at || region.end <= at || f.script || f.bullet || f.headerLine) return false;
  const text = blocks[at].text;
  const titleCased = f.caps >= TITLE_CASE_CAPS;
  if (f.words < 3 || f.words > (titleCased ? TOP_TITLE_MAX_WORDS : TOP_SENTENCE_TITLE_MAX_WORDS) || v.reason.startsWith("boilerplate")) return false;
  if (!titleCased && !NAME_AFTER_FIRST.test(text)) return false;
  if (INNER_SENTENCE.test(text) || DATELINE_OPENER.test(text) || isLinkLine(text, f.words) || REGEXPS4.caption.test(text)) return false;
  for (let j = at + 1; j <= at + TOP_BODY_REACH && j < blocks.length; j++) {
    if (features[j].words > f.words && (verdicts[j].cls === "good" || verdicts[j].cls === "near")) return true;
  }
  return false;
}
var YEARLESS_REACH = 4;
var YEARLESS_SCORE = 1;
var COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–—]\s*)?((?:19|20)\d{2})(?!\d)/i;
var COPYRIGHT_HINT = /©|\([cC]\)|opyright|OPYRIGHT/;
function copyrightYear(blocks) {
  let year = null;
  for (const b of blocks) {
    if (!COPYRIGHT_HINT.test(b.text)) continue;
    const m = COPYRIGHT_YEAR.exec(b.text);
    if (m && (year === null || Number(m[1]) > year)) year = Number(m[1]);
  }
  return year;
}
function yearlessDate(blocks, titleIndex, reference2, used) {
  const refDay = reference2 && /^\d{4}-\d{2}-\d{2}/.test(reference2) ? reference2.slice(0, 10) : null;
  const year = refDay ? Number(refDay.slice(0, 4)) : copyrightYear(blocks);
  const from = refDay ? "the capture date" : "the copyright line";
  if (year === null) return null;
  for (let j = titleIndex + 1; j <= titleIndex + YEARLESS_REACH && j < blocks.length; j++) {
    if (used.has(j)) continue;
    let date = monthDayLine(blocks[j].text, year);
    if (date && refDay && date.day > refDay) date = monthDayLine(blocks[j].text, year - 1);
    if (date) return { index: j, date, from };
  }
  return null;
}
function findHeader(...page) {
  const near = readHeader(page, false);
  if (!near.teaserTitle) return near.header;
  return readHeader(page, true).header;
}
function readHeader(page, wide) {
  const [blocks, features, verdicts, region, lang, dateCtx, lowers, memos] = page;
  const n = blocks.length;
  const lowerOf = (i) => lowers?.[i] ?? blocks[i].text.toLowerCase();
  let zoneStart = Math.max(0, region.start - DEFAULT_HEADER_WINDOW);
  let zoneDistance = null;
  if (wide) {
    zoneStart = region.start;
    for (let counted = 0; zoneStart > 0 && counted < DEFAULT_HEADER_WINDOW && region.start - zoneStart < ZONE_MAX_REACH; ) {
      zoneStart--;
      if (features[zoneStart].words >= ZONE_SHORT_WORDS) counted++;
    }
    zoneDistance = new Int32Array(Math.max(0, region.start - zoneStart));
    for (let i = region.start - 1, d = 0; i >= zoneStart; i--) {
      if (features[i].words >= ZONE_SHORT_WORDS) d++;
      zoneDistance[i - zoneStart] = d;
    }
  }
  const distanceAbove = (i) => i >= region.start || !zoneDistance ? Math.abs(region.start - i) : zoneDistance[i - zoneStart];
  const zoneEnd = Math.min(n, region.start + HEADER_INTO_REGION, region.end === region.start ? n : region.end);
  const warnings = [];
  const used = /* @__PURE__ */ new Set();
  let captured = null;
  let capturedIndex = -1;
  const first2 = blocks[0];
  if (first2 && features[0].words <= 8) {
    const d = findDates(first2.text, dateCtx, lang)[0];
    if (d && d.text.length >= first2.text.length * DATE_ONLY_SHARE && !d.relative && region.start > 0) {
      captured = d;
      capturedIndex = 0;
      used.add(0);
    }
  }
  const isDate = /* @__PURE__ */ new Map();
  const isByline = /* @__PURE__ */ new Map();
  const scan = (i) => {
    if (i === capturedIndex || i < 0 || i >= n) return;
    const f = features[i];
    if (f.words > DATE_LINE_MAX_WORDS) return;
    const dates = lineTest(memos?.[i], LINE_TESTS.mayHoldDate, blocks[i].text, mayHoldDate) && !lineTest(memos?.[i], LINE_TESTS.endsWithCredit, blocks[i].text, endsWithCredit) ? findDates(blocks[i].text, dateCtx, lang) : NO_DATES;
    if (dates.length) isDate.set(i, dates);
    const b = bylineOf(blocks[i].text, memos?.[i]);
    if (b) isByline.set(i, b);
    else if (f.words <= 2 && i + 1 < n && LONE_OPENER.test(blocks[i].text)) {
      const named = parseByline(`By ${blocks[i + 1].text}`);
      if (named && (named.authors.length > 0 || AGENCIES.has(named.byline.toLowerCase()) || CAPITAL_FIRST.test(named.byline) && named.byline.includes(" "))) isByline.set(i + 1, named);
    }
  };
  const nearStart = Math.max(zoneStart, region.start - DEFAULT_HEADER_WINDOW);
  for (let i = zoneStart; i < nearStart; i++) if (features[i].words >= ZONE_SHORT_WORDS || HAS_DIGIT.test(blocks[i].text)) scan(i);
  for (let i = nearStart; i < zoneEnd; i++) scan(i);
  const footStart = Math.max(zoneEnd, region.end - 2);
  for (let i = footStart; i < Math.min(n, region.end + DEFAULT_FOOTER_WINDOW); i++) scan(i);
  const near = (i, map, span) => {
    for (let j = i + 1; j <= i + span; j++) if (map.has(j)) return true;
    return false;
  };
  const relativeDate = (j) => lineTest(memos?.[j], LINE_TESTS.relativeDate, blocks[j].text, isRelativeDateLine);
  const dateLike = (j) => isDate.has(j) && features[j].words <= HEADER_DATE_MAX_WORDS || j < n && relativeDate(j);
  const below = (i, test, span) => {
    for (let j = i + 1; j <= i + span && j < n; j++) if (test(j)) return j - i;
    return Infinity;
  };
  const nearFrom = Math.max(0, region.start - CONTAINS_REACH);
  const nearTo = Math.min(n, region.end + CONTAINS_REACH);
  const nearbyLower = [];
  const nearLengths = new Int32Array(Math.max(0, nearTo - nearFrom));
  for (let k = nearFrom; k < nearTo; k++) nearLengths[k - nearFrom] = blocks[k].text.length;
  const containedIn = (lower) => {
    let count = 0;
    for (let k = nearFrom; k < nearTo; k++) {
      const len = nearLengths[k - nearFrom];
      if (len <= lower.length || len > lower.length + CONTAINED_EXTRA) continue;
      const other = nearbyLower[k] ??= lowerOf(k);
      if (other.length > lower.length && other.length <= lower.length + CONTAINED_EXTRA && other.includes(lower)) count++;
    }
    return count;
  };
  const inDateRun = (j) => {
    for (let step = TEASER_STEP_MIN; step <= TEASER_STEP_MAX; step++) {
      const at = (k) => k >= 0 && k < n && isDate.has(k) && features[k].words <= HEADER_DATE_MAX_WORDS;
      const runs = (at(j - step) ? 1 : 0) + (at(j - 2 * step) && at(j - step) ? 1 : 0) + (at(j + step) ? 1 : 0) + (at(j + 2 * step) && at(j + step) ? 1 : 0);
      if (runs >= 2) return true;
    }
    return false;
  };
  const sharedCopies = /* @__PURE__ */ new Set();
  for (let k = 1; k < n; k++) if (features[k - 1].words <= 6 && SHARE_LABEL.test(blocks[k - 1].text)) sharedCopies.add(lowerOf(k));
  const scores = /* @__PURE__ */ new Map();
  const teasers = /* @__PURE__ */ new Set();
  for (let i = zoneStart; i < zoneEnd; i++) {
    const f = features[i];
    const v = verdicts[i];
    const text = blocks[i].text;
    if (f.script ? f.words < 4 || text.length > 150 : f.words < 3 || f.words > DEFAULT_TITLE_MAX_WORDS) continue;
    if (isDate.has(i) || isByline.has(i) || i === capturedIndex || f.headerLine || DATE_LABEL.test(text)) continue;
    if (v.reason.startsWith("boilerplate") || f.bullet || isLinkLine(text, f.words) || lineTest(memos?.[i], LINE_TESTS.noLetters, text, hasNoLetters)) continue;
    if (lineTest(memos?.[i], LINE_TESTS.captionLike, text, isCaptionLike)) continue;
    if (underCaptionLabel(blocks, i) || creditBelow(blocks, i, memos) && !isByline.has(i + 1)) continue;
    if (relativeDate(i)) continue;
    const repeatedLead = i === region.start && f.repeated > 0 && f.words <= TITLE_GOOD_WORDS * 2 && !/[.]$/.test(text);
    if (i >= region.start && !repeatedLead) {
      if (v.cls === "good" || v.cls === "near" && Math.min(below(i, dateLike, 2), below(i, (j) => isByline.has(j), 2)) > 2) continue;
      if (ENDS_WITH_STOP.test(text) || !(near(i, isDate, 3) || near(i, isByline, 3))) continue;
    }
    let score = 2 * (1 - distanceAbove(i) / DEFAULT_HEADER_WINDOW);
    if (f.repeated > 0) score += 1.5;
    if (f.repeated > 0 && sharedCopies.size > 0 && sharedCopies.has(lowerOf(i))) score += SHARED_COPY_BONUS;
    const toDate = below(i, dateLike, HEADLINE_REACH);
    const toByline = below(i, (j) => isByline.has(j), HEADLINE_REACH);
    const toHeader = Math.min(toDate, toByline);
    if (toHeader <= 2) score += 3;
    else if (toHeader <= HEADLINE_REACH) score += 2;
    else if (near(i, isDate, 4)) score += 1;
    if (toDate <= HEADLINE_REACH && toByline <= HEADLINE_REACH) score += 1;
    if (toDate <= 2 && toByline > HEADLINE_REACH && inDateRun(i + toDate)) {
      score -= TEASER_PENALTY;
      teasers.add(i);
    }
    if (isDate.has(i - 1) || isDate.has(i - 2)) score += 1;
    score += Math.min(f.words, TITLE_GOOD_WORDS) / 4;
    if (/[.]$/.test(text) && !f.script) score -= f.words > 8 ? 3 : 1.5;
    if (i > 0 && TICKER_LABEL.test(blocks[i - 1].text)) score -= 2;
    if (i >= region.start && !repeatedLead) score -= 1;
    if (f.words <= 5 && lineTest(memos?.[i], LINE_TESTS.bareName, text, isBareName)) score -= 2.5;
    if (f.words > 5 && f.words <= BYLINE_MAX_WORDS && / and |, /.test(text)) {
      const names = parseByline(text, true);
      if (names?.outlet && names.authors.length >= 2) score -= 2.5;
    }
    const lower = lowerOf(i);
    if (MASTHEAD_SET.has(lower.startsWith("the") ? lower.replace(/^the\s+/, "") : lower)) score -= 4;
    if (f.words <= 4 && SITE_NAME.test(text)) score -= 2;
    if (/[»›>|@]|\/\s*\S/.test(text)) score -= 2.5;
    if (!f.script && !/\p{Ll}/u.test(text) && f.words <= 4) score -= 1.5;
    scores.set(i, score);
  }
  let maxBase = -Infinity;
  for (const score of scores.values()) if (score > maxBase) maxBase = score;
  for (const [i, score] of scores) {
    if (score + CONTAINED_BONUS >= maxBase - DECK_MARGIN && containedIn(lowerOf(i)) > 0) scores.set(i, score + CONTAINED_BONUS);
  }
  let title = null;
  let titleIndex = -1;
  let bestScore = -Infinity;
  for (const [i, score] of scores) if (score > bestScore) {
    bestScore = score;
    titleIndex = i;
  }
  const teaserTitle = titleIndex >= 0 && teasers.has(titleIndex);
  const top = capturedIndex === 0 ? 1 : 0;
  const topLine = (titleIndex < 0 || titleIndex >= region.start) && topHeadline(blocks, features, verdicts, region, top);
  if (topLine) {
    titleIndex = top;
    bestScore = TOP_HEADLINE_SCORE;
  }
  const above = titleIndex - 1;
  const sAbove = scores.get(above);
  if (sAbove !== void 0 && sAbove >= bestScore - DECK_MARGIN && !/[.]$/.test(blocks[above].text) && features[titleIndex].words >= DECK_CASED_MIN_WORDS && !blocks[above].text.includes(blocks[titleIndex].text) && (features[titleIndex].words > features[above].words ? features[titleIndex].words >= DECK_MIN_WORDS || features[above].caps - features[titleIndex].caps >= DECK_CAPS_GAP || toldInLead(blocks[above].text, blocks, region.start) : toldInLead(blocks[above].text, blocks, region.start))) {
    titleIndex = above;
    bestScore = sAbove;
  }
  if (titleIndex >= 0) title = withoutSection(blocks[titleIndex].text.replace(HEADLINE_LABEL, ""), blocks, titleIndex);
  if (titleIndex >= 0) {
    used.add(titleIndex);
    const key = lowerOf(titleIndex);
    for (let i = zoneStart; i < zoneEnd; i++) if (blocks[i].text.length === key.length && lowerOf(i) === key) used.add(i);
  }
  const hits = [];
  for (const [i, dates] of isDate) {
    const text = blocks[i].text;
    for (const d of dates) {
      const updated = REGEXPS4.updatedLabel.test(text.slice(0, d.index)) && !REGEXPS4.publishedLabel.test(text.slice(0, d.index));
      let score = 1;
      if (REGEXPS4.publishedLabel.test(text)) score += 3;
      if (updated) score -= 1.5;
      if (d.text.length >= text.length * DATE_ONLY_SHARE || isByline.has(i)) score += 1;
      if (titleIndex >= 0 && Math.abs(i - titleIndex) <= 4) score += 1.5;
      if (i >= region.end) score -= 1;
      if (d.hasTime) score += 0.3;
      if (d.relative) score -= 0.5;
      if (features[i].words > HEADER_DATE_MAX_WORDS && !isByline.has(i)) score -= 1.5;
      hits.push({ index: i, date: d, score, updated });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.index - b.index);
  if (hits.length === 0 && titleIndex >= 0) {
    const yearDate = yearlessDate(blocks, titleIndex, captured?.day ?? dateCtx.reference ?? null, used);
    if (yearDate) {
      hits.push({ index: yearDate.index, date: yearDate.date, score: YEARLESS_SCORE, updated: false });
      warnings.push(`the date "${yearDate.date.text}" has no year; ${yearDate.date.day.slice(0, 4)} taken from ${yearDate.from}`);
    }
  }
  const best = hits[0] ?? null;
  const published = best?.date ?? null;
  const publishedIndex = best?.index ?? -1;
  if (best && best.date.ambiguous) warnings.push(`ambiguous date "${best.date.text}" read as ${dateCtx.order === "dmy" ? "day-month" : "month-day"}`);
  if (best && best.updated) warnings.push('only an "updated" date was found; used as the published date');
  if (best && best.date.relative) warnings.push(`relative date "${best.date.text}" resolved against the capture date`);
  if (best && hits.length > 1 && hits[1].date.day !== best.date.day && hits[1].score === best.score) {
    warnings.push(`two dates compete for the published date: ${best.date.day} and ${hits[1].date.day}`);
  }
  for (const h of hits) {
    const short = features[h.index].words <= HEADER_DATE_MAX_WORDS;
    if (short || h.index === publishedIndex) used.add(h.index);
    else if (h.index < region.start + HEADER_INTO_REGION && !REGEXPS4.sentenceEnd.test(blocks[h.index].text)) used.add(h.index);
  }
  let byline = null;
  let bylineIndex = -1;
  let bylineDist = Infinity;
  let bylineStrength = -1;
  for (const [i, b] of isByline) {
    if (b.deskOnly && (i >= region.start + HEADER_INTO_REGION || i >= region.end)) continue;
    const dist = titleIndex >= 0 ? Math.abs(i - titleIndex) + (i < titleIndex ? 2 : 0) : Math.abs(i - region.start);
    if (b.strength > bylineStrength || b.strength === bylineStrength && dist < bylineDist) {
      byline = b;
      bylineIndex = i;
      bylineDist = dist;
      bylineStrength = b.strength;
    }
  }
  const shortPlain = (k) => k >= 0 && k < n && k !== titleIndex && features[k].words <= MENU_ITEM_MAX_WORDS && !isDate.has(k) && !isByline.has(k) && !relativeDate(k);
  const inMenuRun = (j) => shortPlain(j + 1) && shortPlain(j + 2) && (shortPlain(j - 1) || shortPlain(j + 3));
  const bareNear = [publishedIndex - 1, publishedIndex + 1, titleIndex + 1, titleIndex + 2, titleIndex + 3].filter((j, k) => k < 2 ? publishedIndex >= 0 : titleIndex >= 0 && j < region.start);
  if (!byline) {
    for (const j of bareNear) {
      if (j < 0 || j >= n || used.has(j) || j === titleIndex || inMenuRun(j)) continue;
      const b = parseByline(blocks[j].text, true);
      const between = j === titleIndex + 1 && j === publishedIndex - 1;
      if (b && features[j].words <= (between && b.authors.length > 0 ? BYLINE_MAX_WORDS : BARE_LINE_MAX_WORDS)) {
        byline = b;
        bylineIndex = j;
        break;
      }
    }
  }
  if (!byline) {
    const farther = [publishedIndex - 2, publishedIndex + 2, region.start - 1, region.start - 2];
    if (titleIndex >= 0) for (let j = titleIndex + 4; j <= titleIndex + BARE_NAME_REACH; j++) farther.push(j);
    for (const j of farther) {
      if (j < 0 || j >= n || j >= region.start || used.has(j) || j === titleIndex || j < publishedIndex - 2 && j < titleIndex || inMenuRun(j)) continue;
      const f = features[j];
      if (f.words < 2 || f.words > BARE_NAME_MAX_WORDS || REGEXPS4.sentenceEnd.test(blocks[j].text)) continue;
      const b = parseByline(blocks[j].text, true);
      if (!b || b.authors.length !== 1 || b.authors[0] !== blocks[j].text.trim()) continue;
      if (printedElsewhere(blocks, j, b.authors[0])) {
        byline = b;
        bylineIndex = j;
        break;
      }
    }
  }
  if (bylineIndex >= 0) used.add(bylineIndex);
  const headerEnd = Math.max(bylineIndex, publishedIndex);
  for (const i of isByline.keys()) {
    if (i >= region.start + HEADER_INTO_REGION || i >= Math.max(region.end, region.start + 1)) continue;
    if (bylineIndex >= 0 && i > headerEnd && i > region.start) continue;
    used.add(i);
  }
  let subtitle = null;
  let subtitleIndex = -1;
  if (titleIndex >= 0 && !topLine) {
    for (let j = titleIndex + 1; j < Math.min(n, titleIndex + 4); j++) {
      if (used.has(j)) continue;
      const f = features[j];
      const text = blocks[j].text;
      const headerBelow = [...used].some((u) => u > j && u < region.start + HEADER_INTO_REGION && u < region.end && u !== capturedIndex && (u === bylineIndex || !isByline.has(u)));
      if (f.words >= 6 && f.words <= 60 && !REGEXPS4.caption.test(text) && !creditBelow(blocks, j, memos) && !verdicts[j].reason.startsWith("boilerplate") && !lineTest(memos?.[j], LINE_TESTS.endsWithCredit, text, endsWithCredit) && (j < region.start || headerBelow)) {
        subtitle = text;
        subtitleIndex = j;
        used.add(j);
      }
      break;
    }
  }
  const header = {
    title,
    titleIndex,
    subtitle,
    subtitleIndex,
    byline,
    bylineIndex,
    published,
    publishedIndex,
    captured,
    capturedIndex,
    used,
    warnings,
    confidence: {
      title: title ? Math.max(0.2, Math.min(0.95, 0.3 + bestScore / 10)) : 0,
      published: best ? Math.max(0.2, Math.min(0.95, 0.35 + best.score / 8 - (best.date.ambiguous ? 0.3 : 0))) : 0,
      byline: byline ? bylineDist <= 3 ? 0.9 : 0.6 : 0
    }
  };
  return { header, teaserTitle };
}

// electron/text/clean/03-features.ts
var BYLINE_HINT_OPENER = /^\W*(?:by|von|par|por|di|da|door|oleh|от|автор|text|texte|autor|author|reporter|written|reported|words|story|analysis|photos?)\b/u;
var BYLINE_HINT_AGENCY = /\b(?:AFP|Reuters|AP|Associated Press|Bernama|PA|DPA|dpa|Xinhua|PTI|IANS|ANI|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|Bloomberg)\b/;
var BYLINE_HINT_DATED = /^\p{Lu}[\p{L}.'-]+\s+\p{Lu}[^\d]*\d/u;
var bylineHint = (text, digit) => BYLINE_HINT_OPENER.test(text) || BYLINE_HINT_AGENCY.test(text) || digit && BYLINE_HINT_DATED.test(text);
var KEY_NORMALIZE_MAX = 200;
var HEADER_LINE_MAX_WORDS = 12;
var BOILERPLATE_MAX_WORDS = 32;
var COOKIE = /\bcookies?\b/i;
var COOKIE_CONTEXT = /\b(?:we use|uses cookies|accept|consent|cookie policy|cookie settings)\b/i;
function normalizeKey(text, lower = text.toLowerCase()) {
  if (singleSpaced(lower)) return lower;
  let out = "";
  let from = 0;
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128 ? KEY_SEPARATORS_ASCII[c] !== 1 : !KEY_SEPARATORS.has(c)) continue;
    if (i > from) {
      out += (gap && out ? " " : "") + lower.slice(from, i);
      gap = false;
    }
    gap = true;
    from = i + 1;
  }
  if (from === 0) return lower;
  if (lower.length > from) out += (gap && out ? " " : "") + lower.slice(from);
  return out;
}
function singleSpaced(lower) {
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128 ? KEY_SEPARATORS_ASCII[c] !== 1 : !KEY_SEPARATORS.has(c)) continue;
    if (c !== 32 || i === 0 || i === n - 1 || lower.charCodeAt(i + 1) === 32) return false;
    const next = lower.charCodeAt(i + 1);
    if (next < 128 ? KEY_SEPARATORS_ASCII[next] === 1 : KEY_SEPARATORS.has(next)) return false;
  }
  return true;
}
var KEY_SEPARATORS = new Set([...` 	
\r\v\f\xA0\u2028\u2029\u202F\u205F\u3000\uFEFF.,;:!?'"\u201C\u201D\u2018\u2019()[]|\u2022\xB7\u2013\u2014-`].map((c) => c.charCodeAt(0)));
for (let c = 8192; c <= 8202; c++) KEY_SEPARATORS.add(c);
var KEY_SEPARATORS_ASCII = new Uint8Array(128);
for (const c of KEY_SEPARATORS) if (c < 128) KEY_SEPARATORS_ASCII[c] = 1;
function topAlternatives(source) {
  const out = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}
var escapeLiteral = (s) => s.replace(/[\\^$.*+?()[\]{}|\/]/g, "\\$&");
var GATE_KEYS = BOILERPLATE.map(([, re]) => `${topAlternatives(re.source).every((a) => a.startsWith("^")) ? "a" : "u"}${re.flags}`);
var BOILERPLATE_GATES = (() => {
  const groups = /* @__PURE__ */ new Map();
  BOILERPLATE.forEach(([, re], k) => {
    const key = GATE_KEYS[k];
    const list = groups.get(key) ?? [];
    list.push(`(?:${re.source})`);
    groups.set(key, list);
  });
  return [...groups].map(([key, sources]) => {
    const source = sources.join("|");
    const flags = key.slice(1);
    const lower = flags.includes("i") && lowerCaseOnly(source);
    const re = new RegExp(source, lower ? flags.replace("i", "") : flags);
    return { re, lower, trigger: key.startsWith("u") ? triggerOf(re) : null };
  });
})();
var ENTRY_GATE_BITS = (() => {
  const keys = [...new Set(GATE_KEYS)];
  return Int32Array.from(GATE_KEYS, (key) => 1 << keys.indexOf(key));
})();
function triggerOf(re) {
  if (re.flags.includes("i")) return null;
  const literals = requiredLiterals(re.source);
  if (!literals) return null;
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length);
  const kept = sorted.filter((l, k) => !sorted.slice(0, k).some((shorter) => l.includes(shorter)));
  return new RegExp(kept.map(escapeLiteral).join("|"), re.flags.includes("u") ? "u" : "");
}
function requiredLiterals(source) {
  let i = 0;
  const disjunction = () => {
    const all = [];
    let known = true;
    for (; ; ) {
      const alt = sequence();
      if (alt) all.push(...alt);
      else known = false;
      if (source[i] !== "|") break;
      i++;
    }
    return known ? all : null;
  };
  const sequence = () => {
    let best = null;
    let run = "";
    const offer = (set2) => {
      if (!set2 || set2.length === 0) return;
      const shortest = Math.min(...set2.map((s) => s.length));
      if (shortest > 0 && (!best || shortest > Math.min(...best.map((s) => s.length)))) best = set2;
    };
    const close = () => {
      offer(run ? [run] : null);
      run = "";
    };
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      let literal = null;
      let set2 = null;
      const c = source[i];
      if (c === "(") {
        i++;
        let look = false;
        if (source[i] === "?") {
          const kind = source.slice(i, i + 3);
          look = kind.startsWith("?=") || kind.startsWith("?!") || kind === "?<=" || kind === "?<!";
          if (source[i + 1] === ":") i += 2;
          else if (look) i += kind.startsWith("?<") ? 3 : 2;
          else if (source[i + 1] === "<") i = source.indexOf(">", i) + 1;
          else return null;
        }
        const inner = disjunction();
        if (source[i] !== ")") return null;
        i++;
        set2 = look ? null : inner;
      } else if (c === "[") {
        i++;
        while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
        i++;
      } else if (c === "\\") {
        const e = source[i + 1] ?? "";
        if (/^[pPu]$/.test(e) && source[i + 2] === "{") i = source.indexOf("}", i) + 1;
        else if (e === "u") i += 6;
        else if (e === "x") i += 4;
        else if (e === "c") i += 3;
        else if (/^\w$/.test(e)) i += 2;
        else {
          literal = e;
          i += 2;
        }
      } else if ("^$.*+?{".includes(c)) {
        i++;
      } else {
        const code = c.charCodeAt(0);
        if (code < 55296 || code > 57343) literal = c;
        i++;
      }
      const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i));
      let optional = false;
      let repeated = false;
      if (q) {
        i += q[0].length;
        const min = q[0][0] === "+" ? 1 : q[0][0] === "{" ? Number(q[1]) : 0;
        optional = min === 0;
        repeated = !optional && q[0] !== "{1}";
      }
      if (literal !== null && !optional && !repeated) {
        run += literal;
        continue;
      }
      close();
      if (literal !== null && !optional) offer([literal]);
      if (!optional) offer(set2);
    }
    close();
    return best;
  };
  const out = disjunction();
  return i === source.length ? out : null;
}
function lowerCaseOnly(source) {
  const letters = source.replace(/\\(?:[pPux]\{?[\w=]*\}?|.)/g, "");
  return letters === letters.toLowerCase() && !/\\[pPux]/.test(source);
}
function boilerplateReason(text, words3, bullet = REGEXPS4.bullet.test(text), lower) {
  if (words3 > BOILERPLATE_MAX_WORDS) {
    if (lower !== void 0 && !lower.includes("cookie")) return null;
    return COOKIE.test(text) && COOKIE_CONTEXT.test(text) ? "cookie notice" : null;
  }
  const bare = bullet ? text.replace(REGEXPS4.bullet, "") : text;
  let bareLower = null;
  const gate = (g) => {
    if (!g.lower) return (!g.trigger || g.trigger.test(bare)) && g.re.test(bare);
    bareLower ??= lower === void 0 ? bare.toLowerCase() : bullet ? lower.replace(REGEXPS4.bullet, "") : lower;
    return (!g.trigger || g.trigger.test(bareLower)) && g.re.test(bareLower);
  };
  let matched = 0;
  for (let g = 0; g < BOILERPLATE_GATES.length; g++) if (gate(BOILERPLATE_GATES[g])) matched |= 1 << g;
  if (matched === 0) return null;
  for (let k = 0; k < BOILERPLATE.length; k++) if ((ENTRY_GATE_BITS[k] & matched) !== 0 && BOILERPLATE[k][1].test(bare)) return BOILERPLATE[k][0];
  return null;
}
function closingWord(text) {
  let t = text.trimEnd();
  if (t.endsWith(":")) t = t.slice(0, -1).trimEnd();
  return t.length <= CLOSING_CHARS ? t : t.slice(-CLOSING_CHARS);
}
var CLOSING_CHARS = 10;
var COMMENT_CLOSING = /(?:said|says|wrote|commented|replied)$/i;
function startsWithAsciiLetter(text) {
  const c = text.charCodeAt(0) | 32;
  return c >= 97 && c <= 122;
}
var SENTENCE_END_TAIL = 64;
function endsLikeSentence(text) {
  return REGEXPS4.sentenceEnd.test(text.length <= SENTENCE_END_TAIL ? text : text.slice(-SENTENCE_END_TAIL));
}
var LINE_TESTS = {
  /** REGEXPS.gluedTeaser (markTeaserRuns) */
  gluedTeaser: 0,
  /** REGEXPS.noLetters (classify) */
  noLetters: 1,
  /** REGEXPS.url (classify) */
  url: 2,
  /** REGEXPS.captionOpener or REGEXPS.caption (isCaption) */
  captionShape: 3,
  /** endsWithCredit (isCaption, the body pass) */
  endsWithCredit: 4,
  /** isGalleryCaption (isCaption, the body pass) */
  galleryCaption: 5,
  /** REGEXPS.creditOnly (the body pass) */
  creditOnly: 6,
  /** a photo credit line under a caption (the body pass) */
  photoCredit: 7,
  /** an "about the company" line (tailStart) */
  aboutTail: 8,
  /** REGEXPS.caption, captionOpener or captionCredit (the headline search) */
  captionLike: 9,
  /** REGEXPS.dateline (readDateline) */
  dateline: 10,
  /** REGEXPS.digestSeparator or digestCounter (splitDigest) */
  digestSeparator: 11,
  /** a hard end of the article: comments, "Related" (articleLimit) */
  endMarker: 12,
  /** a paragraph opened by an agency dateline (classify) */
  agencyDateline: 13,
  /** "5 hours ago" alone on the line (the headline search) */
  relativeDate: 14,
  /** a person's name alone (the headline search) */
  bareName: 15,
  /** the line may hold a date (mayHoldDate: the header's date search) */
  mayHoldDate: 16,
  /** a list item led by a day ("June 9 – Tampa"): introducedLists */
  datedItem: 17
};
function lineTest(memo, test, text, run) {
  if (memo === void 0) return run(text);
  const done = 1 << 2 * (test & 15);
  const bits = test < 16 ? memo.tests : memo.tests2;
  if ((bits & done) !== 0) return (bits & done << 1) !== 0;
  const answer = run(text);
  const now = bits | (answer ? done | done << 1 : done);
  if (test < 16) memo.tests = now;
  else memo.tests2 = now;
  return answer;
}
var MEMO_MAX_CHARS = 400;
var MEMO_MAX = 16e3;
var LINE_MEMOS = new BoundedMemo(MEMO_MAX);
var SEEN_MAX = 16e3;
var SEEN_LINES = new BoundedSeen(SEEN_MAX);
function lineHash(text) {
  const step = Math.max(1, Math.floor(text.length / LINE_HASH_CHARS));
  let h = Math.imul(FNV_START2 ^ text.length, FNV_PRIME4);
  for (let i = 0; i < text.length; i += step) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME4);
  return h;
}
var LINE_HASH_CHARS = 32;
var ZERO_ROW = new Int32Array(0);
var zeroRow = (width) => ZERO_ROW.length === width ? ZERO_ROW : ZERO_ROW = new Int32Array(width);
function blockWords(blocks) {
  const n = blocks.length;
  const memos = new Array(n).fill(void 0);
  const fresh = [];
  for (let i = 0; i < n; i++) {
    const text = blocks[i].text;
    const memo = text.length <= MEMO_MAX_CHARS ? LINE_MEMOS.get(text) : void 0;
    if (memo) memos[i] = memo;
    else fresh.push(i);
  }
  const read = blockWordStats(fresh.map((i) => blocks[i].text));
  const width = n === 0 ? 0 : fresh.length ? read.hits.length / fresh.length : memos[0].hits.length;
  const allFresh = fresh.length === n;
  const out = allFresh ? { ...read, memos } : {
    counts: new Int32Array(n),
    hits: new Int32Array(n * width),
    lowers: new Array(n),
    capitals: new Int32Array(n),
    marks: new Int32Array(n),
    digit: new Uint8Array(n),
    memos
  };
  fresh.forEach((i, k) => {
    const text = blocks[i].text;
    if (!allFresh) {
      out.counts[i] = read.counts[k];
      for (let l = 0; l < width; l++) out.hits[i * width + l] = read.hits[k * width + l];
      out.lowers[i] = read.lowers[k];
      out.capitals[i] = read.capitals[k];
      out.marks[i] = read.marks[k];
      out.digit[i] = read.digit[k];
    }
    if (text.length > MEMO_MAX_CHARS || !SEEN_LINES.seenBefore(lineHash(text))) return;
    const key = detached(text);
    const lower = read.lowers[k];
    let any = 0;
    for (let l = 0; l < width; l++) any |= read.hits[k * width + l];
    memos[i] = {
      // (most remembered lines, menus and labels, hold no stop word: they share one row of zeros)
      words: read.counts[k],
      hits: any === 0 ? zeroRow(width) : read.hits.slice(k * width, (k + 1) * width),
      lower: lower === text ? key : lower,
      capitals: read.capitals[k],
      marks: read.marks[k],
      digit: read.digit[k],
      features: void 0,
      source: void 0,
      keyHash: void 0,
      key: void 0,
      rowKey: void 0,
      byline: void 0,
      tests: 0,
      tests2: 0
    };
    LINE_MEMOS.set(key, memos[i]);
  });
  for (let i = 0; i < n; i++) {
    const memo = memos[i];
    if (!memo || out.lowers[i] !== void 0) continue;
    out.counts[i] = memo.words;
    if (memo.hits !== ZERO_ROW) for (let l = 0; l < width; l++) out.hits[i * width + l] = memo.hits[l];
    out.lowers[i] = memo.lower;
    out.capitals[i] = memo.capitals;
    out.marks[i] = memo.marks;
    out.digit[i] = memo.digit;
  }
  return out;
}
function repetitions(blocks, lowers, memos) {
  const out = new Int32Array(blocks.length);
  const firstByHash = firstBlocks(blocks.length);
  const firstByLength = /* @__PURE__ */ new Map();
  const byHash = /* @__PURE__ */ new Map();
  const byLength = /* @__PURE__ */ new Map();
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i].text;
    const long = text.length > KEY_NORMALIZE_MAX;
    const memo = long ? void 0 : memos?.[i];
    const h = long ? text.length : memo ? memo.keyHash === void 0 ? memo.keyHash = keyHash(memo.lower) : memo.keyHash : keyHash(lowers[i] ?? text.toLowerCase());
    if (h === null) continue;
    const first2 = long ? firstByLength.get(h) : firstByHash.firstOr(h, i);
    if (first2 === void 0) {
      if (long) firstByLength.set(h, i);
      continue;
    }
    const groups = long ? byLength : byHash;
    const group = groups.get(h);
    if (group) group.push(i);
    else groups.set(h, [first2, i]);
  }
  const same = (group, keyOf4) => {
    if (group.length < 2) return;
    if (group.length <= PAIRWISE_MAX) {
      const keys2 = group.map(keyOf4);
      for (let a = 0; a < group.length; a++) for (let b = 0; b < group.length; b++) if (a !== b && keys2[a] === keys2[b]) out[group[a]]++;
      return;
    }
    const counts = /* @__PURE__ */ new Map();
    const keys = group.map(keyOf4);
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    group.forEach((i, k) => {
      out[i] = counts.get(keys[k]) - 1;
    });
  };
  const keyOf3 = (i) => {
    const memo = memos?.[i];
    if (memo === void 0) return normalizeKey(blocks[i].text, lowers[i]);
    return memo.key ??= detached(normalizeKey(blocks[i].text, lowers[i]));
  };
  for (const group of byHash.values()) same(group, keyOf3);
  for (const group of byLength.values()) same(group, (i) => blocks[i].text);
  return out;
}
var FirstBlocks = class {
  keys = new Int32Array(FIRST_BLOCKS_MIN);
  blocks = new Int32Array(FIRST_BLOCKS_MIN);
  mask = FIRST_BLOCKS_MIN - 1;
  /** The first block with hash h, or undefined when block i is the first (then it is entered). */
  firstOr(h, i) {
    let s = (h ^ h >>> 16) & this.mask;
    for (let b = this.blocks[s]; b !== 0; s = s + 1 & this.mask, b = this.blocks[s]) if (this.keys[s] === h) return b - 1;
    this.keys[s] = h;
    this.blocks[s] = i + 1;
    return void 0;
  }
};
var FIRST_BLOCKS_MIN = 256;
var FIRST_BLOCKS = new FirstBlocks();
function firstBlocks(n) {
  const t = FIRST_BLOCKS;
  let size = FIRST_BLOCKS_MIN;
  while (size < 2 * n) size *= 2;
  if (t.blocks.length < size) {
    t.keys = new Int32Array(size);
    t.blocks = new Int32Array(size);
  } else t.blocks.fill(0, 0, size);
  t.mask = size - 1;
  return t;
}
function keyHash(lower) {
  let h = FNV_START2;
  let kept = false;
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128 ? KEY_SEPARATORS_ASCII[c] === 1 : KEY_SEPARATORS.has(c)) {
      gap = true;
      continue;
    }
    if (gap && kept) h = Math.imul(h ^ 32, FNV_PRIME4);
    h = Math.imul(h ^ c, FNV_PRIME4);
    kept = true;
    gap = false;
  }
  return kept ? h : null;
}
var FNV_PRIME4 = 16777619;
var FNV_START2 = 2166136261 | 0;
var PAIRWISE_MAX = 8;
function textFeatures(text, w, script, words3, i) {
  const bullet = !startsWithAsciiLetter(text) && REGEXPS4.bullet.test(text);
  const digit = words3.digit[i] === 1;
  return {
    bullet,
    // (a sentence ends in one of the marks the words pass counted: without any, no pattern needs to look)
    sentence: words3.marks[i] > 0 && endsLikeSentence(text),
    // script languages write words without spaces: the length in characters decides what is short
    boilerplate: boilerplateReason(text, script ? Math.ceil(text.length / 2) : w, bullet, words3.lowers[i]),
    // a header line is short and has a digit (date, comment header) or a byline's opener or agency
    headerLine: w <= HEADER_LINE_MAX_WORDS && w > 0 && (digit && (REGEXPS4.dateLine.test(text) || COMMENT_CLOSING.test(closingWord(text)) && REGEXPS4.commentHeader.test(text)) || bylineHint(text, digit) && parseByline(text) !== null)
  };
}
function measure(blocks, lang, words3 = blockWords(blocks), remember = true) {
  const repeats = repetitions(blocks, words3.lowers, remember ? words3.memos : void 0);
  const script = isScriptLanguage(lang);
  return blocks.map((b, i) => {
    const w = words3.counts[i];
    const text = b.text;
    const memo = words3.memos[i];
    let t;
    if (script || !remember || !memo) t = textFeatures(text, w, script, words3, i);
    else t = memo.features ??= textFeatures(text, w, script, words3, i);
    return {
      chars: text.length,
      words: script ? Math.ceil(text.length / 2) : w,
      stop: stopShareOf(words3.counts, words3.hits, i, lang),
      sentence: t.sentence,
      puncts: words3.marks[i],
      caps: w ? Math.min(1, words3.capitals[i] / w) : 0,
      repeated: repeats[i],
      boilerplate: t.boilerplate,
      bullet: t.bullet,
      script,
      headerLine: t.headerLine
    };
  });
}

// electron/text/clean/02-blocks.ts
var underCaptionLabel = (blocks, i) => i > 0 && REGEXPS4.captionLabel.test(blocks[i - 1].text);
var WRAP_MIN_LINE = 30;
var WRAP_MIN_WIDTH = 45;
var WRAP_MIN_LONG_LINES = 5;
function detectWrap(lines) {
  let measured = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i].length >= WRAP_MIN_LINE) measured++;
  const lengths = new Int32Array(measured);
  for (let i = 0, k = 0; i < lines.length; i++) if (lines[i].length >= WRAP_MIN_LINE) lengths[k++] = lines[i].length;
  lengths.sort();
  if (lengths.length < 4) return null;
  const p95 = lengths[Math.floor(lengths.length * 0.95) - (lengths.length >= 20 ? 0 : 1)] ?? 0;
  if (p95 > DEFAULT_WRAP_MAX || p95 < WRAP_MIN_WIDTH) return null;
  let long = 0;
  let runOn = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    if (l.length < p95 * DEFAULT_WRAP_FILL) continue;
    long++;
    if (lines[i + 1] && !endsLikeSentence(l)) runOn++;
  }
  return long >= WRAP_MIN_LONG_LINES && runOn / long >= DEFAULT_WRAP_RUN_ON_SHARE ? p95 : null;
}
var CARD_CLOSE = " MORE";
var CARD_MAX_CHARS = 700;
var GLUE2 = /\p{Ll}\p{Lu}/gu;
function dropHoverCards(text) {
  if (!text.includes(CARD_CLOSE)) return text;
  let out = text;
  let from = 0;
  for (; ; ) {
    const close = out.indexOf(CARD_CLOSE, from);
    if (close < 0) return out;
    const after = out.charCodeAt(close + CARD_CLOSE.length);
    if (after >= 65 && after <= 90) {
      from = close + 1;
      continue;
    }
    GLUE2.lastIndex = Math.max(from, close - CARD_MAX_CHARS);
    let cut2 = -1;
    for (let m = GLUE2.exec(out); m && m.index < close; m = GLUE2.exec(out)) {
      const g = m.index + 1;
      const repeat = /^[\p{L}'’-]+/u.exec(out.slice(g, g + 40))?.[0];
      const before = out.slice(Math.max(0, g - 60), g).split(/\s+/).slice(-3);
      if (repeat && before.some((w) => w === repeat)) {
        cut2 = g;
        break;
      }
      GLUE2.lastIndex = g;
    }
    if (cut2 < 0) {
      from = close + 1;
      continue;
    }
    out = out.slice(0, cut2) + out.slice(close + CARD_CLOSE.length);
    from = cut2;
  }
}
function toBlocks(lines, hoverCards = true) {
  const wrapWidth = detectWrap(lines);
  const blocks = [];
  let gap = 0;
  let open = null;
  let prevLen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      gap++;
      open = null;
      continue;
    }
    const joins = open !== null && wrapWidth !== null && prevLen >= wrapWidth * DEFAULT_WRAP_FILL && !REGEXPS4.bullet.test(line);
    if (joins && open) {
      open.text += ` ${hoverCards ? dropHoverCards(line) : line}`;
    } else {
      open = { index: blocks.length, text: hoverCards ? dropHoverCards(line) : line, line: i, gapBefore: blocks.length === 0 ? 0 : gap };
      blocks.push(open);
    }
    prevLen = line.length;
    gap = 0;
  }
  return { blocks, wrapWidth };
}

// electron/text/lexicon/cues.ts
var SPEECH_VERB_STEMS = [
  ["say", "says", "said", "saying"],
  ["tell", "tells", "told", "telling"],
  ["add", "adds", "added", "adding"],
  ["write", "writes", "wrote", "written", "writing"],
  ["tweet", "tweets", "tweeted", "tweeting"],
  ["post", "posts", "posted"],
  ["state", "states", "stated"],
  ["declare", "declares", "declared"],
  ["announce", "announces", "announced"],
  ["explain", "explains", "explained", "explaining"],
  ["note", "notes", "noted", "noting"],
  ["continued"],
  ["recall", "recalls", "recalled"],
  ["ask", "asks", "asked", "asking"],
  ["answer", "answers", "answered"],
  ["reply", "replies", "replied"],
  ["respond", "responds", "responded"],
  ["insist", "insists", "insisted", "insisting"],
  ["argue", "argues", "argued", "arguing"],
  ["claim", "claims", "claimed", "claiming"],
  ["warn", "warns", "warned", "warning"],
  ["suggest", "suggests", "suggested"],
  ["acknowledge", "acknowledges", "acknowledged"],
  ["admit", "admits", "admitted"],
  ["complain", "complains", "complained"],
  ["boast", "boasts", "boasted"],
  ["joke", "jokes", "joked"],
  ["quip", "quips", "quipped"],
  ["predict", "predicts", "predicted"],
  ["promise", "promises", "promised"],
  ["vow", "vows", "vowed"],
  ["pledge", "pledges", "pledged"],
  ["urge", "urges", "urged"],
  ["charge", "charges", "charged"],
  ["contend", "contends", "contended"],
  ["maintain", "maintains", "maintained"],
  ["assert", "asserts", "asserted"],
  ["describe", "describes", "described", "describing"],
  ["call", "calls", "called", "calling"],
  ["label", "labels", "labeled", "labelled"],
  ["brand", "brands", "branded"],
  ["term", "terms", "termed"],
  ["dismiss", "dismisses", "dismissed"],
  ["deride", "derides", "derided"],
  ["decry", "decries", "decried"],
  ["slam", "slams", "slammed"],
  ["blast", "blasts", "blasted"],
  ["praise", "praises", "praised"],
  ["mock", "mocks", "mocked"],
  ["accuse", "accuses", "accused", "accusing"],
  ["chant", "chants", "chanted"],
  ["shout", "shouts", "shouted"],
  ["yell", "yells", "yelled"],
  ["recount", "recounts", "recounted"],
  ["conclude", "concludes", "concluded"],
  ["confirm", "confirms", "confirmed"],
  ["deny", "denies", "denied"],
  ["testify", "testifies", "testified"],
  ["stress", "stresses", "stressed"],
  ["emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised"],
  ["observe", "observes", "observed"],
  ["remark", "remarks", "remarked"],
  ["concede", "concedes", "conceded"],
  ["counter", "counters", "countered"],
  ["retort", "retorts", "retorted"],
  ["exclaim", "exclaims", "exclaimed"],
  ["muse", "muses", "mused"],
  ["wonder", "wonders", "wondered"],
  ["lament", "laments", "lamented"],
  ["cry", "cries", "cried"],
  ["scream", "screams", "screamed"],
  ["read", "reads"],
  ["begin", "begins", "began"],
  ["agree", "agrees", "agreed"],
  ["thank", "thanks", "thanked"],
  ["demand", "demands", "demanded"],
  ["question", "questions", "questioned"],
  ["criticize", "criticizes", "criticized", "criticise", "criticises", "criticised"],
  ["attacked"],
  ["reiterate", "reiterates", "reiterated"],
  ["repeat", "repeats", "repeated"],
  ["whisper", "whispers", "whispered"],
  ["sing", "sings", "sang"],
  ["report", "reports", "reported"],
  ["speak", "speaks", "spoke"],
  ["reveal", "reveals", "revealed"],
  ["dub", "dubs", "dubbed"],
  ["sigh", "sighs", "sighed"],
  ["groan", "groans", "groaned"],
  ["snap", "snapped"],
  ["scoff", "scoffs", "scoffed"],
  ["fume", "fumed"],
  ["grumble", "grumbles", "grumbled"],
  ["gush", "gushed"],
  ["caution", "cautions", "cautioned"],
  ["interject", "interjected"],
  ["assure", "assures", "assured"],
  ["proclaim", "proclaims", "proclaimed"],
  ["vent", "vented"]
];
var SPEECH_VERBS_ABROAD = {
  fr: [
    "dit",
    "d\xE9clare",
    "d\xE9clar\xE9",
    "affirme",
    "affirm\xE9",
    "explique",
    "expliqu\xE9",
    "ajoute",
    "ajout\xE9",
    "souligne",
    "soulign\xE9",
    "estime",
    "estim\xE9",
    "assure",
    "assur\xE9",
    "indique",
    "indiqu\xE9",
    "pr\xE9cise",
    "pr\xE9cis\xE9",
    "insiste",
    "insist\xE9",
    "confie",
    "confi\xE9",
    "raconte",
    "racont\xE9",
    "poursuit",
    "poursuivi",
    "rappelle",
    "rappel\xE9",
    "mart\xE8le",
    "martel\xE9",
    "pr\xE9vient",
    "avertit",
    "averti",
    "reconna\xEEt",
    "reconnu",
    "r\xE9pond",
    "r\xE9pondu",
    "r\xE9p\xE8te",
    "r\xE9p\xE9t\xE9",
    "conclut",
    "d\xE9nonce",
    "d\xE9nonc\xE9",
    "regrette",
    "regrett\xE9",
    "commente",
    "comment\xE9",
    "\xE9crit",
    "annonce",
    "annonc\xE9",
    "d\xE9taille",
    "d\xE9taill\xE9",
    "r\xE9sume",
    "r\xE9sum\xE9",
    "tweet\xE9",
    "ironise",
    "ironis\xE9",
    "l\xE2che",
    "l\xE2ch\xE9",
    "t\xE9moigne",
    "t\xE9moign\xE9",
    "promet",
    "promis",
    "plaide",
    "plaid\xE9",
    "observ\xE9"
  ],
  de: [
    "sagte",
    "sagt",
    "sagten",
    "gesagt",
    "erkl\xE4rte",
    "erkl\xE4rt",
    "erkl\xE4rten",
    "betonte",
    "betont",
    "meinte",
    "meint",
    "warnte",
    "warnt",
    "f\xFCgte",
    "kritisierte",
    "kritisiert",
    "schrieb",
    "schreibt",
    "r\xE4umte",
    "forderte",
    "fordert",
    "versicherte",
    "unterstrich",
    "erg\xE4nzte",
    "erg\xE4nzt",
    "teilte",
    "mahnte",
    "mahnt",
    "bekr\xE4ftigte",
    "sprach",
    "antwortete",
    "berichtete",
    "erinnerte",
    "k\xFCndigte",
    "best\xE4tigte",
    "best\xE4tigt",
    "twitterte",
    "res\xFCmierte",
    "stellte"
  ],
  es: [
    "dijo",
    "dice",
    "afirm\xF3",
    "afirma",
    "declar\xF3",
    "declara",
    "explic\xF3",
    "explica",
    "a\xF1adi\xF3",
    "a\xF1ade",
    "asegur\xF3",
    "asegura",
    "se\xF1al\xF3",
    "se\xF1ala",
    "indic\xF3",
    "indica",
    "subray\xF3",
    "subraya",
    "insisti\xF3",
    "advirti\xF3",
    "advierte",
    "sostuvo",
    "sostiene",
    "manifest\xF3",
    "apunt\xF3",
    "agreg\xF3",
    "agrega",
    "destac\xF3",
    "record\xF3",
    "reconoci\xF3",
    "coment\xF3",
    "respondi\xF3",
    "concluy\xF3",
    "escribi\xF3",
    "critic\xF3",
    "lament\xF3",
    "denunci\xF3",
    "asever\xF3",
    "expres\xF3",
    "precis\xF3",
    "anunci\xF3",
    "tuite\xF3",
    "dicho",
    "afirmado",
    "declarado",
    "explicado",
    "asegurado"
  ],
  it: [
    "detto",
    "dice",
    "dichiarato",
    "dichiara",
    "spiegato",
    "spiega",
    "aggiunto",
    "aggiunge",
    "affermato",
    "afferma",
    "sottolineato",
    "sottolinea",
    "ribadito",
    "ribadisce",
    "osservato",
    "osserva",
    "commentato",
    "commenta",
    "scritto",
    "scrive",
    "precisato",
    "precisa",
    "avvertito",
    "avverte",
    "concluso",
    "annunciato",
    "annuncia",
    "risposto",
    "risponde",
    "assicurato",
    "assicura",
    "evidenziato",
    "replicato",
    "insistito",
    "attaccato",
    "disse",
    "afferm\xF2",
    "dichiar\xF2",
    "spieg\xF2",
    "aggiunse"
  ]
};
var FOREIGN_SPEECH_VERBS = [...new Set(Object.values(SPEECH_VERBS_ABROAD).flat())];
var SPEECH_VERBS = /* @__PURE__ */ new Set([...SPEECH_VERB_STEMS.flat(), ...FOREIGN_SPEECH_VERBS]);
var LATIN_LETTERS = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";
var wholeWords = (words3, flags = "") => words3.every((w) => /^[\x20-\x7e]*$/.test(w)) ? new RegExp(`\\b(?:${words3.join("|")})\\b`, flags) : new RegExp(`(?<![${LATIN_LETTERS}])(?:${words3.join("|")})(?![${LATIN_LETTERS}])`, flags);
var cueVerbs = (verbs) => ({ verbs: new Set(verbs), test: wholeWords(verbs), all: wholeWords(verbs, "g") });
var VERBS_BY_LANGUAGE = new Map([
  ["en", cueVerbs(SPEECH_VERB_STEMS.flat())],
  ...Object.entries(SPEECH_VERBS_ABROAD).map(([language, verbs]) => [language, cueVerbs(verbs)])
]);
var ANY_LANGUAGE_VERBS = cueVerbs([...SPEECH_VERBS]);
var speechVerbsFor = (language) => (language ? VERBS_BY_LANGUAGE.get(language) : void 0) ?? ANY_LANGUAGE_VERBS;
var WEAK_SPEECH_VERBS = /* @__PURE__ */ new Set([
  "dice",
  "assure",
  "promis",
  "\xE9crit",
  "stellte",
  "sprach",
  "post",
  "posts",
  "state",
  "states",
  "read",
  "reads",
  "note",
  "notes",
  "question",
  "questions",
  "attack",
  "attacks",
  "report",
  "reports",
  "claim",
  "claims",
  "calls",
  "remarks",
  "thanks",
  "cry",
  "cries",
  "counter",
  "term",
  "terms",
  "promise",
  "promises",
  "charge",
  "charges",
  "answer",
  "reply",
  "praise",
  "demand",
  "demands",
  "speak",
  "sing",
  "begin",
  "agree",
  "thank",
  "continue",
  "stress",
  "mock",
  "blast",
  "brand",
  "label",
  "tweet",
  "tweets",
  "post",
  "vow",
  "vows",
  "pledge",
  "pledges",
  "warning",
  "saying",
  "telling",
  "adding",
  "writing",
  "noting",
  "asking"
]);
var VERB_FILLERS = /* @__PURE__ */ new Set([
  "has",
  "have",
  "had",
  "was",
  "is",
  "were",
  "are",
  "will",
  "would",
  "did",
  "does",
  "do",
  "also",
  "later",
  "previously",
  "then",
  "again",
  "once",
  "recently",
  "earlier",
  "often",
  "repeatedly",
  "simply",
  "just",
  "quickly",
  "flatly",
  "bluntly",
  "openly",
  "publicly",
  "privately",
  "reportedly",
  "allegedly",
  "famously",
  "once",
  "since",
  "already",
  "still",
  "first",
  "finally",
  "herself",
  "himself",
  "had",
  "has",
  "been",
  "being",
  "not",
  "never",
  "even",
  "only",
  "frequently",
  "angrily",
  "proudly",
  "told",
  "once",
  "then-",
  // the auxiliaries and adverbs of SPEECH_VERBS_ABROAD ("Macron a déclaré", "Scholz hat betont", "ha detto")
  "a",
  "avait",
  "aurait",
  "\xE9galement",
  "aussi",
  "encore",
  "d\xE9j\xE0",
  "hat",
  "hatte",
  "habe",
  "auch",
  "noch",
  "bereits",
  "ha",
  "hab\xEDa",
  "habr\xEDa",
  "tambi\xE9n",
  "aveva",
  "avrebbe",
  "anche",
  "poi"
]);
var ACCORDING_PHRASES = `according to|in the words of|as quoted by|selon|d['\u2019]apr\xE8s|laut|seg\xFAn|secondo`;
var ATTRIBUTION_PHRASE_RE = new RegExp(`(?<![${LATIN_LETTERS}])(?:${ACCORDING_PHRASES})(?![${LATIN_LETTERS}])`, "i");
var ACCORDING_TO_RE = new RegExp(`(?<![${LATIN_LETTERS}])(?:${ACCORDING_PHRASES}|quoting)\\s+$`, "i");
var CLITIC_CUE_RE = new RegExp(`^(?:a-t-(il|elle)\\s+([${LATIN_LETTERS}]+)|([${LATIN_LETTERS}]+)-(?:t-)?(il|elle))(?![${LATIN_LETTERS}])`);
var CUE_TAIL_RE = /^(?:\s+(?:on|in|at|during|to|via|after|before|from|through|with|late|early|last|this|earlier|later|recently|afterwards)\b[^,.;:!?“”"]{0,60}?(?=[,.;:!?]|\s+(?:that|of)\b|$)|\s+(?:reporters|journalists|the media|the press|supporters|the crowd|the audience|lawmakers|voters|viewers|listeners|readers|a crowd|an audience|a rally)\b)?/i;
var WORK_CUE_RE = /\b(?:show|program|programme|broadcast|episode|series|book|memoir|novel|film|movie|documentary|song|album|track|play|musical|column|op-ed|editorial|article|headline|report titled|titled|entitled|podcast|segment|magazine|newspaper|newsletter|channel|network's|anthem|poem|painting|exhibit|exhibition|campaign called|initiative|hit|sitcom|reality|clip|trailer)\s*$/i;
var NICKNAME_CUE_RE = /\b(?:nicknamed|known as|so-called|a k a|aka|alias|monikers?|nickname|the name|named|under the banner)\s*$/i;
var INVERTIBLE_VERBS = /* @__PURE__ */ new Set([
  "said",
  "says",
  "added",
  "adds",
  "wrote",
  "writes",
  "explained",
  "explains",
  "continued",
  "noted",
  "notes",
  "recalled",
  "recalls",
  "asked",
  "asks",
  "replied",
  "replies",
  "argued",
  "argues",
  "insisted",
  "insists",
  "warned",
  "warns",
  "tweeted",
  "tweets",
  "declared",
  "declares",
  "stated",
  "acknowledged",
  "countered",
  "quipped",
  "quips",
  "joked",
  "jokes",
  "observed",
  "remarked",
  "responded",
  "answered",
  "predicted",
  "conceded",
  "concedes",
  "cautioned",
  "complained",
  "complains",
  "boasted",
  "mused",
  "muses",
  "wondered",
  "lamented",
  "laments",
  "exclaimed",
  "retorted",
  "shouted",
  "cried",
  "concluded",
  "concludes",
  "reported",
  "reports",
  "posted",
  "confirmed",
  "claimed",
  "claims",
  "suggested",
  "suggests",
  "stressed",
  "admitted",
  "admits",
  "agreed",
  "agrees",
  "read",
  "reads",
  "chanted",
  "fumed",
  "scoffed",
  "grumbled",
  "snapped",
  "sighed",
  // abroad, the verb comes first after a quotation as often as not ("„…“, sagte Merkel", "«…», a déclaré X")
  ...FOREIGN_SPEECH_VERBS
]);
var TIME_WORDS_RE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|recently|last|this|next|week|month|year|night|morning|afternoon|evening|weekend|on|in|at|early|late|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/i;

// electron/text/clean/04-classify.ts
var DATELINE_PROSE_WORDS = 8;
var DATELINE_AGENCY = /^[\p{Lu}][\p{Lu} .'-]{2,30}(?:,\s*[\p{L}. ]{2,20})?\s*\((?:AP|AFP|Reuters|UPI|CNN|Bloomberg|dpa|PA|Xinhua|Bernama)\)\s*[—–-]{1,2}\s/u;
var opensWithAgencyDateline = (text) => REGEXPS4.agencyOpener.test(text) || DATELINE_AGENCY.test(text);
var SCRIPT_SENTENCE_CHARS = 16;
var SCRIPT_RUN_ON = /[、，,]$/u;
var TRUNCATED = /(?:\.\.|…)$/u;
var PUNCTUATED_MIN = 3;
var NAMED_SENTENCE_WORDS = 8;
var NAMED_SENTENCE_STOP = 0.1;
var HEADLINE_MAX_WORDS = 25;
var BOILERPLATE_VERDICTS = /* @__PURE__ */ new Map();
function boilerplateVerdict(reason) {
  let verdict = BOILERPLATE_VERDICTS.get(reason);
  if (verdict === void 0) BOILERPLATE_VERDICTS.set(reason, verdict = `boilerplate: ${reason}`);
  return verdict;
}
var QUOTATION_RE = /[“"«„‘][^“”"«»„]{3,}[”"»“’]/;
var ANY_SPEECH_VERB = speechVerbsFor(null).test;
var quotedWithCue = (text) => QUOTATION_RE.test(text) && (ANY_SPEECH_VERB.test(text.replace(QUOTATION_RE, " ")) || ATTRIBUTION_PHRASE_RE.test(text));
var hasNoLetters2 = (text) => REGEXPS4.noLetters.test(text);
var hasUrl = (text) => REGEXPS4.url.test(text);
function classify(text, f, hasStopwords, memo) {
  if (f.boilerplate) return { cls: "bad", reason: boilerplateVerdict(f.boilerplate) };
  if (lineTest(memo, LINE_TESTS.noLetters, text, hasNoLetters2)) return { cls: "bad", reason: "no letters" };
  if (f.words <= 6 && lineTest(memo, LINE_TESTS.url, text, hasUrl)) return { cls: "bad", reason: "link" };
  if (f.script) {
    const letters = f.words * 2;
    if (letters >= DEFAULT_SCRIPT_CHARS_GOOD && f.puncts >= 1) return { cls: "good", reason: "long text with sentences" };
    if (letters >= DEFAULT_SCRIPT_CHARS_NEAR && f.puncts >= 1) return { cls: "near", reason: "sentence" };
    if (letters >= SCRIPT_SENTENCE_CHARS && (f.sentence && !TRUNCATED.test(text) || SCRIPT_RUN_ON.test(text))) return { cls: "near", reason: "short sentence" };
    return { cls: "short", reason: "short" };
  }
  if (f.words >= DATELINE_PROSE_WORDS && lineTest(memo, LINE_TESTS.agencyDateline, text, opensWithAgencyDateline)) {
    return { cls: f.chars >= DEFAULT_LENGTH_HIGH ? "good" : "near", reason: "paragraph opened by a dateline" };
  }
  if (f.chars < DEFAULT_LENGTH_LOW && !(f.sentence && f.words >= 8)) {
    if (f.sentence && f.words >= QUOTED_SENTENCE_MIN_WORDS && quotedWithCue(text)) return { cls: "near", reason: "short quoted sentence" };
    return { cls: "short", reason: f.sentence ? "short sentence" : "short line" };
  }
  const stopHigh = hasStopwords ? DEFAULT_STOPWORDS_HIGH : 0;
  const stopLow = hasStopwords ? DEFAULT_STOPWORDS_LOW : 0;
  if (f.stop < stopLow) {
    if (f.sentence && f.puncts >= PUNCTUATED_MIN) return { cls: "near", reason: `punctuated text, few stop words (${f.stop.toFixed(2)})` };
    if (f.sentence && f.words >= NAMED_SENTENCE_WORDS && f.stop >= NAMED_SENTENCE_STOP) return { cls: "near", reason: `sentence of names (${f.stop.toFixed(2)})` };
    return { cls: "bad", reason: `few stop words (${f.stop.toFixed(2)})` };
  }
  if (f.stop >= stopHigh && (f.chars >= DEFAULT_LENGTH_HIGH || f.sentence && f.words >= DEFAULT_SENTENCE_WORDS_GOOD)) {
    return { cls: "good", reason: "prose" };
  }
  if (f.sentence || f.puncts >= 2) return { cls: "near", reason: "sentence-like" };
  if (f.words <= HEADLINE_MAX_WORDS) return { cls: "short", reason: "headline-like line" };
  return { cls: "near", reason: "long line without sentence end" };
}
function markTeaserRuns(texts, verdicts, memos) {
  const glued = texts.map((t, i) => t.length >= TEASER_MIN_CHARS && lineTest(memos?.[i], LINE_TESTS.gluedTeaser, t, isGluedTeaser));
  for (let i = 0; i < texts.length; i++) {
    if (glued[i] && (glued[i - 1] || glued[i + 1] || glued[i - 2] || glued[i + 2])) verdicts[i] = { cls: "bad", reason: "teaser: a headline glued to its summary" };
  }
}
var isGluedTeaser = (text) => REGEXPS4.gluedTeaser.test(text);
var TEASER_MIN_CHARS = 40;
function markCardLists(texts, verdicts) {
  for (let h = 0; h < texts.length; h++) {
    if (verdicts[h].reason !== "boilerplate: related heading") continue;
    const opener = texts[h + 1];
    if (opener === void 0) continue;
    let last = -1;
    let cards = 0;
    for (let j = h + 1; j < texts.length && j <= h + CARD_SCAN_BLOCKS; j++) {
      if (texts[j] !== opener) continue;
      if (j > h + 1 && j - last > CARD_MAX_BLOCKS + 1) break;
      cards++;
      last = j;
    }
    if (cards < CARD_MIN) continue;
    const end = Math.min(texts.length, last + 1 + CARD_MAX_BLOCKS);
    for (let j = h + 1; j < end; j++) {
      if (j > last && texts[j] === opener) break;
      if (verdicts[j].cls === "good" || verdicts[j].cls === "near") verdicts[j] = { cls: "bad", reason: "teaser: a card after a related heading" };
    }
  }
}
var CARD_MIN = 3;
var CARD_MAX_BLOCKS = 2;
var CARD_SCAN_BLOCKS = 40;

// electron/text/clean/05-region.ts
var END_MARKER_VERDICTS = new Set([...END_MARKER_REASONS].map((r) => `boilerplate: ${r}`));
function blockWeight(v, f) {
  if (END_MARKER_VERDICTS.has(v.reason)) return REGION_WEIGHTS.endMarker;
  let w;
  switch (v.cls) {
    case "good":
      w = f.words * REGION_WEIGHTS.good;
      break;
    case "near":
      w = f.words * REGION_WEIGHTS.near;
      break;
    case "short":
      w = Math.min(-REGION_WEIGHTS.shortMin, f.words * REGION_WEIGHTS.short);
      break;
    default:
      w = Math.min(-REGION_WEIGHTS.badMin, f.words * REGION_WEIGHTS.bad);
  }
  if (f.repeated > 0 && v.cls !== "good") w += REGION_WEIGHTS.repeated;
  if (f.headerLine) w = Math.min(w, REGION_WEIGHTS.header);
  return w;
}
function signUpSmallPrint(weights, verdicts) {
  for (let i = 1; i < verdicts.length; i++) {
    if (verdicts[i].reason === FOOTER_VERDICT && verdicts[i - 1].reason === SUBSCRIPTION_VERDICT) weights[i] = Math.max(weights[i], -REGION_WEIGHTS.badMin);
  }
  return weights;
}
var FOOTER_VERDICT = "boilerplate: footer";
var SUBSCRIPTION_VERDICT = "boilerplate: subscription prompt";
function articleLimit(texts, contentWords, memos = []) {
  let words3 = 0;
  for (let i = 0; i < texts.length; i++) {
    if (words3 >= DEFAULT_END_MARKER_MIN_WORDS && lineTest(memos[i], LINE_TESTS.endMarker, texts[i], isEndMarker)) return i;
    words3 += contentWords[i];
  }
  return texts.length;
}
var HARD_END_OPENING = /^(?:\d|comm|resp|read|leav|post|join|komm|come|комм)/iu;
var HARD_END_CLOSING = /(?:said|says|wrote|commented|replied)$/iu;
function mayEndArticle(text) {
  return HARD_END_OPENING.test(text) || HARD_END_CLOSING.test(closingWord(text));
}
var isEndMarker = (text) => mayEndArticle(text) && HARD_END_MARKER.test(text);
function contextWeights(weights, verdicts, features) {
  const content = (i) => {
    if (i < 0 || i >= verdicts.length) return false;
    const c = verdicts[i].cls;
    return c === "good" || c === "near" || c === "short" && features[i].sentence && features[i].words >= SENTENCE_NEIGHBOUR_WORDS;
  };
  return weights.map((w, i) => {
    if (w <= 0) return w;
    for (let d = 1; d <= ISOLATION_RADIUS; d++) if (content(i - d) || content(i + d)) return w;
    return w * REGION_WEIGHTS.isolated;
  });
}
var ISOLATION_RADIUS = 2;
var SENTENCE_NEIGHBOUR_WORDS = 4;
function introducedLists(texts, verdicts, features, memos = []) {
  const items = /* @__PURE__ */ new Set();
  const datedItem = (k) => lineTest(memos[k], LINE_TESTS.datedItem, texts[k], isDatedItem);
  for (let i = 0; i + 1 < texts.length; i++) {
    const v = verdicts[i];
    if (!endsWithColon(texts[i]) || v.reason.startsWith("boilerplate") || features[i].words < LIST_INTRO_MIN_WORDS) continue;
    let j = i + 1;
    while (j < texts.length && j - i <= LIST_MAX_ITEMS && listItemShape(verdicts[j]) && features[j].repeated === 0 && features[j].words >= 2) j++;
    if (j - i - 1 >= LIST_MIN_ITEMS) for (let k = i + 1; k < j; k++) items.add(k);
  }
  for (let i = 0; i < texts.length; i++) {
    if (!datedItem(i)) continue;
    let j = i;
    while (j < texts.length && j - i < LIST_MAX_ITEMS && datedItem(j) && listItemShape(verdicts[j])) j++;
    if (j - i >= DATED_LIST_MIN_ITEMS) {
      const head = i - 1 >= 0 && verdicts[i - 1].cls === "short" && !verdicts[i - 1].reason.startsWith("boilerplate") ? i - 1 : i;
      const before = verdicts[head - 1];
      if (before && (before.cls === "good" || before.cls === "near")) for (let k = head; k < j; k++) items.add(k);
    }
    i = j;
  }
  return items;
}
function tableRuns(texts, verdicts, features, memos = []) {
  const tables = [];
  const keys = new Float64Array(texts.length).fill(-1);
  const rowKey = (k) => {
    if (keys[k] < 0) {
      const memo = memos[k];
      keys[k] = memo === void 0 ? rowKeyOf(texts[k]) : memo.rowKey ??= rowKeyOf(texts[k]);
    }
    return keys[k];
  };
  for (let i = 0; i < texts.length; i++) {
    if (!listItemShape(verdicts[i]) || features[i].repeated > 0) continue;
    const key = rowKey(i);
    if (!key) continue;
    let j = i + 1;
    let same = 1;
    while (j < texts.length && j - i < LIST_MAX_ITEMS && listItemShape(verdicts[j]) && features[j].repeated === 0) {
      const k = rowKey(j);
      if (k === key) same++;
      else if (!k || !(j + 1 < texts.length && rowKey(j + 1) === key)) break;
      j++;
    }
    while (j > i && rowKey(j - 1) !== key) j--;
    if (same >= TABLE_MIN_ROWS && nextToText(i, j, verdicts)) tables.push({ start: i, end: j });
    i = Math.max(i, j - 1);
  }
  return tables;
}
function withTables(region, tables, verdicts) {
  let { start, end } = region;
  const heading = (k) => k >= 0 && verdicts[k].cls === "short" && !verdicts[k].reason.startsWith("boilerplate");
  for (const t of tables) {
    let head = t.start;
    while (head > 0 && t.start - head < TABLE_HEAD_LINES && heading(head - 1)) head--;
    if (head <= end && t.start >= end) end = t.end;
  }
  for (let n = tables.length - 1; n >= 0; n--) {
    const t = tables[n];
    let head = t.start;
    while (head > 0 && t.start - head < TABLE_HEAD_LINES && heading(head - 1)) head--;
    if (t.end >= start && t.start < start) start = head;
  }
  return { start, end };
}
var TABLE_HEAD_LINES = 3;
var TABLE_MIN_ROWS = 4;
var ROW_MARKS = "():;%|/@#$\u20AC\xA3\xA5\u20A9+=*\u2013\u2014-";
var ROW_MARK_ASCII = new Uint8Array(128);
var ROW_MARK_OTHER = /* @__PURE__ */ new Set();
for (const ch of ROW_MARKS) {
  const c = ch.charCodeAt(0);
  if (c < 128) ROW_MARK_ASCII[c] = 1;
  else ROW_MARK_OTHER.add(c);
}
function rowKeyOf(text) {
  let key = 0;
  let marks = 0;
  for (let i = 0; i < text.length && marks < ROW_KEY_MARKS; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ROW_MARK_ASCII[c] === 1 : ROW_MARK_OTHER.has(c)) {
      key = key * 65536 + c;
      marks++;
    }
  }
  return key;
}
var ROW_KEY_MARKS = 2;
function nextToText(from, to, verdicts) {
  const text = (k) => k >= 0 && k < verdicts.length && (verdicts[k].cls === "good" || verdicts[k].cls === "near");
  const heading = (k) => k >= 0 && verdicts[k].cls === "short" && !verdicts[k].reason.startsWith("boilerplate");
  return text(from - 1) || heading(from - 1) && text(from - 2) || text(to);
}
function endsWithColon(text) {
  const c = text.charCodeAt(text.length - 1);
  if (c === 58) return true;
  return c <= 32 || c >= 128 ? text.trimEnd().endsWith(":") : false;
}
var isDatedItem = (text) => DATED_ITEM.test(text);
var listItemShape = (v) => v.cls === "short" || v.cls === "bad" && v.reason.startsWith("few stop words");
var DATED_ITEM = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–—:]|--)\s*\S/i;
var DATED_LIST_MIN_ITEMS = 4;
var LIST_INTRO_MIN_WORDS = 3;
var LIST_MIN_ITEMS = 2;
var LIST_MAX_ITEMS = 80;
function mainRegion(weights, from = 0, to = weights.length) {
  let best = 0;
  let bestStart = from;
  let bestEnd = from;
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weights[i];
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  return { start: bestStart, end: bestEnd };
}
function leadAboveBox(region, texts, verdicts, features) {
  let j = region.start - 1;
  while (j >= 0 && region.start - j <= BOX_MAX_LINKS && verdicts[j].cls === "short") j--;
  if (j < 0 || verdicts[j].reason !== "boilerplate: related heading") return region;
  let k = j - 1;
  while (k >= 0 && j - k <= LEAD_MAX_BLOCKS && (verdicts[k].cls === "good" || verdicts[k].cls === "near")) k--;
  if (k === j - 1 || k < 0) return region;
  if (!features[k].headerLine && !(features[k].words <= HEADER_MAX_WORDS && HEADER_LABEL.test(texts[k]))) return region;
  return { start: k + 1, end: region.end };
}
var HEADER_LABEL = /^(?:published|updated|posted|first published|by)\b/i;
var HEADER_MAX_WORDS = 25;
var BOX_MAX_LINKS = 10;
var LEAD_MAX_BLOCKS = 3;

// electron/text/clean/06-smooth.ts
var MAX_SHORT_RUN = 40;
var PROSE_MIN_WORDS = 10;
var SHORT_MIN_WORDS = 2;
var OutsideRegion = class {
  constructor(verdict) {
    this.verdict = verdict;
  }
  verdict;
  keep = false;
  get reason() {
    return `outside main region (${this.verdict.cls}: ${this.verdict.reason})`;
  }
};
var ContentBlock = class {
  constructor(verdict) {
    this.verdict = verdict;
  }
  verdict;
  keep = true;
  get reason() {
    return `${this.verdict.cls}: ${this.verdict.reason}`;
  }
};
function smooth(verdicts, features, region, listItems = /* @__PURE__ */ new Set(), tableRows = /* @__PURE__ */ new Set()) {
  const n = verdicts.length;
  const out = verdicts.map((v) => new OutsideRegion(v));
  const content = (i) => verdicts[i].cls === "good" || verdicts[i].cls === "near" || tableRows.has(i);
  const shortLine = (i) => verdicts[i].cls === "short" && !tableRows.has(i);
  for (let i = region.start; i < region.end && i < n; i++) {
    const v = verdicts[i];
    if (v.cls === "good" || v.cls === "near") {
      out[i] = new ContentBlock(v);
      continue;
    }
    if (tableRows.has(i)) {
      out[i] = { keep: true, reason: "table row next to the text" };
      continue;
    }
    if (v.cls === "bad") {
      const f2 = features[i];
      const between = i > region.start && i + 1 < region.end && content(i - 1) && content(i + 1);
      if (between && v.reason.startsWith("few stop words") && f2.sentence && f2.words >= PROSE_MIN_WORDS) {
        out[i] = { keep: true, reason: `sentence between paragraphs (${v.reason})` };
      } else out[i] = { keep: false, reason: v.reason };
      continue;
    }
    if (listItems.has(i)) {
      out[i] = { keep: true, reason: "list item after a line ending with a colon" };
      continue;
    }
    let a = i - 1;
    while (a >= region.start && shortLine(a)) a--;
    let b = i + 1;
    while (b < region.end && shortLine(b)) b++;
    const run = b - a - 1;
    const f = features[i];
    if (a < region.start || b >= region.end) out[i] = { keep: false, reason: `short block at the edge of the article (${v.reason})` };
    else if (!content(a) || !content(b)) out[i] = { keep: false, reason: `short block next to furniture (${v.reason})` };
    else if (run > MAX_SHORT_RUN) out[i] = { keep: false, reason: `run of ${run} short blocks: a list of links` };
    else if (f.repeated > 0) out[i] = { keep: false, reason: "short block repeated elsewhere on the page" };
    else if (f.words < SHORT_MIN_WORDS) out[i] = { keep: false, reason: "single word between paragraphs" };
    else out[i] = { keep: true, reason: `short block between paragraphs (${v.reason})` };
  }
  const end = region.end;
  if (end > region.start && end < n && (verdicts[end - 1].cls === "good" || verdicts[end - 1].cls === "near") && closes(verdicts[end], features[end])) {
    out[end] = { keep: true, reason: `closing sentence (${verdicts[end].reason})` };
  }
  return out;
}
function closes(v, f) {
  return v.cls === "short" && f.sentence && f.words >= CLOSING_MIN_WORDS && f.repeated === 0 && !f.headerLine;
}
var CLOSING_MIN_WORDS = 6;

// electron/text/clean/08-body.ts
var CAPTION_MAX_WORDS = 45;
var CAPTION_CREDIT_MAX_WORDS = 90;
var DATELINE_MAX_WORDS = 4;
function isCaption(text, f, memo) {
  if (f.words <= CAPTION_CREDIT_MAX_WORDS && (lineTest(memo, LINE_TESTS.endsWithCredit, text, endsWithCredit) || lineTest(memo, LINE_TESTS.galleryCaption, text, isGalleryCaption))) return true;
  if (f.words > CAPTION_MAX_WORDS) return false;
  return lineTest(memo, LINE_TESTS.captionShape, text, hasCaptionShape);
}
var opensWithDateline = (paragraph) => REGEXPS4.dateline.test(paragraph);
var hasCaptionShape = (text) => REGEXPS4.captionOpener.test(text) || REGEXPS4.caption.test(text);
function readDateline(paragraph, memo) {
  if (!lineTest(memo, LINE_TESTS.dateline, paragraph, opensWithDateline)) return null;
  const m = REGEXPS4.dateline.exec(paragraph);
  if (!m) return null;
  const place = m[1].trim();
  const words3 = place.split(/[\s-]+/);
  if (words3.length > DATELINE_MAX_WORDS) return null;
  if (DATELINE_NOT_PLACES.has(words3[0].toLowerCase())) return null;
  const rest = paragraph.slice(m[0].length);
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(rest)) return null;
  const allCaps = !/\p{Ll}/u.test(place);
  const sep = m[0].trim().slice(-1);
  if (!allCaps && sep !== ":" && !m[2] && !m[3]) return null;
  if (!allCaps && words3.length > 3) return null;
  const agency = m[3] ? m[3].slice(1, -1).trim() : null;
  const date = m[2] && /\d{4}/.test(m[2]) ? m[2].replace(/^,\s*/, "") : null;
  return { place: readerCase(place), agency, date, rest };
}

// electron/text/clean/09-source.ts
var NOT_SOURCES = /^(?:all rights reserved|the author|authors?|copyright|\d+|[a-z]{1,2}|reserved|inc|llc|ltd|policy|notice|information|info|terms|statement|permissions?|reprints?|trademarks?)$|^(?:and|or|of|for|to|in|on|with|our|this|all)\s/i;
var BY_FIRST_WORD = /* @__PURE__ */ new Map();
for (const name2 of [...MASTHEADS].sort((a, b) => b.length - a.length)) {
  const words3 = name2.split(" ");
  const list = BY_FIRST_WORD.get(words3[0]) ?? [];
  list.push(words3);
  BY_FIRST_WORD.set(words3[0], list);
}
var FIRST_PAIRS = new Set(MASTHEADS.map((m) => m.charCodeAt(0) * 65536 + m.charCodeAt(1)));
function hashOf(s, from, to) {
  let h = 0;
  for (let i = from; i < to; i++) h = Math.imul(h, 31) + s.charCodeAt(i) | 0;
  return h;
}
var FIRST_WORD_HASHES = new Set([...BY_FIRST_WORD.keys()].map((w) => hashOf(w, 0, w.length)));
var TRIM = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
var alnum = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
var trimToken = (t) => {
  if (BY_FIRST_WORD.has(t)) return t;
  const a = t.charCodeAt(0);
  const z = t.charCodeAt(t.length - 1);
  return a < 48 || a > 57 && a < 65 || a > 122 || (z < 48 || z > 57 && z < 65 || z > 90 && z < 97 || z > 122) ? t.replace(TRIM, "") : t;
};
function mastheadsIn(line) {
  if (!MASTHEAD_SIGNATURE.test(line)) return NONE;
  let found = null;
  for (let pos = 0; pos < line.length; ) {
    let end = line.indexOf(" ", pos);
    if (end < 0) end = line.length;
    const c = line.charCodeAt(pos);
    if (end > pos && (!alnum(c) || FIRST_PAIRS.has(c * 65536 + line.charCodeAt(pos + 1)))) {
      const plain = alnum(c) && alnum(line.charCodeAt(end - 1));
      if (plain && !FIRST_WORD_HASHES.has(hashOf(line, pos, end))) {
        pos = end + 1;
        continue;
      }
      const list = BY_FIRST_WORD.get(plain ? line.slice(pos, end) : trimToken(line.slice(pos, end)));
      if (list) {
        const tokens = line.slice(pos).split(" ", LONGEST_NAME_WORDS);
        const hit = list.find((words3) => words3.every((w, k) => k === 0 || tokens[k] !== void 0 && tokens[k] !== "" && trimToken(tokens[k]) === w));
        if (hit) {
          (found ??= []).push(hit.join(" "));
          for (let k = 1; k < hit.length; k++) end = line.indexOf(" ", end + 1) < 0 ? line.length : line.indexOf(" ", end + 1);
        }
      }
    }
    pos = end + 1;
  }
  return found ?? NONE;
}
var NONE = [];
var MASTHEAD_SIGNATURE = new RegExp(
  [...new Set(MASTHEADS.map((m) => m.split(" ").reduce((a, b) => b.length > a.length ? b : a)))].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")
);
var LONGEST_NAME_WORDS = Math.max(...MASTHEADS.map((m) => m.split(" ").length));
var DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;
var COMPANY = /\b(?:inc|incorporated|corp|corporation|company|co|llc|ltd|limited|plc|gmbh|ag|sa|holdings?|group|media|publishing|publications|communications|newspapers|interactive|broadcasting|enterprises|services|private|organization|network|international|partners)\.?$/i;
var COPYRIGHT_NOISE = /^(?:copyright|all rights reserved|©|\(c\))\s*|\s*(?:all rights reserved|copyright)\.?$/gi;
var LEGAL_FORM = /(?:,?\s+(?:pty|pvt|ltd|limited|inc|llc|plc|gmbh|s\.?a\.?|s\.?l\.?(?:u\.?)?|s\.?p\.?a\.?|s\.?r\.?l\.?|b\.?v\.?|n\.?v\.?|ag|se|sas|sarl|co)\.?)+$/i;
var YEAR_RIGHTS = /^(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s+([^.|,;©]{2,60}?)(?:,?\s*(?:inc|llc|ltd|limited|plc|gmbh)\.?)?\s*[.,]?\s*all rights reserved/i;
var PUBLISHING_HOUSE = /^(?:ediciones|editorial|editora|éditions|editions|edizioni|grupo|gruppo|groupe|verlag|verlagsgruppe)\s+/iu;
var HOLDER_TAIL = /\s+(?:\d{4}\b|[-–—|]\s).*$/;
var COPYRIGHT_LINE_MAX = 200;
var BEFORE_COPYRIGHT = /^(\p{L}[\p{L}\p{N}.&' -]{1,40}?)\s*©/u;
var PICTURE_LABEL = /^(?:photo|image|picture|foto|bild|illustration|graphic|video|credit)s?$/i;
var CREDIT_LABEL = /^(?:photo|image|picture|foto|bild|illustration|graphic|video|credit|text|texte|content|all content|copyright)s?$|rights reserved/i;
var SOURCE_LINE_MAX = 300;
var MASTHEAD_LINE_MAX = 160;
var LOGO_REACH = 4;
var LOGO_MAX_WORDS = 3;
var VOTES = { masthead: 1, multiWord: 0.5, site: 1.5, domain: 1, beforeSign: 1.5, copyright: 1.9, company: 0.5, logo: 1, byline: 1.5 };
var HINT_LINES = 3;
var DOMAIN_ALONE_LINES = 2;
var AGREEMENT = 1;
var NAME_RANK = { masthead: 5, copyright: 4, site: 4, beforeSign: 4, byline: 4, company: 3, logo: 2, domain: 1 };
var DOMAIN_IN_TEXT = new RegExp(
  `(?<![\\w.-])(?:https?://)?((?:[a-z0-9-]+\\.)*?([a-z0-9][a-z0-9-]*)\\.(?:${TLDS.map((t) => t.replace(".", "\\.")).join("|")}))(?![\\w-]|\\.[a-z])`,
  "gi"
);
var CAPITAL_TLD = /\.(?:Net|Com|Org|NET|COM|ORG)$/;
function keyOf(name2) {
  let key = KEYS.get(name2);
  if (key === void 0) {
    key = name2.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
    KEYS.set(detached(name2), key = detached(key));
  }
  return key;
}
var KEYS_MAX = 2e3;
var KEYS = new BoundedMemo(KEYS_MAX);
function copyrightHolder(line) {
  const label = /^(\p{L}+)\s*©/u.exec(line);
  if (label && PICTURE_LABEL.test(label[1])) return null;
  const m = REGEXPS4.copyright.exec(line.replace(/(\d{4})\s*—\s*(\d{4})/, "$1-$2")) ?? YEAR_RIGHTS.exec(line);
  if (!m) return null;
  let name2 = m[1].replace(COPYRIGHT_NOISE, "").replace(/^(?:by)\s+/i, "").trim();
  name2 = name2.replace(/^\d{4}(?:\s*[-–]\s*\d{4})?\s*/, "").trim();
  name2 = name2.replace(HOLDER_TAIL, "").trim();
  name2 = name2.replace(LEGAL_FORM, "").trim();
  if (!name2 || NOT_SOURCES.test(name2) || !/^\p{L}/u.test(name2) || /[()]/.test(name2)) return null;
  if (name2.split(/\s+/).length > 6 || !/\p{L}{2}/u.test(name2)) return null;
  const lower = name2.toLowerCase();
  if (CREDIT_HOLDERS.has(lower) || AGENCIES.has(lower) && !/\d{4}|rights reserved/i.test(line)) return null;
  return name2;
}
function promptOf(line) {
  if (!promptHint(line)) return null;
  const m = REGEXPS4.masthead.exec(line);
  return m && m[1] ? { source: mastheadsIn(line)[0] ?? m[1].trim(), how: "prompt" } : null;
}
function readLine(line) {
  const prompt = promptOf(line);
  const names = line.length <= MASTHEAD_LINE_MAX ? mastheadsIn(line) : NONE;
  const any = ANY_HINT.test(line);
  const copyright = any && copyrightHint(line);
  const hints = [];
  if (any && SITE_PHRASE_HINT.test(line)) {
    for (const phrase of SITE_PHRASES) {
      const m = phrase.exec(line);
      const name2 = m?.[1]?.trim().replace(/[.:,;]+$/, "");
      if (name2 && !NOT_SITE_NAMES.has(name2.toLowerCase())) {
        const domain = DOMAIN_LINE.test(name2);
        hints.push({ name: name2, kind: domain ? "domain" : "site", votes: domain ? VOTES.domain : VOTES.site, key: hostKey(name2) });
      }
    }
  }
  if (any && ADDRESS_HINT.test(line)) {
    const hosts = /* @__PURE__ */ new Set();
    DOMAIN_IN_TEXT.lastIndex = 0;
    for (let m = DOMAIN_IN_TEXT.exec(line); m; m = DOMAIN_IN_TEXT.exec(line)) {
      const host = m[1].replace(/^www\./i, "");
      const stem2 = m[2].toLowerCase();
      if (PLATFORM_DOMAINS.has(stem2) || stem2.length < 2 || /[A-Z]/.test(host.slice(host.lastIndexOf("."))) && !CAPITAL_TLD.test(host)) continue;
      if (!hosts.has(stem2)) {
        hosts.add(stem2);
        hints.push({ name: host, kind: "domain", votes: VOTES.domain, key: stem2 });
      }
    }
  }
  if (copyright) {
    const before = BEFORE_COPYRIGHT.exec(line)?.[1]?.trim();
    if (before && !CREDIT_LABEL.test(before)) hints.push({ name: before, kind: "beforeSign", votes: VOTES.beforeSign, key: keyOf(before) });
  }
  return { prompt, names, copyright, hints, holder: void 0 };
}
function lineReading(line, memo) {
  if (!memo) return readLine(line);
  if (memo.source === void 0) {
    const read = readLine(line);
    memo.source = {
      prompt: read.prompt && { ...read.prompt, source: detached(read.prompt.source) },
      names: read.names,
      copyright: read.copyright,
      hints: read.hints.map((h) => ({ ...h, name: detached(h.name), key: detached(h.key) })),
      holder: void 0
    };
  }
  return memo.source;
}
function findSource(furniture, header = [], memos = [], fromByline) {
  let prompt = null;
  const candidates = /* @__PURE__ */ new Map();
  const vote = (name2, kind, votes, key = keyOf(name2)) => {
    if (!key) return;
    let c = candidates.get(key);
    if (!c) {
      c = { name: name2, rank: NAME_RANK[kind], votes: 0, kinds: /* @__PURE__ */ new Set(), lines: /* @__PURE__ */ new Map() };
      candidates.set(key, c);
    }
    const lines = c.lines.get(kind) ?? 0;
    if (kind !== "masthead" && lines >= HINT_LINES) return;
    c.lines.set(kind, lines + 1);
    c.votes += votes;
    c.kinds.add(kind);
    if (NAME_RANK[kind] > c.rank) {
      c.name = name2;
      c.rank = NAME_RANK[kind];
    }
  };
  if (fromByline) vote(fromByline, "byline", VOTES.byline);
  const seen = /* @__PURE__ */ new Set();
  const copyrightAt = [];
  for (let i = 0; i < furniture.length; i++) {
    const line = furniture[i];
    if (line.length > SOURCE_LINE_MAX) {
      copyrightAt[i] = copyrightHint(line);
      prompt ??= promptOf(line);
      continue;
    }
    const r = lineReading(line, memos[i]);
    copyrightAt[i] = r.copyright;
    for (const name2 of r.names) vote(name2, "masthead", VOTES.masthead);
    if (r.prompt === null && r.hints.length === 0) continue;
    if (seen.has(line)) continue;
    seen.add(line);
    prompt ??= r.prompt && { ...r.prompt };
    for (const h of r.hints) vote(h.name, h.kind, h.votes, h.key);
  }
  if (prompt) return prompt;
  for (let i = furniture.length - 1; i >= 0; i--) {
    const line = furniture[i];
    if (!copyrightAt[i]) continue;
    const holder = holderOf(line, memos[i]);
    if (!holder) continue;
    const paper = PUBLISHING_HOUSE.test(holder) ? mastheadsIn(readerCase(holder).replace(PUBLISHING_HOUSE, ""))[0] : void 0;
    if (paper) {
      vote(paper, "copyright", VOTES.copyright);
      break;
    }
    if (COMPANY.test(holder) || PUBLISHING_GROUPS.has(holder.toLowerCase())) {
      vote(holder, "company", VOTES.company);
      continue;
    }
    vote(holder, "copyright", VOTES.copyright);
    break;
  }
  for (let i = 0; i < Math.min(LOGO_REACH, furniture.length); i++) {
    const line = furniture[i].trim();
    if (line.split(/\s+/).length > LOGO_MAX_WORDS) continue;
    const c = candidates.get(hostKey(line));
    if (c && !c.kinds.has("logo") && [...c.kinds].some((k) => k !== "masthead")) vote(line, "logo", VOTES.logo, hostKey(line));
  }
  let best = null;
  let bestVotes = 0;
  for (const c of candidates.values()) {
    if (c.kinds.size === 1 && c.kinds.has("domain") && (c.lines.get("domain") ?? 0) < DOMAIN_ALONE_LINES) continue;
    const votes = c.votes + AGREEMENT * (c.kinds.size - 1) + (c.kinds.has("masthead") && c.name.includes(" ") ? VOTES.multiWord : 0);
    if (votes > bestVotes) {
      best = c;
      bestVotes = votes;
    }
  }
  if (best) {
    const how = best.kinds.has("masthead") ? "masthead" : best.kinds.has("copyright") || best.kinds.has("company") ? "copyright" : best.kinds.has("site") || best.kinds.has("beforeSign") ? "site" : best.kinds.has("byline") ? "byline" : "domain";
    return { source: best.name, how };
  }
  for (const line of header) {
    const m = DOMAIN_LINE.exec(line);
    if (m) return { source: m[1].toLowerCase(), how: "domain" };
  }
  return null;
}
function holderOf(line, memo) {
  const read = () => copyrightHolder(line.length > COPYRIGHT_LINE_MAX ? line.slice(0, COPYRIGHT_LINE_MAX) : line);
  const reading = line.length <= SOURCE_LINE_MAX && memo ? lineReading(line, memo) : null;
  if (!reading) return read();
  if (reading.holder === void 0) {
    const holder = read();
    reading.holder = holder === null ? null : detached(holder);
  }
  return reading.holder;
}
function hostKey(name2) {
  const m = DOMAIN_LINE.exec(name2);
  if (!m) return keyOf(name2);
  const labels = m[1].toLowerCase().split(".");
  const two = labels.length >= 3 && TLDS.includes(labels.slice(-2).join("."));
  return keyOf(labels[labels.length - (two ? 3 : 2)]);
}
var PROMPT_HINT = /paper|app|digital|newsletter|online/;
var promptHint = (line) => PROMPT_HINT.test(line);
var COPYRIGHT_HINT2 = /©|\([cC]\)|opyright|OPYRIGHT|[Rr]ights [Rr]eserved|RIGHTS RESERVED/;
var copyrightHint = (line) => COPYRIGHT_HINT2.test(line);
var SITE_PHRASE_HINT = /home ?page|main menu|follow|by its|subscribe|source|thanks for reading/i;
var ADDRESS_HINT = /[a-z0-9]\.[a-z]/i;
var ANY_HINT = /[a-z0-9]\.[a-z]|©|\(c\)|opyright|ights reserved|home ?page|main menu|follow|by its|subscribe|source|thanks for reading/i;

// electron/text/clean/10-digest.ts
var MAX_FURNITURE_SHARE = 0.25;
var MIN_GOOD_BLOCKS = 3;
function proseWords(verdicts, features, p) {
  let words3 = 0;
  let good = 0;
  for (let i = p.start; i < p.end; i++) {
    const c = verdicts[i].cls;
    if (c === "good" || c === "near") words3 += features[i].words;
    if (c === "good") good++;
  }
  return [words3, good];
}
function valid(parts, verdicts, features, scale = 1) {
  return parts.length > 1 && parts.every((p) => {
    const [w, g] = proseWords(verdicts, features, p);
    return w >= DEFAULT_DIGEST_MIN_WORDS * scale && g >= Math.ceil(MIN_GOOD_BLOCKS * scale);
  });
}
var SEPARATOR_SCALE = 0.5;
var cut = (starts, n) => starts.map((s, k) => ({ start: s, end: starts[k + 1] ?? n }));
var isSeparator2 = (text) => REGEXPS4.digestSeparator.test(text) || REGEXPS4.digestCounter.test(text);
function splitDigest(blocks, features, verdicts, memos = []) {
  const n = blocks.length;
  const whole = [{ start: 0, end: n }];
  const titleShaped = (i) => {
    const f = features[i];
    return f.words >= 3 && f.words <= DEFAULT_TITLE_MAX_WORDS && !f.sentence && !verdicts[i].reason.startsWith("boilerplate");
  };
  const seps = [];
  for (let i = 0; i < n; i++) if (lineTest(memos[i], LINE_TESTS.digestSeparator, blocks[i].text, isSeparator2)) seps.push(i);
  if (seps.length) {
    const parts2 = cut([0, ...seps.map((s) => s + 1)], n).map((p, k) => ({ start: p.start, end: k < seps.length ? seps[k] : p.end })).filter((p) => proseWords(verdicts, features, p)[0] > 0);
    const titled = parts2.slice(1).every((p) => {
      for (let i = p.start; i < Math.min(p.end, p.start + 3); i++) if (titleShaped(i)) return true;
      return false;
    });
    if (titled && valid(parts2, verdicts, features, SEPARATOR_SCALE)) return parts2;
  }
  let furniture = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += features[i].words;
    if (verdicts[i].cls === "bad" || verdicts[i].cls === "short") furniture += features[i].words;
  }
  if (furniture > total * MAX_FURNITURE_SHARE) return whole;
  const starts = [];
  for (let i = 0; i + 1 < n; i++) {
    if (!titleShaped(i)) continue;
    let header = false;
    for (let j = i + 1; j <= Math.min(n - 1, i + 3) && !header; j++) {
      const t = blocks[j].text;
      if (features[j].words > 14) break;
      header = features[j].headerLine && (REGEXPS4.dateLine.test(t) || parseByline(t) !== null);
    }
    if (header && (starts.length === 0 || i - starts[starts.length - 1] > MIN_GOOD_BLOCKS)) starts.push(i);
  }
  if (starts.length < 2) return whole;
  const parts = cut([0, ...starts.slice(1)], n);
  return valid(parts, verdicts, features) ? parts : whole;
}

// electron/text/lexicon/names.ts
var HONORIFICS = wordTable({
  mr: "m",
  mrs: "f",
  ms: "f",
  miss: "f",
  mx: null,
  dr: null,
  sir: "m",
  dame: "f",
  lord: "m",
  lady: "f",
  prof: null,
  professor: null,
  rev: null,
  reverend: null,
  fr: "m",
  father: "m",
  sister: "f",
  brother: "m",
  madam: "f",
  madame: "f",
  monsieur: "m",
  herr: "m",
  frau: "f"
});
var TITLES = /* @__PURE__ */ new Set([
  "president",
  "vice",
  "sen",
  "senator",
  "gov",
  "governor",
  "rep",
  "representative",
  "congressman",
  "chairperson",
  "congresswoman",
  "chancellor",
  "prime",
  "minister",
  "secretary",
  "gen",
  "general",
  "adm",
  "admiral",
  "col",
  "colonel",
  "lt",
  "lieutenant",
  "maj",
  "major",
  "capt",
  "captain",
  "sgt",
  "sergeant",
  "cmdr",
  "commander",
  "judge",
  "justice",
  "mayor",
  "speaker",
  "chairman",
  "chairwoman",
  "chair",
  "chief",
  "director",
  "ambassador",
  "pope",
  "king",
  "queen",
  "prince",
  "princess",
  "attorney",
  "deputy",
  "foreign",
  "defense",
  "defence",
  "finance",
  "interior",
  "health",
  "state",
  "former",
  "ex",
  "acting",
  "first",
  "lady",
  "leader",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "premier",
  "sheikh",
  "emir",
  "ayatollah",
  "cardinal",
  "bishop",
  "archbishop",
  "rabbi",
  "imam",
  "coach",
  "officer",
  "detective",
  "inspector",
  "superintendent",
  "commissioner",
  "sheriff",
  "ceo",
  "founder",
  "candidate",
  "nominee",
  "hopeful",
  "democrat",
  "republican",
  "independent",
  "libertarian",
  "house",
  "senate",
  "majority",
  "minority",
  "whip",
  "supreme",
  "court",
  "federal",
  "district",
  "us",
  "u.s",
  "assistant",
  "associate",
  "executive",
  "managing",
  "national",
  "security",
  "adviser",
  "advisor",
  "press",
  "white",
  "campaign",
  "manager",
  "chairs",
  "counsel",
  "special",
  "general",
  "solicitor",
  "lord",
  "dr",
  "mr",
  "mrs",
  "ms",
  "sir",
  "dame",
  "prof",
  "professor",
  "rev",
  "reverend",
  "miss",
  // hyphenated offices, one token each ("UN Secretary-General António Guterres")
  "secretary-general",
  "director-general",
  "attorney-general",
  "governor-general",
  "solicitor-general",
  "surgeon-general",
  "inspector-general",
  "president-elect",
  "vice-president",
  // agency heads ("NASA Administrator Jim Bridenstine")
  "administrator",
  "commissioner",
  "registrar",
  "comptroller",
  "treasurer",
  "provost",
  // capitalised qualifiers before a name ("Democratic Sen.", "Retired Gen.")
  "democratic",
  "presidential",
  "congressional",
  "gubernatorial",
  "senatorial",
  "conservative",
  "liberal",
  "progressive",
  "retired",
  "longtime",
  "veteran",
  "incoming",
  "outgoing",
  "disgraced",
  "embattled",
  // titles abroad that stand capitalised before a name ("Bundeskanzlerin Angela Merkel", "Premier ministre"
  // opens a sentence); German compounds are matched by their ending (TITLE_ENDINGS)
  "kanzler",
  "kanzlerin",
  "pr\xE4sident",
  "pr\xE4sidentin",
  "pr\xE9sident",
  "pr\xE9sidente",
  "presidente",
  "presidenta",
  "ministre",
  "ministro",
  "ministra",
  "ministerin",
  "maire",
  "sindaco",
  "alcalde",
  "alcaldesa",
  "portavoz",
  "porte-parole",
  "sprecher",
  "sprecherin",
  "d\xE9put\xE9",
  "d\xE9put\xE9e",
  "diputado",
  "diputada",
  "deputato",
  "s\xE9nateur",
  "s\xE9natrice",
  "senador",
  "senadora",
  "senatore",
  "segretario",
  "segretaria",
  "secretario",
  "secretaria",
  "b\xFCrgermeister",
  "b\xFCrgermeisterin",
  "vorsitzende",
  "vorsitzender",
  "g\xE9n\xE9ral",
  "g\xE9n\xE9rale",
  "generale",
  "abgeordnete",
  "abgeordneter"
]);
var TITLE_ENDINGS_RE = /(?:kanzler|minister|präsident|bürgermeister|sprecher|vorsitzende|chef|sekretär|abgeordnete|politiker|direktor|leiter)(?:in|r)?$/;
function isTitleWord(lower) {
  if (TITLES.has(lower)) return true;
  if (lower.length <= 8) return false;
  const m = TITLE_ENDINGS_RE.exec(lower);
  return m !== null && m.index >= 3;
}
var ROLE_NOUNS = /* @__PURE__ */ new Set([
  "president",
  "leader",
  "chancellor",
  "minister",
  "premier",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "senator",
  "governor",
  "congressman",
  "congresswoman",
  "lawmaker",
  "legislator",
  "representative",
  "secretary",
  "chief",
  "head",
  "chairman",
  "chairwoman",
  "chairperson",
  "chair",
  "director",
  "official",
  "officials",
  "adviser",
  "advisor",
  "aide",
  "counterpart",
  "candidate",
  "nominee",
  "hopeful",
  "manager",
  "strategist",
  "consultant",
  "analyst",
  "expert",
  "professor",
  "economist",
  "historian",
  "lawyer",
  "attorney",
  "judge",
  "mayor",
  "ambassador",
  "diplomat",
  "general",
  "commander",
  "officer",
  "king",
  "queen",
  "prince",
  "pope",
  "monarch",
  "ruler",
  "dictator",
  "businessman",
  "businesswoman",
  "billionaire",
  "mogul",
  "executive",
  "ceo",
  "founder",
  "owner",
  "author",
  "writer",
  "journalist",
  "reporter",
  "host",
  "anchor",
  "columnist",
  "editor",
  "pollster",
  "researcher",
  "scientist",
  "doctor",
  "physician",
  "activist",
  "organizer",
  "organiser",
  "volunteer",
  "voter",
  "supporter",
  "critic",
  "opponent",
  "rival",
  "challenger",
  "incumbent",
  "speaker",
  "deputy",
  "envoy",
  "negotiator",
  "prosecutor",
  "investigator",
  "detective",
  "sheriff",
  "commissioner",
  "surrogate",
  "operative",
  "donor",
  "fundraiser",
  "chairs",
  "veteran",
  "student",
  "teacher",
  "resident",
  "mother",
  "father",
  "wife",
  "husband",
  "son",
  "daughter",
  "sister",
  "brother",
  "friend",
  "colleague",
  "man",
  "woman",
  "source",
  "insider",
  "staffer",
  "whip",
  "delegate",
  "superdelegate",
  "member",
  "partner",
  "founder",
  "co-founder",
  "president-elect",
  "vice-president",
  "pastor",
  "priest",
  "bishop",
  "preacher",
  "coach",
  "player",
  "star",
  "actor",
  "actress",
  "singer",
  "rapper",
  "comedian",
  "celebrity",
  "mogul",
  "republican",
  "democrat",
  "conservative",
  "liberal",
  "progressive",
  "libertarian",
  "populist",
  "socialist",
  "tycoon",
  "magnate",
  "investor",
  "banker",
  "entrepreneur",
  "contender",
  "frontrunner",
  "front-runner",
  "secretary-general",
  "director-general",
  "attorney-general",
  "governor-general",
  "boss",
  // abroad, in small letters after an article ("une porte-parole", "son secrétaire général", "der Sprecher")
  "porte-parole",
  "secr\xE9taire",
  "ministre",
  "pr\xE9sident",
  "pr\xE9sidente",
  "directeur",
  "directrice",
  "maire",
  "d\xE9put\xE9",
  "d\xE9put\xE9e",
  "sprecher",
  "sprecherin",
  "pr\xE4sident",
  "pr\xE4sidentin",
  "ministerin",
  "vorsitzende",
  "vorsitzender",
  "b\xFCrgermeister",
  "b\xFCrgermeisterin",
  "portavoz",
  "ministro",
  "ministra",
  "presidente",
  "presidenta",
  "alcalde",
  "alcaldesa",
  "portavoce",
  "sindaco",
  "segretario",
  "secretario",
  "dirigente",
  "responsable",
  // (their feminine forms)
  "segretaria",
  "secretaria",
  "sindaca",
  "deputata",
  "diputada",
  "senatrice",
  "senadora",
  "consigliera",
  "directora",
  "direttrice",
  "abgeordnete",
  "abgeordneter",
  "leiterin",
  "leiter"
]);
var OCCUPATIONS = /* @__PURE__ */ new Set([
  "pilot",
  "headteacher",
  "headmaster",
  "headmistress",
  "climber",
  "chef",
  "boxer",
  "nurse",
  "farmer",
  "fisherman",
  "fishermen",
  "miner",
  "driver",
  "engineer",
  "teacher",
  "conductor",
  "commuter",
  "singer",
  "skipper",
  "captain",
  "striker",
  "goalkeeper",
  "midfielder",
  "defender",
  "runner",
  "swimmer",
  "cyclist",
  "sprinter",
  "skier",
  "golfer",
  "jockey",
  "trainer",
  "manager",
  "curator",
  "architect",
  "designer",
  "artist",
  "painter",
  "sculptor",
  "novelist",
  "poet",
  "playwright",
  "director",
  "producer",
  "filmmaker",
  "photographer",
  "musician",
  "composer",
  "pianist",
  "violinist",
  "drummer",
  "guitarist",
  "dancer",
  "baker",
  "butcher",
  "shopkeeper",
  "owner",
  "landlord",
  "tenant",
  "resident",
  "neighbour",
  "neighbor",
  "witness",
  "survivor",
  "victim",
  "passenger",
  "motorist",
  "cyclist",
  "pensioner",
  "grandmother",
  "grandfather",
  "mum",
  "dad",
  "mother",
  "father",
  "student",
  "pupil",
  "scientist",
  "researcher",
  "biologist",
  "physicist",
  "chemist",
  "economist",
  "historian",
  "professor",
  "lecturer",
  "doctor",
  "surgeon",
  "paramedic",
  "firefighter",
  "officer",
  "constable",
  "sergeant",
  "inspector",
  "detective",
  "soldier",
  "veteran",
  "lawyer",
  "solicitor",
  "barrister",
  "judge",
  "campaigner",
  "activist",
  "protester",
  "organiser",
  "organizer",
  "volunteer",
  "entrepreneur",
  "businessman",
  "businesswoman",
  "billionaire",
  "investor",
  "banker",
  "broker",
  "analyst",
  "strategist",
  "consultant",
  "pollster",
  "blogger",
  "journalist",
  "reporter",
  "columnist",
  "broadcaster",
  "presenter",
  "host",
  "comedian",
  "actor",
  "actress",
  "rapper",
  "star",
  "champion",
  "winner",
  "coach",
  "councillor",
  "councilman",
  "councilwoman",
  "alderman",
  "lawmaker",
  "legislator",
  "delegate",
  "adviser",
  "advisor",
  "aide",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "commissioner",
  "superintendent",
  "mayor"
]);
var HEAD_NOUNS = /* @__PURE__ */ new Set([
  "chief",
  "head",
  "boss",
  "leader",
  "chair",
  "chairman",
  "chairwoman",
  "president",
  "director",
  "ceo",
  "founder",
  "secretary-general",
  "director-general",
  "governor",
  "commander",
  "chancellor"
]);
var SPOKES_NOUNS = /* @__PURE__ */ new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "aide",
  "adviser",
  "advisor",
  "official",
  "source",
  "staffer",
  "surrogate",
  "representative",
  "counsel",
  "lawyer",
  "attorney",
  "manager",
  "strategist",
  "press"
]);
var ENGLISH_PRONOUNS = {
  he: "m",
  she: "f",
  they: "plural",
  it: "org",
  i: null,
  we: "plural",
  him: "m",
  her: "f"
};
var PRONOUNS_ABROAD = {
  fr: { il: "m", elle: "f" },
  de: { er: "m", sie: "f" },
  es: { \u00E9l: "m", ella: "f" },
  it: { lui: "m", lei: "f" }
};
var SPEAKER_PRONOUNS = wordTable(Object.assign({}, ENGLISH_PRONOUNS, ...Object.values(PRONOUNS_ABROAD)));
var ENGLISH_PRONOUN_SET = new Set(Object.keys(ENGLISH_PRONOUNS));
var PRONOUNS_BY_LANGUAGE = new Map(
  Object.entries(PRONOUNS_ABROAD).map(([language, words3]) => [language, /* @__PURE__ */ new Set([...ENGLISH_PRONOUN_SET, ...Object.keys(words3)])])
);
var speakerPronounsFor = (language) => (language ? PRONOUNS_BY_LANGUAGE.get(language) : void 0) ?? ENGLISH_PRONOUN_SET;
var FEMALE_NAMES = /* @__PURE__ */ new Set([
  "hillary",
  "nancy",
  "elizabeth",
  "kamala",
  "sarah",
  "michelle",
  "melania",
  "ivanka",
  "kellyanne",
  "donna",
  "debbie",
  "jill",
  "huma",
  "theresa",
  "angela",
  "ursula",
  "marine",
  "liz",
  "mary",
  "patricia",
  "jennifer",
  "linda",
  "barbara",
  "susan",
  "jessica",
  "karen",
  "lisa",
  "betty",
  "margaret",
  "sandra",
  "ashley",
  "kimberly",
  "emily",
  "michelle",
  "carol",
  "amanda",
  "melissa",
  "deborah",
  "stephanie",
  "rebecca",
  "laura",
  "sharon",
  "cynthia",
  "kathleen",
  "amy",
  "shirley",
  "anna",
  "angela",
  "ruth",
  "brenda",
  "pamela",
  "nicole",
  "katherine",
  "samantha",
  "christine",
  "catherine",
  "virginia",
  "rachel",
  "janet",
  "emma",
  "maria",
  "heather",
  "diane",
  "julie",
  "joyce",
  "victoria",
  "kelly",
  "christina",
  "lauren",
  "joan",
  "evelyn",
  "olivia",
  "judith",
  "megyn",
  "loretta",
  "condoleezza",
  "madeleine",
  "nikki",
  "kirsten",
  "tammy",
  "claire",
  "dianne",
  "susana",
  "jeanne",
  "gennifer",
  "juanita",
  "kathleen",
  "paula",
  "alicia",
  "ava",
  "gretchen",
  "katie",
  "andrea",
  "jane",
  "sally",
  "anne",
  "ann",
  "helen",
  "alice",
  "julia",
  "grace",
  "rosa",
  "carly",
  "jan",
  "kathy",
  "kate",
  "natalie"
]);
var MALE_NAMES = /* @__PURE__ */ new Set([
  "donald",
  "barack",
  "joe",
  "bill",
  "bernie",
  "mike",
  "tim",
  "paul",
  "mitch",
  "ted",
  "marco",
  "jeb",
  "chris",
  "john",
  "james",
  "robert",
  "michael",
  "william",
  "david",
  "richard",
  "joseph",
  "thomas",
  "charles",
  "christopher",
  "daniel",
  "matthew",
  "anthony",
  "mark",
  "steven",
  "andrew",
  "kenneth",
  "joshua",
  "kevin",
  "brian",
  "george",
  "timothy",
  "ronald",
  "edward",
  "jason",
  "jeffrey",
  "ryan",
  "jacob",
  "gary",
  "nicholas",
  "eric",
  "jonathan",
  "stephen",
  "larry",
  "justin",
  "scott",
  "brandon",
  "benjamin",
  "samuel",
  "gregory",
  "frank",
  "alexander",
  "raymond",
  "patrick",
  "jack",
  "dennis",
  "jerry",
  "tyler",
  "aaron",
  "jose",
  "adam",
  "henry",
  "nathan",
  "douglas",
  "zachary",
  "peter",
  "kyle",
  "walter",
  "ethan",
  "jeremy",
  "harold",
  "keith",
  "christian",
  "roger",
  "noah",
  "gerald",
  "carl",
  "terry",
  "sean",
  "austin",
  "arthur",
  "lawrence",
  "jesse",
  "dylan",
  "bryan",
  "jordan",
  "billy",
  "bruce",
  "albert",
  "willie",
  "gabriel",
  "logan",
  "alan",
  "juan",
  "wayne",
  "roy",
  "ralph",
  "randy",
  "eugene",
  "vincent",
  "russell",
  "elijah",
  "louis",
  "bobby",
  "philip",
  "johnny",
  "vladimir",
  "dmitry",
  "olaf",
  "emmanuel",
  "volodymyr",
  "rishi",
  "boris",
  "xi",
  "recep",
  "reince",
  "newt",
  "rudy",
  "rudolph",
  "reid",
  "harry",
  "lindsey",
  "rand",
  "rick",
  "jim",
  "tom",
  "bob",
  "dick",
  "al",
  "steve",
  "jeff",
  "dan",
  "ben",
  "sam",
  "greg",
  "matt",
  "nick",
  "tony",
  "ken",
  "ron",
  "don",
  "doug",
  "pat",
  "corey",
  "kellen",
  "jared",
  "eric",
  "hunter",
  "beto",
  "pete",
  "cory",
  "steffen",
  "sergei",
  "sergey",
  "viktor",
  "mohammed",
  "muhammad",
  "ali",
  "ahmed",
  "omar",
  "abdul",
  "jean",
  "pierre",
  "francois",
  "jacques",
  "hans",
  "karl",
  "friedrich",
  "wolfgang",
  "giuseppe",
  "mario",
  "luigi",
  "carlos",
  "luis",
  "miguel",
  "pedro",
  "len",
  "gov",
  "evan",
  "gary",
  "mitt",
  "rex",
  "jeh",
  "loretta",
  "ash",
  "kim",
  "jong",
  "shinzo",
  "narendra",
  "justin",
  "keir",
  "nigel",
  "jeremy",
  "gordon",
  "tony",
  "david",
  "nicolas",
  "silvio",
  "benjamin",
  "bibi"
]);
var NOT_NAME_WORDS2 = /* @__PURE__ */ new Set([
  "the",
  "a",
  "an",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "his",
  "her",
  "their",
  "our",
  "my",
  "its",
  "this",
  "that",
  "these",
  "those",
  "but",
  "and",
  "or",
  "so",
  "if",
  "when",
  "while",
  "as",
  "in",
  "on",
  "at",
  "for",
  "to",
  "of",
  "with",
  "by",
  "from",
  "after",
  "before",
  "then",
  "there",
  "here",
  "what",
  "why",
  "how",
  "who",
  "whom",
  "whose",
  "which",
  "where",
  "yes",
  "no",
  "not",
  "now",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "asked",
  "still",
  "also",
  "yet",
  "even",
  "just",
  "only",
  "all",
  "some",
  "many",
  "most",
  "more",
  "both",
  "each",
  "every",
  "any",
  "one",
  "two",
  "three",
  "four",
  "five",
  "ten",
  "since",
  "until",
  "though",
  "although",
  "because",
  "however",
  "meanwhile",
  "instead",
  "indeed",
  "later",
  "earlier",
  "last",
  "next",
  "according",
  "despite",
  "during",
  "over",
  "under",
  "about",
  "among",
  "between",
  "into",
  "through",
  "without",
  "within",
  "against",
  "do",
  "does",
  "did",
  "is",
  "are",
  "was",
  "were",
  "be",
  "will",
  "would",
  "can",
  "could",
  "should",
  "may",
  "might",
  "must",
  "let",
  "let\u2019s",
  "let's",
  "thanks",
  "please",
  "well",
  "oh",
  "ok",
  "okay",
  "hey",
  "look",
  "today",
  "tomorrow",
  "yesterday",
  "tonight",
  "am",
  "pm",
  "said",
  "says",
  "say",
  "told",
  "added",
  "like",
  "unlike",
  "whether",
  "once",
  "perhaps",
  "maybe",
  "again",
  "other",
  "another",
  "such",
  "much",
  "very",
  "too",
  "than",
  "up",
  "down",
  "out",
  "off",
  "away",
  "first",
  "second",
  "new",
  "old",
  "big",
  "good",
  "great",
  "best",
  "worst",
  "top",
  "breaking",
  "update",
  "read",
  "watch",
  "video",
  "photo",
  "photos",
  "live",
  "exclusive",
  "opinion",
  "analysis",
  "editor\u2019s",
  "note",
  "advertisement",
  "related",
  "see",
  "click",
  "share",
  "follow",
  "subscribe",
  "ap",
  "afp",
  "reuters",
  "mr",
  "mrs",
  "ms",
  "dr",
  "sen",
  "gov",
  "rep",
  "president",
  "q",
  "a",
  "st",
  "no.",
  "vs",
  "via",
  "why",
  "everyone",
  "everybody",
  "someone",
  "nobody",
  "none",
  "nothing",
  "something",
  "anything",
  "people",
  "thank",
  "god",
  "lord",
  "sir",
  "ma\u2019am",
  "folks",
  "ladies",
  "gentlemen",
  "dear",
  "hello",
  "hi",
  "amen",
  "election",
  "day",
  "night",
  "week",
  "month",
  "year",
  "years",
  "times",
  "news",
  "more",
  "here\u2019s",
  "there\u2019s",
  "it\u2019s",
  "that\u2019s",
  "what\u2019s",
  "i\u2019m",
  "we\u2019re",
  "you\u2019re",
  "they\u2019re",
  "don\u2019t",
  "isn\u2019t",
  "wasn\u2019t",
  // sentence openers abroad that are no part of a name ("Selon Bruno Le Maire", "Laut Markus Söder")
  "selon",
  "laut",
  "seg\xFAn",
  "secondo",
  "pour",
  "f\xFCr",
  "para",
  "mais",
  "aber",
  "pero",
  "et",
  "und"
]);
var NAME_PARTICLES = /* @__PURE__ */ new Set([
  "de",
  "van",
  "von",
  "der",
  "den",
  "da",
  "di",
  "du",
  "la",
  "le",
  "del",
  "bin",
  "al",
  "ibn",
  "ben",
  "dos",
  "das",
  "ter",
  "zu",
  "y"
]);
var NAME_SUFFIXES = /* @__PURE__ */ new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);
var NOT_PERSON_WORDS = /* @__PURE__ */ new Set([
  "crisis",
  "war",
  "wars",
  "act",
  "day",
  "law",
  "street",
  "avenue",
  "road",
  "square",
  "hall",
  "tower",
  "bridge",
  "airport",
  "station",
  "park",
  "river",
  "island",
  "islands",
  "mountain",
  "mountains",
  "sea",
  "ocean",
  "bay",
  "lake",
  "valley",
  "county",
  "province",
  "region",
  "city",
  "republic",
  "kingdom",
  "empire",
  "federation",
  "cup",
  "league",
  "olympics",
  "games",
  "award",
  "awards",
  "prize",
  "festival",
  "summit",
  "conference",
  "convention",
  "agreement",
  "treaty",
  "accord",
  "accords",
  "plan",
  "program",
  "programme",
  "operation",
  "declaration",
  "constitution",
  "amendment",
  "revolution",
  "movement",
  "debate",
  "debates",
  "primary",
  "caucuses",
  "election",
  "elections",
  "building",
  "palace",
  "castle",
  "church",
  "cathedral",
  "stadium",
  "arena",
  "center",
  "centre",
  "museum",
  "library",
  "hotel",
  "tv",
  "radio",
  "show",
  "series",
  "channel",
  "online",
  "network",
  "model",
  "index",
  "poll",
  "polls",
  "survey",
  "report",
  "rule",
  "rules",
  "doctrine",
  "era",
  "age",
  "period",
  "state",
  "states",
  "coast",
  "peninsula",
  "strait",
  "gulf",
  "canal",
  "desert",
  "forest",
  "trail",
  "highway",
  "drive",
  "boulevard",
  "lane",
  "place",
  "heights",
  "hills",
  "beach",
  "harbor",
  "harbour",
  "port",
  "district",
  "zone",
  "border",
  "wall",
  "house",
  "office",
  "room",
  "floor",
  "fire",
  "storm",
  "hurricane",
  "virus",
  "pandemic",
  "day",
  "week",
  "month",
  "year",
  "eve",
  "night",
  "morning",
  "christmas",
  "easter",
  "party",
  "parties",
  "times",
  "post",
  "news",
  "journal",
  "magazine",
  "daily",
  "weekly",
  "review",
  "street",
  "bank",
  "market",
  "exchange",
  "index",
  "dollar",
  "euro",
  "pound",
  "rouble",
  "ruble",
  "yuan",
  // places and venues ("Walnut Creek", "Saratoga Springs", "Ryman Auditorium")
  "creek",
  "springs",
  "falls",
  "view",
  "auditorium",
  "amphitheatre",
  "amphitheater",
  "theatre",
  "theater",
  "pavilion",
  "embassy",
  "consulate",
  "campus",
  "airbase",
  "base",
  "prison",
  "hospital",
  "clinic",
  "school",
  "college",
  "university",
  // events and works ("Agenda Symposium", "Dow Jones Industrial Average")
  "symposium",
  "forum",
  "expo",
  "average",
  "roundup",
  "tour",
  "album",
  "edition",
  // recordings and texts of what someone said ("President Obama Speech at …" over an embedded video)
  "speech",
  "speeches",
  "video",
  "interview",
  "statement",
  "remarks",
  "transcript",
  "testimony",
  "podcast"
]);
var EAST_ASIAN_FAMILY_NAMES = /* @__PURE__ */ new Set([
  "li",
  "wang",
  "zhang",
  "liu",
  "chen",
  "yang",
  "huang",
  "zhao",
  "wu",
  "zhou",
  "xu",
  "sun",
  "ma",
  "zhu",
  "hu",
  "guo",
  "lin",
  "gao",
  "luo",
  "xi",
  "xie",
  "han",
  "tang",
  "feng",
  "deng",
  "cao",
  "peng",
  "zeng",
  "xiao",
  "tian",
  "dong",
  "pan",
  "yuan",
  "cai",
  "jiang",
  "yu",
  "du",
  "ye",
  "cheng",
  "wei",
  "su",
  "lu",
  "ding",
  "shen",
  "ren",
  "yao",
  "kim",
  "park",
  "choi",
  "jung",
  "kang",
  "cho",
  "yoon",
  "jang",
  "lim",
  "nguyen",
  "tran",
  "pham",
  "hoang",
  "phan",
  "vu",
  "dang",
  "bui",
  "ngo",
  "duong"
]);
var ADDRESS_TITLES = /* @__PURE__ */ new Set(["president", "speaker", "chairman", "chairwoman", "chair", "secretary", "mayor", "ambassador", "minister", "governor", "senator", "premier", "chancellor", "commissioner", "director"]);
var NAME_LIKE_SENTENCE_WORDS = /* @__PURE__ */ new Set(["jan"]);
var PAGEANT_TITLES = /* @__PURE__ */ new Set(["Universe", "World", "America", "USA", "Earth", "International", "Teen", "England", "Scotland", "Wales", "Ireland", "India", "France", "Italia"]);

// electron/text/clean/index.ts
var TRACE_TEXT = 80;
var HEADER_REACH = 4;
var HEADER_LINE_MAX_WORDS2 = 16;
var MAX_STANDFIRSTS = 1;
var DEDUPE_MIN_WORDS = 20;
var LIST_ITEM_WEIGHT = 0.3;
var CREDITED_CAPTION_MAX_WORDS = 60;
var LEAD_PICTURE_REACH = 2;
var DEFAULT_DATE_ORDER = "dmy";
function isoDay(s) {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(s.trim());
  return m ? m[1] + (m[2] ?? "") : null;
}
function reference(captured, now) {
  if (captured) return captured.length === 10 ? `${captured}T12:00:00` : captured;
  return now ?? null;
}
var Labels = class {
  kind;
  /** (a block's decision stands for its reason: its text is put together only when the trace reads it) */
  why;
  constructor(n) {
    this.kind = new Array(n).fill(void 0);
    this.why = new Array(n).fill("");
  }
  set(i, kind, why) {
    this.kind[i] = kind;
    this.why[i] = why;
  }
  has(i) {
    return this.kind[i] !== void 0;
  }
  reason(i) {
    const why = this.why[i];
    return typeof why === "string" ? why : why.reason;
  }
};
function cleanPart(part, lang, dateCtx, options, captured, trace) {
  const { blocks, features, verdicts } = part;
  const texts = blocks.map((b) => b.text);
  const listItems = introducedLists(texts, verdicts, features, part.memos);
  const weights = contextWeights(signUpSmallPrint(verdicts.map((v, i) => listItems.has(i) ? features[i].words * LIST_ITEM_WEIGHT : blockWeight(v, features[i])), verdicts), verdicts, features);
  const contentWords = verdicts.map((v, i) => v.cls === "good" || v.cls === "near" ? features[i].words : 0);
  const tables = tableRuns(texts, verdicts, features, part.memos);
  const tableRows = /* @__PURE__ */ new Set();
  for (const t of tables) for (let k = t.start; k < t.end; k++) tableRows.add(k);
  const region = withTables(leadAboveBox(mainRegion(weights, 0, articleLimit(texts, contentWords, part.memos)), texts, verdicts, features), tables, verdicts);
  const decisions = smooth(verdicts, features, region, listItems, tableRows);
  const header = findHeader(blocks, features, verdicts, region, lang, dateCtx, part.lowers, part.memos);
  const warnings = [...header.warnings];
  const labels = new Labels(blocks.length);
  if (header.titleIndex >= 0) {
    for (const i of header.used) if (blocks[i].text === blocks[header.titleIndex].text) labels.set(i, "title", "headline");
  }
  if (header.subtitleIndex >= 0) labels.set(header.subtitleIndex, "subtitle", "sentence under the headline");
  if (header.bylineIndex >= 0) labels.set(header.bylineIndex, "byline", "byline shape");
  if (header.publishedIndex >= 0) labels.set(header.publishedIndex, "date", "published date");
  if (header.capturedIndex >= 0) labels.set(header.capturedIndex, "captured", "date at the top of the page");
  let headerEnd = -1;
  for (const i of header.used) {
    if (i < region.start + HEADER_REACH && i < region.end && i > headerEnd && features[i].words <= HEADER_LINE_MAX_WORDS2) headerEnd = i;
  }
  let standfirsts = 0;
  for (let i = region.start; i < headerEnd; i++) if (decisions[i].keep && verdicts[i].cls === "good" && i !== header.titleIndex) standfirsts++;
  if (standfirsts > MAX_STANDFIRSTS) headerEnd = -1;
  const memos = part.memos;
  const captions = [];
  const paragraphs = [];
  const bodyIndex = [];
  const seen = /* @__PURE__ */ new Set();
  const captionFrom = Math.max(0, (header.titleIndex >= 0 ? header.titleIndex : region.start) - 1);
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i].text;
    if (labels.has(i)) continue;
    if (header.used.has(i)) {
      labels.set(i, "header", "header line (date or byline)");
      continue;
    }
    const memo = memos[i];
    const inArticle = (i >= captionFrom || i >= captionFrom - LEAD_PICTURE_REACH && lineTest(memo, LINE_TESTS.endsWithCredit, text, endsWithCredit)) && i < region.end;
    if (inArticle && (isCaption(text, features[i], memo) && (verdicts[i].cls !== "good" || lineTest(memo, LINE_TESTS.endsWithCredit, text, endsWithCredit) || lineTest(memo, LINE_TESTS.galleryCaption, text, isGalleryCaption)) || features[i].words <= CREDITED_CAPTION_MAX_WORDS && !verdicts[i].reason.startsWith("boilerplate") && (creditBelow(blocks, i, memos) || features[i].words >= 3 && underCaptionLabel(blocks, i)))) {
      if (lineTest(memo, LINE_TESTS.creditOnly, text, isCreditOnly)) {
        labels.set(i, "dropped", "photo credit");
        continue;
      }
      captions.push(withoutLinkLabel(withoutCounter(text.replace(REGEXPS4.captionOpener, ""))));
      labels.set(i, "caption", "caption shape (position word or photo credit)");
      continue;
    }
    const d = decisions[i];
    if (d.keep && i <= headerEnd) {
      labels.set(i, "dropped", "above the byline/date: header");
      continue;
    }
    if (d.keep && lineTest(memo, LINE_TESTS.creditOnly, text, isCreditOnly)) {
      labels.set(i, "dropped", "photo credit");
      continue;
    }
    const printedAgain = features[i].repeated > 0;
    if (d.keep && printedAgain && features[i].words >= DEDUPE_MIN_WORDS && seen.has(text)) {
      labels.set(i, "dropped", "paragraph printed twice (gallery, teaser)");
      continue;
    }
    if (d.keep) {
      paragraphs.push(text);
      bodyIndex.push(i);
      if (printedAgain) seen.add(text);
      labels.set(i, "body", d);
    } else labels.set(i, "dropped", d);
  }
  const tail = tailStart(paragraphs, bodyIndex.map((i) => memos[i]), header.byline?.authors);
  if (tail >= 0) {
    for (let k = tail; k < paragraphs.length; k++) labels.set(bodyIndex[k], "dropped", "about the company / author (tail)");
    paragraphs.length = tail;
    bodyIndex.length = tail;
  }
  let dateline = null;
  let agencyFromDateline = null;
  let dateFromDateline = null;
  if (paragraphs.length) {
    const dl = readDateline(paragraphs[0], memos[bodyIndex[0]]);
    if (dl) {
      dateline = dl.place;
      agencyFromDateline = dl.agency;
      dateFromDateline = dl.date;
      paragraphs[0] = dl.rest;
      labels.set(bodyIndex[0], "body", `dateline "${dl.place}" cut off`);
    }
  }
  const body2 = paragraphs.join("\n\n");
  const furniture = [];
  const furnitureMemos = [];
  for (let i = 0; i < blocks.length; i++) if (labels.kind[i] !== "body") {
    furniture.push(blocks[i].text);
    furnitureMemos.push(part.memos[i]);
  }
  const headerLines = blocks.slice(Math.max(0, header.titleIndex), Math.max(0, region.start)).map((b) => b.text);
  let sourceFound = options.source ? { source: options.source, how: "option" } : findSource(furniture, headerLines, furnitureMemos, header.byline?.publication);
  if (!sourceFound && agencyFromDateline) {
    sourceFound = { source: DATELINE_AGENCY_NAMES[agencyFromDateline.toLowerCase()] ?? agencyFromDateline, how: "dateline agency" };
    warnings.push("no publication named on the page; the agency of the dateline is used");
  }
  let byline = header.byline;
  if (options.byline) byline = parseByline(`By ${options.byline}`) ?? { byline: options.byline, authors: [], agencyOnly: false, strength: 2 };
  if (!byline && agencyFromDateline) byline = parseByline(agencyFromDateline);
  let published = header.published?.iso ?? null;
  if (!published && dateFromDateline) {
    published = findDates(dateFromDateline, dateCtx, lang)[0]?.iso ?? null;
    if (published) warnings.push("the date was read from the dateline");
  }
  if (options.published) published = isoDay(options.published) ?? published;
  let title = header.title;
  if (options.title) title = options.title;
  if (!title && options.fileName) {
    title = options.fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ").trim() || null;
    if (title) warnings.push("no headline found in the text; the file name is used");
  }
  if (!title) warnings.push("no headline found");
  if (!published) warnings.push("no publication date found");
  if (!body2) warnings.push("no article text found");
  const language = !body2 || isScriptLanguage(lang) ? lang : languageOfHits(part.words, part.hits, bodyIndex, lang);
  const goodWords = bodyIndex.reduce((s, i) => s + (verdicts[i].cls === "good" ? features[i].words : 0), 0);
  const bodyWords = bodyIndex.reduce((s, i) => s + features[i].words, 0);
  if (trace) {
    for (let i = 0; i < blocks.length; i++) {
      const labelled = labels.kind[i] !== void 0;
      const label = labelled ? labels.kind[i] : "dropped";
      const reason = labelled ? labels.reason(i) : decisions[i].reason;
      trace.push({ block: i + part.offset, text: blocks[i].text.slice(0, TRACE_TEXT), label, reason });
    }
  }
  return {
    title,
    subtitle: header.subtitle,
    published,
    captured,
    byline: byline?.byline ?? null,
    authors: byline?.authors ?? [],
    source: sourceFound?.source ?? null,
    dateline,
    language,
    captions,
    body: body2,
    confidence: {
      title: options.title ? 1 : header.title ? header.confidence.title : 0,
      published: options.published ? 1 : header.confidence.published,
      byline: options.byline ? 1 : byline ? header.confidence.byline || 0.5 : 0,
      body: bodyWords ? Math.min(0.95, 0.4 + 0.5 * goodWords / bodyWords + Math.min(0.05, paragraphs.length / 200)) : 0
    },
    warnings
  };
}
function tailStart(paragraphs, memos = [], authors = []) {
  const from = Math.max(TAIL_MIN_PARAGRAPHS, Math.floor(paragraphs.length * TAIL_FROM_SHARE));
  for (let k = from; k < paragraphs.length; k++) {
    if (lineTest(memos[k], LINE_TESTS.aboutTail, paragraphs[k], opensTail)) return k;
    if (authors.length && authorBio(paragraphs[k], authors)) return k;
  }
  return -1;
}
var AUTHOR_BIO_MAX_WORDS = 60;
var AUTHOR_BIO_VERB = /^,?\s+(?:is|was|has been|teaches|works|writes|lives|covers|reports on|edits|joined)\b/;
var LEADING_HONORIFIC = new RegExp(`^(?:${Object.keys(HONORIFICS).join("|")})\\.?\\s+`, "i");
function authorBio(paragraph, authors) {
  const plain = paragraph.replace(LEADING_HONORIFIC, "");
  for (const author of authors) {
    const name2 = author.replace(LEADING_HONORIFIC, "");
    if (name2.length > 3 && plain.startsWith(name2) && AUTHOR_BIO_VERB.test(plain.slice(name2.length))) {
      return plain.split(/\s+/).length <= AUTHOR_BIO_MAX_WORDS;
    }
  }
  return false;
}
var opensTail = (p) => REGEXPS4.aboutHeading.test(p) || REGEXPS4.companyBoilerplate.test(p);
var TAIL_MIN_PARAGRAPHS = 3;
var TAIL_FROM_SHARE = 0.5;
function cleanClipping(text, options = {}) {
  const input = typeof text === "string" ? text : "";
  const { blocks } = toBlocks(toLines(input), input.includes("MORE"));
  const stats = blockWords(blocks);
  const { counts: words3, hits } = stats;
  const script = scriptLanguage(input);
  const lang = script === "none" ? "en" : script ?? languageOfHits(words3, hits, blocks.map((_, i) => i));
  const features = measure(blocks, lang, stats);
  const hasStopwords = lang in STOPWORDS;
  const verdicts = blocks.map((b, i) => classify(b.text, features[i], hasStopwords, stats.memos[i]));
  const texts = blocks.map((b) => b.text);
  markTeaserRuns(texts, verdicts, stats.memos);
  markCardLists(texts, verdicts);
  const evidence = dateOrderEvidence(input);
  const order = evidence.order ?? options.dateOrder ?? DEFAULT_DATE_ORDER;
  let captured = isoDay(options.captured);
  if (!captured && blocks[0] && features[0].words <= 8 && blocks.length > 1) {
    const d = findDates(blocks[0].text, { order, reference: options.now ?? null }, lang)[0];
    if (d && !d.relative && d.text.length >= blocks[0].text.length * 0.55) captured = d.iso;
  }
  const dateCtx = { order, reference: reference(captured, options.now), proven: evidence.proven };
  const trace = options.explain ? [] : null;
  const parts = splitDigest(blocks, features, verdicts, stats.memos);
  const articles = parts.map((p) => {
    const piece = (all) => p.start === 0 && p.end === all.length ? all : all.slice(p.start, p.end);
    return cleanPart(
      { blocks: piece(blocks), words: words3.subarray(p.start, p.end), hits: hitRows(hits, p.start, p.end), features: piece(features), verdicts: piece(verdicts), offset: p.start, lowers: piece(stats.lowers), memos: piece(stats.memos) },
      lang,
      dateCtx,
      options,
      captured,
      trace
    );
  });
  if (!evidence.proven && !options.dateOrder) {
    for (const a of articles) {
      if (a.warnings.some((w) => w.startsWith("ambiguous date"))) a.warnings.push("no day-month evidence in the text; set dateOrder to be sure");
    }
  }
  return { articles, trace: trace ?? [] };
}

// electron/text/quotes/01-paragraphs.ts
var PARAGRAPH_BREAK_RE = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
var PARAGRAPH_END_RE = /(?:[.!?:…"”’)\]]|[.!?,]['’"”])\s*$/u;
var LINE_PARAGRAPH_RATIO = 0.6;
function splitParagraphs(body2) {
  const out = [];
  let index = 0;
  let start = 0;
  const push = (from, to) => {
    const text = body2.slice(from, to);
    if (!text.trim()) return;
    if (!text.includes("\n")) {
      out.push({ index: index++, unit: out.length, start: from, text });
      return;
    }
    const lines = text.split("\n");
    const ends = lines.slice(0, -1).filter((l) => PARAGRAPH_END_RE.test(l)).length;
    if (lines.length > 1 && ends / (lines.length - 1) >= LINE_PARAGRAPH_RATIO) {
      let at = from;
      for (const line of lines) {
        if (line.trim()) out.push({ index, unit: out.length, start: at, text: line });
        at += line.length + 1;
      }
    } else out.push({ index, unit: out.length, start: from, text });
    index++;
  };
  const re = PARAGRAPH_BREAK_RE;
  re.lastIndex = 0;
  for (let m = re.exec(body2); m !== null; m = re.exec(body2)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, body2.length);
  return out;
}

// electron/text/lexicon/quote-marks.ts
var QUOTE_PAIRS = {
  "\u201C": { close: ["\u201D", "\u201C", '"'], single: false, symmetric: false },
  // “ … ”  (English)
  '"': { close: ['"', "\u201D"], single: false, symmetric: true },
  // " … "  (typewriter; “…" typed sloppily)
  "\u201E": { close: ["\u201C", "\u201D"], single: false, symmetric: false },
  // „ … “  (German, Polish „…”)
  "\xAB": { close: ["\xBB"], single: false, symmetric: false },
  // « … »  (French, Russian)
  "\xBB": { close: ["\xAB"], single: false, symmetric: false },
  // » … «  (German books)
  "\u300C": { close: ["\u300D"], single: false, symmetric: false },
  // 「 … 」 (CJK)
  "\u300E": { close: ["\u300F"], single: false, symmetric: false },
  // 『 … 』 (CJK, nested)
  "\u2018": { close: ["\u2019"], single: true, symmetric: false },
  // ‘ … ’  (British primary)
  "'": { close: ["'", "\u2019"], single: true, symmetric: true },
  // ' … '  (typewriter single)
  "\u201A": { close: ["\u2018", "\u2019"], single: true, symmetric: false },
  // ‚ … ‘  (German single)
  "\u2039": { close: ["\u203A"], single: true, symmetric: false }
  // ‹ … ›  (French single)
};
var ALL_QUOTE_MARKS = /* @__PURE__ */ new Set([
  ...Object.keys(QUOTE_PAIRS),
  ...Object.values(QUOTE_PAIRS).flatMap((p) => p.close)
]);
var DOUBLE_APOSTROPHE = "''";
var READ_DOUBLE_APOSTROPHES = false;

// electron/text/lexicon/places.ts
var COUNTRIES = [
  ["United States", ["US", "U.S.", "U.S", "USA", "U.S.A.", "United States of America", "America", "the States"], ["American", "Americans", "US"]],
  ["United Kingdom", ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"], ["British", "Briton", "Britons"]],
  ["Russia", ["Russian Federation"], ["Russian", "Russians"]],
  ["Ukraine", ["the Ukraine"], ["Ukrainian", "Ukrainians"]],
  ["Germany", ["Federal Republic of Germany"], ["German", "Germans"]],
  ["France", [], ["French"]],
  ["China", ["People's Republic of China", "PRC"], ["Chinese"]],
  ["Japan", [], ["Japanese"]],
  ["India", [], ["Indian", "Indians"]],
  ["Pakistan", [], ["Pakistani"]],
  ["Afghanistan", [], ["Afghan", "Afghans"]],
  ["Iran", [], ["Iranian", "Iranians"]],
  ["Iraq", [], ["Iraqi", "Iraqis"]],
  ["Syria", [], ["Syrian", "Syrians"]],
  ["Israel", [], ["Israeli", "Israelis"]],
  ["Palestine", ["Palestinian territories"], ["Palestinian", "Palestinians"]],
  ["Lebanon", [], ["Lebanese"]],
  ["Jordan", [], ["Jordanian"]],
  ["Egypt", [], ["Egyptian", "Egyptians"]],
  ["Saudi Arabia", [], ["Saudi", "Saudis"]],
  ["Turkey", ["T\xFCrkiye"], ["Turkish", "Turks"]],
  ["Yemen", [], ["Yemeni"]],
  ["Qatar", [], ["Qatari"]],
  ["United Arab Emirates", ["UAE"], ["Emirati"]],
  ["Libya", [], ["Libyan"]],
  ["Nigeria", [], ["Nigerian"]],
  ["South Africa", [], ["South African"]],
  ["Kenya", [], ["Kenyan"]],
  ["Ethiopia", [], ["Ethiopian"]],
  ["Mexico", [], ["Mexican", "Mexicans"]],
  ["Canada", [], ["Canadian", "Canadians"]],
  ["Brazil", [], ["Brazilian"]],
  ["Argentina", [], ["Argentine", "Argentinian"]],
  ["Venezuela", [], ["Venezuelan"]],
  ["Colombia", [], ["Colombian"]],
  ["Cuba", [], ["Cuban", "Cubans"]],
  ["Chile", [], ["Chilean"]],
  ["Peru", [], ["Peruvian"]],
  ["Australia", [], ["Australian", "Australians"]],
  ["New Zealand", [], ["New Zealander"]],
  ["Italy", [], ["Italian", "Italians"]],
  ["Spain", [], ["Spanish"]],
  ["Portugal", [], ["Portuguese"]],
  ["Netherlands", ["Holland", "the Netherlands"], ["Dutch"]],
  ["Belgium", [], ["Belgian"]],
  ["Switzerland", [], ["Swiss"]],
  ["Austria", [], ["Austrian"]],
  ["Poland", [], ["Polish", "Poles"]],
  ["Hungary", [], ["Hungarian"]],
  ["Czech Republic", ["Czechia"], ["Czech"]],
  ["Slovakia", [], ["Slovak"]],
  ["Romania", [], ["Romanian"]],
  ["Bulgaria", [], ["Bulgarian"]],
  ["Greece", [], ["Greek", "Greeks"]],
  ["Serbia", [], ["Serbian", "Serbs"]],
  ["Croatia", [], ["Croatian"]],
  ["Sweden", [], ["Swedish", "Swedes"]],
  ["Norway", [], ["Norwegian"]],
  ["Denmark", [], ["Danish"]],
  ["Finland", [], ["Finnish"]],
  ["Estonia", [], ["Estonian"]],
  ["Latvia", [], ["Latvian"]],
  ["Lithuania", [], ["Lithuanian"]],
  ["Belarus", [], ["Belarusian"]],
  ["Moldova", [], ["Moldovan"]],
  ["Georgia", [], ["Georgian"]],
  ["Armenia", [], ["Armenian"]],
  ["Azerbaijan", [], ["Azerbaijani"]],
  ["Kazakhstan", [], ["Kazakh"]],
  ["Ireland", [], ["Irish"]],
  ["North Korea", ["DPRK"], ["North Korean", "North Koreans"]],
  ["South Korea", [], ["South Korean", "South Koreans"]],
  ["Vietnam", [], ["Vietnamese"]],
  ["Thailand", [], ["Thai"]],
  ["Indonesia", [], ["Indonesian"]],
  ["Malaysia", [], ["Malaysian"]],
  ["Philippines", ["the Philippines"], ["Filipino"]],
  ["Singapore", [], ["Singaporean"]],
  ["Taiwan", [], ["Taiwanese"]],
  ["Soviet Union", ["USSR"], ["Soviet"]],
  // the other states of the world ("Chad" is left out: a given name far more often than the country in print)
  ["Albania", [], ["Albanian", "Albanians"]],
  ["Algeria", [], ["Algerian", "Algerians"]],
  ["Andorra", [], ["Andorran"]],
  ["Angola", [], ["Angolan"]],
  ["Bahrain", [], ["Bahraini"]],
  ["Bangladesh", [], ["Bangladeshi", "Bangladeshis"]],
  ["Bhutan", [], ["Bhutanese"]],
  ["Bolivia", [], ["Bolivian"]],
  ["Bosnia and Herzegovina", ["Bosnia"], ["Bosnian", "Bosnians"]],
  ["Botswana", [], []],
  ["Brunei", [], ["Bruneian"]],
  ["Burkina Faso", [], ["Burkinabe"]],
  ["Burundi", [], ["Burundian"]],
  ["Cambodia", [], ["Cambodian", "Cambodians"]],
  ["Cameroon", [], ["Cameroonian"]],
  ["Costa Rica", [], ["Costa Rican"]],
  ["C\xF4te d'Ivoire", ["Ivory Coast"], ["Ivorian"]],
  ["Cyprus", [], ["Cypriot", "Cypriots"]],
  ["Democratic Republic of Congo", ["DR Congo", "DRC", "Democratic Republic of the Congo"], ["Congolese"]],
  ["Republic of the Congo", ["Congo-Brazzaville"], []],
  ["Djibouti", [], []],
  ["Dominican Republic", [], []],
  ["Ecuador", [], ["Ecuadorian", "Ecuadorean"]],
  ["El Salvador", [], ["Salvadoran", "Salvadorean"]],
  ["Eritrea", [], ["Eritrean"]],
  ["Eswatini", ["Swaziland"], []],
  ["Fiji", [], ["Fijian"]],
  ["Gabon", [], ["Gabonese"]],
  ["Gambia", ["the Gambia"], ["Gambian"]],
  ["Ghana", [], ["Ghanaian", "Ghanaians"]],
  ["Guatemala", [], ["Guatemalan"]],
  ["Guinea", [], ["Guinean"]],
  ["Haiti", [], ["Haitian", "Haitians"]],
  ["Honduras", [], ["Honduran"]],
  ["Iceland", [], ["Icelandic"]],
  ["Jamaica", [], ["Jamaican"]],
  ["Kosovo", [], ["Kosovar"]],
  ["Kuwait", [], ["Kuwaiti"]],
  ["Kyrgyzstan", [], ["Kyrgyz"]],
  ["Laos", [], ["Laotian"]],
  ["Lesotho", [], []],
  ["Liberia", [], ["Liberian"]],
  ["Luxembourg", [], []],
  ["Madagascar", [], ["Malagasy"]],
  ["Malawi", [], ["Malawian"]],
  ["Maldives", ["the Maldives"], ["Maldivian"]],
  ["Mali", [], ["Malian"]],
  ["Malta", [], ["Maltese"]],
  ["Mauritania", [], ["Mauritanian"]],
  ["Mauritius", [], ["Mauritian"]],
  ["Monaco", [], ["Monegasque"]],
  ["Mongolia", [], ["Mongolian"]],
  ["Montenegro", [], ["Montenegrin"]],
  ["Morocco", [], ["Moroccan", "Moroccans"]],
  ["Mozambique", [], ["Mozambican"]],
  ["Myanmar", ["Burma"], ["Burmese"]],
  ["Namibia", [], ["Namibian"]],
  ["Nepal", [], ["Nepali", "Nepalese"]],
  ["Nicaragua", [], ["Nicaraguan"]],
  ["Niger", [], ["Nigerien"]],
  ["North Macedonia", ["Macedonia"], ["Macedonian"]],
  ["Oman", [], ["Omani"]],
  ["Panama", [], ["Panamanian"]],
  ["Papua New Guinea", [], []],
  ["Paraguay", [], ["Paraguayan"]],
  ["Rwanda", [], ["Rwandan"]],
  ["Senegal", [], ["Senegalese"]],
  ["Sierra Leone", [], ["Sierra Leonean"]],
  ["Slovenia", [], ["Slovenian", "Slovene"]],
  ["Somalia", [], ["Somali", "Somalis"]],
  ["South Sudan", [], ["South Sudanese"]],
  ["Sri Lanka", [], ["Sri Lankan", "Sri Lankans"]],
  ["Sudan", [], ["Sudanese"]],
  ["Suriname", [], []],
  ["Tajikistan", [], ["Tajik"]],
  ["Tanzania", [], ["Tanzanian"]],
  ["Timor-Leste", ["East Timor"], ["Timorese"]],
  ["Togo", [], ["Togolese"]],
  ["Trinidad and Tobago", [], []],
  ["Tunisia", [], ["Tunisian"]],
  ["Turkmenistan", [], ["Turkmen"]],
  ["Uganda", [], ["Ugandan"]],
  ["Uruguay", [], ["Uruguayan"]],
  ["Uzbekistan", [], ["Uzbek"]],
  ["Zambia", [], ["Zambian"]],
  ["Zimbabwe", [], ["Zimbabwean"]],
  ["Vatican", ["Vatican City", "Holy See"], []]
];
var OTHER_PLACES = [
  "Europe",
  "Asia",
  "Africa",
  "Middle East",
  "Latin America",
  "South America",
  "North America",
  "Crimea",
  "Donbas",
  "Donbass",
  "Gaza",
  "West Bank",
  "Kashmir",
  "Siberia",
  "Scandinavia",
  "Balkans",
  "Caribbean",
  "Moscow",
  "Kyiv",
  "Kiev",
  "Berlin",
  "Paris",
  "London",
  "Washington",
  "Beijing",
  "Tokyo",
  "Rome",
  "Madrid",
  "Brussels",
  "Vienna",
  "Warsaw",
  "Minsk",
  "Ankara",
  "Istanbul",
  "Tehran",
  "Baghdad",
  "Damascus",
  "Jerusalem",
  "Tel Aviv",
  "Cairo",
  "Riyadh",
  "Doha",
  "Dubai",
  "Kabul",
  "Islamabad",
  "New Delhi",
  "Delhi",
  "Mumbai",
  "Seoul",
  "Pyongyang",
  "Hong Kong",
  "Shanghai",
  "Taipei",
  "Sydney",
  "Ottawa",
  "Toronto",
  "Mexico City",
  "Havana",
  "Caracas",
  "Geneva",
  "Kharkiv",
  "Odesa",
  "Odessa",
  "Mariupol",
  "Donetsk",
  "Luhansk",
  "Kherson",
  "St Petersburg",
  "St. Petersburg",
  "Sochi",
  "Edinburgh",
  "Dublin",
  "Athens",
  "Lisbon",
  "Amsterdam",
  "New York",
  "New York City",
  "Los Angeles",
  "Chicago",
  "Houston",
  "Philadelphia",
  "Phoenix",
  "Boston",
  "Miami",
  "Atlanta",
  "Dallas",
  "Denver",
  "Seattle",
  "San Francisco",
  "Detroit",
  "Cleveland",
  "Las Vegas",
  "Charlotte",
  "Orlando",
  "Tampa",
  "Pittsburgh",
  "Baltimore",
  "Milwaukee",
  "Nashville",
  "New Orleans",
  "Alabama",
  "Alaska",
  "Arizona",
  "Arkansas",
  "California",
  "Colorado",
  "Connecticut",
  "Delaware",
  "Florida",
  "Hawaii",
  "Idaho",
  "Illinois",
  "Indiana",
  "Iowa",
  "Kansas",
  "Kentucky",
  "Louisiana",
  "Maine",
  "Maryland",
  "Massachusetts",
  "Michigan",
  "Minnesota",
  "Mississippi",
  "Missouri",
  "Montana",
  "Nebraska",
  "Nevada",
  "New Hampshire",
  "New Jersey",
  "New Mexico",
  "North Carolina",
  "North Dakota",
  "Ohio",
  "Oklahoma",
  "Oregon",
  "Pennsylvania",
  "Rhode Island",
  "South Carolina",
  "South Dakota",
  "Tennessee",
  "Texas",
  "Utah",
  "Vermont",
  "Virginia",
  "West Virginia",
  "Wisconsin",
  "Wyoming",
  "Scotland",
  "Wales",
  "England",
  "Northern Ireland",
  "Quebec",
  "Ontario",
  "Bavaria",
  "Catalonia",
  "Capitol Hill",
  "Wall Street",
  "Silicon Valley",
  "Hollywood",
  "Midwest",
  "Rust Belt",
  "Kremlin Wall",
  // states, provinces and large cities elsewhere, where many of Cuttings' readers follow the news (names that are
  // also common given names, such as Victoria or Santiago, are left out)
  "Assam",
  "Kerala",
  "Maharashtra",
  "Punjab",
  "Tamil Nadu",
  "Karnataka",
  "Gujarat",
  "Rajasthan",
  "Uttar Pradesh",
  "Bihar",
  "West Bengal",
  "Arunachal Pradesh",
  "Andhra Pradesh",
  "Telangana",
  "Odisha",
  "Madhya Pradesh",
  "Haryana",
  "Manipur",
  "Kolkata",
  "Chennai",
  "Bengaluru",
  "Bangalore",
  "Hyderabad",
  "Karachi",
  "Lahore",
  "Dhaka",
  "Colombo",
  "Kathmandu",
  "Jakarta",
  "Manila",
  "Bangkok",
  "Hanoi",
  "Ho Chi Minh City",
  "Kuala Lumpur",
  "Putrajaya",
  "Penang",
  "Sabah",
  "Sarawak",
  "Johor",
  "Selangor",
  "Kota Kinabalu",
  "Kuching",
  "Melbourne",
  "Brisbane",
  "Perth",
  "Adelaide",
  "Canberra",
  "Queensland",
  "New South Wales",
  "Tasmania",
  "Auckland",
  "Wellington",
  "Lagos",
  "Abuja",
  "Nairobi",
  "Johannesburg",
  "Cape Town",
  "Pretoria",
  "Addis Ababa",
  "Khartoum",
  "Kinshasa",
  "Vancouver",
  "Montreal",
  "Alberta",
  "British Columbia",
  "S\xE3o Paulo",
  "Sao Paulo",
  "Rio de Janeiro",
  "Bras\xEDlia",
  "Buenos Aires",
  "Bogot\xE1",
  "Bogota",
  "Munich",
  "Hamburg",
  "Frankfurt",
  "Cologne",
  "Milan",
  "Naples",
  "Barcelona",
  "Lyon",
  "Marseille",
  "Manchester",
  "Birmingham",
  "Glasgow",
  "Belfast",
  "Cardiff",
  "Liverpool",
  "Zurich",
  "Stockholm",
  "Oslo",
  "Copenhagen",
  "Helsinki",
  "Prague",
  "Budapest",
  "Bucharest",
  "Belgrade",
  "Zagreb",
  "Riga",
  "Tallinn",
  "Vilnius",
  "Tbilisi",
  "Yerevan",
  "Baku",
  "Astana",
  "Almaty",
  "Tashkent",
  "Abu Dhabi",
  "Muscat",
  "Manama",
  "Amman",
  "Beirut",
  "Tunis",
  "Algiers",
  "Rabat",
  "Casablanca",
  "Kyoto",
  "Osaka",
  "Shenzhen",
  "Guangzhou",
  "Wuhan",
  "Xinjiang",
  "Tibet",
  "Macau"
];
var PLACE_ALIASES = new Map([
  ...COUNTRIES.flatMap(([canonical, aliases]) => [[canonical, canonical], ...aliases.map((a) => [a, canonical])]),
  ...OTHER_PLACES.map((p) => [p, p]),
  ["Kiev", "Kyiv"],
  ["Odessa", "Odesa"],
  ["Donbass", "Donbas"],
  ["St. Petersburg", "St Petersburg"],
  ["the United States", "United States"],
  ["the Ukraine", "Ukraine"]
]);
var REGION_ADJECTIVES = [
  ["European", "Europe"],
  ["Asian", "Asia"],
  ["African", "Africa"],
  ["Arab", "Middle East"],
  ["Western", "the West"],
  ["Scandinavian", "Scandinavia"],
  ["Nordic", "Nordic countries"],
  ["Baltic", "Baltic states"],
  ["Balkan", "Balkans"],
  ["Caribbean", "Caribbean"]
];
var DEMONYMS = new Map([
  ...COUNTRIES.flatMap(([canonical, , demonyms]) => demonyms.map((d) => [d, canonical])),
  ...REGION_ADJECTIVES
]);
var CAPITALS = /* @__PURE__ */ new Map([
  ["Moscow", "Russia"],
  ["Kyiv", "Ukraine"],
  ["Kiev", "Ukraine"],
  ["Berlin", "Germany"],
  ["Paris", "France"],
  ["London", "United Kingdom"],
  ["Washington", "United States"],
  ["Beijing", "China"],
  ["Tokyo", "Japan"],
  ["Ankara", "Turkey"],
  ["Tehran", "Iran"],
  ["Jerusalem", "Israel"],
  ["Pyongyang", "North Korea"],
  ["Seoul", "South Korea"],
  ["Brussels", "European Union"],
  ["Warsaw", "Poland"],
  ["Minsk", "Belarus"]
]);
var PLACE_HEAD_WORDS = /* @__PURE__ */ new Set(["Mount", "Mt", "Mt.", "Lake", "River", "Cape", "Gulf", "Isle", "Strait", "Sea", "Bay"]);
var PLACE_TAIL_WORDS = /* @__PURE__ */ new Set(["Island", "Islands", "Sea", "Ocean", "Mountains", "Peninsula", "River", "Strait"]);

// electron/text/lexicon/organizations.ts
var ORGANIZATIONS = [
  ["Kremlin", ["the Kremlin"]],
  ["White House", ["the White House"]],
  ["Downing Street", ["No 10", "Number 10"]],
  ["\xC9lys\xE9e", ["Elysee", "\xC9lys\xE9e Palace", "Elysee Palace"]],
  ["Pentagon", ["the Pentagon"]],
  ["State Department", ["US State Department", "U.S. State Department"]],
  ["Justice Department", ["Department of Justice", "DOJ"]],
  ["Federal Bureau of Investigation", ["FBI"]],
  ["Central Intelligence Agency", ["CIA"]],
  ["National Security Agency", ["NSA"]],
  ["NATO", ["Nato", "North Atlantic Treaty Organization"]],
  ["United Nations", ["UN", "U.N."]],
  ["European Union", ["EU", "E.U."]],
  ["European Commission", []],
  ["World Health Organization", ["WHO"]],
  ["International Monetary Fund", ["IMF"]],
  ["World Bank", []],
  ["Congress", ["US Congress", "U.S. Congress"]],
  ["Senate", ["US Senate", "U.S. Senate"]],
  ["House of Representatives", []],
  ["Supreme Court", ["US Supreme Court", "U.S. Supreme Court"]],
  ["Democratic Party", ["Democrats"]],
  ["Republican Party", ["GOP", "Republicans"]],
  ["Democratic National Committee", ["DNC"]],
  ["Republican National Committee", ["RNC"]],
  ["Bundestag", []],
  ["Duma", ["State Duma"]],
  ["Gazprom", []],
  ["Hamas", []],
  ["Hezbollah", []],
  ["Taliban", ["the Taliban"]],
  ["Islamic State", ["ISIS", "ISIL", "IS"]],
  ["Al Qaeda", ["al-Qaeda", "al Qaeda"]],
  ["Wagner Group", ["Wagner"]],
  ["WikiLeaks", ["Wikileaks"]],
  ["Associated Press", ["AP"]],
  ["Reuters", []],
  ["Agence France-Presse", ["AFP"]],
  ["BBC", []],
  ["CNN", []],
  ["Fox News", []],
  ["MSNBC", []],
  ["NBC", ["NBC News"]],
  ["CBS", ["CBS News"]],
  ["ABC", ["ABC News"]],
  ["The New York Times", ["New York Times"]],
  ["The Washington Post", ["Washington Post"]],
  ["Wall Street Journal", ["The Wall Street Journal"]],
  ["Politico", []],
  ["Breitbart", ["Breitbart News"]],
  ["PolitiFact", []],
  ["Twitter", []],
  ["Facebook", []],
  ["Google", []],
  ["Apple", []],
  ["Microsoft", []],
  ["Amazon", []],
  ["Telegram", []],
  ["TASS", ["Tass"]],
  ["RIA Novosti", []],
  ["Interfax", []],
  ["Clinton Foundation", []],
  ["Federal Reserve", ["US Federal Reserve", "U.S. Federal Reserve", "Federal Reserve Board"]],
  ["Rolling Stone", []],
  ["Yahoo News", []],
  ["The Huffington Post", ["Huffington Post", "HuffPost"]],
  ["The New Yorker", ["New Yorker"]],
  ["Newsweek", []],
  ["The Atlantic", []],
  ["BuzzFeed", ["BuzzFeed News"]],
  ["Bloomberg", ["Bloomberg News"]],
  ["The Guardian", []],
  ["Daily Mail", []],
  ["USA Today", []],
  ["Los Angeles Times", ["LA Times"]],
  ["The Times", ["the Times"]],
  ["Trump Foundation", []],
  ["Trump Organization", []]
];
var ORG_ALIASES = new Map(
  ORGANIZATIONS.flatMap(([canonical, aliases]) => [[canonical, canonical], ...aliases.map((a) => [a, canonical])])
);
var WEAK_ORG_ALIASES = /* @__PURE__ */ new Set(["IS", "WHO", "AP", "Apple", "Amazon", "Wagner", "Democrats", "Republicans", "Senate", "Congress", "Telegram"]);
var ORG_FIRST_WORDS = /* @__PURE__ */ new Set([
  "Ministerio",
  "Minist\xE8re",
  "Ministero",
  "Minist\xE9rio",
  "Consejo",
  "Conseil",
  "Consiglio",
  "Conselho",
  "Gobierno",
  "Gouvernement",
  "Governo",
  "Tribunal",
  "Tribunale",
  "Banco",
  "Banque",
  "Banca",
  "Partido",
  "Parti",
  "Partito",
  "Parlamento",
  "Parlement",
  "Universidad",
  "Universit\xE9",
  "Universit\xE0",
  "Universidade",
  "Comisi\xF3n",
  "Commissione",
  "Comiss\xE3o",
  "Ayuntamiento",
  "Asamblea",
  "Assembl\xE9e",
  "Assemblea",
  "Senado",
  "S\xE9nat",
  "Senato",
  "Congreso",
  "Agencia",
  "Agence",
  "Agenzia",
  "Ag\xEAncia",
  "Instituto",
  "Institut",
  "Istituto",
  "Fundaci\xF3n",
  "Fondation",
  "Fondazione",
  "Funda\xE7\xE3o",
  "Polic\xEDa",
  "Polizia",
  "Ej\xE9rcito",
  "Arm\xE9e",
  "Esercito",
  "C\xE1mara",
  "Chambre",
  "Junta",
  "Generalitat",
  "Xunta",
  "Mairie",
  "Prefeitura",
  "Sindicato",
  "Syndicat",
  "Sindacato",
  "Confederaci\xF3n",
  "Conf\xE9d\xE9ration",
  "Confederazione",
  "Federaci\xF3n",
  "F\xE9d\xE9ration",
  "Federazione",
  "Organizaci\xF3n",
  "Organisation",
  "Organizzazione",
  "Comit\xE9",
  "Comitato",
  "Servicio",
  "Servizio",
  "Direcci\xF3n",
  "Direction",
  "Direzione",
  // (also a secretary's title in Spanish: before a name the holder is read, see readName)
  "Secretaria",
  "Secretar\xEDa",
  "Secr\xE9tariat",
  "Segreteria"
]);
var ORG_ARTICLES = /* @__PURE__ */ new Set(["el", "la", "los", "las", "le", "les", "il", "lo", "l", "o", "os", "a", "as", "the"]);
var CLUB_MARKS = /* @__PURE__ */ new Set(["FC", "AC", "CF", "AFC", "SC", "Hotspur", "Rovers", "Wanderers", "Albion", "Athletic", "Borussia", "Olympique", "Dynamo", "Dinamo", "Spartak"]);
var CLUB_WORDS_WITH_PLACE = /* @__PURE__ */ new Set(["United", "Inter", "Real", "Atl\xE9tico", "Atletico", "Sporting", "Celtic", "Rangers"]);
function isClubName(words3) {
  if (words3.length < 2) return false;
  let clubWord = false;
  let place = false;
  for (const w of words3) {
    if (CLUB_MARKS.has(w)) return true;
    if (CLUB_WORDS_WITH_PLACE.has(w)) clubWord = true;
    else if (PLACE_ALIASES.has(w)) place = true;
  }
  return clubWord && place;
}
var ORG_LINK_WORDS = /* @__PURE__ */ new Set(["of", "on", "for"]);
var ON_HEADS = /* @__PURE__ */ new Set(["Council", "Commission", "Committee", "Subcommittee", "Center", "Centre", "Conference", "Institute", "Forum", "Panel"]);
var ORG_HEAD_WORDS = /* @__PURE__ */ new Set([
  // ("Dick Clark Productions", "LG Electronics", "Amnesty International", "Cincinnati Enquirer")
  "Productions",
  "Electronics",
  "Interactive",
  "Engineering",
  "Animation",
  "International",
  "Steel",
  "Insider",
  "Enquirer",
  "Courant",
  "Chronicle",
  "Sports",
  "Pharmaceuticals",
  "Airways",
  "Party",
  "Committee",
  "Campaign",
  "Department",
  "Ministry",
  "Agency",
  "Commission",
  "Council",
  "University",
  "College",
  "Institute",
  "Foundation",
  "Inc",
  "Inc.",
  "Corp",
  "Corp.",
  "Corporation",
  "Co",
  "Co.",
  "Ltd",
  "LLC",
  "Group",
  "Association",
  "Union",
  "Bank",
  "Court",
  "Office",
  "Service",
  "Services",
  "Network",
  "Administration",
  "Center",
  "Centre",
  "Fund",
  "Trust",
  "Society",
  "Organization",
  "Organisation",
  "Alliance",
  "Coalition",
  "Federation",
  "Board",
  "Bureau",
  "Authority",
  "Police",
  "Army",
  "Navy",
  "Force",
  "Forces",
  "Guard",
  "Parliament",
  "Assembly",
  "Congress",
  "Senate",
  "Cabinet",
  "Government",
  "Times",
  "Post",
  "Journal",
  "News",
  "Herald",
  "Tribune",
  "Gazette",
  "Review",
  "Magazine",
  "Express",
  "Telegraph",
  "Guardian",
  "Press",
  "Media",
  "Company",
  "Industries",
  "Holdings",
  "Partners",
  "Project",
  "Caucus",
  "Club",
  "Church",
  "School",
  "PAC",
  "Institution",
  "Laboratory",
  "Lab",
  "Hospital",
  "Team",
  "Movement",
  "Front",
  "Forum",
  "Initiative",
  "Watch",
  "Images",
  "Pictures",
  "Photos",
  "Studios",
  "Records",
  "Books",
  "Strategies",
  "Consulting",
  "Research",
  "Associates",
  "Analytics",
  "Financial",
  "Capital",
  "Communications",
  "Systems",
  "Technologies",
  "Labs",
  "Ventures",
  "Solutions",
  "Airlines",
  "Motors",
  "Entertainment",
  "Insurance",
  "Properties",
  "Consult",
  "Subcommittee",
  "Railway",
  "Railways",
  "Grid",
  "Airport"
]);

// electron/text/quotes/tokens.ts
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "sen",
  "gov",
  "rep",
  "st",
  "jr",
  "sr",
  "gen",
  "lt",
  "col",
  "sgt",
  "capt",
  "prof",
  "rev",
  "vs",
  "no",
  "adm",
  "maj",
  "cmdr",
  "gov",
  "pres",
  "supt",
  "fr",
  "mt",
  "ft",
  "inc",
  "corp",
  "co",
  "ltd",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "d.c",
  "a.m",
  "p.m",
  "etc",
  "approx",
  "dept",
  "est",
  "ave",
  "blvd",
  "messrs"
]);
var WORD_CHARS = "A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u3040-\\u30FF\\u4E00-\\u9FFF";
var UPPER_CHARS = "A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F";
var TOKEN_RE = new RegExp(`[${WORD_CHARS}]+(?:[.'\u2019\\-&][${WORD_CHARS}]+)*\\.?`, "g");
var CAPITAL_START = `[${UPPER_CHARS}\\u0100-\\u024F]`;
var CAPITALISED_TOKEN_RE = new RegExp(
  `${CAPITAL_START}(?<![${WORD_CHARS}]${CAPITAL_START}|[${WORD_CHARS}][.'\u2019\\-&]${CAPITAL_START})[${WORD_CHARS}]*(?:[.'\u2019\\-&][${WORD_CHARS}]+)*\\.?`,
  "g"
);
var UPPER_RE = /^\p{Lu}/u;
var PLURAL_POSSESSIVE_RE = /^['’](?![\p{L}\p{N}])/u;
var DOTTED_LETTERS_RE = /^(?:\p{L}\.)+\p{L}$/u;
var SINGLE_LETTER_RE = /^\p{L}$/u;
var MAX_ABBREVIATION_CHARS = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
function isAbbreviation(word) {
  const n = word.endsWith(".") ? word.length - 1 : word.length;
  if (n > MAX_ABBREVIATION_CHARS && word.lastIndexOf(".", n - 1) < 0) return false;
  const w = n < word.length ? word.slice(0, -1).toLowerCase() : word.toLowerCase();
  return ABBREVIATIONS.has(w) || SINGLE_LETTER_RE.test(w) || w.includes(".") && DOTTED_LETTERS_RE.test(w);
}
function tokenize(text, offset = 0, limit = Infinity) {
  const out = [];
  const n = text.length;
  const lowers = new LowerCase(text);
  let i = 0;
  while (i < n && out.length < limit) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    i = tokenEnd(text, i + 1);
    pushToken(out, text, offset, at, text.slice(at, i), lowers);
  }
  return out;
}
var WORD_CODES = new Uint8Array(40960);
for (const [, a, b] of WORD_CHARS.matchAll(/(\\u[0-9A-F]{4}|[^\\])-(\\u[0-9A-F]{4}|[^\\])/g)) WORD_CODES.fill(1, rangeCode(a), rangeCode(b) + 1);
function rangeCode(c) {
  return c.length === 1 ? c.charCodeAt(0) : parseInt(c.slice(2), 16);
}
var isWordCode = (c) => c < 40960 && WORD_CODES[c] === 1;
var isJoinerCode = (c) => c === 46 || c === 39 || c === 8217 || c === 45 || c === 38;
function tokenEnd(text, i) {
  const n = text.length;
  i = wordEnd(text, i, n);
  while (i + 1 < n && isJoinerCode(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i = wordEnd(text, i + 2, n);
  if (i < n && text.charCodeAt(i) === 46) i++;
  return i;
}
function wordEnd(text, i, n) {
  while (i < n && isWordCode(text.charCodeAt(i))) i++;
  return i;
}
var isSpaceCode = (c) => c === 32 || c >= 9 && c <= 13 || c >= 128 && (c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279);
function lastNonSpace(text, end = text.length) {
  let e = end;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e > 0 ? text.charCodeAt(e - 1) : -1;
}
function isBlank(text, from, to) {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
var LowerCase = class {
  constructor(text) {
    this.text = text;
  }
  text;
  whole;
  /** word.toLowerCase(), for the word at `at` in the text. */
  of(word, at) {
    let plain = true;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 65 && (c <= 90 || c >= 128)) {
        plain = false;
        break;
      }
    }
    if (plain) return word;
    if (this.whole === void 0) {
      const whole = this.text.toLowerCase();
      this.whole = whole.length === this.text.length && !this.text.includes("\u03A3") ? whole : null;
    }
    return this.whole === null ? word.toLowerCase() : this.whole.slice(at, at + word.length);
  }
};
function pushToken(out, text, offset, at, raw, lowers) {
  let word = raw;
  let periodAfter = false;
  if (word.charCodeAt(word.length - 1) === 46 && !isAbbreviation(word)) {
    word = word.slice(0, -1);
    periodAfter = true;
  }
  let possessive = false;
  const last = word.charCodeAt(word.length - 1);
  if (last === 115) {
    const apo = word.charCodeAt(word.length - 2);
    if (word.length > 2 && (apo === 8217 || apo === 39)) {
      word = word.slice(0, -2);
      possessive = true;
    } else {
      const after = text.charCodeAt(at + raw.length);
      if ((after === 8217 || after === 39) && PLURAL_POSSESSIVE_RE.test(text.slice(at + raw.length, at + raw.length + 2))) possessive = true;
    }
  }
  const start = offset + at;
  const lower = lowers.of(word, at);
  out.push({
    text: word,
    lower: lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower,
    start,
    end: start + word.length,
    possessive,
    capitalised: isCapitalised(word, lower),
    periodAfter
  });
}
function capitalisedWords(text, wanted) {
  const out = [];
  const re = CAPITALISED_TOKEN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    if (!opensCapitalised(raw)) continue;
    let length = raw.length;
    if (raw.charCodeAt(length - 1) === 46 && !isAbbreviation(raw)) length--;
    if (length > 2 && raw.charCodeAt(length - 1) === 115) {
      const apo = raw.charCodeAt(length - 2);
      if (apo === 8217 || apo === 39) length -= 2;
    }
    if (wanted(raw, length)) out.push(length === raw.length ? raw : raw.slice(0, length));
  }
  return out;
}
function isCapitalised(word, lower = word.toLowerCase()) {
  const c0 = word.charCodeAt(0);
  return c0 !== lower.charCodeAt(0) || c0 > 127 && UPPER_RE.test(word);
}
function opensCapitalised(raw) {
  const c = raw.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : raw[0].toLowerCase() !== raw[0] || UPPER_RE.test(raw);
}
function orgLink(t, prev, next) {
  if (!ORG_LINK_WORDS.has(t.lower) || !ORG_HEAD_WORDS.has(prev.text) || !next?.capitalised || NOT_NAME_WORDS2.has(next.lower)) return false;
  return t.lower !== "on" || ON_HEADS.has(prev.text);
}
function capitalisedRuns(text, tokens, offset = 0) {
  const runs = [];
  let run = [];
  const flush = () => {
    while (run.length && !run[run.length - 1].capitalised) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end - offset, t.start - offset) : "";
    const joins = prev !== void 0 && !prev.possessive && !prev.periodAfter && gap === " ";
    const usable = t.capitalised || prev !== void 0 && (NAME_PARTICLES.has(t.lower) || orgLink(t, prev, tokens[k + 1]));
    if (!usable || prev && !joins) flush();
    if (usable && (t.capitalised || run.length)) run.push(t);
    if (t.possessive) flush();
  }
  flush();
  return runs;
}

// electron/text/quotes/02-marks.ts
var WORD_CHAR_RE = /[\p{L}\p{N}]/u;
var ELISION_RE = /^['\u2019](?:\d0s|em|til|cause|n)\b/i;
var MARK_RE = new RegExp(`[${Object.keys(QUOTE_PAIRS).map((m) => `\\u${m.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`, "g");
var HAS_WORD_RE = /[\p{L}\p{N}]/u;
function isWord(ch) {
  if (ch === void 0) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 : WORD_CHAR_RE.test(ch);
}
var charAt = (text, i) => i >= 0 && i < text.length ? text[i] : void 0;
var isSpace = (ch) => ch === void 0 || isSpaceCode(ch.charCodeAt(0));
function canOpen(text, i, pair) {
  const prev = charAt(text, i - 1);
  const next = charAt(text, i + 1);
  if (next === void 0) return false;
  if (pair.symmetric && (prev === "=" || next === ">" || next === "/")) return false;
  if (pair.single || pair.symmetric) {
    if (isWord(prev)) return false;
    if (isSpace(next)) return false;
    if (pair.single && ELISION_RE.test(text.slice(i, i + 6))) return false;
  }
  return true;
}
function canClose(text, k, pair, openAt) {
  const prev = charAt(text, k - 1);
  const next = charAt(text, k + 1);
  if (k === openAt + 1) return false;
  if (pair.single) {
    if (isWord(next)) return false;
    if (isSpace(prev)) return false;
    return true;
  }
  if (text[k] === text[openAt] && !pair.symmetric) return !isSpace(prev) && !isWord(next);
  if (pair.symmetric && isSpace(prev) && isWord(next)) return false;
  return true;
}
var OPENER_OF = { "\u201D": "\u201C", "\xBB": "\xAB", "\u2019": "\u2018" };
function findClose(text, i, pair) {
  for (const [n, mark] of pair.close.entries()) {
    const opener = n > 0 ? OPENER_OF[mark] : void 0;
    for (let k = text.indexOf(mark, i + 1); k >= 0; k = text.indexOf(mark, k + 1)) {
      if (opener) {
        const opens = text.slice(i + 1, k).split(opener).length - 1;
        const closes2 = text.slice(i + 1, k).split(mark).length - 1;
        if (opens > closes2) continue;
      }
      if (canClose(text, k, pair, i)) return k;
    }
  }
  return -1;
}
function findDoubleApostropheClose(text, from) {
  for (let k = text.indexOf(DOUBLE_APOSTROPHE, from); k >= 0; k = text.indexOf(DOUBLE_APOSTROPHE, k + 1)) {
    if (!isWord(text[k + 2])) return k;
  }
  return -1;
}
function trimmed(text, from, to) {
  let a = from;
  let b = to;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return [a, b];
}
function findQuoteSpans(paragraph) {
  const text = paragraph.text;
  const spans = [];
  let i = 0;
  while (i < text.length) {
    MARK_RE.lastIndex = i;
    const hit = MARK_RE.exec(text);
    if (!hit) break;
    i = hit.index;
    if (text.startsWith(DOUBLE_APOSTROPHE, i) && !(READ_DOUBLE_APOSTROPHES && !isWord(text[i - 1]) && isWord(text[i + 2]))) {
      i += DOUBLE_APOSTROPHE.length;
      continue;
    }
    if (text.startsWith(DOUBLE_APOSTROPHE, i)) {
      const close2 = findDoubleApostropheClose(text, i + 2);
      const end = close2 < 0 ? text.length : close2;
      const [a2, b2] = trimmed(text, i + 2, end);
      if (b2 > a2) spans.push({ paragraph: paragraph.index, open: i, close: close2 < 0 ? text.length : close2 + 1, textStart: a2, textEnd: b2, openMark: DOUBLE_APOSTROPHE, closed: close2 >= 0 });
      i = close2 < 0 ? text.length : close2 + 2;
      continue;
    }
    const mark = text[i];
    const pair = QUOTE_PAIRS[mark];
    if (!pair || !canOpen(text, i, pair)) {
      i++;
      continue;
    }
    let close = findClose(text, i, pair);
    let closed = true;
    if (close < 0) {
      if (pair.single && text.slice(0, i).trim() !== "") {
        i++;
        continue;
      }
      close = text.length;
      closed = false;
    }
    const [a, b] = trimmed(text, i + 1, close);
    if (b > a && HAS_WORD_RE.test(text.slice(a, b))) {
      spans.push({ paragraph: paragraph.index, open: i, close, textStart: a, textEnd: b, openMark: mark, closed });
    }
    i = close + 1;
  }
  return spans;
}
var MASK_CHAR = "\u25A1";
var PARENTHESES_RE = /\([^()\n\u25a1]{1,40}\)/g;
function maskQuotes(text, spans) {
  let out = "";
  let at = 0;
  for (const s of spans) {
    const end = Math.min(text.length, s.close + 1);
    out += text.slice(at, s.open) + MASK_CHAR.repeat(end - s.open);
    at = end;
  }
  out += text.slice(at);
  return out.includes("(") ? out.replace(PARENTHESES_RE, (m) => " ".repeat(m.length)) : out;
}

// electron/text/lexicon/public-figures.ts
var PUBLIC_FIGURES = [
  { name: "Joe Biden", country: "United States", roles: ["president", "leader", "vice-president", "vice president", "commander-in-chief"], gender: "m" },
  { name: "Donald Trump", country: "United States", roles: ["president", "leader", "nominee", "candidate", "businessman", "billionaire", "mogul", "president-elect", "commander-in-chief"], gender: "m" },
  { name: "Barack Obama", country: "United States", roles: ["president", "leader", "commander-in-chief"], gender: "m" },
  { name: "Hillary Clinton", country: "United States", roles: ["secretary of state", "nominee", "candidate", "senator", "former secretary"], gender: "f" },
  { name: "Bill Clinton", country: "United States", roles: ["president", "former president"], gender: "m" },
  { name: "Mike Pence", country: "United States", roles: ["governor", "vice president", "running mate", "vice-presidential nominee"], gender: "m" },
  { name: "Tim Kaine", country: "United States", roles: ["senator", "running mate", "vice-presidential nominee"], gender: "m" },
  { name: "Kamala Harris", country: "United States", roles: ["vice president", "senator", "nominee"], gender: "f" },
  { name: "Bernie Sanders", country: "United States", roles: ["senator"], gender: "m" },
  { name: "Vladimir Putin", country: "Russia", roles: ["president", "leader", "kremlin chief", "kremlin leader"], gender: "m" },
  { name: "Dmitry Peskov", country: "Russia", roles: ["spokesman", "kremlin spokesman"], gender: "m" },
  { name: "Sergei Lavrov", country: "Russia", roles: ["foreign minister", "minister"], gender: "m" },
  { name: "Volodymyr Zelensky", country: "Ukraine", roles: ["president", "leader"], gender: "m" },
  { name: "Olaf Scholz", country: "Germany", roles: ["chancellor", "leader"], gender: "m" },
  { name: "Angela Merkel", country: "Germany", roles: ["chancellor", "leader"], gender: "f" },
  { name: "Emmanuel Macron", country: "France", roles: ["president", "leader"], gender: "m" },
  { name: "Rishi Sunak", country: "United Kingdom", roles: ["prime minister", "premier", "leader"], gender: "m" },
  { name: "Boris Johnson", country: "United Kingdom", roles: ["prime minister", "premier", "leader"], gender: "m" },
  { name: "Theresa May", country: "United Kingdom", roles: ["prime minister", "premier", "leader"], gender: "f" },
  { name: "Keir Starmer", country: "United Kingdom", roles: ["prime minister", "premier", "leader"], gender: "m" },
  { name: "Xi Jinping", country: "China", roles: ["president", "leader"], gender: "m" },
  { name: "Recep Tayyip Erdogan", country: "Turkey", roles: ["president", "leader"], gender: "m" },
  { name: "Benjamin Netanyahu", country: "Israel", roles: ["prime minister", "premier", "leader"], gender: "m" },
  { name: "Kim Jong Un", country: "North Korea", roles: ["leader", "dictator"], gender: "m" },
  { name: "Narendra Modi", country: "India", roles: ["prime minister", "premier", "leader"], gender: "m" },
  { name: "Justin Trudeau", country: "Canada", roles: ["prime minister", "premier", "leader"], gender: "m" },
  { name: "Ursula von der Leyen", country: null, roles: ["commission president", "president"], gender: "f" },
  { name: "Steffen Hebestreit", country: "Germany", roles: ["spokesman", "government spokesman"], gender: "m" }
];

// electron/text/quotes/03-people.ts
var CAPITALISED_STRETCH_SOURCE = `[${UPPER_CHARS}](?<![${WORD_CHARS}][${UPPER_CHARS}])[${WORD_CHARS}]*(?:[.'\u2019\\-&][${WORD_CHARS}]+)*[.'\u2019]?s?(?:(?: (?:de|van|von|der|den|da|di|du|la|le|del|bin|al|ibn|ben|dos|das|ter|zu|y))* [${UPPER_CHARS}][${WORD_CHARS}]*(?:[.'\u2019\\-&][${WORD_CHARS}]+)*[.'\u2019]?s?)*`;
var CAPITALISED_STRETCH_RE = new RegExp(CAPITALISED_STRETCH_SOURCE, "g");
var STRETCH_ON_RE = new RegExp(CAPITALISED_STRETCH_SOURCE, "y");
var LINK_ON_RE = new RegExp(` (?:${[...ORG_LINK_WORDS].join("|")}) (?=[${UPPER_CHARS}])`, "y");
function withLinkedStretches(body2, at, stretch) {
  let end = at + stretch.length;
  let last = stretch;
  for (; ; ) {
    if (body2.charCodeAt(end) !== 32) break;
    LINK_ON_RE.lastIndex = end;
    if (!LINK_ON_RE.test(body2) || !ORG_HEAD_WORDS.has(last.slice(last.lastIndexOf(" ") + 1))) break;
    STRETCH_ON_RE.lastIndex = LINK_ON_RE.lastIndex;
    const next = STRETCH_ON_RE.exec(body2);
    if (!next) break;
    end = next.index + next[0].length;
    last = next[0];
  }
  return last === stretch ? stretch : body2.slice(at, end);
}
var MAX_HEADLINE_CHARS = 200;
var HEADLINE_CAPS_RATIO = 0.7;
var MAX_WORDS_BEFORE_TITLE = 4;
var ROLE_WINDOW_CHARS = 80;
var MAX_ROLE_WORDS_BEFORE = 4;
var MAX_APPOSITION_WORDS = 9;
var FOLD_CACHE_LIMIT = 2e4;
function isPlainName(s) {
  const n = s.length;
  if (!n || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || c === 46 || c === 39 || c < 32) return false;
  }
  return true;
}
var ASCII_RE = /^[\x00-\x7f]*$/;
var FOLD_KEYS = new BoundedMemo(FOLD_CACHE_LIMIT);
var foldKey = (s) => {
  if (isPlainName(s)) return s.toLowerCase();
  let k = FOLD_KEYS.get(s);
  if (k === void 0) {
    k = (ASCII_RE.test(s) ? s : s.normalize("NFKD").replace(/\p{M}+/gu, "")).toLowerCase().replace(/[.’']/g, "").trim();
    FOLD_KEYS.set(detached(s), k);
  }
  return k;
};
var FIGURES_BY_KEY = new Map(PUBLIC_FIGURES.map((f) => [foldKey(f.name), f]));
var publicFigure = (name2) => FIGURES_BY_KEY.get(foldKey(name2));
var publicFigureOf = (e) => FIGURES_BY_KEY.get(e.key);
var isTitle = (t) => isTitleWord(t.lower) || t.lower in HONORIFICS || OCCUPATIONS.has(t.lower);
var placeOf = (s) => PLACE_ALIASES.get(s);
var orgOf = (s) => ORG_ALIASES.get(s) ?? (s.startsWith("The ") ? ORG_ALIASES.get(s.slice(4)) : void 0);
function readName(run) {
  let toks = [...run];
  const joined = (ts) => ts.map((t) => t.text).join(" ");
  const none = (kind = "none") => ({ kind, name: joined(toks), prefix: "", gender: null, tokens: toks });
  const full = joined(toks);
  const knownOrg = orgOf(full);
  if (knownOrg) return { kind: "organization", name: knownOrg, prefix: "", gender: null, tokens: toks };
  while (toks.length && NOT_NAME_WORDS2.has(toks[0].lower) && !(toks[0].lower in HONORIFICS) && !isTitleWord(toks[0].lower)) {
    if (toks.length > 1 && (toks.length === run.length ? placeOf(full) : placeOf(joined(toks)) || orgOf(joined(toks)))) break;
    if (toks.length > 1 && NAME_LIKE_SENTENCE_WORDS.has(toks[0].lower) && toks[1].capitalised && !toks[0].periodAfter) break;
    toks = toks.slice(1);
  }
  if (!toks.length) return none();
  if (toks.length === 2 && toks[0].lower === "miss" && PAGEANT_TITLES.has(toks[1].text)) return none();
  const cutFront = toks.length !== run.length;
  const whole = cutFront ? joined(toks) : full;
  const org = cutFront ? orgOf(whole) : void 0;
  if (org) return { kind: "organization", name: org, prefix: "", gender: null, tokens: toks };
  const place = placeOf(whole);
  if (place) return { kind: "place", name: place, prefix: "", gender: null, tokens: toks };
  const headFirst = toks.length > 2 && toks.some((t) => ORG_LINK_WORDS.has(t.text));
  if (headFirst || toks.length > 1 && ORG_HEAD_WORDS.has(toks[toks.length - 1].text)) {
    return { kind: "organization", name: whole.replace(/^The /, ""), prefix: "", gender: null, tokens: toks };
  }
  if (toks.length > 1 && (PLACE_HEAD_WORDS.has(toks[0].text) || PLACE_TAIL_WORDS.has(toks[toks.length - 1].text))) return { kind: "place", name: whole, prefix: "", gender: null, tokens: toks };
  if (isClubName(toks.map((t) => t.text))) return { kind: "organization", name: whole.replace(/^The /, ""), prefix: "", gender: null, tokens: toks };
  const head = ORG_ARTICLES.has(toks[0].lower) && toks.length > 1 ? 1 : 0;
  if (ORG_FIRST_WORDS.has(toks[head].text)) {
    if (toks.length === head + 1) return none();
    const holder = toks.length >= head + 3 && !ORG_LINK_WORDS.has(toks[head + 1].lower) && !NAME_PARTICLES.has(toks[head + 1].lower) ? readName(toks.slice(head + 1)) : null;
    if (holder?.kind === "person" && holder.tokens.length > 1) return holder;
    const orgToks = toks.slice(head);
    return { kind: "organization", name: joined(orgToks), prefix: "", gender: null, tokens: orgToks };
  }
  let gender = null;
  let cut2 = 0;
  let titled = false;
  for (let k = Math.min(toks.length - 2, MAX_WORDS_BEFORE_TITLE); k >= 1; k--) {
    if (isTitle(toks[k]) && toks[k].text !== toks[k].text.toLowerCase() && !isTitle(toks[k + 1])) {
      cut2 = k + 1;
      titled = true;
      if (toks[k].lower in HONORIFICS) gender = HONORIFICS[toks[k].lower] ?? null;
      break;
    }
  }
  while (cut2 < toks.length) {
    const t = toks[cut2];
    if (t.lower in HONORIFICS) {
      gender = HONORIFICS[t.lower] ?? gender;
      titled = true;
    } else if (isTitle(t)) {
      const afterHonorific = cut2 > 0 && toks[cut2 - 1].lower in HONORIFICS;
      if (cut2 === toks.length - 1 && (!isTitleWord(t.lower) || afterHonorific && !ADDRESS_TITLES.has(t.lower))) break;
      titled = true;
    } else {
      const two = cut2 + 1 < toks.length ? `${t.text} ${toks[cut2 + 1].text}` : "";
      if (two && (placeOf(two) || orgOf(two)) && cut2 + 2 < toks.length) {
        cut2 += 2;
        continue;
      }
      if (!DEMONYMS.has(t.text) && !placeOf(t.text) && !orgOf(t.text)) break;
    }
    cut2++;
  }
  const prefix = joined(toks.slice(0, cut2));
  const rest = toks.slice(cut2);
  if (!rest.length) {
    if (toks.length === 1 && DEMONYMS.has(toks[0].text)) return none();
    return none();
  }
  if (rest.some((t, k) => NOT_NAME_WORDS2.has(t.lower) && !NAME_SUFFIXES.has(t.lower) && !(k === 0 && rest.length > 1 && NAME_LIKE_SENTENCE_WORDS.has(t.lower)))) return none();
  if (rest.some((t) => /^\p{N}/u.test(t.text))) return none();
  if (rest.slice(1).some((t) => NOT_PERSON_WORDS.has(t.lower))) return none();
  if (rest.some((t) => DEMONYMS.has(t.text) || ORG_ALIASES.has(t.text))) return none();
  const name2 = joined(rest);
  const first2 = rest[0].lower;
  if (gender === null) gender = FEMALE_NAMES.has(first2) ? "f" : MALE_NAMES.has(first2) ? "m" : null;
  if (rest.length === 1) {
    return { kind: titled ? "person" : "single", name: name2, prefix, gender, tokens: rest };
  }
  if (rest.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase())) return none();
  return { kind: "person", name: name2, prefix, gender, tokens: rest };
}
function titleCaseLines(body2) {
  const nl2 = body2.indexOf("\n");
  const line = nl2 < 0 ? body2 : body2.slice(0, nl2);
  if (line.length > MAX_HEADLINE_CHARS) return [];
  const words3 = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words3.length >= 3 && words3.filter((w) => /^[“"‘'(]?\p{Lu}/u.test(w)).length / words3.length >= HEADLINE_CAPS_RATIO) return [[0, line.length]];
  return [];
}
function readHeadlineName(run, body2, lineEnd) {
  for (let k = 0; k + 1 < run.length; k++) {
    const r2 = readNameOfRun(run.slice(k, k + 2));
    if (r2.kind !== "person" || r2.tokens.length !== 2) continue;
    const [first2, last] = r2.tokens;
    const knownFirst = FEMALE_NAMES.has(first2.lower) || MALE_NAMES.has(first2.lower);
    if (body2.includes(`${first2.text} ${last.text}`, lineEnd) || knownFirst && hasWord(body2, last.text, lineEnd)) return r2;
  }
  const r = readNameOfRun(run);
  return r.kind === "person" && r.tokens.length > 1 ? { ...r, kind: "none" } : r;
}
var ASCII_WORD_CHAR_RE = /\w/;
function hasWord(text, word, from) {
  if (!word) return false;
  const isW = (ch) => ch !== void 0 && ASCII_WORD_CHAR_RE.test(ch);
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i > from ? text[i - 1] : void 0;
    if (isW(before) !== isW(word[0]) && isW(text[i + word.length]) !== isW(word[word.length - 1])) return true;
  }
  return false;
}
function shift(tokens, by) {
  const out = [];
  for (const t of tokens) out.push({ text: t.text, lower: t.lower, start: t.start + by, end: t.end + by, possessive: t.possessive, capitalised: t.capitalised, periodAfter: t.periodAfter });
  return out;
}
function surnameOf(name2) {
  const parts = name2.split(/\s+/);
  for (let k = parts.length - 1; k >= 0; k--) if (!NAME_SUFFIXES.has(parts[k].toLowerCase())) return foldKey(parts[k]);
  return foldKey(name2);
}
var Registry = class {
  /**
   * `namesOnly`: the entities alone are wanted (the tags' names), not where each is mentioned nor who a surname
   * stands for: no occurrences, mentions or surnames are recorded (entities get an empty `surname`).
   */
  constructor(namesOnly = false) {
    this.namesOnly = namesOnly;
  }
  namesOnly;
  entities = [];
  occurrences = [];
  byKey = /* @__PURE__ */ new Map();
  bySurname = /* @__PURE__ */ new Map();
  /** offsets where each person's full name is printed */
  fullMentions = /* @__PURE__ */ new Map();
  /** how many entities the scan of capitalised stretches found (the later ones come from surnames and the title) */
  scanned = 0;
  /** `key`: foldKey(name), when the caller has it already (the scan keeps it with each cached reading). */
  get(name2, key = foldKey(name2)) {
    return this.byKey.get(key);
  }
  add(kind, name2, at, role, gender, key = foldKey(name2)) {
    let e = this.byKey.get(key);
    if (!e) {
      e = { kind, name: name2, surname: this.namesOnly ? "" : kind === "person" ? surnameOf(name2) : key, role, gender, firstAt: at, key };
      this.byKey.set(key, e);
      this.entities.push(e);
      if (kind === "person" && !this.namesOnly) {
        const list = this.bySurname.get(e.surname) ?? [];
        list.push(e);
        this.bySurname.set(e.surname, list);
      }
    } else {
      e.role ??= role;
      e.gender ??= gender;
    }
    return e;
  }
  /** The one person named family name first ("Liu Xiaming", later "Liu said"), if exactly one is. */
  byFamilyNameFirst(key) {
    let found;
    for (const e of this.entities) {
      if (e.kind !== "person" || !e.key.startsWith(key + " ")) continue;
      if (found) return void 0;
      found = e;
    }
    return found;
  }
  positionsMemo = null;
  /** The last offset before `at` where the entity is mentioned (-1: none). */
  lastMentionBefore(e, at) {
    if (!this.positionsMemo) {
      this.positionsMemo = /* @__PURE__ */ new Map();
      for (const o of this.occurrences) {
        const list2 = this.positionsMemo.get(o.entity) ?? [];
        list2.push(o.start);
        this.positionsMemo.set(o.entity, list2);
      }
      for (const list2 of this.positionsMemo.values()) list2.sort((a, b) => a - b);
    }
    const list = this.positionsMemo.get(e);
    return list ? lastBefore(list, at) : -1;
  }
  /** A surname ("Peskov", "PENCE") → the person, the one named last before `at` when several share it. */
  bySurnameAt(surname, at, key = foldKey(surname), gender = null) {
    let list = this.bySurname.get(key);
    if (!list?.length) return EAST_ASIAN_FAMILY_NAMES.has(key) ? this.byFamilyNameFirst(key) : void 0;
    if (gender) {
      list = list.filter((e) => e.gender === null || e.gender === gender);
      if (!list.length) return void 0;
    }
    if (list.length === 1) return list[0];
    let best;
    let bestAt = -1;
    for (const e of list) {
      const offsets = this.fullMentions.get(e);
      if (!offsets?.length) continue;
      const o = lastBefore(offsets, at);
      if (o >= 0 && o > bestAt) {
        best = e;
        bestAt = o;
      }
    }
    return best ?? list[0];
  }
};
var ROLE_MODIFIERS_RE = /^(?:campaign|press|national|security|foreign|policy|senior|top|former|chief|deputy|longtime|political|communications|government|party|vice|presidential|state|defense|defence|finance)$/;
function roleBefore(body2, tokens, index, prefix) {
  const words3 = [];
  for (let k = index - 1; k >= 0 && words3.length < MAX_ROLE_WORDS_BEFORE; k--) {
    const t = tokens[k];
    const nextStart = (words3[0] ?? tokens[index]).start;
    const gap = body2.slice(t.end, nextStart);
    if (!(gap === " " || t.possessive && /^['’]s? $/.test(gap))) break;
    const ok = ROLE_NOUNS.has(t.lower) || isTitleWord(t.lower) || DEMONYMS.has(t.text) || ROLE_MODIFIERS_RE.test(t.lower) || t.capitalised && !NOT_NAME_WORDS2.has(t.lower);
    if (!ok) break;
    words3.unshift(t);
  }
  const hasRole = words3.some((w) => ROLE_NOUNS.has(w.lower) || isTitleWord(w.lower));
  const before = hasRole ? body2.slice(words3[0].start, tokens[index].start).trim() : "";
  const role = [before, prefix].filter(Boolean).join(" ").trim();
  return role || null;
}
var WORD_BEFORE_CHAR_RE = /[\p{L}\p{N}.'’-]/u;
var WORD_BEFORE_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (WORD_BEFORE_CHAR_RE.test(String.fromCharCode(c))) WORD_BEFORE_ASCII[c] = 1;
function isWordBeforeChar(text, i) {
  const c = text.charCodeAt(i);
  return c < 128 ? WORD_BEFORE_ASCII[c] === 1 : WORD_BEFORE_CHAR_RE.test(text[i]);
}
var MAX_WORD_BEFORE_CHARS = 40;
function mayHaveRoleBefore(body2, at) {
  if (body2.charCodeAt(at - 1) !== 32) return false;
  let from = at - 1;
  while (from > 0 && at - from <= MAX_WORD_BEFORE_CHARS && isWordBeforeChar(body2, from - 1)) from--;
  if (from === at - 1) return false;
  const word = body2.slice(from, at - 1).replace(/['’]s?$/u, "").replace(/\.$/, "");
  if (!word) return false;
  const lower = word.toLowerCase();
  return ROLE_NOUNS.has(lower) || isTitleWord(lower) || DEMONYMS.has(word) || ROLE_MODIFIERS_RE.test(lower) || word[0] !== lower[0] && !NOT_NAME_WORDS2.has(lower);
}
function appositionAfter(body2, end) {
  if (body2.charCodeAt(end) !== 44) return null;
  const m = /^,\s+((?:a|an|the|his|her|its|their)\s+)?([^,.;:!?“”"()]{2,90}?)(?=,|\.(?:\s|$)|;)/u.exec(body2.slice(end, end + 120));
  if (!m) return null;
  const words3 = m[2].trim().split(/\s+/);
  if (words3.length > MAX_APPOSITION_WORDS) return null;
  let role = false;
  for (const w of words3) {
    const lower = w.toLowerCase().replace(/['’]s$/, "");
    if (/^(?:said|says|told|is|was|who|which|and|but)$/.test(lower)) return null;
    role ||= ROLE_NOUNS.has(lower);
  }
  if (!role) return null;
  return m[2].trim();
}
var READING_CACHE_LIMIT = 1e4;
var STRETCH_READINGS = new BoundedMemo(READING_CACHE_LIMIT);
var NO_RUNS = [];
function runReading(run, reading) {
  const last = run[run.length - 1];
  const first2 = reading.tokens[0];
  return {
    kind: reading.kind,
    start: run[0].start,
    first: run[0],
    end: last.end,
    possessive: last.possessive,
    nameTokens: reading.tokens.length,
    nameStart: first2?.start ?? 0,
    nameEnd: first2?.end ?? 0,
    nameText: first2?.text ?? "",
    nameTextKey: foldKey(first2?.text ?? ""),
    reading,
    nameKey: foldKey(reading.name)
  };
}
var LONE_READINGS = new BoundedMemo(READING_CACHE_LIMIT);
var NOT_A_NAME = { kind: "none" };
var COMMON_NOT_NAMES = new Map(
  [...NOT_NAME_WORDS2].filter((w) => w.length < 12).flatMap((w) => [w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).map((w) => [w, NOT_A_NAME])
);
function isLoneWord(word) {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 32 || c === 46 || c === 39 || c === 8217) return false;
  }
  return true;
}
function loneWord(word) {
  let r = LONE_READINGS.get(word);
  if (r) return r;
  const lower = word.toLowerCase();
  const org = orgOf(word);
  const place = org ? void 0 : placeOf(word);
  if (word.length < 12 && NOT_NAME_WORDS2.has(lower)) r = { kind: "none" };
  else if (org) r = { kind: "organization", name: org, key: foldKey(org) };
  else if (place) r = { kind: "place", name: place, key: foldKey(place) };
  else r = !isTitleWord(lower) && !DEMONYMS.has(word) && !(lower in HONORIFICS) ? { kind: "single", key: foldKey(word) } : { kind: "none" };
  LONE_READINGS.set(detached(word), r);
  return r;
}
function mergeByStart(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j].start < a[i].start ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
var OFFICE_LINK_BEFORE = /(?:^|[^\p{L}])(?:del|della|dello|dei|degli|delle|di|da|do|de|du|des)\s$|(?:^|[^\p{L}])(?:dell|dall|nell|sull|l|d)['’]$/iu;
var OFFICE_LINK_REACH = 8;
function officeCut(body2, at, stretch) {
  const space = stretch.indexOf(" ");
  if (space < 0 || stretch.indexOf(" ", space + 1) < 0) return stretch;
  if (!OFFICE_LINK_BEFORE.test(body2.slice(Math.max(0, at - OFFICE_LINK_REACH), at))) return stretch;
  const first2 = stretch.slice(0, space).toLowerCase();
  if (FEMALE_NAMES.has(first2) || MALE_NAMES.has(first2)) return stretch;
  const rest = stretch.slice(space + 1);
  const runs = capitalisedRuns(rest, tokenize(rest, 0));
  const reading = runs.length === 1 ? readName(runs[0]) : null;
  return reading?.kind === "person" && reading.tokens.length > 1 ? rest : stretch;
}
function scanNames(reg, body2, from, to, headlines, singles, roles) {
  const roleLooked = /* @__PURE__ */ new Set();
  const re = CAPITALISED_STRETCH_RE;
  re.lastIndex = from;
  for (let m = re.exec(body2); m !== null && m.index < to; m = re.exec(body2)) {
    const stretch = withLinkedStretches(body2, m.index, m[0]);
    if (stretch.length !== m[0].length) re.lastIndex = m.index + stretch.length;
    const word = officeCut(body2, m.index, stretch);
    const index = m.index + stretch.length - word.length;
    if (isLoneWord(word)) {
      const lone = COMMON_NOT_NAMES.get(word) ?? loneWord(word);
      if (lone.kind === "organization" || lone.kind === "place") {
        const e = reg.add(lone.kind, lone.name, index, null, null, lone.key);
        if (!reg.namesOnly) reg.occurrences.push({ start: index, end: index + word.length, entity: e });
      } else if (lone.kind === "single") {
        singles?.push({ text: word, start: index, end: index + word.length, runStart: index, reading: null, key: lone.key });
      }
      continue;
    }
    let parsed = STRETCH_READINGS.get(word);
    if (parsed === NO_RUNS) continue;
    if (parsed === void 0 && word.length < 12 && !word.includes(" ") && NOT_NAME_WORDS2.has(word.toLowerCase())) {
      STRETCH_READINGS.set(word, NO_RUNS);
      continue;
    }
    const base = index;
    const headline = headlineAt(headlines, base);
    if (headline) {
      const readings = [];
      for (const run of capitalisedRuns(word, tokenize(word, 0))) {
        const r = readHeadlineName(shift(run, base), body2, headline[1]);
        readings.push(runReading(run, { kind: r.kind, name: r.name, prefix: r.prefix, gender: r.gender, tokens: shift(r.tokens, -base) }));
      }
      parsed = readings;
    } else if (!parsed) {
      const own = detached(word);
      const readings = [];
      for (const run of capitalisedRuns(own, tokenize(own, 0))) readings.push(runReading(run, readName(run)));
      parsed = readings.length ? readings : NO_RUNS;
      STRETCH_READINGS.set(own, parsed);
    }
    if (parsed === NO_RUNS) continue;
    for (let k = 0; k < parsed.length; k++) {
      const r = parsed[k];
      const at = base + r.start;
      const lastEnd = base + r.end;
      const kind = r.kind;
      if (kind === "person" && r.nameTokens > 1) {
        const reading = r.reading;
        const nameAt = base + r.nameStart;
        const known = reg.get(reading.name, r.nameKey);
        let role = null;
        if (roles && (!known || !known.role && !roleLooked.has(known))) {
          if (known) roleLooked.add(known);
          role = appositionAfter(body2, lastEnd + (r.possessive ? 2 : 0));
          if (role === null && mayHaveRoleBefore(body2, at)) {
            const windowStart = Math.max(0, at - ROLE_WINDOW_CHARS);
            const before = tokenize(body2.slice(windowStart, at), windowStart);
            role = roleBefore(body2, [...before, shift([r.first], base)[0]], before.length, reading.prefix);
          } else role ??= reading.prefix || null;
        }
        const e = reg.add("person", reading.name, at, role, reading.gender, r.nameKey);
        if (!reg.namesOnly) {
          reg.occurrences.push({ start: nameAt, end: lastEnd, entity: e });
          const list = reg.fullMentions.get(e) ?? [];
          list.push(nameAt);
          reg.fullMentions.set(e, list);
        }
      } else if (kind === "organization" || kind === "place") {
        const e = reg.add(kind, r.reading.name, at, null, null, r.nameKey);
        if (!reg.namesOnly) reg.occurrences.push({ start: at, end: lastEnd, entity: e });
      } else if (kind === "person" || kind === "single") {
        singles?.push({ text: r.nameText, start: base + r.nameStart, end: base + r.nameEnd, runStart: at, reading: r.reading, key: r.nameTextKey });
      }
    }
  }
}
function headlineAt(headlines, at) {
  for (const h of headlines) if (at >= h[0] && at < h[1]) return h;
  return void 0;
}
function runKey(run) {
  let key = "";
  for (let k = 0; k < run.length; k++) key += (k ? " " : "") + run[k].text + (run[k].periodAfter ? "" : "");
  return key;
}
var RUN_READING_CACHE_LIMIT = 3e3;
var RUN_READINGS = new BoundedMemo(RUN_READING_CACHE_LIMIT);
function readNameOfRun(run) {
  const key = runKey(run);
  let c = RUN_READINGS.get(key);
  if (c === void 0) {
    const r = readName(run);
    c = { kind: r.kind, name: detached(r.name), prefix: detached(r.prefix), gender: r.gender, count: r.tokens.length };
    RUN_READINGS.set(key, c);
  }
  return { kind: c.kind, name: c.name, prefix: c.prefix, gender: c.gender, tokens: run.slice(run.length - c.count) };
}
var lastBuilt = null;
function buildRegistry(body2, title, names = []) {
  const reg = new Registry();
  const singles = [];
  const headlines = titleCaseLines(body2);
  scanNames(reg, body2, 0, body2.length, headlines, singles, true);
  reg.scanned = reg.entities.length;
  const scanned = reg.occurrences.length;
  for (const { text, start, end, runStart, reading, key } of singles) {
    const known = reg.bySurnameAt(text, start, key, reading?.gender ?? null);
    if (known) {
      reg.occurrences.push({ start, end, entity: known });
      if (reading?.gender && !known.gender) known.gender = reading.gender;
    } else if (reading?.kind === "person") {
      const e = reg.add("person", reading.name, runStart, reading.prefix || null, reading.gender);
      reg.occurrences.push({ start, end, entity: e });
    }
  }
  const merged = mergeByStart(reg.occurrences.slice(0, scanned), reg.occurrences.slice(scanned));
  for (let k = 0; k < merged.length; k++) reg.occurrences[k] = merged[k];
  for (const e of reg.entities) {
    const kb = publicFigureOf(e);
    if (kb && !e.gender) e.gender = kb.gender;
  }
  for (const line of [title, ...names]) {
    if (!line) continue;
    for (const run of capitalisedRuns(line, tokenize(line))) {
      if (run.length < 2) continue;
      const r = readNameOfRun(run);
      if (r.kind === "person" && r.tokens.length > 1) reg.add("person", r.name, body2.length, null, r.gender);
    }
  }
  lastBuilt = { body: body2, registry: reg, headlines: headlines.length };
  return reg;
}
function namedEntities(text, body2, bodyAt) {
  const reg = new Registry(true);
  const headlines = titleCaseLines(text);
  const memo = lastBuilt;
  if (memo && body2 && memo.body === body2 && memo.headlines === 0 && bodyAt + body2.length <= text.length) {
    scanNames(reg, text, 0, bodyAt, headlines, null, false);
    const known = memo.registry.entities;
    for (let k = 0; k < memo.registry.scanned; k++) reg.add(known[k].kind, known[k].name, bodyAt + known[k].firstAt, null, null, known[k].key);
    scanNames(reg, text, bodyAt + body2.length, text.length, headlines, null, false);
  } else scanNames(reg, text, 0, text.length, headlines, null, false);
  return reg.entities;
}
function lastBefore(sorted, at) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : -1;
}

// electron/text/quotes/04-cues.ts
var MAX_WORDS_BEFORE_RIGHT_VERB = 12;
var RIGHT_SCAN_CHARS = 160;
var MAX_LOWER_MODIFIERS = 3;
var MAX_CONTEXT_CHARS = 300;
var NEAR_LEFT_CHARS = 40;
var ENGLISH_DETERMINERS = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "one", "another", "two", "three", "several", "some"];
var DETERMINERS_ABROAD = {
  fr: ["le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur", "ce", "cette"],
  de: ["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "sein", "seine", "ihr", "ihre"],
  es: ["el", "la", "los", "las", "un", "una", "su", "sus", "este", "esta"],
  it: ["il", "lo", "la", "i", "gli", "le", "l", "un", "una", "uno", "suo", "sua", "questo", "questa"]
};
var DETERMINERS_BY_LANGUAGE = new Map(
  Object.entries(DETERMINERS_ABROAD).map(([language, words3]) => [language, /* @__PURE__ */ new Set([...ENGLISH_DETERMINERS, ...words3])])
);
var ENGLISH_DETERMINER_SET = new Set(ENGLISH_DETERMINERS);
var CLAUSE_WORDS = /* @__PURE__ */ new Set([
  "that",
  "what",
  "and",
  "but",
  "or",
  "who",
  "whom",
  "which",
  "when",
  "while",
  "as",
  "if",
  "because",
  "to",
  "in",
  "on",
  "at",
  "with",
  "by",
  "from",
  "after",
  "before",
  "during",
  "where",
  "why",
  "how",
  "than",
  "about",
  "into",
  "so",
  "then",
  "also",
  "not",
  "is",
  "was",
  "are",
  "were",
  "be",
  "been",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "should",
  "can",
  "may",
  "might",
  "must",
  "do",
  "does",
  "did",
  "it",
  "there",
  "here",
  "over",
  "under",
  "against",
  "since",
  "until",
  "though",
  "although",
  "through",
  "without",
  "like",
  "just",
  "only",
  "even"
]);
var CLAUSE_WORDS_ABROAD = {
  de: ["im", "in", "am", "an", "auf", "bei", "beim", "vor", "nach", "mit", "zum", "zur", "f\xFCr", "\xFCber", "unter", "gegen\xFCber", "laut", "und", "oder", "aber", "dass", "als", "wie", "w\xE4hrend", "seit", "aus"],
  fr: ["dans", "\xE0", "au", "aux", "en", "lors", "devant", "pendant", "apr\xE8s", "avant", "sur", "et", "ou", "mais", "que", "qui", "selon", "depuis", "chez", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  es: ["en", "durante", "ante", "tras", "desde", "o", "pero", "que", "seg\xFAn", "con", "sin", "sobre", "hasta"],
  it: ["in", "nel", "nella", "nei", "nelle", "durante", "davanti", "dopo", "prima", "al", "alla", "e", "o", "ma", "che", "secondo", "con", "su", "sul", "sulla"]
};
var CLAUSE_WORDS_BY_LANGUAGE = new Map(
  Object.entries(CLAUSE_WORDS_ABROAD).map(([language, words3]) => [language, /* @__PURE__ */ new Set([...CLAUSE_WORDS, ...words3])])
);
var isClauseWord = (t) => clipClauseWords.has(t.lower) && !(t.text.length > 1 && t.text === t.text.toUpperCase() && ORG_ALIASES.has(t.text));
var PARENTHETICAL_START_RE = /^(?:\p{L}+ing|who|which|whose|where|when|while|though|although|asked|speaking|writing|citing|according|in|on|at|after|before|during|with|for|like|unlike|as|if|meanwhile|however|instead|now|then|again|too|also|later|earlier|moreover|still|yet|of course|for example|for instance|in fact|\p{N}+)\b/iu;
var clipVerbs = speechVerbsFor(null);
var clipPronouns = speakerPronounsFor(null);
var clipDeterminers = ENGLISH_DETERMINER_SET;
var clipClauseWords = CLAUSE_WORDS;
function readCuesIn(language) {
  clipVerbs = speechVerbsFor(language);
  clipPronouns = speakerPronounsFor(language);
  clipDeterminers = (language ? DETERMINERS_BY_LANGUAGE.get(language) : void 0) ?? ENGLISH_DETERMINER_SET;
  clipClauseWords = (language ? CLAUSE_WORDS_BY_LANGUAGE.get(language) : void 0) ?? CLAUSE_WORDS;
}
var hasSpeechVerb = (text) => clipVerbs.test.test(text);
var isSpeechVerb = (t) => t !== void 0 && clipVerbs.verbs.has(t.lower) && !t.capitalised;
var isPronoun = (t) => t !== void 0 && clipPronouns.has(t.lower);
var hasMask = (s) => s.includes(MASK_CHAR);
function npToken(t) {
  return t.capitalised || t.possessive || clipDeterminers.has(t.lower) || ROLE_NOUNS.has(t.lower) || OCCUPATIONS.has(t.lower) || isTitleWord(t.lower) || NAME_PARTICLES.has(t.lower) || DEMONYMS.has(t.text);
}
function weakVerbReads(toks, v) {
  const prev = toks[v - 1];
  if (!prev || prev.possessive || clipDeterminers.has(prev.lower)) return false;
  return isPronoun(prev) || VERB_FILLERS.has(prev.lower) || prev.capitalised || ROLE_NOUNS.has(prev.lower);
}
function isTimeWord(toks, k) {
  const t = toks[k];
  if (!TIME_WORDS_RE.test(t.lower)) return false;
  if (/^(?:on|in|at|last|this|next|early|late)$/.test(t.lower)) return k + 1 < toks.length && TIME_WORDS_RE.test(toks[k + 1].lower);
  if (/^(?:may|march)$/.test(t.lower) && t.capitalised && k > 0 && toks[k - 1].capitalised) return false;
  return true;
}
var MASK_CODE = MASK_CHAR.charCodeAt(0);
var SEGMENT_BREAK_RE = /[,;()\u2014\u2013]|\s-\s/g;
function onlySpaceOrMask(text, from, to, mask) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c) && !(mask && c === MASK_CODE)) return false;
  }
  return true;
}
function subjectBefore(text, base) {
  const segments = [];
  let from = 0;
  const re = SEGMENT_BREAK_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    segments.push({ from, to: m.index });
    from = m.index + m[0].length;
  }
  segments.push({ from, to: text.length });
  for (let s = segments.length - 1; s >= 0; s--) {
    const seg = segments[s];
    const blank = onlySpaceOrMask(text, seg.from, seg.to, false);
    if (blank || onlySpaceOrMask(text, seg.from, seg.to, true)) {
      if (s === segments.length - 1) continue;
      if (blank) continue;
      return null;
    }
    const raw = text.slice(seg.from, seg.to);
    const trimmed2 = raw.trim();
    const isLast = s === segments.length - 1;
    if (!isLast && (PARENTHETICAL_START_RE.test(trimmed2) || s > 0 && isApposition(trimmed2))) continue;
    const np = npAtEnd(raw, base + seg.from);
    if (!np && !isLast) return null;
    if (np && !isLast && np.text !== trimmed2) return null;
    return np;
  }
  return null;
}
var COORDINATED_VERB_RE = /\b(?:and|but)\s+$/i;
function sentenceSubject(text, base) {
  const comma = text.indexOf(",");
  if (comma <= 0) return null;
  const first2 = text.slice(0, comma);
  if (PARENTHETICAL_START_RE.test(first2.trim())) return null;
  const np = npAtEnd(first2, base);
  return np && np.text === first2.trim() && /^\p{Lu}/u.test(np.text) ? np : null;
}
var MAX_APPOSITION_WORDS2 = 10;
function isApposition(seg) {
  const toks = tokenize(seg, 0, MAX_APPOSITION_WORDS2 + 1);
  if (!toks.length || toks.length > MAX_APPOSITION_WORDS2) return false;
  if (!toks.some((t) => ROLE_NOUNS.has(t.lower))) return false;
  const first2 = toks[0];
  return clipDeterminers.has(first2.lower) || first2.possessive || ROLE_NOUNS.has(first2.lower) || /^(?:former|senior|top|longtime|chief)$/.test(first2.lower) || first2.capitalised && toks.length > 1 && toks.some((t) => ROLE_NOUNS.has(t.lower) && !t.capitalised);
}
function npAtEnd(seg, base) {
  const toks = tokenize(seg);
  if (!toks.length) return null;
  let end = toks.length - 1;
  while (end >= 0 && (VERB_FILLERS.has(toks[end].lower) && !toks[end].capitalised || isTimeWord(toks, end))) end--;
  if (end < 0) return null;
  if (seg.slice(toks[end].end, toks[toks.length - 1].end).replace(/[\p{L}\p{N}\s]/gu, "") !== "") return null;
  if (!/^\s*$/u.test(seg.slice(toks[toks.length - 1].end).replace(/^['’]s?/u, ""))) return null;
  const last = toks[end];
  if (isPronoun(last) && !last.capitalised || isPronoun(last) && last.lower !== "i" && (end === 0 || !toks[end - 1].capitalised)) {
    return { text: last.text, start: base + last.start };
  }
  if (!npToken(last) || clipDeterminers.has(last.lower)) return null;
  let k = end;
  let lower = 0;
  while (k - 1 >= 0) {
    const t = toks[k - 1];
    const gap = seg.slice(t.end, toks[k].start);
    if (!/^(?:\s|['’]s?\s)$/u.test(gap)) break;
    if (clipDeterminers.has(t.lower)) {
      k--;
      break;
    }
    if ((t.lower === "of" || t.lower === "for") && k - 2 >= 0 && ROLE_NOUNS.has(toks[k - 2].lower)) {
      k--;
      continue;
    }
    if (isClauseWord(t) || isSpeechVerb(t)) break;
    if (!npToken(t)) {
      if (lower >= MAX_LOWER_MODIFIERS || !toks.slice(k, end + 1).some((x) => ROLE_NOUNS.has(x.lower))) break;
      if (/(?:ed|ly)$/.test(t.lower) && !/^(?:red|united)$/.test(t.lower)) break;
      lower++;
    }
    k--;
  }
  const first2 = toks[k];
  if (k - 2 >= 0 && toks[k - 1].lower === "and" && toks[k - 2].capitalised) {
    const a = toks[k - 2];
    return { text: seg.slice(a.start, last.end), start: base + a.start };
  }
  return { text: seg.slice(first2.start, last.end + (last.possessive ? 0 : 0)), start: base + first2.start };
}
function subjectAfter(input, base) {
  let text = input;
  const lead = /^\s+/.exec(text);
  if (!lead) return null;
  let toks = tokenize(text);
  if (!toks.length || toks[0].start !== lead[0].length) return null;
  let skip = 0;
  while (skip < toks.length && isTimeWord(toks, skip)) skip++;
  if (skip) {
    if (skip >= toks.length || !/^\s+$/.test(text.slice(toks[skip - 1].end, toks[skip].start))) return null;
    text = text.slice(0, toks[skip].start).replace(/[^]/g, " ") + text.slice(toks[skip].start);
    toks = toks.slice(skip);
  }
  const first2 = toks[0];
  if (isPronoun(first2) && first2.lower !== "it" && first2.lower !== "i") return { text: first2.text, start: base + first2.start };
  const leadsToName = toks[1]?.capitalised && !isClauseWord(first2) || toks[2]?.capitalised && !isClauseWord(first2) && !isClauseWord(toks[1]) && !isSpeechVerb(toks[1]);
  if (!npToken(first2) && !leadsToName || first2.lower === "that" || first2.lower === "this") return null;
  let k = 0;
  let lower = 0;
  while (k + 1 < toks.length) {
    const t = toks[k + 1];
    const gap = text.slice(toks[k].end, t.start);
    if (!/^(?:\s|['’]s?\s)$/u.test(gap)) break;
    if ((t.lower === "of" || t.lower === "for") && ROLE_NOUNS.has(toks[k].lower)) {
      k++;
      continue;
    }
    if (isClauseWord(t) || isSpeechVerb(t)) break;
    if (!npToken(t) || clipDeterminers.has(t.lower) && !/^(?:of|for)$/.test(toks[k].lower)) {
      const beforeName = toks[k + 2]?.capitalised === true && !/^(?:of|for|at|from|with|by|in|on)$/.test(t.lower) && /^\s+$/.test(text.slice(t.end, toks[k + 2].start));
      if (lower >= MAX_LOWER_MODIFIERS || !ROLE_NOUNS.has(t.lower) && !beforeName && !toks.slice(k + 2, k + 4).some((x) => ROLE_NOUNS.has(x.lower))) break;
      lower++;
    }
    k++;
  }
  const last = toks[k];
  if (clipDeterminers.has(last.lower)) return null;
  return { text: text.slice(first2.start, last.end), start: base + first2.start };
}
var POSSESSIVE_DESCRIPTION_RE = /^\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Ll}[\p{L}-]*\s*)+$/u;
var APPOSED_NAME_RE = /^,\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*[,.;]/u;
function letterRunBefore(text, from, to) {
  let i = to;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c < 128) {
      if (!(c === 46 || c >= 97 && c <= 122 || c >= 65 && c <= 90)) break;
    } else if (c >= 55296 && c <= 57343) return -1;
    else if (!LETTER_RE.test(text[i - 1])) break;
    i--;
  }
  return i;
}
var LETTER_RE = /\p{L}/u;
var SENTENCE_END_RE = /[.!?][)\]'’"”]*\s+(?=[\p{Lu}\p{N}"“‘'(\u25a1])/gu;
function sentenceStarts(masked) {
  const starts = [0];
  const re = SENTENCE_END_RE;
  re.lastIndex = 0;
  for (let m = re.exec(masked); m !== null; m = re.exec(masked)) {
    if (masked.charCodeAt(m.index) === 46) {
      const from = Math.max(0, m.index - 12);
      const run = letterRunBefore(masked, from, m.index + 1);
      const before = run >= 0 ? masked.slice(run, m.index + 1) : /[\p{L}.]+$/u.exec(masked.slice(from, m.index + 1))?.[0];
      if (before && isAbbreviation(before)) continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
}
function sentenceBounds(starts, at, length) {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (starts[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? starts[lo - 1] : 0, lo < starts.length ? starts[lo] : length];
}
var LABEL_RE = /^((?:\p{Lu}[\p{Lu}.'’\-]+)(?: \p{Lu}[\p{Lu}.'’\-]+){0,2}):\s/u;
var NOT_LABELS = /* @__PURE__ */ new Set(["UPDATE", "NOTE", "BREAKING", "WATCH", "READ", "EDITOR", "CORRECTION", "PHOTOS", "VIDEO", "Q", "A", "UPDATED"]);
var LEAD_LABEL_RE = /^\s*((?:\p{Lu}[\p{L}.'’\-]+)(?: \p{Lu}[\p{L}.'’\-]+){0,3}):\s*$/u;
var ACCORDING_LEFT_RE = new RegExp(`(?<![\\p{L}])(${ACCORDING_PHRASES})\\s+([^,\\u25a1]{2,90}?),?\\s*$`, "iu");
var ACCORDING_RIGHT_RE = new RegExp(`^(${ACCORDING_PHRASES})\\s`, "i");
function findCues(text, masked, spans, j, starts) {
  const q = spans[j];
  const quoted = text.slice(q.textStart, q.textEnd);
  const label = LABEL_RE.exec(quoted);
  if (label && !NOT_LABELS.has(label[1])) {
    return { kind: "label", mention: label[1], mentionStart: q.textStart, cue: `${label[1]}:`, verb: null, distant: false };
  }
  const [sStart, sEnd] = sentenceBounds(starts, q.open, masked.length);
  const prev = spans[j - 1];
  const next = spans[j + 1];
  const endsSentence = /[.!?]['’"”]?$/.test(quoted);
  const leftFrom = Math.max(sStart, prev && prev.close + 1 > sStart ? prev.close + 1 : 0, q.open - MAX_CONTEXT_CHARS);
  const left = masked.slice(leftFrom, q.open);
  const closeEnd = Math.min(masked.length, q.close + 1);
  const rightTo = Math.min(next && next.open > q.close ? next.open : masked.length, Math.max(sEnd, closeEnd), closeEnd + MAX_CONTEXT_CHARS);
  const right = masked.slice(closeEnd, rightTo);
  const r = rightCue(right, closeEnd, /\.['’"”]?$/.test(quoted));
  if (r) return r;
  const acc = ACCORDING_LEFT_RE.exec(left);
  if (acc) {
    const np = subjectAfter(" " + acc[2], leftFrom + acc.index + acc[1].length);
    if (np) return { kind: "according", mention: np.text, mentionStart: np.start, cue: acc[1], verb: null, distant: false };
  }
  const lead = lastNonSpace(left) === 58 ? LEAD_LABEL_RE.exec(left) : null;
  if (lead) return { kind: "label", mention: lead[1], mentionStart: leftFrom + lead.index + lead[0].indexOf(lead[1]), cue: ":", verb: null, distant: false };
  const l = leftCue(left, leftFrom, q.open);
  if (l) return l;
  if (!endsSentence || !q.closed) {
    const tail = masked.slice(closeEnd, Math.min(Math.max(sEnd, closeEnd), closeEnd + MAX_CONTEXT_CHARS));
    const t = tailCue(tail, closeEnd);
    if (t) return t;
  }
  return null;
}
function cueText(after) {
  const m = CUE_TAIL_RE.exec(after);
  return m ? m[0].replace(/\s+$/, "") : "";
}
var APPOSITIONS_CUE_RE = /^((?:[\p{L}-]+\s+){0,3}?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)((?:,\s+[^,.;:!?“”"«»\n]{2,80}){1,3}),\s+(\p{Ll}+)\b/u;
var AFTER_FULL_STOP_MAX_WORDS = 5;
function rightCue(right, base, afterFullStop = false) {
  const lead = /^\s*[,;:\u2014\u2013-]*\s*/.exec(right)[0];
  const body2 = right.slice(lead.length);
  if (!body2 || hasMask(body2.slice(0, 3))) return null;
  const comma = body2.indexOf(",");
  const apposed = comma >= 0 && body2.indexOf(",", comma + 1) >= 0 ? APPOSITIONS_CUE_RE.exec(body2) : null;
  if (apposed && clipVerbs.verbs.has(apposed[3]) && !WEAK_SPEECH_VERBS.has(apposed[3])) {
    return { kind: "right", mention: apposed[1], mentionStart: base + lead.length, cue: apposed[0], verb: apposed[3], distant: false };
  }
  const scan = body2.length > RIGHT_SCAN_CHARS ? body2.slice(0, RIGHT_SCAN_CHARS) : body2;
  if (!hasSpeechVerb(scan) && !ACCORDING_RIGHT_RE.test(body2)) {
    if (scan === body2 || tokenize(scan, 0, MAX_WORDS_BEFORE_RIGHT_VERB + 3).length > MAX_WORDS_BEFORE_RIGHT_VERB + 2) return null;
    if (!hasSpeechVerb(body2)) return null;
  }
  const toks = tokenize(body2, 0, MAX_WORDS_BEFORE_RIGHT_VERB + 1);
  const acc = ACCORDING_RIGHT_RE.exec(body2);
  if (acc) {
    const np = subjectAfter(body2.slice(acc[1].length), base + lead.length + acc[1].length);
    if (np) return { kind: "according", mention: np.text, mentionStart: np.start, cue: acc[1], verb: null, distant: false };
  }
  const clitic = CLITIC_CUE_RE.exec(body2);
  if (clitic) {
    const verb = (clitic[2] ?? clitic[3]).toLowerCase();
    const pronoun = clitic[1] ?? clitic[4];
    if (clipVerbs.verbs.has(verb)) {
      const at = base + lead.length + (clitic[1] ? "a-t-".length : clitic[0].length - pronoun.length);
      return { kind: "right", mention: pronoun, mentionStart: at, cue: clitic[0], verb, distant: false };
    }
  }
  for (let v = 0; v < Math.min(toks.length, MAX_WORDS_BEFORE_RIGHT_VERB + 1); v++) {
    const t = toks[v];
    if (/[.!?;]/.test(body2.slice(toks[v - 1]?.end ?? 0, t.start)) && v > 0) return null;
    if (!isSpeechVerb(t)) continue;
    if (afterFullStop && v > AFTER_FULL_STOP_MAX_WORDS && !lead.trim()) return null;
    if (v === 0 && !INVERTIBLE_VERBS.has(t.lower)) return null;
    const auxiliaryOnly = v > 0 && toks.slice(0, v).every((x) => VERB_FILLERS.has(x.lower) && !x.capitalised);
    const subject = v === 0 || auxiliaryOnly ? subjectAfter(body2.slice(t.end), base + lead.length + t.end) : null;
    if (v === 0 || subject) {
      if (!INVERTIBLE_VERBS.has(t.lower) || !subject) return null;
      let np2 = subject;
      let after2 = body2.slice(np2.start - base - lead.length + np2.text.length);
      const named = APPOSED_NAME_RE.exec(after2);
      if (named && (!/\p{Lu}/u.test(np2.text[0]) || POSSESSIVE_DESCRIPTION_RE.test(np2.text))) {
        np2 = { text: `${np2.text}, ${named[1]}`, start: np2.start };
        after2 = after2.slice(named[0].length - 1);
      }
      return { kind: "right", mention: np2.text, mentionStart: np2.start, cue: (body2.slice(toks[0].start, t.end) + " " + np2.text + cueText(after2)).trim(), verb: t.lower, distant: false };
    }
    if (WEAK_SPEECH_VERBS.has(t.lower) && !weakVerbReads(toks, v)) return null;
    const np = subjectBefore(body2.slice(0, t.start), base + lead.length);
    if (!np) return null;
    const after = body2.slice(t.end);
    return { kind: "right", mention: np.text, mentionStart: np.start, cue: (body2.slice(np.start - base - lead.length, t.end) + cueText(after)).trim(), verb: t.lower, distant: false };
  }
  return null;
}
var isSpace2 = (ch) => ch === " " || ch === "\n" || ch === "	" || ch === "\r" || ch === "\xA0";
function leftCue(left, base, openAt) {
  let last = -1;
  let lastEnd = -1;
  const every = clipVerbs.all;
  every.lastIndex = 0;
  for (let m = every.exec(left); m !== null; m = every.exec(left)) {
    last = m.index;
    lastEnd = m.index + m[0].length;
  }
  if (last < 0) return null;
  let cut2 = last;
  while (cut2 > 0 && !isSpace2(left[cut2 - 1])) cut2--;
  while (cut2 > 0 && isSpace2(left[cut2 - 1])) cut2--;
  while (cut2 > 0 && !isSpace2(left[cut2 - 1])) cut2--;
  const verbTokenEnd = tokenEnd(left, lastEnd);
  const end = verbTokenPossible(left, verbTokenEnd) ? left.length : verbTokenEnd;
  if (cut2 > 0) {
    const decided = decideLeftCue(left, base, openAt, tokenize(left.slice(cut2, end), cut2), true);
    if (decided !== void 0) return decided;
  }
  return decideLeftCue(left, base, openAt, tokenize(end === left.length ? left : left.slice(0, end)), false) ?? null;
}
function verbTokenPossible(text, from) {
  let inRun = false;
  let runStartsLower = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 95) return true;
    const lower = c >= 97 && c <= 122 || c >= 192 && c <= 591 && c !== 215 && c !== 247;
    const upper = c >= 65 && c <= 90;
    if (!lower && !upper) inRun = false;
    else if (!inRun) {
      inRun = true;
      runStartsLower = lower;
    } else if (upper && runStartsLower) return true;
  }
  return false;
}
function decideLeftCue(left, base, openAt, toks, partial) {
  for (let v = toks.length - 1; v >= 0; v--) {
    const t = toks[v];
    if (!isSpeechVerb(t)) continue;
    if (partial && v === 0) return void 0;
    if (WEAK_SPEECH_VERBS.has(t.lower) && !weakVerbReads(toks, v)) continue;
    const distant = openAt - (base + t.end) > NEAR_LEFT_CHARS;
    const before = left.slice(0, t.start);
    const np = (COORDINATED_VERB_RE.test(before) ? sentenceSubject(before, base) : null) ?? subjectBefore(before, base);
    if (np) {
      return { kind: "left", mention: np.text, mentionStart: np.start, cue: (left.slice(np.start - base, t.end) + cueText(left.slice(t.end))).trim(), verb: t.lower, distant };
    }
    const after = INVERTIBLE_VERBS.has(t.lower) ? subjectAfter(left.slice(t.end), base + t.end) : null;
    if (after && /^[\s,:]*$/.test(left.slice(after.start - base + after.text.length))) {
      return { kind: "left", mention: after.text, mentionStart: after.start, cue: `${t.text} ${after.text}`, verb: t.lower, distant };
    }
    if (t.lower.length > 4 && t.lower.endsWith("ing")) continue;
    return null;
  }
  return partial ? void 0 : null;
}
function tailCue(tail, base) {
  const m = /,\s*([^,\u25a1]{1,100}?)\s*[.!?]?['’"”]?\s*$/u.exec(tail);
  if (!m) return null;
  const clause = m[1];
  if (!hasSpeechVerb(clause)) return null;
  const cbase = base + m.index + m[0].indexOf(clause);
  const toks = tokenize(clause);
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v];
    if (!isSpeechVerb(t)) continue;
    if (v === 0) {
      if (!INVERTIBLE_VERBS.has(t.lower)) return null;
      const np2 = subjectAfter(clause.slice(t.end), cbase + t.end);
      return np2 ? { kind: "tail", mention: np2.text, mentionStart: np2.start, cue: clause, verb: t.lower, distant: true } : null;
    }
    const np = subjectBefore(clause.slice(0, t.start), cbase);
    return np ? { kind: "tail", mention: np.text, mentionStart: np.start, cue: clause.trim(), verb: t.lower, distant: true } : null;
  }
  return null;
}

// electron/text/quotes/05-resolve.ts
var ROLE_CACHE_LIMIT = 5e3;
var NOBODY = { name: null, kind: null, role: null, gender: null };
var GROUP_HEADS_RE = /\b(?:campaign|administration|government|ministry|office|team|committee|party|agency|department|statement|spokesmen|officials|aides|advisers|sources|people|supporters|critics|democrats|republicans|voters|members|leaders|group|organization|organisation|company|firm|report|poll|survey|study|letter|memo|website|site|paper|newspaper)s?$/i;
var OWNERLESS = /* @__PURE__ */ new Set(["the", "a", "an", "this", "that", "its", "their", "his", "her"]);
var TITLE_NOUNS = wordTable({ sen: "senator", gov: "governor", rep: "representative", gen: "general", pres: "president", adm: "admiral" });
var roleWordsCache = /* @__PURE__ */ new Map();
var roleWords = (role) => {
  if (!role) return [];
  let words3 = roleWordsCache.get(role);
  if (!words3) {
    const own = detached(role);
    words3 = tokenize(own).map((t) => TITLE_NOUNS[t.lower] ?? t.lower);
    if (roleWordsCache.size < ROLE_CACHE_LIMIT) roleWordsCache.set(own, words3);
  }
  return words3;
};
function personSpeaker(e, role = null) {
  return { name: e.name, kind: "person", role: role ?? e.role, gender: e.gender };
}
var MAX_SUBJECT_OFFSET = 40;
var compatible = (gender, want) => want === null || gender === null || gender === want;
function resolvePronoun(pronoun, ctx) {
  const want = SPEAKER_PRONOUNS[pronoun.toLowerCase()];
  if (want === "plural" || want === void 0) return NOBODY;
  if (want === "org") {
    if (ctx.current?.kind === "organization") return ctx.current;
    return NOBODY;
  }
  if (pronoun.toLowerCase() === "i") return ctx.current?.kind === "person" ? ctx.current : NOBODY;
  const occ = ctx.registry.occurrences;
  const first2 = firstPersonBetween(ctx, ctx.sentenceStart, ctx.at, want);
  if (first2) return personSpeaker(first2);
  if (ctx.previousSentenceStart !== void 0) {
    const opener = firstPersonBetween(ctx, ctx.previousSentenceStart, Math.min(ctx.sentenceStart, ctx.previousSentenceStart + MAX_SUBJECT_OFFSET), null);
    if (opener && compatible(opener.gender, want)) return personSpeaker(opener);
  }
  if (ctx.current?.kind === "person" && compatible(ctx.current.gender, want)) return ctx.current;
  for (let k = firstAtOrAfter(occ, ctx.at) - 1; k >= 0; k--) {
    const o = occ[k];
    if (o.entity.kind === "person" && compatible(o.entity.gender, want)) return personSpeaker(o.entity);
  }
  return NOBODY;
}
function firstAtOrAfter(occ, at) {
  let lo = 0;
  let hi = occ.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (occ[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function firstPersonBetween(ctx, from, to, want) {
  const occ = ctx.registry.occurrences;
  for (let k = firstAtOrAfter(occ, from); k < occ.length && occ[k].start < to; k++) {
    const o = occ[k];
    if (o.entity.kind === "person" && compatible(o.entity.gender, want) && !ctx.quoted?.(o.start)) return o.entity;
  }
  return null;
}
var roleCountryCache = /* @__PURE__ */ new Map();
function roleCountry(role) {
  if (!role) return null;
  let c = roleCountryCache.get(role);
  if (c === void 0) {
    c = tokenize(role).map((t) => DEMONYMS.get(t.text) ?? PLACE_ALIASES.get(t.text)).find(Boolean) ?? null;
    if (roleCountryCache.size < ROLE_CACHE_LIMIT) roleCountryCache.set(detached(role), c);
  }
  return c;
}
var ROLE_HEAD_INDEX = /* @__PURE__ */ new WeakMap();
function peopleByRoleHead(registry) {
  let memo = ROLE_HEAD_INDEX.get(registry);
  if (!memo || memo.size !== registry.entities.length) {
    const byHead = /* @__PURE__ */ new Map();
    for (const e of registry.entities) {
      if (e.kind !== "person") continue;
      const heads = new Set(roleWords(e.role));
      for (const r of publicFigure(e.name)?.roles ?? []) heads.add(r.slice(r.lastIndexOf(" ") + 1));
      for (const h of heads) {
        const list = byHead.get(h);
        if (list) list.push(e);
        else byHead.set(h, [e]);
      }
    }
    memo = { size: registry.entities.length, byHead };
    ROLE_HEAD_INDEX.set(registry, memo);
  }
  return memo.byHead;
}
function resolveDescription(mention, ctx, toks = tokenize(mention)) {
  const heads = toks.filter((t) => ROLE_NOUNS.has(t.lower) && !t.possessive);
  const head = heads[heads.length - 1];
  if (!head || GROUP_HEADS_RE.test(mention.trim())) return NOBODY;
  const owner = toks.find((t) => t.start < head.start && (t.possessive || t.capitalised) && !OWNERLESS.has(t.lower) && !DEMONYMS.has(t.text) && !PLACE_ALIASES.has(t.text));
  const countries = toks.map((t) => DEMONYMS.get(t.text) ?? PLACE_ALIASES.get(t.text)).filter((c) => Boolean(c));
  const country = countries[0] ?? null;
  const words3 = toks.map((t) => t.lower);
  let best = null;
  let bestScore = 0;
  let bestAt = -1;
  for (const e of peopleByRoleHead(ctx.registry).get(head.lower) ?? []) {
    const rw = roleWords(e.role);
    const kb = publicFigure(e.name);
    let score = 0;
    if (rw.includes(head.lower)) score += 2;
    if (kb?.roles.some((r) => r === head.lower || r.endsWith(" " + head.lower))) score += 2;
    if (!score) continue;
    if (owner && SPOKES_NOUNS.has(head.lower)) {
      const ownerKey = owner.lower;
      if (!rw.includes(ownerKey) && !(e.role ?? "").toLowerCase().includes(ownerKey)) continue;
    }
    const personCountry = roleCountry(e.role) ?? kb?.country ?? null;
    if (country) {
      if (personCountry === country) score += 1;
      else if (personCountry) continue;
    }
    if (words3.includes("former") && !rw.includes("former")) score -= 1;
    const lastAt = ctx.registry.lastMentionBefore(e, ctx.at);
    if (score > bestScore || score === bestScore && lastAt > bestAt) {
      best = e;
      bestScore = score;
      bestAt = lastAt;
    }
  }
  if (!best && owner && HEAD_NOUNS.has(head.lower)) best = headOf(owner, ctx);
  return best ? personSpeaker(best) : NOBODY;
}
function headOf(owner, ctx) {
  const org = ORG_ALIASES.get(owner.text)?.toLowerCase();
  let best = null;
  let bestAt = -1;
  for (const e of ctx.registry.entities) {
    if (e.kind !== "person" || !e.role) continue;
    if (!roleWords(e.role).includes(owner.lower) && !(org && e.role.toLowerCase().includes(org))) continue;
    const at = ctx.registry.lastMentionBefore(e, ctx.at);
    if (at > bestAt) {
      best = e;
      bestAt = at;
    }
  }
  return best;
}
function headSpeaker(mention, ctx, parsed) {
  return { ...resolveDescription(mention, ctx, parsed.toks), role: parsed.descriptionRole };
}
function cleanMention(mention) {
  return mention.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").replace(/^[\s,;:]+|[\s,;:]+$/g, "");
}
var ParsedMention = class {
  constructor(mention) {
    this.mention = mention;
    this.lower = mention.toLowerCase();
  }
  mention;
  lower;
  toksMemo;
  runsMemo;
  readRuns = [];
  describedMemo;
  roleMemo;
  get toks() {
    return this.toksMemo ??= tokenize(this.mention);
  }
  /** capitalised runs, last first */
  get runCount() {
    return (this.runsMemo ??= capitalisedRuns(this.mention, this.toks).reverse()).length;
  }
  run(k) {
    let r = this.readRuns[k];
    if (!r) {
      this.runCount;
      const run = this.runsMemo[k];
      const lastTok = run[run.length - 1];
      const after = this.toks.filter((t) => t.start > lastTok.start);
      const reading = readName(run);
      r = {
        reading,
        role: roleOf(this.mention, reading.tokens[0]?.start ?? 0, reading.prefix),
        lastTok,
        modifier: after.some((t) => ROLE_NOUNS.has(t.lower) || GROUP_HEADS_RE.test(t.lower)),
        spokesAfter: after.some((t) => SPOKES_NOUNS.has(t.lower)),
        headAfter: after.some((t) => HEAD_NOUNS.has(t.lower)),
        groupAfter: after.some((t) => GROUP_HEADS_RE.test(t.lower))
      };
      this.readRuns[k] = r;
    }
    return r;
  }
  /** gender from an honorific in the mention ("Mr"), if any */
  get honorific() {
    const t = this.toks.find((x) => x.lower in HONORIFICS);
    return t ? HONORIFICS[t.lower] : null;
  }
  /** the mention holds a role noun or title: a description to resolve */
  get described() {
    return this.describedMemo ??= this.toks.some((t) => ROLE_NOUNS.has(t.lower) || isTitleWord(t.lower));
  }
  /** the role words of a description */
  get descriptionRole() {
    if (this.roleMemo === void 0) this.roleMemo = roleOf(this.mention, this.mention.length, "");
    return this.roleMemo;
  }
};
var MENTION_CACHE_LIMIT = 2500;
var PARSED_MENTIONS = new BoundedMemo(MENTION_CACHE_LIMIT);
function parseMention(rawMention) {
  let parsed = PARSED_MENTIONS.get(rawMention);
  if (parsed === void 0) {
    const own = detached(rawMention);
    const mention = cleanMention(own);
    parsed = mention ? new ParsedMention(mention) : null;
    PARSED_MENTIONS.set(own, parsed);
  }
  return parsed;
}
function resolveMention(rawMention, ctx) {
  const parsed = parseMention(rawMention);
  if (!parsed) return NOBODY;
  const { mention, lower } = parsed;
  if (lower in SPEAKER_PRONOUNS) return resolvePronoun(lower, ctx);
  if (/\band\b/.test(lower) && !ORG_ALIASES.has(mention)) return NOBODY;
  const org = ORG_ALIASES.get(mention) ?? ORG_ALIASES.get(mention.replace(/^the\s+/i, "The "));
  if (org) return { name: org, kind: "organization", role: null, gender: null };
  for (let k = 0; k < parsed.runCount; k++) {
    const { reading, role, lastTok, modifier, spokesAfter, groupAfter, headAfter } = parsed.run(k);
    if (reading.kind === "organization") {
      if (modifier && spokesAfter) return resolveDescription(mention, ctx, parsed.toks);
      if (modifier && headAfter) return headSpeaker(mention, ctx, parsed);
      return { name: reading.name, kind: "organization", role: null, gender: null };
    }
    if (reading.kind === "place") {
      if (modifier) continue;
      const capital = CAPITALS.has(reading.name) || PLACE_ALIASES.has(reading.name);
      if (capital && !modifier) return { name: reading.name, kind: "organization", role: null, gender: null };
      continue;
    }
    if (reading.kind === "person" || reading.kind === "single") {
      if (modifier && !lastTok.possessive && (spokesAfter || groupAfter)) {
        return resolveDescription(mention, ctx, parsed.toks);
      }
      if (modifier && headAfter && reading.kind === "single") return headSpeaker(mention, ctx, parsed);
      if (modifier && lastTok.possessive) return resolveDescription(mention, ctx, parsed.toks);
      const name2 = reading.name;
      const full = ctx.registry.get(name2) ?? (reading.tokens.length === 1 ? ctx.registry.bySurnameAt(reading.tokens[0].text, ctx.at, void 0, reading.gender ?? parsed.honorific) : void 0) ?? (reading.tokens.length > 1 ? ctx.registry.bySurnameAt(reading.tokens[reading.tokens.length - 1].text, ctx.at) : void 0);
      if (full && (reading.tokens.length === 1 || foldKey(full.name).endsWith(foldKey(reading.tokens[reading.tokens.length - 1].text)))) {
        if (full.kind === "organization") return { name: full.name, kind: "organization", role: null, gender: null };
        return personSpeaker(full, role);
      }
      if (reading.kind === "single" && ORG_ALIASES.has(name2)) return { name: ORG_ALIASES.get(name2), kind: "organization", role: null, gender: null };
      const single = reading.tokens.length === 1 ? reading.tokens[0].text : null;
      const display = single && single === single.toUpperCase() && single.length > 2 ? single[0] + single.slice(1).toLowerCase() : name2;
      const gender = reading.gender ?? parsed.honorific;
      return { name: display, kind: "person", role, gender };
    }
  }
  if (parsed.described) return { ...resolveDescription(mention, ctx, parsed.toks), role: parsed.descriptionRole };
  return NOBODY;
}
function roleOf(mention, nameStart, prefix) {
  const before = mention.slice(0, nameStart).replace(/^(?:the|a|an|his|her|their|its)\s+/i, "").trim();
  const role = [before, prefix && !before.endsWith(prefix) ? prefix : ""].filter(Boolean).join(" ").trim().replace(/,$/, "");
  if (!role) return null;
  return tokenize(role).some((t) => ROLE_NOUNS.has(t.lower) || isTitleWord(t.lower)) ? role : null;
}

// electron/text/quotes/06-kind.ts
var LEFT_TAIL_CHARS = 160;
var SHORT_TAIL_CHARS = 60;
var MAX_TITLE_WORDS = 8;
var MAX_TITLE_CHARS = 80;
var TITLE_SMALL_WORDS_RE = /^(?:a|an|the|and|or|but|nor|of|on|in|at|to|for|with|by|from|is|as|vs\.?|de|la|le|du|y|it)$/;
var FULL_LEFT_RE = /(?:^|[:,;\u2014\u2013]|\bthat|\b(?:said|says|told|added|wrote|asked|tweeted|declared|stated|explained|replied|responded|continued|insisted|argued|warned)\s*[:,]?)\s*$/u;
var TITLE_PREP_RE = /(?:\b(?:on|of|in|from|to|at|called|titled|entitled|named)\s*$)/i;
var SHOW_CONTEXT_RE = /(?:\b(?:MSNBC|CNN|Fox|Fox News|CBS|NBC|ABC|PBS|NPR|BBC|HBO|Netflix|Comedy Central|Bravo|ESPN|Sky|ITV|Channel \d)['’]s?|\b(?:[Oo]n|appeared on|appearance on|interview on|broadcast of|episode of|edition of|host of|anchor of|co-host of|[Dd]uring)|\b(?:show|program|programme|series|podcast|newspaper|magazine|column)(?: called| titled| named)?)\s*$/u;
var STAGE_DIRECTION_RE = /^[([][^()[\]]*[)\]][.,]?$/su;
var FOLLOW_LINE_RE = /^Follow\b.{1,60}\bon (?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b.{0,40}$/su;
var NAMED_THING_RE = /\b(?:a|an|the|this|that|its|their)\s+(?:[a-z][a-z-]*\s+){0,2}(?!(?:spokesman|spokeswoman|spokesperson|official|aide|adviser|advisor|senator|president|leader|candidate|minister|governor|lawmaker|critic|source)s?\s)[a-z][a-z-]*\s+(?:called|dubbed|named|labelled|labeled|branded)\s*$/u;
var NAMING_WORDS = ["called", "dubbed", "named", "labelled", "labeled", "branded"];
function endsWithNamingWord(text) {
  let e = text.length;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  for (const w of NAMING_WORDS) if (text.endsWith(w, e)) return true;
  return false;
}
var WORK_NOUN_AFTER_RE = /^,?\s+(?:(?:radio|television|tv|talk|web|news|reality|comedy|late-night|morning|evening|weekly|daily|new|hit|popular)\s+)?(?:show|program|programme|podcast|series|sitcom|documentary|film|movie|book|memoir|novel|album|song|musical|play|segment|column|newsletter|magazine|exhibit|exhibition)s?\b/iu;
var MODIFIER_QUOTE_RE = /^(?!\p{L}+ly\b)\p{Ll}[\p{L}-]*(?: \p{Ll}[\p{L}-]*)?$/u;
var LOWER_WORD_RE = /^\p{Ll}[\p{L}-]*$/u;
var NOT_NOUN_AFTER_RE = /^(?:and|or|but|nor|to|of|for|in|on|at|by|with|from|as|than|that|which|who|is|was|are|were|be|been|has|have|had|will|would|could|should|can|may|might|must|do|does|did|not|about|because|if|when|while|after|before|since|until|so|then|too|also|even|just|only|again|instead|over|into|onto|through|against|among|said|says|according|the|a|an|this|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you|millions|billions|thousands|hundreds)$/;
var NUMBER_ONLY_RE = /^[\p{N}.,:/%\u2013-]+(?:st|nd|rd|th|s)?[.,!?]?$/u;
var MIN_CAPS_HEADING_LETTERS = 8;
var MAX_HEADING_CHARS = 120;
var MIN_QUOTED_HEADING_WORDS = 3;
var EDITOR_NOTE_RE = /^\s*(?:correction|clarification|editor['’]s note|update|updated|note)s?\b[^:\n]{0,30}:/i;
var DEFINITION_AFTER_RE = /^,?\s+(?:(?:which|that)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:(?:legally|officially|formally|loosely|broadly|narrowly)\s+)?defined\s+(?:(?:by|in)\s+(?:law|statute|the\s+\p{L}+)\s+)?as\b/iu;
var EVENT_NAME_END_RE = /[\s-](?:Day|Week|Weekend|Forum|Summit|Conference|Festival|Gala|Awards|Expo|Symposium|Tour|Rally|Parade|Marathon|Fair)[.,!?]?$/u;
var PRINTED_THING_AFTER_RE = /^\s+(?:(?:baseball|trucker|campaign|lawn|yard|bumper|protest|red|white|blue|black|green)\s+)?(?:caps?|hats?|t-shirts?|tee-shirts?|shirts?|sweatshirts?|hoodies?|signs?|placards?|banners?|stickers?|buttons?|badges?|mugs?|posters?|flags?|jerseys?|billboards?|pins?|wristbands?|tattoos?|masks?|tote\s+bags?)\b/iu;
var MAX_PRINTED_WORDS = 8;
var AGENTLESS_VIEW_RE = /\b(?:is|was|are|were|been|being|be)\s+(?:(?:long|widely|generally|commonly|often|once|largely|traditionally|usually|now)\s+)?(?:considered|regarded\s+as|seen\s+as|viewed\s+as|thought\s+of\s+as|deemed)\s+(?:(?:a|an|the)\s+)?$/iu;
var YEAR_BEFORE_RE = /(?:^|\s)(?:1[89]|20)\d\d\s+$/u;
var SUBJECT_LEAD_RE = /^\s*(?:(?:And|But|Yet|So|Still)\s+(?:the|a|an|this|that|these|those|such|previous|earlier|past|other|only)|The|A|An|This|That|These|Those|Such|Previous|Earlier|Past|Other|Only)(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+$/u;
var SUBJECT_VERB_AFTER_RE = /^\s+(?!(?:he|she|they|we|i|you)\b)\p{Ll}/u;
var MAX_SUBJECT_TERM_WORDS = 3;
var MIN_PULL_QUOTE_WORDS = 6;
var LONE_PRONOUN_RE = /^(?:he|she|it|they|him|her|them|we|us|the|a|an)[.,]?$/i;
function isTitleCase(text) {
  if (text.length > MAX_TITLE_CHARS) return false;
  const words3 = text.replace(/[.,!?;:…]+$/u, "").split(/\s+/).filter(Boolean);
  if (!words3.length || words3.length > MAX_TITLE_WORDS) return false;
  if (/[.!?]\s/.test(text)) return false;
  let caps = 0;
  for (const [i, w] of words3.entries()) {
    const letter = /\p{L}/u.exec(w)?.[0];
    if (!letter) continue;
    if (letter === letter.toUpperCase()) caps++;
    else if (i === 0 || !TITLE_SMALL_WORDS_RE.test(w.toLowerCase())) return false;
  }
  return caps > 0;
}
var ASCII_SMALL_LETTER_RE = /[a-z]/;
function isSectionHeading(paragraph, spans) {
  const text = paragraph.trim();
  if (!text || text.length > MAX_HEADING_CHARS || /\n/.test(text)) return false;
  const letters = ASCII_SMALL_LETTER_RE.test(text) ? "" : text.replace(/[^\p{L}]/gu, "");
  if (letters.length >= MIN_CAPS_HEADING_LETTERS && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && /\s/.test(text)) return true;
  if (spans.length !== 1) return false;
  const s = spans[0];
  const inner = paragraph.slice(s.textStart, s.textEnd);
  const outside = (paragraph.slice(0, s.open) + paragraph.slice(s.close + 1)).trim();
  return s.closed && !outside && inner.split(/\s+/).length >= MIN_QUOTED_HEADING_WORDS && isTitleCase(inner);
}
function endsLike(re, text, tail) {
  if (text.length <= tail) return re.test(text);
  const m = re.exec(text.slice(-tail));
  if (!m) return false;
  return m.index > 0 || re.test(text);
}
function endsInLetter(text) {
  const c = lastNonSpace(text);
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 383 || c === 8490;
}
function unmaskedTail(text, n) {
  if (text.length > 2 * n) {
    const tail = text.slice(-2 * n).replace(/\u25a1/g, "");
    if (tail.length >= n) return tail.slice(-n);
  }
  const whole = text.replace(/\u25a1/g, "");
  return whole.length > n ? whole.slice(-n) : whole;
}
function judgeQuote(q) {
  const full = !q.closed || endsLike(FULL_LEFT_RE, q.left, SHORT_TAIL_CHARS) && (/^[\s,.;:!?\u2014\u2013-]*$/u.test(q.right) || q.cueAdjacent || /^\s*[,\u2014\u2013]/u.test(q.right) || /^[\p{Lu}\p{N}]/u.test(q.text));
  const kind = full ? "full" : "fragment";
  if (STAGE_DIRECTION_RE.test(q.text)) return { keep: false, reason: "a stage direction in brackets" };
  if (FOLLOW_LINE_RE.test(q.text)) return { keep: false, reason: "a follow-us line" };
  if (q.heading) return { keep: false, reason: "a section heading" };
  if (q.note && !q.cueAdjacent) return { keep: false, reason: "a publisher\u2019s note about the article" };
  if (NUMBER_ONLY_RE.test(q.text.trim())) return { keep: false, reason: "a number or an ordinal alone" };
  if (!q.closed) return { keep: true, kind };
  const left = unmaskedTail(q.left, LEFT_TAIL_CHARS);
  const wordBefore = endsInLetter(left);
  let titleCaseMemo;
  const titleCase2 = () => titleCaseMemo ??= isTitleCase(q.text);
  if (wordBefore && endsLike(NICKNAME_CUE_RE, left, SHORT_TAIL_CHARS)) return { keep: false, reason: "nickname or term" };
  if (wordBefore && endsLike(WORK_CUE_RE, left.replace(TITLE_PREP_RE, ""), SHORT_TAIL_CHARS)) return { keep: false, reason: "title of a work" };
  if (!q.headline && endsWithNamingWord(left) && NAMED_THING_RE.test(left)) return { keep: false, reason: "a name given to a thing" };
  if (!q.headline && WORK_NOUN_AFTER_RE.test(q.right) && titleCase2()) return { keep: false, reason: "title of a work" };
  if (!q.cued && MODIFIER_QUOTE_RE.test(q.text) && LOWER_WORD_RE.test(q.nextWord) && !NOT_NOUN_AFTER_RE.test(q.nextWord) && /^\s/u.test(q.right)) {
    return { keep: false, reason: "scare quotes on a modifier" };
  }
  if (!q.headline && /^\p{Lu}/u.test(q.nextWord) && !/[,.!?]$/.test(q.text) && q.text.split(/\s+/).length <= 4 && titleCase2() && /\p{Lu}[\p{L}.]*\s*$/u.test(left)) {
    return { keep: false, reason: "nickname inside a name" };
  }
  if (!q.headline && endsLike(SHOW_CONTEXT_RE, left, SHORT_TAIL_CHARS) && titleCase2()) {
    return { keep: false, reason: "title of a programme or publication" };
  }
  if (DEFINITION_AFTER_RE.test(q.right)) return { keep: false, reason: "a term being defined" };
  if (!q.headline && q.text.length <= MAX_TITLE_CHARS && EVENT_NAME_END_RE.test(q.text) && titleCase2()) return { keep: false, reason: "the name of an event" };
  if (!q.cueAdjacent && PRINTED_THING_AFTER_RE.test(q.right) && q.text.split(/\s+/).length <= MAX_PRINTED_WORDS && !/[.!?]$/.test(q.text)) {
    return { keep: false, reason: "a slogan printed on a thing" };
  }
  if (!q.cued && wordBefore && !/^\s*by\b/i.test(q.right) && endsLike(AGENTLESS_VIEW_RE, left, SHORT_TAIL_CHARS)) return { keep: false, reason: "a notion nobody in particular holds" };
  if (!q.cued && !q.headline && endsLike(YEAR_BEFORE_RE, left, SHORT_TAIL_CHARS) && titleCase2()) return { keep: false, reason: "a dated name or title" };
  if (!q.cued && SUBJECT_LEAD_RE.test(left) && SUBJECT_VERB_AFTER_RE.test(q.right) && !/[,.;:!?]$/.test(q.text) && q.text.split(/\s+/).length <= MAX_SUBJECT_TERM_WORDS) {
    return { keep: false, reason: "a term as the subject of its sentence" };
  }
  if (!/\p{L}{2}/u.test(q.text)) return { keep: false, reason: "no words: a number, a date or an id" };
  if (/^@\w+[.,]?$/u.test(q.text)) return { keep: false, reason: "a social-media handle" };
  if (LONE_PRONOUN_RE.test(q.text)) return { keep: false, reason: "a word being discussed, not quoted" };
  return { keep: true, kind };
}

// electron/text/quotes/index.ts
function quoteContextOf(article) {
  return { title: article.title, language: article.language, names: [article.subtitle, ...article.captions] };
}
var MAX_CONTINUATION_GAP = 1;
var MAX_REPORTED_VERBS = 3;
var MAX_LOOK_CHARS = 400;
var MAX_REPORTED_CHARS = 300;
var HEADLINE_CAPS_RATIO2 = 0.7;
var HEADLINE_MAX_CHARS = 250;
var HEADLINE_MAX_WORDS2 = 25;
function isHeadline(text) {
  if (text.length > HEADLINE_MAX_CHARS) return false;
  const words3 = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words3.length || words3.length > HEADLINE_MAX_WORDS2 || /\n/.test(text.trim())) return false;
  const caps = words3.filter((w) => /^[“"‘'(]?\p{Lu}/u.test(w)).length;
  return caps / words3.length >= HEADLINE_CAPS_RATIO2;
}
function extractQuotes(body2, context = {}) {
  if (typeof body2 !== "string" || !body2) return [];
  const paragraphs = splitParagraphs(body2);
  readCuesIn(context.language);
  let registryMemo = null;
  const registry = () => registryMemo ??= buildRegistry(body2, context.title ?? null, context.names);
  const out = [];
  const meta = [];
  let lastQuoted = null;
  let carried = null;
  let carriedFrom = -1;
  const spansOf = [];
  for (const p of paragraphs) spansOf.push(findQuoteSpans(p));
  const ranges = [];
  for (const [k, p] of paragraphs.entries()) for (const s of spansOf[k]) ranges.push([p.start + s.open, p.start + s.close]);
  const quoted = (at) => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (ranges[mid][1] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo < ranges.length && ranges[lo][0] <= at && at <= ranges[lo][1];
  };
  const seen = [];
  for (const [pk, p] of paragraphs.entries()) {
    const spans = spansOf[pk];
    if (!spans.length) {
      const pronounContext2 = lastQuoted;
      let carriedMemo2;
      carried = () => {
        if (carriedMemo2 === void 0) {
          const masked2 = maskQuotes(p.text, spans);
          const starts2 = sentenceStarts(masked2);
          const reported2 = new ReportedSpeech(masked2, starts2, (mention, at) => resolveMention(mention, { registry: registry(), at: p.start + at, sentenceStart: p.start + sentenceBounds(starts2, at, masked2.length)[0], current: pronounContext2, quoted }));
          carriedMemo2 = lastSpeaker(null, reported2);
        }
        return carriedMemo2;
      };
      carriedFrom = p.unit;
      continue;
    }
    const masked = maskQuotes(p.text, spans);
    const starts = sentenceStarts(masked);
    const sentenceStartOf = (at) => sentenceBounds(starts, at, masked.length)[0];
    const headline = p.unit === 0 && isHeadline(p.text);
    const heading = p.unit > 0 && spans.length > 0 && isSectionHeading(p.text, spans);
    const note = spans.length > 0 && EDITOR_NOTE_RE.test(p.text);
    const found = [];
    const prevCarried = carried;
    const priorSpeaker = () => prevCarried && p.unit - carriedFrom <= MAX_CONTINUATION_GAP ? prevCarried() : null;
    const pronounContext = lastQuoted;
    let lastFoundSpeaker = null;
    for (let j = 0; j < spans.length; j++) {
      const s = spans[j];
      const text = p.text.slice(s.textStart, s.textEnd);
      const cue = findCues(p.text, masked, spans, j, starts);
      const sStart = sentenceStartOf(s.open);
      const prev = spans[j - 1];
      const left = masked.slice(Math.max(sStart, prev && prev.close + 1 > sStart ? prev.close + 1 : 0), s.open);
      const next = spans[j + 1];
      const after = masked.slice(Math.min(masked.length, s.close + 1), next ? next.open : masked.length);
      const nextStart = sentenceBounds(starts, s.close, masked.length)[1];
      const sentenceEnd = after.slice(0, Math.max(0, nextStart - (s.close + 1)));
      const verdict = judgeQuote({
        text,
        left,
        right: sentenceEnd,
        nextWord: nextWord(p.text, s.close + 1),
        cued: Boolean(cue) || saysIn(masked.slice(Math.max(sStart, s.open - MAX_LOOK_CHARS), s.open)) || saysIn(sentenceEnd.slice(0, MAX_LOOK_CHARS)),
        cueAdjacent: Boolean(cue && !cue.distant && cue.kind !== "tail"),
        headline,
        heading,
        note,
        closed: s.closed
      });
      if (!verdict.keep) continue;
      if (spans.length === 1 && isPullQuote(p.text, s, text, seen)) continue;
      let speaker = null;
      if (cue) {
        const sentenceStart = sentenceStartOf(cue.mentionStart);
        speaker = resolveMention(cue.mention, {
          registry: registry(),
          at: p.start + cue.mentionStart,
          sentenceStart: p.start + sentenceStart,
          // the sentence before may introduce the speaker, unless someone was quoted already in this paragraph
          previousSentenceStart: sentenceStart > 0 && !lastFoundSpeaker ? p.start + sentenceStartOf(sentenceStart - 1) : void 0,
          current: lastFoundSpeaker ?? pronounContext,
          quoted
        });
      }
      if (speaker?.name) lastFoundSpeaker = speaker;
      found.push({
        at: s.open,
        span: s,
        cue,
        speaker,
        quote: {
          text,
          kind: verdict.kind,
          speaker: null,
          speakerKind: null,
          mention: cue ? cue.mention : null,
          role: null,
          cue: cue ? cue.cue : null,
          paragraph: p.index,
          start: p.start + s.textStart,
          end: p.start + s.textEnd
        }
      });
    }
    const reported = new ReportedSpeech(masked, starts, (mention, at) => resolveMention(mention, { registry: registry(), at: p.start + at, sentenceStart: p.start + sentenceStartOf(at), current: pronounContext, quoted }));
    if (found.some((f) => !f.speaker?.name && !f.cue)) {
      const laterCued = new Array(found.length).fill(null);
      for (let k = found.length - 2; k >= 0; k--) {
        const g = found[k + 1];
        laterCued[k] = g.speaker?.name && g.cue ? g.speaker : laterCued[k + 1];
      }
      let lastQuote = null;
      const lastBefore2 = (at) => {
        for (let i = starts.length - 1; i >= 0; i--) {
          if (starts[i] >= at) continue;
          const r = reported.at(i);
          if (r && r.at < at && (!lastQuote || starts[i] > lastQuote.at)) return r.speaker;
          if (lastQuote && starts[i] <= lastQuote.at) break;
        }
        return lastQuote?.speaker ?? null;
      };
      for (const [k, f] of found.entries()) {
        if (!f.speaker?.name && !f.cue) {
          const rctx = { registry: registry(), at: p.start + f.at, sentenceStart: p.start, current: null, quoted };
          const sStart = Math.max(sentenceStartOf(f.at), f.at - MAX_LOOK_CHARS);
          const lead = masked.slice(sStart, f.at);
          const clauseStart = sStart + Math.max(0, lead.lastIndexOf(",") + 1);
          const colon = /:\s*$/.test(lead) ? firstPersonBetween(rctx, p.start + clauseStart, p.start + f.at, null) ?? firstPersonBetween(rctx, p.start + sStart, p.start + f.at, null) : null;
          const subject = colon ?? (f.quote.kind === "fragment" ? firstPersonBetween(rctx, p.start + sStart, p.start + f.at, null) : null);
          const named = () => firstPersonBetween(rctx, p.start, p.start + f.at, null);
          f.speaker = (subject ? namedSpeaker(subject) : null) ?? lastBefore2(f.at) ?? laterCued[k] ?? namedOrNull(named()) ?? priorSpeaker();
        }
        if (f.speaker?.name) lastQuote = { at: f.at, speaker: f.speaker };
      }
    }
    for (const f of found) {
      seen.push(f.quote.text);
      if (f.speaker?.name) {
        f.quote.speaker = f.speaker.name;
        f.quote.speakerKind = f.speaker.kind;
        f.quote.role = f.speaker.role;
        lastQuoted = f.speaker;
      } else if (f.speaker?.role) f.quote.role = f.speaker.role;
      out.push(f.quote);
      const span = f.span;
      meta.push({ open: !span.closed, cued: Boolean(f.cue), unit: p.unit, leads: isBlank(p.text, 0, span.open) });
    }
    const quotedHere = found.filter((f) => f.speaker?.name).map((f) => ({ at: f.at, speaker: f.speaker }));
    let carriedMemo;
    carried = () => carriedMemo !== void 0 ? carriedMemo : carriedMemo = lastSpeaker(quotedHere[quotedHere.length - 1] ?? null, reported);
    carriedFrom = p.unit;
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const m = meta[i];
    const next = meta[i + 1];
    if (m.open && !m.cued && !out[i].speaker && next.leads && next.unit === m.unit + 1 && out[i + 1].speaker) {
      out[i] = { ...out[i], speaker: out[i + 1].speaker, speakerKind: out[i + 1].speakerKind, role: out[i + 1].role };
    }
  }
  return out;
}
var NEXT_WORD_CHARS = 39;
function nextWord(text, from) {
  const end = Math.min(text.length, from + NEXT_WORD_CHARS);
  let a = from;
  while (a < end && isSpaceCode(text.charCodeAt(a))) a++;
  let b = a;
  while (b < end && !isSpaceCode(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}
var PULL_QUOTE_SLACK_CHARS = 8;
var wordsOf = (text) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
function isPullQuote(paragraph, span, text, seen) {
  if (!seen.length || /[\p{L}\p{N}]/u.test(paragraph.slice(0, span.open) + paragraph.slice(span.close + 1))) return false;
  const words3 = wordsOf(text);
  if (words3.split(" ").length < MIN_PULL_QUOTE_WORDS) return false;
  return seen.some((t) => Math.abs(t.length - text.length) <= PULL_QUOTE_SLACK_CHARS && wordsOf(t) === words3);
}
var namedSpeaker = (e) => ({ name: e.name, kind: "person", role: e.role, gender: e.gender });
var namedOrNull = (e) => e ? namedSpeaker(e) : null;
var saysIn = (text) => hasSpeechVerb(text) || ATTRIBUTION_PHRASE_RE.test(text);
var ReportedSpeech = class {
  constructor(masked, starts, resolve) {
    this.masked = masked;
    this.starts = starts;
    this.resolve = resolve;
  }
  masked;
  starts;
  resolve;
  memo = [];
  /** The speaker reported in sentence `i`, or null. */
  at(i) {
    let r = this.memo[i];
    if (r === void 0) {
      r = this.read(i);
      this.memo[i] = r;
    }
    return r;
  }
  read(i) {
    const s = this.starts[i];
    const e = this.starts[i + 1] ?? this.masked.length;
    const from = Math.max(s, e - MAX_REPORTED_CHARS);
    let sentence = this.masked.slice(from, e);
    for (let tries = 0; tries < MAX_REPORTED_VERBS; tries++) {
      const cue = leftCue(sentence, from, e);
      if (!cue) break;
      const speaker = this.resolve(cue.mention, cue.mentionStart);
      if (speaker.name) return { at: cue.mentionStart, speaker };
      sentence = sentence.slice(0, Math.max(0, cue.mentionStart - from));
    }
    return null;
  }
};
function lastSpeaker(lastQuoted, reported) {
  const { starts } = reported;
  for (let i = starts.length - 1; i >= 0; i--) {
    const r = reported.at(i);
    if (r && (!lastQuoted || r.at >= lastQuoted.at)) return r.speaker;
    if (lastQuoted && starts[i] <= lastQuoted.at) break;
  }
  return lastQuoted?.speaker ?? null;
}

// electron/text/lexicon/topics.ts
var TOPIC_PHRASES = [
  ["War in Ukraine", ["war in ukraine", "invasion of ukraine", "special military operation", "ukraine war", "conflict in ukraine"]],
  ["Elections", ["election", "elections", "electoral", "ballot", "polling station", "voters", "campaign trail"]],
  // (not "talks" or "negotiations" alone: pay, trade and merger talks are no diplomacy)
  ["Diplomacy", ["peace talks", "peace negotiations", "diplomatic", "diplomats", "diplomacy", "summit", "ceasefire", "foreign minister", "foreign ministers", "ambassador"]],
  ["Economy", ["economy", "economic", "inflation", "recession", "unemployment", "interest rates", "gdp"]],
  ["Taxes", ["tax", "taxes", "tax cut", "tax cuts", "tax plan"]],
  ["Health", ["health care", "healthcare", "obamacare", "hospital", "pandemic", "vaccine", "covid-19"]],
  ["Immigration", ["immigration", "immigrants", "migrants", "refugees", "asylum", "border wall", "deportation"]],
  ["Climate", ["climate change", "global warming", "emissions", "carbon", "renewable energy"]],
  ["Energy", ["oil", "gas", "energy prices", "pipeline", "nuclear power"]],
  ["Terrorism", ["terrorism", "terrorist", "terror attack", "extremist"]],
  ["Nuclear weapons", ["nuclear weapons", "nuclear test", "warhead", "missile test", "nuclear arsenal"]],
  ["Crime and justice", ["police", "prosecutor", "indictment", "trial", "convicted", "court ruling"]],
  ["Education", ["school", "schools", "students", "university", "teachers"]]
];
var TOPIC_MIN_MENTIONS = 2;

// electron/text/tags/word-filter.ts
var MAX_LENGTH_BIT = 31;
var lengthBit = (length) => 1 << Math.min(length, MAX_LENGTH_BIT);
var KEY_BITS = 16;
var KEY_MASK = (1 << KEY_BITS) - 1;
var MAX_KEY_LENGTH = 63;
var keyOf2 = (c0, c1, cn, length) => Math.imul(Math.imul(Math.imul(c0, 31) + c1, 31) + cn, 31) + Math.min(length, MAX_KEY_LENGTH) & KEY_MASK;
var WordFilter = class {
  /** by ASCII first character: the lengths of its words (bit n: n long), the cheapest test, tried first */
  lengths = new Uint32Array(128);
  /** the keys of the words (keyOf), one bit each: the capitalised words of a clip that pass the lengths (two in
   *  five, for the place names) are mostly turned away here */
  keys = new Uint32Array(KEY_MASK + 1 >>> 5);
  constructor(words3) {
    for (const w of words3) {
      const n = w.length;
      if (n === 0) continue;
      const c0 = w.charCodeAt(0);
      if (c0 < 128) this.lengths[c0] |= lengthBit(n);
      const k = keyOf2(c0, n > 1 ? w.charCodeAt(1) : 0, w.charCodeAt(n - 1), n);
      this.keys[k >>> 5] |= 1 << (k & 31);
    }
  }
  /** May text[at, at + length) be one of the words? False only when it is none of them. */
  mayBe(text, at, length) {
    if (length === 0) return true;
    const c0 = text.charCodeAt(at);
    if (c0 < 128 && (this.lengths[c0] & lengthBit(length)) === 0) return false;
    const k = keyOf2(c0, length > 1 ? text.charCodeAt(at + 1) : 0, text.charCodeAt(at + length - 1), length);
    return (this.keys[k >>> 5] & 1 << (k & 31)) !== 0;
  }
};

// electron/text/tags/index.ts
var KIND_ORDER = ["person", "organization", "place", "topic"];
var KIND_RANK = Object.fromEntries(KIND_ORDER.map((kind, k) => [kind, k]));
function canonicalOrganization(name2) {
  const n = name2.trim();
  return ORG_ALIASES.get(n) ?? ORG_ALIASES.get(n.replace(/^the\s+/i, "")) ?? null;
}
var PLACE_WORDS = new WordFilter(PLACE_ALIASES.keys());
var mayBePlace = (raw, length) => PLACE_WORDS.mayBe(raw, 0, length);
var TOPIC_WORD = "[\\p{L}\\p{N}-]";
var TOPIC_WORD_CHAR_RE = new RegExp(TOPIC_WORD, "u");
var TOPIC_GAP_RE = new RegExp(`[^\\p{L}\\p{N}-]+`, "uy");
var TOPIC_BOUNDARY_RE = new RegExp(`(?!${TOPIC_WORD})`, "uy");
var PHRASES_BY_FIRST = /* @__PURE__ */ new Map();
for (const [k, [, phrases]] of TOPIC_PHRASES.entries()) {
  for (const p of phrases) {
    const [first2, ...rest] = p.split(" ");
    const list = PHRASES_BY_FIRST.get(first2) ?? [];
    list.push([k, rest]);
    PHRASES_BY_FIRST.set(first2, list);
  }
}
var FIRST_WORDS = new WordFilter(PHRASES_BY_FIRST.keys());
var TOPIC_CLASS = new Uint8Array(65536);
var WORD_CLASS = 1;
var NOT_WORD_CLASS = 2;
var SURROGATE_CLASS = 3;
TOPIC_CLASS.fill(SURROGATE_CLASS, 55296, 57344);
function topicCharLength(text, i) {
  const c = text.charCodeAt(i);
  let k = TOPIC_CLASS[c];
  if (k === 0) TOPIC_CLASS[c] = k = TOPIC_WORD_CHAR_RE.test(text[i]) ? WORD_CLASS : NOT_WORD_CLASS;
  if (k !== SURROGATE_CLASS) return k === WORD_CLASS ? 1 : 0;
  if (c <= 56319 && TOPIC_WORD_CHAR_RE.test(text.slice(i, i + 2))) return 2;
  return TOPIC_WORD_CHAR_RE.test(text[i]) ? 1 : 0;
}
function wordsFollow(lower, at, words3) {
  let pos = at;
  for (const w of words3) {
    TOPIC_GAP_RE.lastIndex = pos;
    if (!TOPIC_GAP_RE.test(lower)) return false;
    pos = TOPIC_GAP_RE.lastIndex;
    if (!lower.startsWith(w, pos)) return false;
    pos += w.length;
  }
  TOPIC_BOUNDARY_RE.lastIndex = pos;
  return TOPIC_BOUNDARY_RE.test(lower);
}
function topics(text) {
  const lower = text.toLowerCase();
  const hits = new Array(TOPIC_PHRASES.length).fill(0);
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let w = topicCharLength(lower, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    while (i < n && (w = topicCharLength(lower, i)) !== 0) i += w;
    if (!FIRST_WORDS.mayBe(lower, start, i - start)) continue;
    const phrases = PHRASES_BY_FIRST.get(lower.slice(start, i));
    if (!phrases) continue;
    for (const [k, rest] of phrases) {
      if (!rest.length || wordsFollow(lower, i, rest)) hits[k]++;
    }
  }
  return TOPIC_PHRASES.filter((_, k) => hits[k] >= TOPIC_MIN_MENTIONS).map(([topic]) => topic);
}
function printedInSmallLetters(text, word) {
  const lower = word.toLowerCase();
  if (lower === word || lower.length < 3) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!LETTER.test(text[at - 1] ?? " ") && !LETTER.test(text[at + lower.length] ?? " ")) return true;
  }
  return false;
}
var LETTER = /\p{L}/u;
var CAPITALISED_NOUN_LANGUAGES = /* @__PURE__ */ new Set(["de"]);
function commonWordsName(e, text, printed, language) {
  const space = e.name.indexOf(" ");
  const first2 = (space < 0 ? e.name : e.name.slice(0, space)).toLowerCase();
  if (FEMALE_NAMES.has(first2) || MALE_NAMES.has(first2) || publicFigureOf(e)) return false;
  if (CAPITALISED_NOUN_LANGUAGES.has(language ?? "")) return true;
  return e.name.split(" ").some((w) => {
    let p = printed.get(w);
    if (p === void 0) printed.set(w, p = printedInSmallLetters(text, w));
    return p;
  });
}
var BEFORE_PLACE = /\b(?:in|near|outside|around|across)\s+$/;
var BEFORE_ADDRESS_PART = /\b(?:in|near|outside|around|across)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+$/u;
var ENDS_ADDRESS = /^(?:[,.;:)]|$)/;
var POSSESSIVE2 = /^['’]s\b/;
var AFTER_PLACE = /^,\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\./;
var PLACE_CONTEXT_CHARS = 60;
function printedAsPlace(name2, text) {
  let mentions = 0;
  for (let at = text.indexOf(name2); at >= 0; at = text.indexOf(name2, at + name2.length)) {
    mentions++;
    const before = text.slice(Math.max(0, at - PLACE_CONTEXT_CHARS), at);
    const after = text.slice(at + name2.length, at + name2.length + 8);
    if (POSSESSIVE2.test(after)) return false;
    if (!BEFORE_PLACE.test(before) && !(BEFORE_ADDRESS_PART.test(before) && ENDS_ADDRESS.test(after)) && !AFTER_PLACE.test(after)) return false;
  }
  return mentions > 0;
}
var CAPTION_CREDITS = [
  // a parenthesis holding a credit word
  /\([^()]*\b(?:photo|photograph|picture|image|credit|foto|bild|getty|shutterstock|alamy)[^()]*\)/giu,
  // a credit label and what follows it
  /\b(?:photo(?:graph)?s?|pictures?|images?|credits?|foto|bild)(?:\s+by|\s*:)[^]*$/giu,
  // "Name/Agency" at the end
  /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*\/\s*(?:Getty|AFP|Reuters|AP|EPA|Shutterstock|Alamy|PA|Bloomberg|Xinhua|ANP|dpa|SIPA)\b[^]*$/gu,
  // "AGENCY/Name" at the end, as Reuters credits ("REUTERS/Kacper Pempel/File Photo")
  /\bREUTERS\s*\/\s*\p{Lu}[^]*$/gu
];
var withoutCredits = (caption) => CAPTION_CREDITS.reduce((text, credit) => text.replace(credit, ""), caption);
function extractTags(article, quotes) {
  const captions = (article.captions ?? []).map(withoutCredits);
  const parts = [article.title ?? "", article.subtitle ?? "", article.body ?? "", ...captions].filter(Boolean);
  const text = parts.join("\n\n");
  const bodyAt = article.title || article.subtitle ? [article.title, article.subtitle].filter(Boolean).join("\n\n").length + 2 : 0;
  const tags = /* @__PURE__ */ new Map();
  const add = (name2, kind, folded = foldKey(name2)) => {
    const key = `${kind}:${folded}`;
    if (!tags.has(key) && name2.trim()) tags.set(key, { name: name2.trim(), kind });
  };
  if (text.trim()) {
    const printed = /* @__PURE__ */ new Map();
    const clubs = [];
    for (const e of namedEntities(text, article.body ?? "", bodyAt)) {
      if (e.kind === "organization" && e.name.includes(" ") && isClubName(e.name.split(" "))) clubs.push(e.name);
      if (e.kind === "person") {
        if (e.name.includes(" ") && !commonWordsName(e, text, printed, article.language) && !printedAsPlace(e.name, text)) add(e.name, "person", e.key);
      } else if (e.kind === "organization") {
        if (!WEAK_ORG_ALIASES.has(e.name)) add(e.name, "organization", e.key);
      } else add(e.name, "place", e.key);
    }
    const clubWords = new Set(clubs.flatMap((name2) => name2.split(" ")));
    for (const word of capitalisedWords(text, mayBePlace)) {
      const place = PLACE_ALIASES.get(word);
      if (place && word.length > 1 && isCapitalised(word) && !clubWords.has(word)) add(place, "place");
    }
    for (const topic of topics(text)) add(topic, "topic");
  }
  for (const q of quotes ?? []) {
    if (!q?.speaker) continue;
    if (q.speakerKind === "organization") {
      const place = PLACE_ALIASES.get(q.speaker);
      add(canonicalOrganization(q.speaker) ?? place ?? q.speaker, place ? "place" : "organization");
    } else if (q.speaker.includes(" ")) add(q.speaker, "person");
  }
  return [...tags.values()].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}

// electron/text/index.ts
function processText(text, options = {}) {
  const { articles, trace } = cleanClipping(text, options);
  return {
    trace,
    articles: articles.map((article) => {
      const quotes = extractQuotes(article.body, quoteContextOf(article));
      return { ...article, quotes, tags: extractTags(article, quotes) };
    })
  };
}

// electron/core/import/pipeline.ts
var NoArticleError = class extends Error {
};
function processSource(file, source, options = {}) {
  const { articles, trace } = processText(source.text, { ...source.hints, ...options, fileName: path.basename(file) });
  const withText = articles.filter((a) => a.body.trim().length > 0);
  if (withText.length === 0) throw new NoArticleError(`${file}: no article text was found in it`);
  return { source, articles: withText, trace };
}

// electron/core/import/work.ts
var WORKER_MARK = "cuttingsImportWorker";

// electron/core/import/worker.ts
async function processJob(job, known) {
  try {
    const source = job.bytes ? await readClipping(job.file, job.bytes) : await readClippingFile(job.file, { blocking: !isMainThread });
    const sourceHash = sha256(source.text);
    if (known?.has(sourceHash)) return { seq: job.seq, ok: true, known: true, source, sourceHash, articles: [] };
    const processed = processSource(job.file, source, job.clean);
    return {
      seq: job.seq,
      ok: true,
      source: processed.source,
      sourceHash,
      articles: processed.articles.map((article) => ({
        article,
        bodyHash: bodyHash(article.body),
        signature: minhash(article.body),
        quoteShapes: article.quotes.map((q) => prepareQuote(q.text, q.speaker))
      }))
    };
  } catch (error) {
    return { seq: job.seq, ok: false, reason: failureReason(job.file, error) };
  }
}
function failureReason(file, error) {
  if (error instanceof ClipReadError) return error.reason;
  if (error instanceof NoArticleError) return "no article text was found in it";
  const fsCode = error?.code;
  if (fsCode) return describeFileError(error);
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(file + ": ") ? message.slice(file.length + 2) : message;
}
function ownsItsBuffer(bytes) {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer);
}
if (parentPort && workerData?.[WORKER_MARK] === true) {
  const port = parentPort;
  const shared = workerData.known;
  const known = new KnownSources(shared instanceof SharedArrayBuffer ? shared : []);
  let queue = Promise.resolve();
  port.on("message", (job) => {
    queue = queue.then(() => processJob(job, known)).then((result) => {
      const packed = v8.serialize(result);
      port.postMessage({ seq: result.seq, packed }, ownsItsBuffer(packed) ? [packed.buffer] : []);
    });
  });
}

// ../../tmp/wprof.ts
var C = "/tmp/cuttings-bench-UJ1iDP/corpus";
var files = ["batch-010", "batch-011", "batch-012", "batch-013"].flatMap((b) => fs.readdirSync(path2.join(C, b)).map((f) => path2.join(C, b, f)));
var warm = fs.readdirSync(path2.join(C, "batch-020")).map((f) => path2.join(C, "batch-020", f));
(async () => {
  for (const f of warm) await processJob({ seq: 0, file: f });
  const t = performance.now();
  const cpu = process.cpuUsage();
  for (const f of files) await processJob({ seq: 0, file: f });
  const c = process.cpuUsage(cpu);
  console.log(files.length, "files", ((performance.now() - t) / files.length).toFixed(2), "ms/file wall", ((c.user + c.system) / 1e3 / files.length).toFixed(2), "ms/file cpu");
})();
