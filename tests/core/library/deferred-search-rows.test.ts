import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { withDeferredSearchRows } from '../../../electron/core/library/clips';
import { migrate } from '../../../electron/core/library/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/library/migrations';
import { addClips } from './fixtures';

const indexedIds = (db: Database.Database) => db.prepare('SELECT rowid FROM clip_search ORDER BY rowid').pluck().all() as number[];
const matching = (db: Database.Database, word: string) =>
  db.prepare('SELECT rowid FROM clip_search WHERE clip_search MATCH ? ORDER BY rowid').pluck().all(word) as number[];
const inTitles = (db: Database.Database, word: string) =>
  db.prepare('SELECT rowid FROM clip_title_search WHERE clip_title_search MATCH ? ORDER BY rowid').pluck().all(word) as number[];

describe('search rows of new clips written at the end of a batch (migration 0008)', () => {
  it('leaves clips added inside withDeferredSearchRows to its one statement, and indexes every other clip as it goes in', () => {
    const library = Library.open(':memory:');
    const { db } = library;
    const [first] = addClips(library, [{ title: 'Ferry timetable', body: 'The harbour council approved the timetable.' }]);
    expect(indexedIds(db)).toEqual([first]);

    const added = db.transaction(() =>
      withDeferredSearchRows(db, () => {
        const ids = addClips(library, [
          { title: 'Bridge repairs', body: 'Repairs to the swing bridge start in May.', quotes: [{ text: 'We are ready', speaker: 'Ana Lopes' }] },
          { title: 'Lighthouse sale', body: 'The old lighthouse was sold at auction.' },
        ]);
        // not in the indexes yet: the triggers left them to the batch's end
        expect(indexedIds(db)).toEqual([first]);
        expect(inTitles(db, 'lighthouse')).toEqual([]);
        return ids;
      }),
    )();
    expect(indexedIds(db)).toEqual([first, ...added]);
    expect(matching(db, 'lighthouse')).toEqual([added[1]]);
    expect(inTitles(db, 'lighthouse')).toEqual([added[1]]);
    expect(inTitles(db, 'ferry')).toEqual([first]);
    expect(matching(db, 'quotes : ready')).toEqual([added[0]]);
    expect(db.prepare('SELECT count(*) FROM clip_search_deferred').pluck().get()).toBe(0);
    db.prepare("INSERT INTO clip_search(clip_search) VALUES ('integrity-check')").run();

    // outside a batch the trigger indexes a new clip at once again
    const [later] = addClips(library, [{ title: 'Ferry strike', body: 'Crews walked out on Monday.' }]);
    expect(matching(db, 'crews')).toEqual([later]);
    expect(inTitles(db, 'strike')).toEqual([later]);
    library.close();
  });

  it('leaves nothing deferred when the batch fails: its transaction takes the clips and the mark back', () => {
    const library = Library.open(':memory:');
    const { db } = library;
    expect(() =>
      db.transaction(() =>
        withDeferredSearchRows(db, () => {
          addClips(library, [{ title: 'Half stored', body: 'This clip never lands.' }]);
          throw new Error('disk full');
        }),
      )(),
    ).toThrow('disk full');
    expect(db.prepare('SELECT count(*) FROM clip_search_deferred').pluck().get()).toBe(0);
    const [id] = addClips(library, [{ title: 'Stored', body: 'This one does.' }]);
    expect(indexedIds(db)).toEqual([id]);
    library.close();
  });

  it('migrates a library of schema 6: its clips stay indexed and new ones are indexed by the new trigger', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:', MIGRATIONS.slice(0, 6));
    const insert = db.prepare(
      `INSERT INTO clips (file_name, original, format, encoding, source_hash, body_hash, title, body, imported_at)
       VALUES (?, ?, 'text', 'utf-8', ?, ?, ?, ?, '2024-01-01T00:00:00Z')`,
    );
    const old = Number(insert.run('a.txt', 'Gulls\n\nGulls nest on the pier.', 's1', 'b1', 'Gulls', 'Gulls nest on the pier.').lastInsertRowid);
    migrate(db, ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const added = Number(insert.run('b.txt', 'Seals\n\nSeals rest on the pier.', 's2', 'b2', 'Seals', 'Seals rest on the pier.').lastInsertRowid);
    expect(matching(db, 'pier')).toEqual([old, added]);
    expect(inTitles(db, 'seals')).toEqual([added]);
    db.close();
  });
});
