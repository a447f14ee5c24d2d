// Import jobs (the app's and the server's imports) in the import thread: what the window is shown while the
// thread stores (counts, each failure as it comes, the import's id), the summary with every clip id, a cancel
// passed on, and the library's own connection seeing what the thread stored. A library in memory, which no
// other connection can open, imports in the calling thread, as does every import once the thread cannot start.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportJobs } from '../../../electron/core/import/jobs';
import { Library } from '../../../electron/core/library';
import { search } from '../../../electron/core/library/search';
import type { ImportProgress } from '../../../electron/shared/api';
import { tempDir } from '../../helpers/temp';
import { generateArticle, writeArticles } from './generate';
import { buildImportThreadBundle } from './worker-bundle';

let bundle: Awaited<ReturnType<typeof buildImportThreadBundle>>;
beforeAll(async () => {
  bundle = await buildImportThreadBundle();
}, 120_000);
afterAll(() => bundle?.remove());

let library: Library | null = null;
afterEach(() => {
  library?.close();
  library = null;
});

async function finished(jobs: ImportJobs, jobId: string): Promise<ImportProgress> {
  return (await jobs.settled(jobId))!;
}

describe('ImportJobs in the import thread', () => {
  it('shows counts, failures and the import id as they come; the library sees every clip the summary lists', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    writeArticles(input, 40);
    // first of its folder, so it fails before the end
    const empty = path.join(input, 'batch-000', 'aaa-empty.txt');
    fs.writeFileSync(empty, '');
    library = Library.open(path.join(dir, 'library.sqlite'), { backups: false });
    const jobs = new ImportJobs(library, { threadScript: bundle.script });
    const updates: ImportProgress[] = [];
    const jobId = jobs.start({ paths: [input] }, (p) => updates.push(p));
    const done = await finished(jobs, jobId);

    expect(done).toMatchObject({ state: 'done', done: 41, total: 41, imported: 40, duplicates: 0 });
    expect(done.failed).toEqual([{ file: empty, reason: expect.stringMatching(/empty/) }]);
    const running = updates.filter((p) => p.state === 'running');
    // the failure was shown while the import still ran, once, with the import's id for undo
    const firstWithFailure = running.find((p) => p.failed.length > 0)!;
    expect(firstWithFailure.done).toBeLessThan(41);
    expect(running.at(-1)!.failed).toHaveLength(1);
    expect(new Set(running.map((p) => p.importId))).toEqual(new Set([done.importId]));
    // the clip ids come with the summary, and the window's connection reads those clips
    expect(done.clipIds).toHaveLength(40);
    const ids = library.db.prepare('SELECT id FROM clips ORDER BY id').pluck().all();
    expect(ids).toEqual([...done.clipIds].sort((a, b) => a - b));
    const title = generateArticle(7).title;
    expect(search(library.db, { query: `"${title}"` }).clips.map((c) => c.title)).toContain(title);
  });

  it('passes a cancel on: the thread stops with what it stored whole, and a second run adds the rest', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    writeArticles(input, 300);
    library = Library.open(path.join(dir, 'library.sqlite'), { backups: false });
    const jobs = new ImportJobs(library, { threadScript: bundle.script });
    const jobId = jobs.start({ paths: [input] }, (p) => {
      if (p.state === 'running' && p.imported > 0) jobs.cancel(jobId);
    });
    const cancelled = await finished(jobs, jobId);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.imported).toBeGreaterThan(0);
    expect(cancelled.imported).toBeLessThan(300);
    expect(library.db.prepare('SELECT count(*) FROM clips').pluck().get()).toBe(cancelled.imported);

    const rest = await jobs.run({ paths: [input] });
    expect(rest.imported + cancelled.imported).toBe(300);
    expect(rest.duplicates).toBe(cancelled.imported);
  });

  it('imports in the calling thread when the thread cannot start; an error of the import itself still fails it', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    writeArticles(path.join(dir, 'in'), 2);
    library = Library.open(path.join(dir, 'library.sqlite'), { backups: false });
    const jobs = new ImportJobs(library, { threadScript: path.join(dir, 'missing-import-thread.js') });
    const progress = await finished(jobs, jobs.start({ paths: [path.join(dir, 'in')] }));
    expect(progress).toMatchObject({ state: 'done', imported: 2 });
    expect(library.db.prepare('SELECT count(*) FROM clips').pluck().get()).toBe(2);

    // the thread started and said why it stopped: that is the import's failure, not a reason to run it here
    const file = path.join(dir, 'not-a-library.sqlite');
    fs.writeFileSync(file, 'this is not a database, just text that happens to sit in the file for this test');
    // (a handle on that file: Library.open would refuse it here, before any thread)
    const other = Object.assign(Object.create(Library.prototype) as Library, { file, db: library.db });
    const failing = new ImportJobs(other, { threadScript: bundle.script });
    const failed = await finished(failing, failing.start({ paths: [path.join(dir, 'in')] }));
    expect(failed).toMatchObject({ state: 'failed', error: expect.stringMatching(/not-a-library\.sqlite.*(not a database|damaged)/) });
  });

  it('fails, naming the file, when the library file was deleted while open, and makes no new library there', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    writeArticles(path.join(dir, 'in'), 2);
    const file = path.join(dir, 'library.sqlite');
    library = Library.open(file, { backups: false });
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    const jobs = new ImportJobs(library, { threadScript: bundle.script });
    const progress = await finished(jobs, jobs.start({ paths: [path.join(dir, 'in')] }));
    expect(progress).toMatchObject({ state: 'failed', error: expect.stringMatching(/library\.sqlite.*no longer there/) });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('imports a library in memory in the calling thread, whatever thread script it is given', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    writeArticles(path.join(dir, 'in'), 3);
    library = Library.open(':memory:');
    const jobs = new ImportJobs(library, { threadScript: path.join(dir, 'missing-import-thread.js') });
    const progress = await finished(jobs, jobs.start({ paths: [path.join(dir, 'in')] }));
    expect(progress).toMatchObject({ state: 'done', imported: 3 });
    expect(progress.clipIds).toHaveLength(3);
  });
});
