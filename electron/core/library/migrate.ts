import type Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';

export class LibraryTooNewError extends Error {
  constructor(public file: string, public fileVersion: number) {
    super(
      `${file}: this library was written by a newer Cuttings (schema ${fileVersion}; this app knows up to ${SCHEMA_VERSION}). Update Cuttings to open it.`,
    );
  }
}

/** Brings the database up to SCHEMA_VERSION, one transaction per migration. Returns the versions applied. */
export function migrate(db: Database.Database, file: string, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) throw new LibraryTooNewError(file, current);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.up);
      migration.run?.(db);
      db.pragma(`user_version = ${Number(migration.version)}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}

export function pendingMigrations(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  return migrations.filter((m) => m.version > current);
}
