// Opening a library file: pragmas that let the app and the CLI share one file, then migrations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate';

/** How long a writer waits for another process (the app, the CLI) to finish its transaction. */
const BUSY_TIMEOUT_MS = 10_000;

export interface OpenLibraryOptions {
  /** path of a better-sqlite3 .node built for the running runtime (Electron passes its own) */
  nativeBinding?: string;
}

export class LibraryOpenError extends Error {}

export function openDatabase(file: string, options: OpenLibraryOptions = {}): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    throw new LibraryOpenError(`${file}: cannot open the library (${(error as Error).message})`);
  }
  try {
    migrate(db, file);
  } catch (error) {
    db.close();
    if (error instanceof Error && /file is not a database|malformed/i.test(error.message)) {
      throw new LibraryOpenError(`${file}: the library file is damaged (${error.message})`);
    }
    throw error;
  }
  return db;
}
