// `cuttings check`: SQLite's integrity check, the foreign keys, and the search indexes' own checks (the main
// index, and the titles' index that ranks title hits first).
import type Database from 'better-sqlite3';
import { LEAD } from './migrations/0010-lead-search';

export interface CheckResult {
  ok: boolean;
  /** one readable line per problem */
  problems: string[];
}

export function checkLibrary(db: Database.Database): CheckResult {
  const problems: string[] = [];
  try {
    const rows = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
    if (!(rows.length === 1 && rows[0] === 'ok')) problems.push(...rows.map((r) => `database: ${r}`));
  } catch (error) {
    problems.push(`database: ${(error as Error).message}`);
  }
  try {
    const rows = db.prepare('PRAGMA foreign_key_check').all() as { table: string; rowid: number; parent: string }[];
    for (const r of rows.slice(0, 20)) problems.push(`database: ${r.table} row ${r.rowid} points to a missing ${r.parent} row`);
    if (rows.length > 20) problems.push(`database: ${rows.length - 20} more rows point to missing rows`);
  } catch (error) {
    problems.push(`database: ${(error as Error).message}`);
  }
  for (const index of ['clip_search', 'clip_title_search', 'clip_lead_search']) {
    try {
      db.prepare(`INSERT INTO ${index}(${index}, rank) VALUES ('integrity-check', 1)`).run();
    } catch (error) {
      problems.push(`search index: ${(error as Error).message} (rebuild it with \`cuttings check --repair\`)`);
    }
  }
  try {
    const missing = db.prepare('SELECT count(*) FROM clips c WHERE NOT EXISTS (SELECT 1 FROM clip_search s WHERE s.rowid = c.id)').pluck().get() as number;
    if (missing) problems.push(`search index: ${missing} clip${missing === 1 ? ' is' : 's are'} missing from it (rebuild it with \`cuttings check --repair\`)`);
  } catch (error) {
    problems.push(`search index: ${(error as Error).message}`);
  }
  return { ok: problems.length === 0, problems };
}

/**
 * Rebuilds the search indexes from the clips and their quotes. The tables are dropped and made again (a damaged
 * index cannot be trusted even to delete its own rows); the triggers that keep them in step live on the clips
 * and quotes tables, so they stay. (Same definitions as migrations 0001, 0007 and 0010.)
 */
export function rebuildSearchIndex(db: Database.Database): void {
  db.transaction(() => {
    db.exec(`
      DROP TABLE IF EXISTS clip_search;
      CREATE VIRTUAL TABLE clip_search USING fts5(
        title, body, byline, source, quotes,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO clip_search(rowid, title, body, byline, source, quotes)
        SELECT c.id, c.title, c.body, c.byline, c.source,
               coalesce((SELECT group_concat(text, ' ') FROM quotes q WHERE q.clip_id = c.id), '')
        FROM clips c;

      DROP TABLE IF EXISTS clip_title_search;
      CREATE VIRTUAL TABLE clip_title_search USING fts5(
        title, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO clip_title_search(rowid, title) SELECT id, title FROM clips WHERE title IS NOT NULL;

      DROP TABLE IF EXISTS clip_lead_search;
      CREATE VIRTUAL TABLE clip_lead_search USING fts5(
        lead, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO clip_lead_search(rowid, lead) SELECT id, ${LEAD('body')} FROM clips ORDER BY id;
    `);
  })();
}
