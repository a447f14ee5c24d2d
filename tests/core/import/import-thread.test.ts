// An import in a thread of its own (the CLI's, and the app's import jobs): the same library as an import in this
// thread, progress as counts and new failures, a cancel passed on, and a library that cannot open reported by name.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIntoLibrary, type ImportTicker } from '../../../electron/core/import/import-thread';
import { Library } from '../../../electron/core/library';
import { tempDir } from '../../helpers/temp';
import { writeArticles } from './generate';
import { buildImportThreadBundle } from './worker-bundle';

let bundle: Awaited<ReturnType<typeof buildImportThreadBundle>>;
beforeAll(async () => {
  bundle = await buildImportThreadBundle();
}, 120_000);
afterAll(() => bundle?.remove());

function clipsIn(file: string): { title: string; quotes: number }[] {
  const library = Library.open(file, { backups: false });
  try {
    return library.db.prepare('SELECT title, (SELECT count(*) FROM quotes q WHERE q.clip_id = c.id) AS quotes FROM clips c ORDER BY id').all() as { title: string; quotes: number }[];
  } finally {
    library.close();
  }
}

describe('importIntoLibrary', () => {
  it('stores in its own thread what an import in this thread stores, and reports counts as it goes', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    writeArticles(input, 60);
    fs.writeFileSync(path.join(input, 'empty.txt'), '');
    const tickers: ImportTicker[] = [];
    const threaded = await importIntoLibrary(path.join(dir, 'thread.sqlite'), { paths: [input] }, { script: bundle.script, onTicker: (t) => tickers.push(t) });
    const here = await importIntoLibrary(path.join(dir, 'here.sqlite'), { paths: [input] }, { script: null });

    expect(threaded).toMatchObject({ imported: 60, duplicates: 0, failed: [{ file: path.join(input, 'empty.txt'), reason: expect.stringMatching(/empty/) }] });
    expect(threaded.clipIds).toHaveLength(60);
    expect(clipsIn(path.join(dir, 'thread.sqlite'))).toEqual(clipsIn(path.join(dir, 'here.sqlite')));
    expect(here.imported).toBe(60);
    // counts only, rising to the total
    expect(tickers.at(-1)).toMatchObject({ done: 61, total: 61, imported: 60, failed: 1 });
    expect(tickers.map((t) => t.done)).toEqual([...tickers.map((t) => t.done)].sort((a, b) => a - b));
    expect(Object.keys(tickers[0]!).sort()).toEqual(['current', 'done', 'duplicates', 'failed', 'importId', 'imported', 'newFailures', 'total']);
    // each failure told once, by the ticker of the report that first held it
    expect(tickers.flatMap((t) => t.newFailures)).toEqual(threaded.failed);
    expect(new Set(tickers.map((t) => t.importId))).toEqual(new Set([threaded.importId]));

    // the thread's library is whole: a second run finds every file there
    const again = await importIntoLibrary(path.join(dir, 'thread.sqlite'), { paths: [input] }, { script: bundle.script });
    expect(again).toMatchObject({ imported: 0, duplicates: 60 });
  });

  it('passes a cancel on to the thread, which stops with what it stored whole', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    writeArticles(input, 400);
    const controller = new AbortController();
    const summary = await importIntoLibrary(path.join(dir, 'lib.sqlite'), { paths: [input] }, {
      script: bundle.script,
      signal: controller.signal,
      onTicker: (t) => {
        if (t.imported > 0) controller.abort();
      },
    });
    expect(summary.imported).toBeGreaterThan(0);
    expect(summary.imported).toBeLessThan(400);
    expect(clipsIn(path.join(dir, 'lib.sqlite'))).toHaveLength(summary.imported);
  });

  it('rejects with the library file and the reason when the library cannot open', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const file = path.join(dir, 'not-a-library.sqlite');
    fs.writeFileSync(file, 'this is not a database, just text that happens to sit in the file for this test');
    await expect(importIntoLibrary(file, { paths: [dir] }, { script: bundle.script })).rejects.toThrow(/not-a-library\.sqlite.*(not a database|damaged)/);
  });

  it('runs the script it is given: a thread that cannot start is an error, not an import', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const script = path.join(dir, 'missing-import-thread.js');
    await expect(importIntoLibrary(path.join(dir, 'lib.sqlite'), { paths: [dir] }, { script })).rejects.toThrow(/the import stopped/);
    expect(fs.existsSync(path.join(dir, 'lib.sqlite'))).toBe(false);
  });
});
