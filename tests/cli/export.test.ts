import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import { cuttings } from '../helpers/cli';
import { REPO_ROOT, tempDir } from '../helpers/temp';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/export');
/** Each run starts a node process; on a busy two-core machine that takes seconds. */
const SLOW = 90_000;

beforeAll(() => {
  // the CLI under test is the built one, exactly as `npx cuttings` runs it
  execFileSync(process.execPath, ['scripts/build.mjs', 'node'], { cwd: REPO_ROOT, stdio: 'pipe' });
}, 120_000);

/** A library file holding the export fixtures, imported by the CLI itself. */
function fixtureLibrary(): { dir: string; library: string } {
  const dir = tempDir();
  const library = path.join(dir, 'lib.sqlite');
  const run = cuttings(['import', FIXTURES, '--json', '--library', library]);
  expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toMatchObject({ imported: 3, failed: [] });
  return { dir, library };
}

const withoutIds = (json: string) =>
  (JSON.parse(json) as { clips: Record<string, unknown>[] }).clips.map(({ id: _id, ...rest }) => rest);

describe('cuttings export', () => {
  it('writes the file, and refuses to overwrite it without --force, naming it', () => {
    const { dir, library } = fixtureLibrary();
    const out = path.join(dir, 'report.html');
    const first = cuttings(['export', '--format', 'html', '--out', out, '--title', 'Weekly', '--library', library]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`Exported 3 clips to ${out}\n`);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<title>Weekly</title>');

    fs.writeFileSync(out, 'keep me');
    const again = cuttings(['export', '--format', 'html', '--out', out, '--library', library]);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`cuttings export: ${out}: already exists; nothing was written (use --force to overwrite)\n`);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');

    const forced = cuttings(['export', '--format', 'html', '--out', out, '--force', '--library', library]);
    expect(forced.status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('<!doctype html>');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, SLOW);

  it('names the file itself when --out is a folder, and applies the filters', () => {
    const { dir, library } = fixtureLibrary();
    const folder = path.join(dir, 'exports');
    fs.mkdirSync(folder);
    const run = cuttings(['export', '--format', 'quotes-csv', '--out', folder, '--speaker', 'Ruth Okafor', '--library', library]);
    expect(run.status).toBe(0);
    const [name] = fs.readdirSync(folder);
    expect(name).toMatch(/^cuttings-quotes-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync(path.join(folder, name!), 'utf8');
    expect(csv.startsWith('\ufeffSpeaker,Quote,Date,Source,Clip title,Clip id\r\n')).toBe(true);
    expect(csv).toContain('Ruth Okafor,"a sticking plaster, not a cure",2024-04-04,The Northern Courier,City libraries win extra funding in budget deal,');

    const dated = cuttings(['export', '--format', 'csv', '--out', path.join(dir, 'spring.csv'), '--from', '2024-04-01', '--to', '2024-04-30', '--library', library]);
    expect(dated.stdout).toMatch(/^Exported 1 clip to /);
    const bad = cuttings(['export', '--format', 'csv', '--out', path.join(dir, 'x.csv'), '--from', '1 April', '--library', library]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/from.*YYYY-MM-DD/);
    expect(fs.existsSync(path.join(dir, 'x.csv'))).toBe(false);
  }, SLOW);

  it('splits Markdown into one file per clip with --split, never overwriting without --force', () => {
    const { dir, library } = fixtureLibrary();
    const out = path.join(dir, 'clips');
    const run = cuttings(['export', '--format', 'md', '--split', '--out', out, '--library', library]);
    expect(run.status).toBe(0);
    const files = fs.readdirSync(out).sort();
    expect(files).toEqual([
      '0001-Harbour council approves new ferry timetable.md',
      '0002-City libraries win extra funding in budget deal.md',
      '0003-Council website hacked with -script-alert(1)-script- in headline.md',
    ]);
    expect(fs.readFileSync(path.join(out, files[2]!), 'utf8')).toMatch(/^---\ntitle: "Council website hacked with <script>alert\(1\)<\/script> in headline"\n/);

    const again = cuttings(['export', '--format', 'md', '--split', '--out', out, '--library', library]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${path.join(out, files[0]!)}: already exists (and 2 more); nothing was written (use --force to overwrite)`);
    expect(cuttings(['export', '--format', 'md', '--split', '--out', out, '--force', '--library', library]).status).toBe(0);

    const wrong = cuttings(['export', '--format', 'html', '--split', '--out', out, '--library', library]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/--split: only Markdown/);
  }, SLOW);

  it('exports JSON that `cuttings import` restores into an empty library as the same clips', () => {
    const { dir, library } = fixtureLibrary();
    const backup = path.join(dir, 'backup.json');
    expect(cuttings(['export', '--format', 'json', '--out', backup, '--library', library]).status).toBe(0);
    const restored = path.join(dir, 'restored.sqlite');
    const imported = cuttings(['import', backup, '--json', '--library', restored]);
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout.trim().split('\n').at(-1)!)).toMatchObject({ imported: 3, duplicates: 0, failed: [] });
    const again = path.join(dir, 'again.json');
    expect(cuttings(['export', '--format', 'json', '--out', again, '--library', restored]).status).toBe(0);
    expect(withoutIds(fs.readFileSync(again, 'utf8'))).toEqual(withoutIds(fs.readFileSync(backup, 'utf8')));
  }, SLOW);

  it.runIf(browserAvailable())('prints a PDF report', () => {
    const { dir, library } = fixtureLibrary();
    const out = path.join(dir, 'report.pdf');
    const run = cuttings(['export', '--format', 'pdf', '--out', out, '--title', 'Weekly', '--library', library]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  }, SLOW);
});
