// Opening a library file: pragmas that let the app and the CLI share one file, then migrations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupBeforeMigration } from '../backup';
import { migrate, pendingMigrations } from './migrate';

/** How long a writer waits for another process (the app, the CLI) to finish its transaction. */
const BUSY_TIMEOUT_MS = 10_000;
/**
 * SQLite's page cache, in KiB (negative pragma value). The default 2 MiB is smaller than one import batch's
 * writes (200 clips with their full-text rows are several MiB), so pages were spilled and read back within a
 * batch; 32 MiB took a quarter off the main thread's storing time. 16 MiB imported 10,000 clips as fast as
 * 32 (same minutes, 7:48 each) and the import's peak RSS fell by 17 MB: the cache is filled, so it counts in full.
 */
const CACHE_KIB = 16 * 1024;

export interface OpenLibraryOptions {
  /** path of a better-sqlite3 .node built for the running runtime (Electron passes its own) */
  nativeBinding?: string;
  /** rolling backups in a Backups folder beside the file (before migrations, daily on open); default true */
  backups?: boolean;
  /**
   * the file must exist: a second connection to a library another one has open (an import thread) must not make
   * a new, empty library where the file was moved or deleted
   */
  mustExist?: boolean;
}

export class LibraryOpenError extends Error {}

export function openDatabase(file: string, options: OpenLibraryOptions = {}): Database.Database {
  if (options.mustExist && file !== ':memory:' && !fs.existsSync(file)) {
    throw new LibraryOpenError(`${file}: the library file is no longer there (moved or deleted while open)`);
  }
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), ...(options.mustExist ? { fileMustExist: true } : {}) });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
  } catch (error) {
    throw new LibraryOpenError(`${file}: cannot open the library (${(error as Error).message})`);
  }
  try {
    if (options.backups !== false && file !== ':memory:' && needsBackupBeforeMigration(db)) {
      backupBeforeMigration(db, file, db.pragma('user_version', { simple: true }) as number);
    }
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

/** A library that holds clips and is about to be migrated is copied first. */
function needsBackupBeforeMigration(db: Database.Database): boolean {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0 || pendingMigrations(db).length === 0) return false;
  try {
    return db.prepare('SELECT EXISTS (SELECT 1 FROM clips)').pluck().get() === 1;
  } catch {
    return false;
  }
}
