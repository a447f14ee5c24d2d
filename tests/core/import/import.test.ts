import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { runImport, type ImportCounters } from '../../../electron/core/import/importer';
import { Library } from '../../../electron/core/library';
import { tempDir } from '../../helpers/temp';
import { generateArticle, nearDuplicateOf, PNG_BYTES, writeArticles } from './generate';
import { buildWorkerBundle } from './worker-bundle';

let worker: Awaited<ReturnType<typeof buildWorkerBundle>>;
beforeAll(async () => {
  worker = await buildWorkerBundle();
});
afterAll(() => worker?.remove());

/** 20 files that are not clippings, each with the reason it must be reported with */
function writeBadFiles(dir: string): Map<string, RegExp> {
  const bad = path.join(dir, 'bad');
  fs.mkdirSync(bad, { recursive: true });
  const expected = new Map<string, RegExp>();
  const put = (name: string, bytes: Uint8Array | string, reason: RegExp) => {
    fs.writeFileSync(path.join(bad, name), bytes);
    expected.set(name, reason);
  };
  for (let i = 0; i < 4; i++) put(`empty-${i}.txt`, '', /empty/);
  for (let i = 0; i < 4; i++) put(`picture-${i}.txt`, PNG_BYTES, /PNG image/);
  for (let i = 0; i < 4; i++) put(`blank-${i}.txt`, ' \n\n\t \n'.repeat(i + 1), /only whitespace/);
  for (let i = 0; i < 4; i++) put(`binary-${i}.md`, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, i]), /binary/);
  for (let i = 0; i < 2; i++) put(`no-text-${i}.html`, '<html><body><script>x()</script></body></html>', /no readable text/);
  for (let i = 0; i < 2; i++) put(`dots-${i}.txt`, '... --- ...\n', /no article text/);
  return expected;
}

describe('import of a large folder', () => {
  it('imports 1,000 articles in worker threads, reports 20 bad files, links a near-duplicate, and adds nothing the second time', { timeout: 300_000 }, async () => {
    const dir = tempDir();
    writeArticles(dir, 1000);
    const bad = writeBadFiles(dir);
    fs.writeFileSync(path.join(dir, 'wire-copy-of-7.txt'), nearDuplicateOf(7));
    // never imported: hidden and system files
    fs.writeFileSync(path.join(dir, '.hidden-note.txt'), generateArticle(5000).text);
    fs.writeFileSync(path.join(dir, 'Thumbs.db'), PNG_BYTES);
    fs.writeFileSync(path.join(dir, 'desktop.ini'), '[.ShellClassInfo]');

    const library = Library.open(path.join(dir, 'lib.sqlite'));
    const steps: ImportCounters[] = [];
    const summary = await runImport(library, { paths: [dir] }, { workerScript: worker.script, workers: 2, onProgress: (p) => steps.push(p) });

    expect(summary.imported).toBe(1001);
    expect(summary.duplicates).toBe(0);
    expect(summary.failed).toHaveLength(20);
    for (const failure of summary.failed) {
      const name = path.basename(failure.file);
      expect(bad.has(name), `unexpected failure ${name}: ${failure.reason}`).toBe(true);
      expect(failure.reason).toMatch(bad.get(name)!);
    }
    // progress: done never goes back, the total is known from the start, the last step is complete
    expect(steps[0]!.total).toBe(1021);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.done).toBeGreaterThanOrEqual(steps[i - 1]!.done);
    expect(steps.at(-1)).toMatchObject({ done: 1021, imported: 1001 });
    expect(steps.length).toBeGreaterThan(2);

    const api = createApi(library);
    expect((await api.stats({})).clips).toBe(1001);
    // every generated article is there once, with its headline
    const titles = new Set(library.db.prepare('SELECT title FROM clips').pluck().all() as string[]);
    for (const n of [0, 1, 499, 999]) expect(titles).toContain(generateArticle(n).title);

    // the near-duplicate pair is linked both ways, and nothing else is
    const original = library.db.prepare('SELECT id FROM clips WHERE file_name = ?').pluck().get('article-000007.txt') as number;
    const copy = library.db.prepare('SELECT id FROM clips WHERE file_name = ?').pluck().get('wire-copy-of-7.txt') as number;
    expect((await api.getClip({ id: original }))!.alsoIn).toEqual([
      expect.objectContaining({ clipId: copy, source: 'The Coastal Record' }),
    ]);
    expect((await api.getClip({ id: copy }))!.alsoIn!.map((a) => a.clipId)).toEqual([original]);
    expect(library.db.prepare('SELECT count(*) FROM clip_links').pluck().get()).toBe(1);

    // the same folder again: every article is a duplicate, the bad files are reported again
    const again = await runImport(library, { paths: [dir] }, { workerScript: worker.script, workers: 2 });
    expect(again).toMatchObject({ imported: 0, duplicates: 1001 });
    expect(again.failed).toHaveLength(20);
    expect((await api.stats({})).clips).toBe(1001);

    const imports = await api.listImports({});
    expect(imports.map((i) => [i.imported, i.duplicates, i.failed, i.state])).toEqual([
      [0, 1001, 20, 'done'],
      [1001, 0, 20, 'done'],
    ]);
    library.close();
  });
});

