import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { editClip, revertField } from '../../../electron/core/library/edits';
import { migrate } from '../../../electron/core/library/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/library/migrations';
import { addClips } from './fixtures';

const engineOf = (db: Database.Database, id: number) =>
  JSON.parse(db.prepare('SELECT engine FROM clips WHERE id = ?').pluck().get(id) as string) as Record<string, string | null>;
const keptOf = (db: Database.Database, id: number) => db.prepare('SELECT engine_kept FROM clips WHERE id = ?').pluck().get(id) as string;

const FERRY = { title: 'Ferry timetable', body: 'The harbour council approved the timetable.', source: 'Harbour News' };

describe("a clip's engine values, kept only where they may differ from the columns (migration 0009)", () => {
  it('stores none for a new clip and reads them all from its columns', () => {
    const library = Library.open(':memory:');
    const [id] = addClips(library, [FERRY]);
    expect(keptOf(library.db, id!)).toBe('{}');
    // every field, in the order EDITABLE_FIELDS lists them, as the full object used to hold them
    expect(library.db.prepare('SELECT engine FROM clips WHERE id = ?').pluck().get(id)).toBe(
      JSON.stringify({ title: FERRY.title, subtitle: null, published: null, captured: null, byline: null, source: FERRY.source, dateline: null, body: FERRY.body }),
    );
    library.close();
  });

  it("keeps the engine's value of a field the user edits, so revert brings it back", () => {
    const library = Library.open(':memory:');
    const { db } = library;
    const [id] = addClips(library, [FERRY]);
    editClip(db, { id: id!, fields: { title: 'Ferry times', byline: 'Jane Doe' } });
    expect(JSON.parse(keptOf(db, id!))).toEqual({ title: FERRY.title, byline: null });
    expect(engineOf(db, id!)).toMatchObject({ title: FERRY.title, byline: null, source: FERRY.source, body: FERRY.body });
    // a second edit of the same field keeps the engine's value, not the first edit's
    editClip(db, { id: id!, fields: { title: 'Ferry times changed' } });
    expect(engineOf(db, id!).title).toBe(FERRY.title);
    revertField(db, id!, 'title');
    revertField(db, id!, 'byline');
    expect(db.prepare('SELECT title, byline, edited FROM clips WHERE id = ?').get(id)).toEqual({ title: FERRY.title, byline: null, edited: '[]' });
    library.close();
  });

  it("splits a speaker without quotes_speaker_key: the alias's quotes are found among the merged speaker's", () => {
    const library = Library.open(':memory:');
    const { db } = library;
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('quotes_speaker_key', 'clips_imported_at')").pluck().get()).toBe(0);
    const plan = db.prepare('EXPLAIN QUERY PLAN UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND speaker_key = ?').all(1, 2, 'k') as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/USING INDEX quotes_speaker_id \(speaker_id=\?\)/);
    library.close();
  });

  it('migrates a library of schema 8: full engine objects read as before and still guard edits', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:', MIGRATIONS.slice(0, 8));
    const full = { title: 'Gulls', subtitle: null, published: null, captured: null, byline: null, source: null, dateline: null, body: 'Gulls nest on the pier.' };
    const id = Number(
      db
        .prepare(
          `INSERT INTO clips (file_name, original, format, encoding, source_hash, body_hash, title, body, engine, edited, imported_at)
           VALUES ('a.txt', 'Gulls', 'text', 'utf-8', 's1', 'b1', 'Seabirds', 'Gulls nest on the pier.', ?, '["title"]', '2024-01-01T00:00:00Z')`,
        )
        .run(JSON.stringify(full)).lastInsertRowid,
    );
    migrate(db, ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(engineOf(db, id)).toEqual(full);
    // the body is present in the old object: editing it changes nothing kept
    db.prepare('UPDATE clips SET body = ? WHERE id = ?').run('Gulls and terns nest on the pier.', id);
    expect(engineOf(db, id)).toEqual(full);
    revertField(db, id, 'title');
    expect(db.prepare('SELECT title FROM clips WHERE id = ?').pluck().get(id)).toBe('Gulls');
    db.close();
  });
});
