import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { flatCopy, releasePacked } from '../../../electron/core/import/importer';

describe('flatCopy', () => {
  it('copies a path unchanged, whatever its characters', () => {
    for (const text of ['/home/ann/clips/a.txt', 'C:\\Users\\Zoë\\Presse\\Ärger – 2024.txt', '/tmp/剪报/新闻.txt', '', '😀/x.txt']) {
      expect(flatCopy(text)).toBe(text);
    }
  });

  it('keeps a lone surrogate (a Windows file name may hold one) instead of replacing it', () => {
    const name = 'C:\\clips\\a\ud800b.txt';
    expect(flatCopy(name)).toBe(name);
    expect(flatCopy(name).charCodeAt(name.indexOf('a') + 1)).toBe(0xd800);
  });

  it('copies a path built from pieces of a longer string into one of its own', () => {
    const joined = `/data/${'x'.repeat(40)}/clip-000001.txt`.slice(6);
    expect(flatCopy(joined)).toBe(joined);
  });
});

describe('releasePacked', () => {
  it('hands a stored result’s bytes off, leaving its array empty', () => {
    const packed = new Uint8Array(v8.serialize({ seq: 1, ok: true, articles: [] }));
    releasePacked({ seq: 1, packed });
    expect(packed.byteLength).toBe(0);
    expect(packed.buffer.byteLength).toBe(0);
  });

  it('leaves a result made in this thread (not packed) as it is', () => {
    const result = { seq: 2, ok: false as const, reason: 'no article text was found in it' };
    releasePacked(result);
    expect(result).toEqual({ seq: 2, ok: false, reason: 'no article text was found in it' });
  });
});
