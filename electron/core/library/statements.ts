// Prepared statements, reused per database: preparing the same SQL for every clip of an import cost more
// than running it. Keys are SQL texts written in the code (never user text), so the cache stays small.
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

const namesGenerations = new WeakMap<Database.Database, number>();

/**
 * Called by every write of this process that renames, merges or deletes tags or speakers: ids an import keeps
 * for names from batch to batch (NameIds) are then looked up again.
 */
export function namesChanged(db: Database.Database): void {
  namesGenerations.set(db, namesGeneration(db) + 1);
}

export function namesGeneration(db: Database.Database): number {
  return namesGenerations.get(db) ?? 0;
}

/** most names NameIds keeps of each kind before it starts again (an import's few hundred tags fit many times) */
export const NAME_IDS_MAX = 4096;

/**
 * Ids of names an import looks up clip after clip (tags by name, speakers by name key), kept from batch to batch:
 * every import attaches the same few hundred tags and quotes the same speakers again and again. The ids are
 * forgotten whenever they may have changed: a write of this process that renames, merges or deletes tags or
 * speakers (namesChanged), a commit of another connection (PRAGMA data_version), a rolled-back batch or file
 * (the names it created went with it: forget()).
 */
export class NameIds {
  readonly tags = new Map<string, number>();
  readonly speakers = new Map<string, number>();
  private version: unknown = null;
  private generation = -1;

  /** At the start of each write transaction, before the ids are used in it. */
  check(db: Database.Database): void {
    const version = statement(db, 'PRAGMA data_version').pluck().get();
    const generation = namesGeneration(db);
    if (version === this.version && generation === this.generation) return;
    this.forget();
    this.version = version;
    this.generation = generation;
  }

  forget(): void {
    this.tags.clear();
    this.speakers.clear();
  }
}

/** Remembers an id in a table of NameIds; one that reached NAME_IDS_MAX starts again (the names in use come back at once). */
export function keepId(table: Map<string, number>, name: string, id: number): number {
  if (table.size >= NAME_IDS_MAX) table.clear();
  table.set(name, id);
  return id;
}
