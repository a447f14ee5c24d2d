import { describe, expect, it } from 'vitest';
import { leftCue } from '../../../electron/text/quotes/04-cues';

describe('leftCue', () => {
  it('reads the subject of the last verb of saying before the quotation', () => {
    const left = 'Anna Berg said on Monday that the plan would work, adding: ';
    expect(leftCue(left, 0, left.length)?.mention).toBe('Anna Berg');
  });
  it('takes a later verb of saying the verb pattern misses (capitals inside it) as the last one', () => {
    // "saiD" is a verb token (its lower case is) but not a match of the lower-case pattern
    const left = 'Anna Berg said the plan failed, and Tom Holt saiD ';
    expect(leftCue(left, 0, left.length)?.mention).toBe('Tom Holt');
  });
  it('does not take a verb of saying joined to the next word by an underscore for a boundary', () => {
    const left = 'Anna Berg said the plan failed, and Tom Holt said_ ';
    expect(leftCue(left, 0, left.length)?.mention).toBe('Tom Holt');
  });
});
