import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClipReadError, readClipping } from '../../../electron/core/read';

/** Either a result with text that is not blank, or a ClipReadError — nothing else. */
async function outcome(name: string, bytes: Uint8Array): Promise<void> {
  try {
    const source = await readClipping(name, bytes);
    expect(typeof source.text).toBe('string');
    expect(source.text).toMatch(/\S/);
    expect(source.text.charCodeAt(0)).not.toBe(0xfeff);
  } catch (error) {
    expect(error).toBeInstanceOf(ClipReadError);
    expect((error as ClipReadError).reason.length).toBeGreaterThan(0);
  }
}

describe('arbitrary bytes', () => {
  it('a .txt file yields text or a ClipReadError, never another error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), (bytes) => outcome('random.txt', bytes)),
      { numRuns: 400 },
    );
  });

  it('text-like bytes (mostly printable, some high and control bytes) behave too', async () => {
    const byte = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
      { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0xff }) },
      { weight: 1, arbitrary: fc.constantFrom(0x00, 0x0a, 0x0d, 0x09, 0x1b, 0x07) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(byte, { maxLength: 1024 }), (values) => outcome('noisy.txt', Uint8Array.from(values))),
      { numRuns: 300 },
    );
  });

  it('arbitrary strings as UTF-8 round-trip exactly unless refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), async (text) => {
        try {
          const source = await readClipping('s.txt', Buffer.from(text, 'utf8'));
          expect(source.text).toBe(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        } catch (error) {
          expect(error).toBeInstanceOf(ClipReadError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes named .html, .md and .eml also yield only ClipReadError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('r.html', 'r.md', 'r.eml'), fc.uint8Array({ maxLength: 1024 }), (name, bytes) => outcome(name, bytes)),
      { numRuns: 300 },
    );
  });
});
