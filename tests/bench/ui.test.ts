// The benchmark's browser stage (electron/bench/ui.ts with scripts/bench-ui.mjs): real `cuttings serve`, real
// Chromium, a small library imported by the CLI. Only that figures come out and say where they come from;
// nothing about speed.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { UI_LIBRARY_ENV, measureBrowser, multiplyLibrary } from '../../electron/bench/ui';
import { checkLibrary } from '../../electron/core/library/check';
import { browserAvailable } from '../helpers/browser';
import { cuttings } from '../helpers/cli';
import { REPO_ROOT, tempDir } from '../helpers/temp';

const CLIPPINGS = path.join(REPO_ROOT, 'tests/e2e/fixtures/clippings');

afterEach(() => {
  delete process.env[UI_LIBRARY_ENV];
});

describe('measureBrowser', () => {
  it('gives nulls and says so when the stand-in library does not exist', async () => {
    process.env[UI_LIBRARY_ENV] = path.join(tempDir(), 'missing.db');
    const notes: string[] = [];
    const figures = await measureBrowser(REPO_ROOT, path.join(tempDir(), 'unused.db'), (n) => notes.push(n));
    expect(figures).toEqual({ ui_first_paint_ms: null, ui_open_clip_ms: null, ui_longest_frame_ms: null });
    expect(notes.join('\n')).toContain('missing.db does not exist');
  });

  it.runIf(browserAvailable())('measures the UI on the stand-in library and says which one it was', async () => {
    const library = path.join(tempDir(), 'stand-in.db');
    // one file of the fixtures is not a clipping: import exits non-zero but imports the rest
    cuttings(['import', CLIPPINGS, '--library', library]);
    process.env[UI_LIBRARY_ENV] = library;
    const notes: string[] = [];
    const figures = await measureBrowser(REPO_ROOT, path.join(tempDir(), 'unused.db'), (n) => notes.push(n));
    for (const value of Object.values(figures)) expect(typeof value === 'number' && value > 0, JSON.stringify(figures)).toBe(true);
    expect(notes.join('\n')).toContain(`measured on ${library} (6 clips`);
    expect(notes.join('\n')).toMatch(/the slowest of the clip opens took [\d.]+ ms/);
  }, 120_000);
});

describe('multiplyLibrary', () => {
  it('fills a library with copies that the search index, tag counts and speaker counts know about', () => {
    const file = path.join(tempDir(), 'seed.db');
    cuttings(['import', CLIPPINGS, '--library', file]);
    const copies = multiplyLibrary(file, 40);
    // not read-only: the search index's integrity check is written as an insert
    const db = new Database(file);
    try {
      expect(copies).toBe(34);
      const count = (sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args) as number;
      expect(count('SELECT count(*) FROM clips WHERE deleted_at IS NULL')).toBe(40);
      expect(checkLibrary(db)).toEqual({ ok: true, problems: [] });
      // each copy is a clip of its own: its body is unique and its sign-off (the last copy: desk 34) is found by a search
      expect(count('SELECT count(DISTINCT body_hash) FROM clips')).toBe(40);
      expect(count('SELECT count(*) FROM clip_search WHERE clip_search MATCH ?', '"desk 34"')).toBe(1);
      // copies carry their seed's quotes and tags, and the kept counts agree with a recount
      expect(count('SELECT count(*) FROM quotes')).toBeGreaterThan(6 * count('SELECT count(*) FROM quotes WHERE clip_id <= 6'));
      const tagCounts = db.prepare('SELECT t.live_clips AS kept, (SELECT count(*) FROM clip_tags ct WHERE ct.tag_id = t.id) AS n FROM tags t').all() as { kept: number; n: number }[];
      for (const t of tagCounts) expect(t.kept).toBe(t.n);
      const speakers = db
        .prepare('SELECT s.live AS kept, (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.speaker_id) AS n FROM speaker_stats s')
        .all() as { kept: number; n: number }[];
      expect(speakers.length).toBeGreaterThan(0);
      for (const s of speakers) expect(s.kept).toBe(s.n);
      // the same quotation in a seed and its copies is one group, as the importer groups it
      expect(count('SELECT count(DISTINCT group_id) FROM quotes')).toBeLessThan(count('SELECT count(*) FROM quotes') / 2);
    } finally {
      db.close();
    }
  });
});
