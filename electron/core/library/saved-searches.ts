import type Database from 'better-sqlite3';
import type { SavedSearch } from '../../shared/api';
import { NotFoundError } from '../calls/errors';
import { parseQuery } from './search';

export function listSavedSearches(db: Database.Database): SavedSearch[] {
  return db.prepare('SELECT id, name, query FROM saved_searches ORDER BY name COLLATE NOCASE').all() as SavedSearch[];
}

/** Saves (or replaces, by name) a search; the query is checked first so a saved search always runs. */
export function saveSearch(db: Database.Database, name: string, query: string): SavedSearch {
  parseQuery(query);
  const clean = name.trim();
  db.prepare(
    `INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET query = excluded.query`,
  ).run(clean, query, new Date().toISOString());
  return db.prepare('SELECT id, name, query FROM saved_searches WHERE name = ?').get(clean) as SavedSearch;
}

export function deleteSavedSearch(db: Database.Database, id: number): void {
  if (!db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes) throw new NotFoundError(`no saved search with id ${id}`);
}
