import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cuttings } from '../helpers/cli';
import { REPO_ROOT, tempDir } from '../helpers/temp';
import { BIDEN_SHORT, COURIER_FERRY, GAZETTE_FERRY, HERALD_BUDGET, markdown, UNDATED_NOTE, type ArticleSpec } from '../core/speakers/articles';

/** The newest modification time of the files under a folder. */
function newest(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((max, e) => Math.max(max, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs), 0);
}

beforeAll(() => {
  // the CLI under test is the built one, exactly as `npx cuttings` runs it; build it when the sources are newer
  // (`npm test` has just built it, and other test files may be running it)
  const built = path.join(REPO_ROOT, 'dist/cli/cuttings.js');
  if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newest(path.join(REPO_ROOT, 'electron'))) {
    execFileSync(process.execPath, ['scripts/build.mjs', 'node'], { cwd: REPO_ROOT, stdio: 'pipe' });
  }
}, 120_000);

/** A library file with these articles, imported by the CLI itself. */
function libraryWith(specs: ArticleSpec[]): string {
  const dir = tempDir();
  const folder = path.join(dir, 'clips');
  fs.mkdirSync(folder);
  specs.forEach((spec, i) => fs.writeFileSync(path.join(folder, `${i}.md`), markdown(spec)));
  const library = path.join(dir, 'lib.sqlite');
  const run = cuttings(['import', folder, '--json', '--library', library]);
  expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toMatchObject({ imported: specs.length, failed: [] });
  return library;
}

/** Each run starts a node process; on a busy two-core machine that takes seconds. */
const SLOW = 180_000;

describe('cuttings quotes', () => {
  it('prints the timeline as JSON, oldest first, one entry per quotation with the other outlets in alsoIn', () => {
    const library = libraryWith([COURIER_FERRY, UNDATED_NOTE, GAZETTE_FERRY, HERALD_BUDGET, BIDEN_SHORT]);
    const run = cuttings(['quotes', '--json', '--library', library]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const quotes = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(quotes).toHaveLength(4);
    for (const q of quotes) expect(Object.keys(q)).toEqual(['speaker', 'text', 'kind', 'published', 'source', 'clipId', 'alsoIn']);
    expect(quotes.map((q) => [q.speaker, q.published, q.source])).toEqual([
      ['Joe Biden', '2023-06-01', 'Capital Times'],
      ['Jane Roe', '2024-01-20', 'Coastal Herald'],
      ['Jane Roe', '2024-03-11', 'Island Gazette'],
      ['Jane Roe', null, 'Parish Newsletter'],
    ]);
    const ferry = quotes[2]!;
    expect(ferry.kind).toBe('full');
    expect(ferry.text).toMatch(/^We did everything we could to keep the ferries running/);
    expect(ferry.alsoIn).toHaveLength(1);
    expect(typeof (ferry.alsoIn as unknown[])[0]).toBe('number');
    expect(ferry.alsoIn).not.toContain(ferry.clipId);
    for (const q of quotes) if (q !== ferry) expect(q.alsoIn).toEqual([]);
  }, SLOW);

  it('filters by --speaker (any spelling with the same key) and prints a readable list without --json', () => {
    const library = libraryWith([COURIER_FERRY, GAZETTE_FERRY, BIDEN_SHORT]);
    const json = cuttings(['quotes', '--speaker', 'joe  BIDEN', '--json', '--library', library]);
    expect(json.status).toBe(0);
    expect((JSON.parse(json.stdout) as { speaker: string }[]).map((q) => q.speaker)).toEqual(['Joe Biden']);

    const text = cuttings(['quotes', '--speaker', 'Jane Roe', '--library', library]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('2024-03-11  Jane Roe — Island Gazette');
    expect(text.stdout).toContain('“We did everything we could to keep the ferries running but the operators walked away,”');
    expect(text.stdout).toContain(`also in: The Northern Courier (2024-03-12) [clip `);
    expect(text.stdout).not.toContain('Biden');
  }, SLOW);

  it('names an unknown speaker on stderr with a non-zero exit, and prints an empty array', () => {
    const library = libraryWith([BIDEN_SHORT]);
    const run = cuttings(['quotes', '--speaker', 'Nobody Known', '--json', '--library', library]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no speaker named "Nobody Known"');
    expect(JSON.parse(run.stdout)).toEqual([]);
  }, SLOW);
});
