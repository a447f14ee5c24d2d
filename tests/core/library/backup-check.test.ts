import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDir, backupTo, DEFAULT_KEEP, listBackups, pruneBackups } from '../../../electron/core/backup';
import { Library } from '../../../electron/core/library';
import { checkLibrary, rebuildSearchIndex } from '../../../electron/core/library/check';
import { search } from '../../../electron/core/library/search';
import { tempDir } from '../../helpers/temp';
import { addClips, NEWS } from './fixtures';

function populated(): { file: string; library: Library } {
  const file = path.join(tempDir(), 'Cuttings Library.sqlite');
  const library = Library.open(file);
  addClips(library, NEWS);
  return { file, library };
}

describe('backups', () => {
  it('copies an open library consistently, readable as a library', async () => {
    const { file, library } = populated();
    const copy = path.join(path.dirname(file), 'copies', 'copy.sqlite');
    await backupTo(library.db, copy);
    library.close();
    const restored = Library.open(copy, { backups: false });
    expect(search(restored.db, { query: 'Elysee' }).total).toBe(1);
    expect(checkLibrary(restored.db)).toEqual({ ok: true, problems: [] });
    restored.close();
    expect(fs.existsSync(`${copy}.partial`)).toBe(false);
  });

  it('makes a daily backup on open (a library with clips only), not twice a day, and keeps the last 10', async () => {
    const { file, library } = populated();
    await library.idle();
    expect(listBackups(file)).toEqual([]); // it was empty when opened
    library.close();
    const again = Library.open(file);
    await again.idle();
    again.close();
    const first = listBackups(file);
    expect(first).toHaveLength(1);
    expect(path.basename(first[0]!)).toMatch(/^Cuttings Library \d{4}-\d\d-\d\dT[\d-]+Z daily\.sqlite$/);
    expect(path.dirname(first[0]!)).toBe(backupDir(file));
    const third = Library.open(file);
    await third.idle();
    third.close();
    expect(listBackups(file)).toEqual(first);
    // rolling: only the newest DEFAULT_KEEP stay
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(backupDir(file), `Cuttings Library 2020-01-${String(i + 1).padStart(2, '0')}T00-00-00Z daily.sqlite`), '');
    pruneBackups(file);
    const kept = listBackups(file);
    expect(kept).toHaveLength(DEFAULT_KEEP);
    expect(kept.at(-1)).toBe(first[0]);
  });
});

describe('check', () => {
  it('passes a healthy library', () => {
    const { library } = populated();
    expect(checkLibrary(library.db)).toEqual({ ok: true, problems: [] });
    library.close();
  });

  it('finds a corrupted search index, and a rebuild repairs it', () => {
    const { library } = populated();
    // the index's shadow tables are guarded; unsafe mode lets the test damage one
    library.db.unsafeMode(true);
    library.db.exec("UPDATE clip_search_data SET block = x'00ff00ff00ff' WHERE id = (SELECT max(id) FROM clip_search_data)");
    library.db.unsafeMode(false);
    const result = checkLibrary(library.db);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/search index: .*(malformed|corrupt)/i);
    rebuildSearchIndex(library.db);
    expect(checkLibrary(library.db).ok).toBe(true);
    expect(search(library.db, { query: 'heroes' }).total).toBe(1);
    library.close();
  });

  it('finds a corrupted titles index (it ranks title hits first), and a rebuild repairs it', () => {
    const { library } = populated();
    const titled = search(library.db, { query: 'heroes' });
    library.db.unsafeMode(true);
    library.db.exec("UPDATE clip_title_search_data SET block = x'00ff00ff00ff' WHERE id = (SELECT max(id) FROM clip_title_search_data)");
    library.db.unsafeMode(false);
    expect(checkLibrary(library.db).problems.join('\n')).toMatch(/search index: .*(malformed|corrupt)/i);
    rebuildSearchIndex(library.db);
    expect(checkLibrary(library.db)).toEqual({ ok: true, problems: [] });
    expect(search(library.db, { query: 'heroes' })).toEqual(titled);
    library.close();
  });

  it('finds a corrupted leads index (it ranks lead hits second), and a rebuild repairs it', () => {
    const { library } = populated();
    const before = search(library.db, { query: 'heroes' });
    library.db.unsafeMode(true);
    library.db.exec("UPDATE clip_lead_search_data SET block = x'00ff00ff00ff' WHERE id = (SELECT max(id) FROM clip_lead_search_data)");
    library.db.unsafeMode(false);
    expect(checkLibrary(library.db).problems.join('\n')).toMatch(/search index: .*(malformed|corrupt)/i);
    rebuildSearchIndex(library.db);
    expect(checkLibrary(library.db)).toEqual({ ok: true, problems: [] });
    expect(search(library.db, { query: 'heroes' })).toEqual(before);
    expect(library.db.prepare('SELECT count(*) FROM clip_lead_search').pluck().get()).toBe(library.db.prepare('SELECT count(*) FROM clips').pluck().get());
    library.close();
  });

  it('finds clips missing from the search index', () => {
    const { library } = populated();
    library.db.exec('DELETE FROM clip_search WHERE rowid = 1');
    expect(checkLibrary(library.db).problems).toEqual([expect.stringMatching(/1 clip is missing from it/)]);
    library.close();
  });

  it('reports a damaged file', () => {
    const { file, library } = populated();
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    library.close();
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    // scribble over every page after the first (the schema stays readable)
    const junk = Buffer.alloc(size - 4096, 0x5a);
    fs.writeSync(fd, junk, 0, junk.length, 4096);
    fs.closeSync(fd);
    let problems: string[];
    try {
      const db = new Database(file);
      problems = checkLibrary(db).problems;
      db.close();
    } catch (error) {
      problems = [(error as Error).message];
    }
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/malformed|corrupt|database:|not a database/i);
  });
});