describe('import details', () => {
  it('stores a batch in one transaction but each file on its own: one failing file does not undo its batch', async () => {
    const dir = tempDir();
    writeArticles(dir, 5);
    const library = Library.open(':memory:');
    // a trigger that refuses one title stands in for a file that cannot be stored
    library.db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON clips WHEN new.title LIKE '%(report 2)%' BEGIN SELECT raise(ABORT, 'refused by test'); END;`);
    const summary = await runImport(library, { paths: [dir] }, { workerScript: null });
    expect(summary.imported).toBe(4);
    expect(summary.failed).toEqual([{ file: expect.stringContaining('article-000002.txt'), reason: expect.stringMatching(/could not be stored: refused by test/) }]);
    expect(library.db.prepare('SELECT count(*) FROM quotes WHERE clip_id NOT IN (SELECT id FROM clips)').pluck().get()).toBe(0);
    // the search index holds the stored clips, each once (written at the batch's end, after the refused file went)
    expect(library.db.prepare('SELECT rowid FROM clip_search ORDER BY rowid').pluck().all()).toEqual(
      library.db.prepare('SELECT id FROM clips ORDER BY id').pluck().all(),
    );
    library.db.prepare("INSERT INTO clip_search(clip_search) VALUES ('integrity-check')").run();
    library.close();
  });

  it('checkpoints the log less often and keeps a smaller page cache while it imports, and gives the connection its own settings back', async () => {
    const dir = tempDir();
    writeArticles(dir, 3);
    const library = Library.open(path.join(tempDir(), 'lib.sqlite'));
    const setting = () => library.db.pragma('wal_autocheckpoint', { simple: true }) as number;
    // (negative: KiB)
    const cacheKib = () => -(library.db.pragma('cache_size', { simple: true }) as number);
    const before = { pages: setting(), cache: cacheKib() };
    const during: { pages: number; cache: number }[] = [];
    await runImport(library, { paths: [dir] }, { workerScript: null, onProgress: () => during.push({ pages: setting(), cache: cacheKib() }) });
    expect(Math.max(...during.map((d) => d.pages))).toBeGreaterThan(before.pages);
    expect(Math.min(...during.map((d) => d.cache))).toBeLessThan(before.cache);
    expect({ pages: setting(), cache: cacheKib() }).toEqual(before);
    library.close();
  });

  it('applies tagging rules to what it imports', async () => {
    const dir = tempDir();
    writeArticles(dir, 16);
    const library = Library.open(':memory:');
    const api = createApi(library);
    await api.saveTagRule({ field: 'source', contains: 'Reuters', tag: 'wire' });
    await api.importFiles({ paths: [dir] });
    const wire = (await api.search({ query: 'tag:wire' })).clips;
    expect(wire.length).toBe(2); // articles 6 and 14 are Reuters'
    expect(wire.every((c) => c.source === 'Reuters')).toBe(true);
    library.close();
  });

  it('undoes an import into the trash; importing the same files again brings them back', async () => {
    const dir = tempDir();
    writeArticles(dir, 3);
    const library = Library.open(':memory:');
    const api = createApi(library);
    const first = await api.importFiles({ paths: [path.join(dir, 'batch-000', 'article-000000.txt')] });
    const second = await api.importFiles({ paths: [dir] });
    expect(second).toMatchObject({ imported: 2, duplicates: 1 });
    expect(await api.undoImport({ importId: second.importId })).toEqual({ removed: 2 });
    expect((await api.listClips({})).total).toBe(1);
    expect((await api.listTrash({})).total).toBe(2);
    expect((await api.listImports({}))[0]).toMatchObject({ id: second.importId, state: 'undone' });
    await expect(api.undoImport({ importId: 999 })).rejects.toThrow(/no import with id 999/);
    const third = await api.importFiles({ paths: [dir] });
    expect(third).toMatchObject({ imported: 2, duplicates: 1 });
    expect((await api.listClips({})).total).toBe(3);
    expect(first.imported).toBe(1);
    library.close();
  });

  it('runs in-thread when no worker bundle exists, and fails only the file a crashed worker was on', async () => {
    const dir = tempDir();
    writeArticles(dir, 3);
    const broken = path.join(tempDir(), 'broken-worker.mjs');
    // a worker that dies on its first job
    fs.writeFileSync(broken, "import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => process.exit(3));");
    const library = Library.open(':memory:');
    const summary = await runImport(library, { paths: [dir] }, { workerScript: broken, workers: 1 });
    expect(summary.failed.length + summary.imported).toBe(3);
    expect(summary.failed.length).toBeGreaterThan(0);
    expect(summary.failed[0]!.reason).toMatch(/the cleaner stopped on this file/);
    const inThread = await runImport(library, { paths: [dir] }, { workerScript: null });
    expect(inThread.imported + inThread.duplicates).toBe(3);
    library.close();
  });
});

describe('worker out of memory', () => {
  it('cleans a file that outgrows a worker\'s bounded heap in this thread instead of failing it', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    writeArticles(dir, 2);
    const greedy = path.join(tempDir(), 'greedy-worker.mjs');
    // a worker that keeps everything it allocates: it reaches its heap bound on the first file
    fs.writeFileSync(greedy, "import { parentPort } from 'node:worker_threads'; const kept = []; parentPort.on('message', () => { for (;;) kept.push(new Array(1e5).fill({})); });");
    const library = Library.open(':memory:');
    const summary = await runImport(library, { paths: [dir] }, { workerScript: greedy, workers: 1 });
    expect(summary).toMatchObject({ imported: 2, failed: [] });
    library.close();
  });
});

describe('worker that cannot load', () => {
  it('falls back to this thread without failing any file', async () => {
    const dir = tempDir();
    writeArticles(dir, 3);
    const script = path.join(tempDir(), 'needs-missing-module.mjs');
    fs.writeFileSync(script, "import 'no-such-package-cuttings';\n");
    const library = Library.open(':memory:');
    const summary = await runImport(library, { paths: [dir] }, { workerScript: script, workers: 2 });
    expect(summary).toMatchObject({ imported: 3, failed: [] });
    library.close();
  });
});
