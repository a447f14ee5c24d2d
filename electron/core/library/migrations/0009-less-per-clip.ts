// Less written per clip.
//
// A clip's `engine` (what the cleaner found for each editable field) copied every field, body included, into a JSON
// column of its own: a second copy of the body in every clip, 4.5 KB of the 31 KB a clip took in the bench's library,
// written, journalled and checkpointed at every import. Until the user edits a field, the cleaner's value is the
// column's own, so the stored object, now `engine_kept`, holds only the fields whose column may differ from it: a
// field missing there has the engine's value in its column. New clips store '{}'. `engine` stays as every reader
// knows it, a generated column that fills the missing fields in from the columns (same keys, same order).
//
// The triggers keep that true on every path that changes a field: when a column that `engine_kept` leaves out
// changes, its old value (the engine's) is written into `engine_kept` first (re-cleaning writes `engine_kept`
// itself, naming its edited fields, in the same statement, so they do not fire). Clips stored before keep their full
// objects, which say the same (every field present); rewriting them would rewrite every clip's row.
//
// `quotes_speaker_key` goes: splitting a speaker, its one reader, finds the alias's quotes among the merged speaker's
// (quotes_speaker_id) instead, and every stored quote wrote one more index entry, a text key, for it. So does
// `clips_imported_at`, which no query reads (the list by import order walks ids).
import type { Migration } from './types';

/** The editable fields (clips.ts EDITABLE_FIELDS as of this migration), in the order `engine` lists them. */
const FIELDS = ['title', 'subtitle', 'published', 'captured', 'byline', 'source', 'dateline', 'body'] as const;

/** The engine's value of one field: the one kept when `engine_kept` has it (JSON null included), else the column. */
const value = (field: string) => `iif(json_type(engine_kept, '$.${field}') IS NULL, ${field}, engine_kept ->> '$.${field}')`;

const keepOld = (field: string) => `
    CREATE TRIGGER clips_engine_${field} AFTER UPDATE OF ${field} ON clips
    WHEN old.${field} IS NOT new.${field} AND json_type(new.engine_kept, '$.${field}') IS NULL BEGIN
      UPDATE clips SET engine_kept = json_set(engine_kept, '$.${field}', old.${field}) WHERE id = new.id;
    END;`;

export const migration0009: Migration = {
  version: 9,
  name: 'less-per-clip',
  up: `
    ALTER TABLE clips RENAME COLUMN engine TO engine_kept;
    ALTER TABLE clips ADD COLUMN engine TEXT GENERATED ALWAYS AS (json_object(${FIELDS.map((f) => `'${f}', ${value(f)}`).join(', ')})) VIRTUAL;
    ${FIELDS.map(keepOld).join('\n')}

    DROP INDEX quotes_speaker_key;
    DROP INDEX clips_imported_at;
  `,
};
