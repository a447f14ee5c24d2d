import { describe, expect, it } from 'vitest';
import { BINARY_SIGNATURES } from '../../../electron/core/read/magic';
import { ClipReadError, SUPPORTED_EXTENSIONS, isSupportedFile, readClipping } from '../../../electron/core/read';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
/** a signature followed by filler so that each sample is a plausible file start */
const file = (head: number[], fill = 0) => Uint8Array.from([...head, ...new Array(120).fill(fill)]);

async function reasonFor(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await readClipping(name, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ClipReadError);
    const e = error as ClipReadError;
    expect(e.file).toBe(name);
    expect(e.message).toBe(`${name}: ${e.reason}`);
    return e.reason;
  }
  throw new Error(`${name} was not refused`);
}

describe('binary files are refused with the format they look like', () => {
  const cases: [string, Uint8Array, string][] = [
    ['PNG', file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'looks like a PNG image, not text'],
    ['JPEG', file([0xff, 0xd8, 0xff, 0xe0]), 'looks like a JPEG image, not text'],
    ['GIF', file(ascii('GIF89a')), 'looks like a GIF image, not text'],
    ['WebP', file([...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBP')]), 'looks like a WebP image, not text'],
    ['PDF', file(ascii('%PDF-1.7\n%')), 'looks like a PDF document, not text'],
    ['ZIP', file([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'looks like a ZIP archive, not text'],
    ['DOCX', file([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, ...ascii('[Content_Types].xml word/document.xml')]), 'looks like a Word document (.docx), not text'],
    ['OLE Word', file([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'looks like an old Microsoft Office document (.doc/.xls), not text'],
    ['gzip', file([0x1f, 0x8b, 0x08, 0x00]), 'looks like a gzip archive, not text'],
    ['Windows exe', file([...ascii('MZ'), 0x90, 0x00, 0x03, 0x00]), 'looks like a Windows program, not text'],
    ['ELF', file([0x7f, ...ascii('ELF'), 2, 1, 1]), 'looks like a Linux program (ELF), not text'],
    ['Mach-O', file([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), 'looks like a macOS program (Mach-O), not text'],
    ['SQLite', file([...ascii('SQLite format 3'), 0]), 'looks like an SQLite database, not text'],
    ['MP4', file([0, 0, 0, 0x20, ...ascii('ftypisom')]), 'looks like an MP4/QuickTime video, not text'],
    ['RTF', file(ascii('{\\rtf1\\ansi Hello}'), 0x20), 'looks like an RTF document, not text'],
  ];
  it.each(cases)('%s', async (_label, bytes, reason) => {
    expect(await reasonFor('clip.txt', bytes)).toBe(reason);
  });

  it('refuses a PNG even when it is named .html or .eml', async () => {
    const png = file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await reasonFor('page.html', png)).toBe('looks like a PNG image, not text');
    expect(await reasonFor('mail.eml', png)).toBe('looks like a PNG image, not text');
  });

  it('refuses unknown binary data by its control bytes', async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(await reasonFor('noise.txt', noise)).toBe('looks like binary data, not text');
    const nuls = Uint8Array.from([...ascii('header'), ...new Array(200).fill(0), 1, 2, 3]);
    expect(await reasonFor('nuls.txt', nuls)).toBe('looks like binary data, not text');
  });

  it('does not mistake text that starts like a short signature for binary', async () => {
    for (const text of ['MZ Holdings reported a profit.', 'BM Smith wrote to the editor.', 'ID3 tags explained', 'RIFF raff']) {
      const source = await readClipping('clip.txt', Buffer.from(text));
      expect(source.text).toBe(text);
    }
  });

  it('keeps a named table of signatures, each with a label', () => {
    expect(BINARY_SIGNATURES.length).toBeGreaterThan(20);
    for (const signature of BINARY_SIGNATURES) expect(signature.label).toMatch(/^an? /);
  });
});

describe('empty and blank files', () => {
  it('refuses an empty file', async () => {
    expect(await reasonFor('empty.txt', new Uint8Array())).toBe('the file is empty');
  });

  it('refuses a whitespace-only file, in any encoding', async () => {
    expect(await reasonFor('blank.txt', Buffer.from(' \r\n\t\n  \u00a0'))).toBe('the file contains only whitespace');
    expect(await reasonFor('blank.md', Buffer.from('\ufeff\n\n', 'utf16le'))).toBe('the file contains only whitespace');
    expect(await reasonFor('bom-only.txt', Uint8Array.from([0xef, 0xbb, 0xbf]))).toBe('the file contains only whitespace');
  });

  it('refuses HTML with no readable text', async () => {
    expect(await reasonFor('empty.html', Buffer.from('<html><head><title>x</title><script>var a = "words";</script></head><body>  </body></html>'))).toBe(
      'the page has no readable text',
    );
  });

  it('refuses markdown that is only front matter', async () => {
    expect(await reasonFor('meta.md', Buffer.from('---\ntitle: Nothing here\n---\n\n'))).toBe('the file has front matter but no text');
  });
});

describe('file types', () => {
  it('lists the supported extensions', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.eml']);
  });

  it('recognises supported names in any case and with folders', () => {
    for (const name of ['a.txt', 'B.TEXT', 'c.md', 'notes/d.Markdown', 'C:\\clips\\e.HTML', 'f.htm', '/mail/g.eml']) {
      expect(isSupportedFile(name), name).toBe(true);
    }
    for (const name of ['a.pdf', 'b.docx', 'README', '.txt', 'folder.txt/file', 'photo.png', 'x.txt.gz']) {
      expect(isSupportedFile(name), name).toBe(false);
    }
  });

  it('refuses an unsupported extension before looking at the bytes', async () => {
    expect(await reasonFor('report.pdf', Buffer.from('text'))).toBe(
      '".pdf" files are not supported; supported: .txt, .text, .md, .markdown, .html, .htm, .eml',
    );
    expect(await reasonFor('README', Buffer.from('text'))).toBe(
      'has no file extension; supported: .txt, .text, .md, .markdown, .html, .htm, .eml',
    );
  });

  it('refuses bytes over the size limit', async () => {
    expect(await reasonFor('big.txt', new Uint8Array(3000))).not.toMatch(/limit/);
    await expect(readClipping('big.txt', new Uint8Array(3000), { maxBytes: 2048 })).rejects.toMatchObject({
      reason: 'is 2.9 KB; the limit is 2 KB',
    });
  });
});
