// The library commands of CONTRACT.md, run as a user would: a fresh bundle of the CLI (with its import
// worker beside it, as scripts/build.mjs lays them out) in a child process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { generateArticle, nearDuplicateOf, PNG_BYTES, writeArticles } from '../core/import/generate';
import { NODE_BUNDLE } from '../core/import/worker-bundle';

const REPO = path.resolve(__dirname, '../..');
let bundleDir: string;
let runner: string;

beforeAll(async () => {
  bundleDir = path.join(REPO, 'node_modules', '.cache', `cuttings-cli-${process.pid}-${Date.now()}`);
  await build({
    entryPoints: {
      cuttings: path.join(REPO, 'electron/cli/index.ts'),
      'import-worker': path.join(REPO, 'electron/core/import/worker.ts'),
      'import-thread': path.join(REPO, 'electron/core/import/import-thread.ts'),
    },
    outdir: bundleDir,
    ...NODE_BUNDLE,
  });
  runner = path.join(bundleDir, 'run.mjs');
  fs.writeFileSync(runner, "const { main } = await import('./cuttings.js');\nawait main(process.argv);\n");
}, 120_000);
afterAll(() => fs.rmSync(bundleDir, { recursive: true, force: true }));

function cuttings(library: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [runner, ...args, '--library', library], { encoding: 'utf8', env: { ...process.env, HOME: path.dirname(library) } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout.trim().split('\n').at(-1)!) };
}

describe('cuttings library commands', () => {
  let dir: string;
  let library: string;

  it('import, search, tags, stats, trash, reclean, backup and check', { timeout: 600_000 }, () => {
    dir = tempDir();
    library = path.join(dir, 'lib.sqlite');
    const input = path.join(dir, 'in');
    writeArticles(input, 40);
    fs.writeFileSync(path.join(input, 'copy-of-3.txt'), nearDuplicateOf(3));
    fs.writeFileSync(path.join(input, 'photo.txt'), PNG_BYTES);

    const imported = cuttings(library, 'import', input, '--json');
    expect(imported.status).toBe(1); // one input failed
    expect(imported.json()).toMatchObject({ imported: 41, duplicates: 0, failed: [{ file: expect.stringMatching(/photo\.txt$/), reason: expect.stringMatching(/PNG/) }] });
    expect(imported.stderr).toMatch(/photo\.txt: .*PNG/);

    // search --json: [{id, title, published, source, snippet}] best first, marks as [ ]
    const target = generateArticle(17);
    const found = cuttings(library, 'search', `"report 17"`, '--json');
    expect(found.status).toBe(0);
    const rows = found.json() as Record<string, unknown>[];
    expect(rows[0]).toEqual({ id: expect.any(Number), title: target.title, published: target.published, source: target.source, snippet: expect.stringContaining('[') });
    expect(Object.keys(rows[0]!).sort()).toEqual(['id', 'published', 'snippet', 'source', 'title']);
    expect(JSON.stringify(rows)).not.toMatch(/\\u000[23]|<b>/);

    // filters as options, combined with the query
    const reuters = cuttings(library, 'search', 'council', '--source', 'Reuters', '--from', '2019-01-01', '--to', '2024-12-31', '--limit', '3', '--json').json() as { source: string }[];
    expect(reuters.length).toBeLessThanOrEqual(3);
    for (const row of reuters) expect(row.source).toBe('Reuters');

    // a syntax error: one line on stderr, non-zero exit
    const bad = cuttings(library, 'search', '"unclosed phrase');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/quotation mark is not closed/);

    // tags --json: [{name, kind, count}]
    const tags = cuttings(library, 'tags', '--json').json() as { name: string; kind: string; count: number }[];
    expect(tags.length).toBeGreaterThan(0);
    for (const t of tags) expect(Object.keys(t).sort()).toEqual(['count', 'kind', 'name']);
    expect(tags.find((t) => t.name === target.speaker)?.count).toBeGreaterThanOrEqual(1);

    // stats --json
    const stats = cuttings(library, 'stats', '--json').json();
    expect(stats).toMatchObject({ clips: 41, quotes: expect.any(Number), speakers: expect.any(Number), tags: tags.length, trash: 0 });

    // trash, restore, empty
    const id = String(rows[0]!.id);
    expect(cuttings(library, 'trash', id).status).toBe(0);
    expect(cuttings(library, 'stats', '--json').json()).toMatchObject({ clips: 40, trash: 1 });
    expect(cuttings(library, 'trash', '--empty', '--json').json()).toEqual({ deleted: 1 });

    // reclean: nothing to change on a fresh library
    const reclean = cuttings(library, 'reclean', '--json');
    expect(reclean.status).toBe(0);
    expect(reclean.json()).toMatchObject({ clips: 40, changed: 0, failed: [] });

    // backup FILE, never over an existing file; the copy checks out
    const copy = path.join(dir, 'copy.sqlite');
    const backup = cuttings(library, 'backup', copy);
    expect(backup.status).toBe(0);
    expect(backup.stdout.trim()).toBe(copy);
    expect(cuttings(library, 'backup', copy).stderr).toMatch(/exists/);
    const ok = cuttings(copy, 'check');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/ok/);
  });

  it('check fails with a message on a damaged file and on a broken search index', { timeout: 300_000 }, () => {
    const d = tempDir();
    const file = path.join(d, 'lib.sqlite');
    writeArticles(path.join(d, 'in'), 5);
    expect(cuttings(file, 'import', path.join(d, 'in'), '--json').status).toBe(0);

    const copy = path.join(d, 'broken-index.sqlite');
    fs.copyFileSync(file, copy);
    for (const ext of ['-wal', '-shm']) if (fs.existsSync(file + ext)) fs.copyFileSync(file + ext, copy + ext);
    const mangle = spawnSync(process.execPath, ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(copy)});d.exec('DELETE FROM clip_search WHERE rowid = 2');d.close()`], { cwd: REPO, encoding: 'utf8' });
    expect(mangle.status, mangle.stderr).toBe(0);
    const broken = cuttings(copy, 'check');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/search index: 1 clip is missing/);
    expect(cuttings(copy, 'check', '--repair').status).toBe(0);
    expect(cuttings(copy, 'check').status).toBe(0);

    const junk = path.join(d, 'junk.sqlite');
    fs.writeFileSync(junk, 'SQLite format 3\0' + 'x'.repeat(8000));
    const damaged = cuttings(junk, 'check');
    expect(damaged.status).not.toBe(0);
    expect(damaged.stderr).toMatch(/junk\.sqlite: .*(damaged|not a database|malformed|cannot open)/);

    const missing = cuttings(path.join(d, 'nope.sqlite'), 'check');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no library file here/);
  });
});
