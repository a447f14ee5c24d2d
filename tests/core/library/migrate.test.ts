import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Library, LibraryTooNewError } from '../../../electron/core/library';
import { migrate } from '../../../electron/core/library/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/library/migrations';
import { tempDir } from '../../helpers/temp';

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'clip_search_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('bring an empty in-memory database to the latest schema', () => {
    const library = Library.open(':memory:');
    expect(library.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(tables(library.db)).toEqual(expect.arrayContaining(['clips', 'quotes', 'tags', 'clip_tags', 'imports', 'clip_search']));
    expect(library.db.pragma('foreign_keys', { simple: true })).toBe(1);
    library.close();
  });

  it('are applied once: a reopened file keeps its data and runs nothing again', () => {
    const file = path.join(tempDir(), 'lib.sqlite');
    const first = Library.open(file);
    expect(first.db.pragma('journal_mode', { simple: true })).toBe('wal');
    first.db.prepare("INSERT INTO tags (name, kind) VALUES ('Kept', 'topic')").run();
    first.close();
    const db = new Database(file);
    expect(migrate(db, file)).toEqual([]);
    db.close();
    const again = Library.open(file);
    expect(again.db.prepare('SELECT name FROM tags').pluck().all()).toEqual(['Kept']);
    again.close();
  });

  it('run each migration in one transaction: a failing one leaves the version and schema untouched', () => {
    const db = new Database(':memory:');
    const broken = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'broken', up: 'CREATE TABLE half (x INTEGER); SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, ':memory:', broken)).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(tables(db)).not.toContain('half');
  });

  it('refuse a library written by a newer app with a clear message', () => {
    const file = path.join(tempDir(), 'future.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    expect(() => Library.open(file)).toThrow(LibraryTooNewError);
    expect(() => Library.open(file)).toThrow(/newer Cuttings/);
  });

  it('report a file that is not a database as damaged, naming it', () => {
    const file = path.join(tempDir(), 'junk.sqlite');
    fs.writeFileSync(file, 'this is not a database at all, just text'.repeat(200));
    expect(() => Library.open(file)).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*(damaged|cannot open)`));
  });
});
