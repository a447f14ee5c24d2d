// MinHash's inner loop (the least fmix32(shingle ^ seed) of every seed) in WebAssembly SIMD: four seeds per
// 128-bit operation, sixteen per pass over the shingles. The JavaScript loop (64 mixes per word of every clip) was
// most of minhash's time; this halves minhash (0.54 → 0.27 ms per bench-corpus file, paired). The module is a few hundred bytes, written out below
// rather than shipped as a .wasm file, so the worker bundle stays one file. Where WebAssembly SIMD is not
// available, simdMinima is null and minhash.ts runs its JavaScript loop (the same numbers).

/** Memory layout (bytes): the 64 seeds, then the 64 minima, then the shingle hashes. */
const SEEDS_AT = 0;
const MINIMA_AT = 256;
const SHINGLES_AT = 512;
/**
 * Shingles read here at most: the module's memory grows to fit the longest text it has read and never shrinks, so
 * it is bounded like minhash.ts's reused arrays (256 KB); a longer text, rare, takes the JavaScript loop.
 */
export const SIMD_MAX_SHINGLES = 1 << 16;

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
};
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
};
const u32x4 = (v: number): number[] => Array.from({ length: 16 }, (_, i) => (v >>> (8 * (i & 3))) & 0xff);

// opcodes (WebAssembly core and SIMD specifications)
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22, I32_CONST = 0x41, I32_ADD = 0x6a, I32_SHL = 0x74;
const I32_GE_U = 0x4f, I32_LT_U = 0x49, BLOCK = 0x02, LOOP = 0x03, VOID = 0x40, BR = 0x0c, BR_IF = 0x0d, END = 0x0b;
const SIMD = 0xfd;
const V128_LOAD = [SIMD, 0x00], V128_LOAD32_SPLAT = [SIMD, 0x09], V128_STORE = [SIMD, 0x0b], V128_CONST = [SIMD, 0x0c];
const V128_XOR = [SIMD, 0x51], I32X4_SHR_U = [SIMD, ...uleb(0xad)], I32X4_MUL = [SIMD, ...uleb(0xb5)], I32X4_MIN_U = [SIMD, ...uleb(0xb7)];
const I32 = 0x7f, V128 = 0x7b;

/** seed vectors (of four) per pass over the shingles: 8 or 16 ran slower (registers spilled) */
const VECTORS = 4;
const EACH = Array.from({ length: VECTORS }, (_, k) => k);
// locals: 0 the shingle count (parameter); i32 1 seed offset, 2 shingle address, 3 end address; v128: the seed
// vectors, their minima, the shingle in every lane, the hash being mixed, fmix32's two constants
const N = 0, SEED = 1, AT = 2, STOP = 3, S0 = 4, M0 = S0 + VECTORS, X = M0 + VECTORS, H = X + 1, C1 = H + 1, C2 = C1 + 1;

const get = (i: number) => [LOCAL_GET, i];
const set = (i: number) => [LOCAL_SET, i];
const i32 = (v: number) => [I32_CONST, ...sleb(v)];
const memarg = (align: number, offset: number) => [align, ...uleb(offset)];

/** m = min_u(m, fmix32(x ^ s)), lane by lane */
const mixInto = (s: number, m: number): number[] => [
  ...get(X), ...get(s), ...V128_XOR, LOCAL_TEE, H, ...get(H), ...i32(16), ...I32X4_SHR_U, ...V128_XOR,
  ...get(C1), ...I32X4_MUL, LOCAL_TEE, H, ...get(H), ...i32(13), ...I32X4_SHR_U, ...V128_XOR,
  ...get(C2), ...I32X4_MUL, LOCAL_TEE, H, ...get(H), ...i32(16), ...I32X4_SHR_U, ...V128_XOR,
  ...get(m), ...I32X4_MIN_U, ...set(m),
];

const body: number[] = [
  2, 3, I32, 2 * VECTORS + 4, V128,
  ...i32(SHINGLES_AT), ...get(N), ...i32(2), I32_SHL, I32_ADD, ...set(STOP),
  ...V128_CONST, ...u32x4(0x85ebca6b), ...set(C1),
  ...V128_CONST, ...u32x4(0xc2b2ae35), ...set(C2),
  ...i32(SEEDS_AT), ...set(SEED),
  LOOP, VOID, // over groups of 4 × VECTORS seeds
  ...EACH.flatMap((k) => [...get(SEED), ...V128_LOAD, ...memarg(4, 16 * k), ...set(S0 + k)]),
  ...V128_CONST, ...u32x4(0xffffffff), ...EACH.slice(1).flatMap((k) => [LOCAL_TEE, M0 + k]), ...set(M0),
  ...i32(SHINGLES_AT), ...set(AT),
  BLOCK, VOID,
  LOOP, VOID, // over the shingles
  ...get(AT), ...get(STOP), I32_GE_U, BR_IF, 1,
  ...get(AT), ...V128_LOAD32_SPLAT, ...memarg(2, 0), ...set(X),
  ...EACH.flatMap((k) => mixInto(S0 + k, M0 + k)),
  ...get(AT), ...i32(4), I32_ADD, ...set(AT),
  BR, 0,
  END,
  END,
  ...EACH.flatMap((k) => [...get(SEED), ...get(M0 + k), ...V128_STORE, ...memarg(4, MINIMA_AT - SEEDS_AT + 16 * k)]),
  ...get(SEED), ...i32(16 * VECTORS), I32_ADD, LOCAL_TEE, SEED, ...i32(MINIMA_AT), I32_LT_U, BR_IF, 0,
  END,
  END,
];

const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content];
const name = (s: string) => [s.length, ...[...s].map((c) => c.charCodeAt(0))];

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 1, I32, 0]), // one type: (i32) → ()
  ...section(3, [1, 0]), // one function, of that type
  ...section(5, [1, 0x00, 1]), // one memory, one page to start with
  ...section(7, [2, ...name('memory'), 0x02, 0, ...name('minima'), 0x00, 0]),
  ...section(10, [1, ...uleb(body.length), ...body]),
]);

export interface SimdMinima {
  /**
   * The least fmix32(hash ^ seed) for each of the 64 seeds, over `hashes` (at most SIMD_MAX_SHINGLES), into
   * `out` (64 long).
   */
  (hashes: Uint32Array, out: Uint32Array): void;
}

function instantiate(seeds: Uint32Array): SimdMinima | null {
  if (seeds.length !== 64 || typeof WebAssembly !== 'object' || !WebAssembly.validate(MODULE)) return null;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE));
  const memory = instance.exports.memory as WebAssembly.Memory;
  const run = instance.exports.minima as (count: number) => void;
  let words = new Uint32Array(memory.buffer);
  words.set(seeds, SEEDS_AT / 4);
  return (hashes, out) => {
    const need = SHINGLES_AT + hashes.length * 4;
    if (need > memory.buffer.byteLength) {
      memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
      words = new Uint32Array(memory.buffer);
    }
    words.set(hashes, SHINGLES_AT / 4);
    run(hashes.length);
    out.set(words.subarray(MINIMA_AT / 4, MINIMA_AT / 4 + 64));
  };
}

/** The SIMD loop over these seeds, or null where WebAssembly SIMD is not available. */
export function simdMinima(seeds: Uint32Array): SimdMinima | null {
  try {
    return instantiate(seeds);
  } catch {
    return null;
  }
}
