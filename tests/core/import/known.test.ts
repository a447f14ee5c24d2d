import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../electron/core/library/hash';
import { KnownSources } from '../../../electron/core/import/known';

describe('KnownSources', () => {
  const texts = Array.from({ length: 300 }, (_, i) => `clipping number ${i}`);
  const hashes = texts.map(sha256);

  it('knows exactly the hashes it was given, in any order, repeats and all', () => {
    const known = new KnownSources([...hashes.slice(0, 200), ...hashes.slice(0, 50)].reverse());
    expect(known.size).toBe(200);
    expect(hashes.filter((h) => known.has(h))).toEqual(hashes.slice(0, 200));
    expect(known.has(sha256('another text'))).toBe(false);
  });

  it('reads the same from its shared buffer, as a worker does', () => {
    const known = new KnownSources(hashes.filter((_, i) => i % 3 === 0));
    const inWorker = new KnownSources(known.buffer);
    expect(known.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(hashes.map((h) => inWorker.has(h))).toEqual(hashes.map((_, i) => i % 3 === 0));
  });

  it('knows nothing when empty, and never matches what is not a SHA-256', () => {
    expect(new KnownSources([]).has(hashes[0]!)).toBe(false);
    const known = new KnownSources([hashes[0]!, 'not a hash']);
    expect(known.size).toBe(1);
    expect(known.has('not a hash')).toBe(false);
    expect(known.has(hashes[0]!.toUpperCase())).toBe(false);
    expect(known.has(hashes[0]!)).toBe(true);
  });
});
