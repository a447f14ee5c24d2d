// The source hashes already in the library, for an import's workers: a file whose decoded text is one of them is
// read, not cleaned again (a re-run, a resumed import). Held as sorted 32-byte digests in one SharedArrayBuffer,
// which every worker reads without a copy: as hex strings, 100,000 of them took ~9 MB in the main thread and again
// in each worker (workerData is copied), and as many more in each Set; here 3.2 MB, once.

/** bytes of a SHA-256 digest */
const DIGEST_BYTES = 32;
const HEX_DIGEST = /^[0-9a-f]{64}$/;

export class KnownSources {
  private readonly digests: Uint8Array;
  private readonly count: number;

  /** `shared`: the buffer of another KnownSources (see `buffer`), as a worker receives it */
  constructor(hashes: readonly string[] | SharedArrayBuffer) {
    if (hashes instanceof SharedArrayBuffer) {
      this.digests = new Uint8Array(hashes);
    } else {
      // (a hash of another form, which sha256 never gives, could never match: left out)
      const hex = [...new Set(hashes.filter((h) => HEX_DIGEST.test(h)))].sort();
      this.digests = new Uint8Array(new SharedArrayBuffer(hex.length * DIGEST_BYTES));
      hex.forEach((h, i) => this.digests.set(Buffer.from(h, 'hex'), i * DIGEST_BYTES));
    }
    this.count = this.digests.length / DIGEST_BYTES;
  }

  get size(): number {
    return this.count;
  }

  /** the digests, for workers: shared, not copied, when posted */
  get buffer(): SharedArrayBuffer {
    return this.digests.buffer as SharedArrayBuffer;
  }

  /** Whether a hex SHA-256 (sha256 in library/hash.ts) is among them: a binary search (sorted hex = sorted bytes). */
  has(hash: string): boolean {
    if (this.count === 0 || !HEX_DIGEST.test(hash)) return false;
    const digest = Buffer.from(hash, 'hex');
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = Buffer.compare(this.digests.subarray(mid * DIGEST_BYTES, (mid + 1) * DIGEST_BYTES), digest);
      if (order === 0) return true;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
