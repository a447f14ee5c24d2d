import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detached } from '../../electron/text/strings';

describe('detached', () => {
  it('gives the same text, whether cut from a longer one or not', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 13 }), fc.string(), (a, piece, b) => {
        const cut = (a + piece + b).slice(a.length, a.length + piece.length);
        expect(detached(cut)).toBe(piece);
        expect(detached(a)).toBe(a);
      }),
    );
  });
});
