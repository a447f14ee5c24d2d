// A bounded memo for the engine's process-wide caches (lines of pages, names, dates, bylines): an import runs
// the engine over hundreds of thousands of clips, so each cache has a bound. Two generations: when the newer is
// full it becomes the older and the oldest goes, so reaching the bound drops what was not used for a while, not
// everything (emptying the table when full lost every hit at once: the cleaner ran at ~4 MB/s instead of ~7 on
// the benchmark's clips with a bound of 10,000 lines).

export class BoundedMemo<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();

  /** @param limit entries held at most, both generations together */
  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.newer.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    // used again: it moves to the newer generation, so it outlives the next turn
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.newer.size >= this.limit / 2) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }

  /** entries held (a key in both generations counts twice) */
  get size(): number {
    return this.newer.size + this.older.size;
  }
}

/**
 * Which keys were seen lately, by a number hash each (no string kept): the admission test of a memo that should
 * hold only what comes back. Two generations, as BoundedMemo. A hash shared by two keys only admits one early.
 */
export class BoundedSeen {
  private newer = new Set<number>();
  private older = new Set<number>();

  /** @param limit hashes held at most, both generations together */
  constructor(private readonly limit: number) {}

  /** Whether `hash` was seen lately; it is remembered as seen now either way. */
  seenBefore(hash: number): boolean {
    if (this.newer.has(hash)) return true;
    const old = this.older.has(hash);
    if (this.newer.size >= this.limit / 2) {
      this.older = this.newer;
      this.newer = new Set();
    }
    this.newer.add(hash);
    return old;
  }
}
