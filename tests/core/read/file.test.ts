import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CLIPPING_BYTES, readClipping, readClippingFile } from '../../../electron/core/read';
import { formatSize } from '../../../electron/core/read/limits';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cuttings-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readClippingFile', () => {
  it('reads a file from disk', async () => {
    const path = join(dir, 'note.txt');
    await writeFile(path, 'A note from the archive.\n');
    expect(await readClippingFile(path)).toEqual({ text: 'A note from the archive.\n', format: 'text', encoding: 'utf-8', hints: {} });
  });

  it('refuses a file over the size limit before reading it, naming both sizes', async () => {
    const path = join(dir, 'large.txt');
    await writeFile(path, 'x'.repeat(5 * 1024 * 1024));
    await expect(readClippingFile(path, { maxBytes: 4 * 1024 * 1024 })).rejects.toMatchObject({
      file: path,
      reason: 'is 5 MB; the limit is 4 MB',
      message: `${path}: is 5 MB; the limit is 4 MB`,
    });
    await expect(readClippingFile(path, { maxBytes: 1000 })).rejects.toMatchObject({ reason: 'is 5 MB; the limit is 1000 bytes' });
  });

  it('has a 64 MB default limit, checked from the file size without reading the file', async () => {
    expect(MAX_CLIPPING_BYTES).toBe(64 * 1024 * 1024);
    const path = join(dir, 'sparse.txt');
    await writeFile(path, '');
    await truncate(path, 80 * 1024 * 1024); // sparse: no 80 MB is written or read
    await expect(readClippingFile(path)).rejects.toMatchObject({ reason: 'is 80 MB; the limit is 64 MB' });
  });

  it('reads and refuses files the same with blocking calls (the import worker reads so)', async () => {
    const path = join(dir, 'blocking.txt');
    await writeFile(path, 'Read without the thread pool.\n');
    expect(await readClippingFile(path, { blocking: true })).toEqual(await readClippingFile(path));
    await expect(readClippingFile(path, { blocking: true, maxBytes: 4 })).rejects.toMatchObject({ reason: 'is 30 bytes; the limit is 4 bytes' });
    await expect(readClippingFile(join(dir, 'absent.txt'), { blocking: true })).rejects.toMatchObject({ reason: 'the file does not exist' });
    await mkdir(join(dir, 'a-folder.txt'));
    await expect(readClippingFile(join(dir, 'a-folder.txt'), { blocking: true })).rejects.toMatchObject({ reason: 'is a folder, not a file' });
  });

  it('formats sizes for people', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(512)).toBe('512 bytes');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(64 * 1024 * 1024)).toBe('64 MB');
    expect(formatSize(Math.round(64.4 * 1024 * 1024))).toBe('64.4 MB');
    expect(formatSize(3 * 1024 ** 3)).toBe('3 GB');
  });

  it('explains a missing file, a folder and an unsupported name', async () => {
    await expect(readClippingFile(join(dir, 'missing.txt'))).rejects.toMatchObject({ reason: 'the file does not exist' });
    const folder = join(dir, 'folder.txt');
    await mkdir(folder);
    await expect(readClippingFile(folder)).rejects.toMatchObject({ reason: 'is a folder, not a file' });
    await expect(readClippingFile(join(dir, 'missing.pdf'))).rejects.toMatchObject({ reason: /"\.pdf" files are not supported/ });
  });

  it('reads a 50 MB text file quickly', async () => {
    const line = 'The harbour board met again on Thursday, and the minutes ran to several pages — “again”.\n';
    const text = line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line)));
    const path = join(dir, 'huge.txt');
    await writeFile(path, text);
    const started = performance.now();
    const source = await readClippingFile(path);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(source.text.length).toBe(text.length);
    expect(source.encoding).toBe('utf-8');
  }, 60_000);

  it('reads a 50 MB Windows-1252 text quickly (chardet sees only a sample)', async () => {
    const line = Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owners said '), 0x93, ...Buffer.from('no'), 0x94, 0x0a]);
    const bytes = Buffer.alloc(50 * 1024 * 1024 - (50 * 1024 * 1024) % line.length);
    for (let i = 0; i < bytes.length; i += line.length) line.copy(bytes, i);
    const started = performance.now();
    const source = await readClipping('huge-1252.txt', bytes);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(source.encoding).toBe('windows-1252');
    expect(source.text.startsWith('Café owners said “no”\n')).toBe(true);
  }, 60_000);

  it('reads a single 2 MB line, as text, markdown and HTML', async () => {
    const sentence = 'One very long line without any break at all, going on and on; ';
    const line = sentence.repeat(Math.ceil((2 * 1024 * 1024) / sentence.length)).trimEnd();
    const started = performance.now();
    expect((await readClipping('line.txt', Buffer.from(line))).text).toBe(line);
    expect((await readClipping('line.md', Buffer.from(line))).text).toBe(line);
    expect((await readClipping('line.html', Buffer.from(`<p>${line}</p>`))).text).toBe(line);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);
});
