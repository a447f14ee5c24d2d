// The physical limit of an import on this machine: read the same files and store the same bytes in the same
// schema (full-text index included, through the library's own triggers), with no processing at all.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Library } from '../core/library';
import { now } from './measure';

/** files stored per transaction (the importer's batch size) */
const RAW_BATCH = 200;
/** the first line, up to this many characters, stands in for a title */
const TITLE_MAX = 200;

export interface RawResult {
  clips: number;
  ms: number;
}

/** Opens a fresh library at `file` and inserts every file's text as a clip's original and body. */
export function rawIngest(files: readonly string[], file: string): RawResult {
  const library = Library.open(file, { backups: false });
  try {
    const { db } = library;
    const importId = Number(db.prepare('INSERT INTO imports (started_at) VALUES (?)').run(new Date().toISOString()).lastInsertRowid);
    const insert = db.prepare(
      `INSERT INTO clips (file_name, file_path, original, format, encoding, source_hash, body_hash, title, body, import_id, imported_at)
       VALUES (?, ?, ?, 'text', 'utf-8', ?, ?, ?, ?, ?, ?)`,
    );
    const store = db.transaction((batch: readonly string[]) => {
      for (const clipFile of batch) {
        const text = fs.readFileSync(clipFile, 'utf8');
        const hash = createHash('sha256').update(text).digest('hex');
        const lineEnd = text.indexOf('\n');
        const title = text.slice(0, lineEnd > 0 ? Math.min(lineEnd, TITLE_MAX) : TITLE_MAX);
        insert.run(path.basename(clipFile), clipFile, text, hash, hash, title, text, importId, new Date().toISOString());
      }
    });
    const start = now();
    for (let i = 0; i < files.length; i += RAW_BATCH) store(files.slice(i, i + RAW_BATCH));
    return { clips: files.length, ms: now() - start };
  } finally {
    library.close();
  }
}
