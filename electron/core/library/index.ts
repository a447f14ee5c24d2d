// A library: one SQLite file holding every clip. The app, the CLI and the server all open it this way.
import type Database from 'better-sqlite3';
import { dailyBackup } from '../backup';
import { openDatabase, type OpenLibraryOptions } from './open';
import { SCHEMA_VERSION } from './migrations';

export class Library {
  /** the automatic daily backup started on open, while it runs */
  private backup: Promise<string | null> | null = null;

  private constructor(
    readonly file: string,
    readonly db: Database.Database,
  ) {}

  static open(file: string, options: OpenLibraryOptions = {}): Library {
    const library = new Library(file, openDatabase(file, options));
    if (options.backups !== false && file !== ':memory:' && library.hasClips()) {
      // runs in steps on the event loop; a failed backup never stops the library from opening
      library.backup = dailyBackup(library.db, file).catch(() => null);
    }
    return library;
  }

  private hasClips(): boolean {
    return this.db.prepare('SELECT EXISTS (SELECT 1 FROM clips)').pluck().get() === 1;
  }

  /** Resolves when background work (the daily backup) has finished; call before close() in short-lived callers. */
  async idle(): Promise<void> {
    await this.backup;
    this.backup = null;
  }

  get schemaVersion(): number {
    return SCHEMA_VERSION;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export { LibraryOpenError } from './open';
export { LibraryTooNewError } from './migrate';
export type { OpenLibraryOptions };
