import { describe, expect, it } from 'vitest';
import { BoundedMemo, BoundedSeen } from '../../electron/text/memo';

describe('BoundedMemo', () => {
  it('never holds more than its bound', () => {
    const memo = new BoundedMemo<number>(10);
    for (let i = 0; i < 1000; i++) {
      memo.set(`k${i}`, i);
      expect(memo.size).toBeLessThanOrEqual(10);
    }
  });

  it('keeps what was used since the last turn when it fills up, and drops the rest', () => {
    const memo = new BoundedMemo<number>(10);
    memo.set('menu', 1);
    for (let i = 0; i < 30; i++) {
      memo.set(`line ${i}`, i);
      expect(memo.get('menu')).toBe(1); // a line every page prints
    }
    expect(memo.get('line 0')).toBeUndefined();
    expect(memo.get('line 29')).toBe(29);
  });

  it('remembers null as an answer', () => {
    const memo = new BoundedMemo<string | null>(4);
    memo.set('nothing', null);
    expect(memo.get('nothing')).toBeNull();
    expect(memo.get('unknown')).toBeUndefined();
  });
});

describe('BoundedSeen', () => {
  it('says a hash was seen from its second time on', () => {
    const seen = new BoundedSeen(10);
    expect(seen.seenBefore(7)).toBe(false);
    expect(seen.seenBefore(7)).toBe(true);
    expect(seen.seenBefore(8)).toBe(false);
  });

  it('forgets what was not seen again for a while, not what keeps coming back', () => {
    const seen = new BoundedSeen(10);
    seen.seenBefore(-1);
    for (let i = 0; i < 30; i++) {
      seen.seenBefore(i);
      expect(seen.seenBefore(-1)).toBe(true); // a menu line every page prints
    }
    expect(seen.seenBefore(0)).toBe(false);
  });
});
