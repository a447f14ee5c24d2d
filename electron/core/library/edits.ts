// User edits, the trash, and the library's counts. The columns hold the effective values; `engine` keeps
// what the cleaner found and `edited` lists the fields the user changed, so revert and reclean know.
import type Database from 'better-sqlite3';
import { ApiArgumentError } from '../../shared/api-schema';
import type { ClipEdit, EditableField, ImportRecord, LibraryStats, SourceInfo } from '../../shared/api';
import { NotFoundError } from '../calls/errors';
import { EDITABLE_FIELDS } from './clips';
import { countSpeakers } from './speakers';

/** Column per editable field: a fixed table, so no caller text reaches the SQL. */
const FIELD_COLUMN: Record<EditableField, string> = {
  title: 'title',
  subtitle: 'subtitle',
  published: 'published',
  captured: 'captured',
  byline: 'byline',
  source: 'source',
  dateline: 'dateline',
  body: 'body',
};

/** A refusal the caller can show (HTTP 400, a plain message over IPC). */
export class EditError extends ApiArgumentError {}

interface EditRow {
  engine: string;
  edited: string;
}

function editState(db: Database.Database, id: number): { engine: Record<string, string | null>; edited: EditableField[] } {
  const row = db.prepare('SELECT engine, edited FROM clips WHERE id = ?').get(id) as EditRow | undefined;
  if (!row) throw new NotFoundError(`no clip with id ${id}`);
  return { engine: JSON.parse(row.engine) as Record<string, string | null>, edited: JSON.parse(row.edited) as EditableField[] };
}

/** Sets the given fields; each is recorded as edited (unless set back to the engine's value). */
export function editClip(db: Database.Database, edit: ClipEdit): void {
  db.transaction(() => {
    const { engine, edited } = editState(db, edit.id);
    const names = new Set(edited);
    for (const [field, value] of Object.entries(edit.fields) as [EditableField, string | null | undefined][]) {
      if (value === undefined) continue;
      if (!(EDITABLE_FIELDS as readonly string[]).includes(field)) throw new EditError(`${field} cannot be edited`);
      if (field === 'body' && (value === null || value.trim() === '')) throw new EditError('the body cannot be empty');
      db.prepare(`UPDATE clips SET ${FIELD_COLUMN[field]} = ? WHERE id = ?`).run(value, edit.id);
      if (value === (engine[field] ?? null)) names.delete(field);
      else names.add(field);
    }
    db.prepare('UPDATE clips SET edited = ? WHERE id = ?').run(JSON.stringify([...names]), edit.id);
  })();
}

/** Back to what the cleaner found for one field. */
export function revertField(db: Database.Database, id: number, field: EditableField): void {
  if (!(EDITABLE_FIELDS as readonly string[]).includes(field)) throw new EditError(`${field} cannot be edited`);
  db.transaction(() => {
    const { engine, edited } = editState(db, id);
    const value = engine[field] ?? (field === 'body' ? '' : null);
    db.prepare(`UPDATE clips SET ${FIELD_COLUMN[field]} = ?, edited = ? WHERE id = ?`).run(
      value,
      JSON.stringify(edited.filter((f) => f !== field)),
      id,
    );
  })();
}

const uniqueIds = (ids: readonly number[]) => [...new Set(ids)];

export function trashClips(db: Database.Database, ids: readonly number[], at = new Date().toISOString()): number {
  const stmt = db.prepare('UPDATE clips SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
  return db.transaction(() => uniqueIds(ids).reduce((n, id) => n + stmt.run(at, id).changes, 0))();
}

export function restoreClips(db: Database.Database, ids: readonly number[]): number {
  const stmt = db.prepare('UPDATE clips SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL');
  return db.transaction(() => uniqueIds(ids).reduce((n, id) => n + stmt.run(id).changes, 0))();
}

/** Deletes the trash for good: quotes, tags links, near-duplicate links and search rows go with the clips. */
export function emptyTrash(db: Database.Database): number {
  return db.transaction(() => db.prepare('DELETE FROM clips WHERE deleted_at IS NOT NULL').run().changes)();
}

export function libraryStats(db: Database.Database): LibraryStats {
  const one = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    clips: one('SELECT count(*) FROM clips WHERE deleted_at IS NULL'),
    // all quotes less those of the trash: both read small indexes, where joining every quote to its clip did not
    quotes: one(
      'SELECT (SELECT count(*) FROM quotes) - (SELECT count(*) FROM quotes WHERE clip_id IN (SELECT id FROM clips WHERE deleted_at IS NOT NULL))',
    ),
    speakers: countSpeakers(db),
    tags: one('SELECT count(*) FROM tags WHERE live_clips > 0'),
    sources: one('SELECT count(DISTINCT source COLLATE NOCASE) FROM clips WHERE deleted_at IS NULL AND source IS NOT NULL'),
    trash: one('SELECT count(*) FROM clips WHERE deleted_at IS NOT NULL'),
  };
}

export function listSources(db: Database.Database): SourceInfo[] {
  return db
    .prepare(
      `SELECT min(source) AS name, count(*) AS count FROM clips
       WHERE deleted_at IS NULL AND source IS NOT NULL
       GROUP BY source COLLATE NOCASE ORDER BY count DESC, name COLLATE NOCASE`,
    )
    .all() as SourceInfo[];
}

interface ImportRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  state: string;
  imported: number;
  duplicates: number;
  failed: number;
}

export function listImports(db: Database.Database): ImportRecord[] {
  return (db.prepare('SELECT * FROM imports ORDER BY id DESC').all() as ImportRow[]).map((r) => ({
    id: r.id,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    state: r.state,
    imported: r.imported,
    duplicates: r.duplicates,
    failed: r.failed,
  }));
}

/** Moves what one import added to the trash (restorable); the import is marked undone. */
export function undoImport(db: Database.Database, importId: number): number {
  return db.transaction(() => {
    const exists = db.prepare('SELECT 1 FROM imports WHERE id = ?').get(importId);
    if (!exists) throw new NotFoundError(`no import with id ${importId}`);
    const removed = db
      .prepare('UPDATE clips SET deleted_at = ? WHERE import_id = ? AND deleted_at IS NULL')
      .run(new Date().toISOString(), importId).changes;
    db.prepare("UPDATE imports SET state = 'undone' WHERE id = ?").run(importId);
    return removed;
  })();
}
