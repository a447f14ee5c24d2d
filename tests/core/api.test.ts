import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../electron/core/api';
import { Library } from '../../electron/core/library';
import { tempDir } from '../helpers/temp';

const ARTICLE = `Harbour council approves new ferry timetable
By Jane Doe

The harbour council voted on Tuesday to approve a new ferry timetable that adds three early crossings on weekdays.

"This is what commuters have asked us for," said council chair Maria Lopes, adding that the change starts in March.

Operators will hire six more crew members to cover the extra sailings, the council said.
`;

let library: Library;
afterEach(() => library?.close());

describe('core API', () => {
  it('imports a file, lists it and returns the whole clip with the original text', async () => {
    library = Library.open(':memory:');
    const api = createApi(library);
    const dir = tempDir();
    const file = path.join(dir, 'ferry.txt');
    fs.writeFileSync(file, ARTICLE);

    const summary = await api.importFiles({ paths: [file] });
    expect(summary).toMatchObject({ imported: 1, duplicates: 0, failed: [] });

    const page = await api.listClips({});
    expect(page.total).toBe(1);
    const clip = await api.getClip({ id: page.clips[0]!.id });
    expect(clip?.original).toBe(ARTICLE);
    expect(clip?.fileName).toBe('ferry.txt');
    expect(clip?.body).toContain('three early crossings');
  });

  it('reports a second import of the same file as a duplicate and adds nothing', async () => {
    library = Library.open(':memory:');
    const api = createApi(library);
    const file = path.join(tempDir(), 'ferry.txt');
    fs.writeFileSync(file, ARTICLE);
    await api.importFiles({ paths: [file] });
    const again = await api.importFiles({ paths: [file] });
    expect(again).toMatchObject({ imported: 0, duplicates: 1, failed: [] });
    expect((await api.listClips({})).total).toBe(1);
  });

  it('imports dropped bytes (browser mode) and dedupes them against files', async () => {
    library = Library.open(':memory:');
    const api = createApi(library);
    const dataBase64 = Buffer.from(ARTICLE).toString('base64');
    expect(await api.importFiles({ files: [{ name: 'ferry.txt', dataBase64 }] })).toMatchObject({ imported: 1 });
    expect(await api.importFiles({ files: [{ name: 'copy.txt', dataBase64 }] })).toMatchObject({ imported: 0, duplicates: 1 });
  });

  it('keeps importing after a bad file and names it with the reason', async () => {
    library = Library.open(':memory:');
    const api = createApi(library);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a-empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'b-ferry.txt'), ARTICLE);
    const summary = await api.importFiles({ paths: [dir, path.join(dir, 'missing.txt')] });
    expect(summary.imported).toBe(1);
    expect(summary.failed.map((f) => path.basename(f.file)).sort()).toEqual(['a-empty.txt', 'missing.txt']);
    for (const failure of summary.failed) expect(failure.reason.length).toBeGreaterThan(5);
  });

  it('runs an import as a job whose progress can be polled to the end', async () => {
    library = Library.open(':memory:');
    const seen: number[] = [];
    const api = createApi(library, { onImportProgress: (p) => seen.push(p.done) });
    const dir = tempDir();
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `f${i}.txt`), ARTICLE.replace('three', `${i + 3}`));
    const { jobId } = await api.startImport({ paths: [dir] });
    let progress = await api.importProgress({ jobId });
    while (progress.state === 'running') {
      await new Promise((r) => setTimeout(r, 5));
      progress = await api.importProgress({ jobId });
    }
    expect(progress).toMatchObject({ state: 'done', done: 5, total: 5, imported: 5 });
    expect(seen.at(-1)).toBe(5);
  });

  it('cancels a running import; running it again completes it without duplicates', async () => {
    library = Library.open(':memory:');
    const api = createApi(library);
    const dir = tempDir();
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, `f${String(i).padStart(2, '0')}.txt`), ARTICLE.replace('three', `${i + 3}`));
    const { jobId } = await api.startImport({ paths: [dir] });
    await api.cancelImport({ jobId });
    let progress = await api.importProgress({ jobId });
    while (progress.state === 'running') {
      await new Promise((r) => setTimeout(r, 5));
      progress = await api.importProgress({ jobId });
    }
    expect(progress.state).toBe('cancelled');
    expect(progress.imported).toBeLessThan(40);
    const rest = await api.importFiles({ paths: [dir] });
    expect(rest.imported + progress.imported).toBe(40);
    expect(rest.duplicates).toBe(progress.imported);
    expect((await api.listClips({ limit: 100 })).total).toBe(40);
  });
});
