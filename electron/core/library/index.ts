// A library: one SQLite file holding every clip. The app, the CLI and the server all open it this way.
import type Database from 'better-sqlite3';
import { openDatabase, type OpenLibraryOptions } from './open';
import { SCHEMA_VERSION } from './migrations';

export class Library {
  private constructor(
    readonly file: string,
    readonly db: Database.Database,
  ) {}

  static open(file: string, options: OpenLibraryOptions = {}): Library {
    return new Library(file, openDatabase(file, options));
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
