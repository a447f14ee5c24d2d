import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, safeFileName, truncateBytes } from '../../../electron/core/export/filenames';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('safe file names', () => {
  it.each([
    ['Weekly report', 'pdf', 'Weekly report.pdf'],
    ['a/b\\c:d*e?f"g<h>i|j', 'md', 'a-b-c-d-e-f-g-h-i-j.md'],
    ['CON', 'txt', '_CON.txt'],
    ['prn', 'html', '_prn.html'],
    ['Aux', 'csv', '_Aux.csv'],
    ['NUL', '', '_NUL'],
    ['com1', 'pdf', '_com1.pdf'],
    ['LPT9', 'pdf', '_LPT9.pdf'],
    ['COM¹', 'pdf', '_COM¹.pdf'],
    ['con.report', 'pdf', '_con.report.pdf'],
    ['CONSTANT', 'pdf', 'CONSTANT.pdf'],
    ['report. . .', 'pdf', 'report.pdf'],
    ['report   ', 'pdf', 'report.pdf'],
    ['...hidden', 'md', 'hidden.md'],
    ['', 'json', 'export.json'],
    ['???', 'json', 'export.json'],
    ['tab\there\nnewline\u0000nul', 'md', 'tab here newline-nul.md'],
    ['evil\u202Etxt.exe', 'pdf', 'eviltxt.exe.pdf'],
    ['zero\u200Bwidth', 'md', 'zerowidth.md'],
    ['Crème brûlée', 'md', 'Crème brûlée.md'],
    ['-rf --no-preserve-root', 'md', 'rf -no-preserve-root.md'],
    ['weekly.report.', 'pdf', 'weekly.report.pdf'],
  ])('%j + %j → %j', (text, ext, expected) => {
    expect(safeFileName(text, ext)).toBe(expected);
  });

  it(`keeps names within ${MAX_FILE_NAME_BYTES} UTF-8 bytes without splitting a character, extension kept`, () => {
    for (const text of ['a'.repeat(500), 'é'.repeat(300), '日本語'.repeat(100), '👍🏽'.repeat(100), '🇫🇷'.repeat(100)]) {
      const name = safeFileName(text, 'docx');
      expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(name.endsWith('.docx')).toBe(true);
      expect(name).not.toContain('\ufffd');
      expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
    }
  });

  it('never leaves a trailing dot or space after truncation', () => {
    const name = safeFileName('x'.repeat(194) + ' . . . . . .', 'md');
    expect(name).toBe('x'.repeat(194) + '.md');
  });

  it('truncates by graphemes', () => {
    expect(truncateBytes('ab👍🏽', 6)).toBe('ab');
    expect(truncateBytes('abc', 10)).toBe('abc');
  });
});
