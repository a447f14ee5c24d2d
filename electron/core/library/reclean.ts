// `cuttings reclean`: runs the current text engine again on every clip's original text and updates what the
// user has not edited — the unedited fields, the engine's values kept for revert, quotes, automatic tags and
// the near-duplicate fingerprint. Edited fields stay exactly as the user left them.
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Article, CleanOptions } from '../../shared/article';
import { extractQuotes, processText, quoteContextOf } from '../../text';
import { minhash } from '../import/minhash';
import { attachTag, EDITABLE_FIELDS, replaceQuotes } from './clips';
import { bodyHash } from './hash';
import { linkNearDuplicates, storeSignature } from './near-duplicates';
import { linkQuotes } from './speakers';

/** clips re-cleaned per transaction */
const RECLEAN_BATCH = 100;

export interface RecleanProgress {
  done: number;
  total: number;
}

export interface RecleanResult {
  clips: number;
  /** clips whose stored values changed */
  changed: number;
  failed: { id: number; reason: string }[];
}

interface Row {
  id: number;
  file_name: string;
  original: string;
  article_index: number;
  hints: string;
  edited: string;
  engine: string;
  title: string | null;
  body: string;
  language: string;
}

const ENGINE_COLUMNS = ['authors', 'language', 'captions', 'confidence', 'warnings'] as const;

export function recleanLibrary(
  db: Database.Database,
  options: { clean?: CleanOptions; onProgress?: (p: RecleanProgress) => void } = {},
): RecleanResult {
  const ids = db.prepare('SELECT id FROM clips ORDER BY id').pluck().all() as number[];
  const result: RecleanResult = { clips: ids.length, changed: 0, failed: [] };
  const load = db.prepare('SELECT id, file_name, original, article_index, hints, edited, engine, title, body, language FROM clips WHERE id = ?');
  for (let i = 0; i < ids.length; i += RECLEAN_BATCH) {
    db.transaction(() => {
      for (const id of ids.slice(i, i + RECLEAN_BATCH)) {
        const row = load.get(id) as Row;
        try {
          if (recleanClip(db, row, options.clean)) result.changed++;
        } catch (error) {
          result.failed.push({ id, reason: (error as Error).message });
        }
      }
    })();
    options.onProgress?.({ done: Math.min(ids.length, i + RECLEAN_BATCH), total: ids.length });
  }
  return result;
}

/** A clip's row as it reads (`engine` whole; how much of it `engine_kept` holds is no change). */
function storedState(db: Database.Database, id: number): string {
  const { engine_kept: _kept, ...row } = db.prepare('SELECT * FROM clips WHERE id = ?').get(id) as Record<string, unknown>;
  return JSON.stringify(row);
}

/** Re-cleans one clip; returns whether anything stored changed. */
export function recleanClip(db: Database.Database, row: Row, clean: CleanOptions = {}): boolean {
  const hints = JSON.parse(row.hints) as CleanOptions;
  const articles = processText(row.original, { ...hints, ...clean, fileName: path.basename(row.file_name) }).articles.filter(
    (a) => a.body.trim().length > 0,
  );
  const article = articles[row.article_index];
  if (!article) throw new Error(`the cleaner no longer finds article ${row.article_index + 1} in ${row.file_name}; the clip is left as it was`);
  const edited = new Set(JSON.parse(row.edited) as string[]);
  // the engine's values of the edited fields; the others are their columns' (migration 0009)
  const engine = Object.fromEntries(EDITABLE_FIELDS.filter((f) => edited.has(f)).map((f) => [f, article[f]]));
  const before = storedState(db, row.id);

  const sets: string[] = [];
  const values: Record<string, unknown> = { id: row.id };
  for (const field of EDITABLE_FIELDS) {
    if (edited.has(field)) continue;
    sets.push(`${field} = @${field}`);
    values[field] = field === 'body' ? article.body : article[field];
  }
  for (const column of ENGINE_COLUMNS) {
    sets.push(`${column} = @${column}`);
    values[column] = column === 'language' ? article.language : JSON.stringify(article[column]);
  }
  if (!edited.has('body')) {
    const hash = bodyHash(article.body);
    const clash = db.prepare('SELECT id FROM clips WHERE body_hash = ? AND id <> ?').pluck().get(hash, row.id);
    if (clash === undefined) {
      sets.push('body_hash = @bodyHash');
      values.bodyHash = hash;
    }
  }
  db.prepare(`UPDATE clips SET ${sets.join(', ')} WHERE id = @id`).run(values);
  // after the fields: their triggers kept the old values of fields engine_kept left out, which the new ones replace
  db.prepare('UPDATE clips SET engine_kept = ? WHERE id = ?').run(JSON.stringify(engine), row.id);

  // quotes and automatic tags follow the effective text (the user's body when they edited it)
  const effective = db.prepare('SELECT title, subtitle, captions, body, language FROM clips WHERE id = ?').get(row.id) as Pick<Article, 'title' | 'subtitle' | 'body' | 'language'> & { captions: string };
  const quotes = edited.has('body')
    ? extractQuotes(effective.body, quoteContextOf({ ...effective, captions: JSON.parse(effective.captions) as string[] }))
    : article.quotes;
  const oldQuotes = JSON.stringify(db.prepare('SELECT text, speaker, start, end FROM quotes WHERE clip_id = ? ORDER BY ord').all(row.id));
  const newQuotes = JSON.stringify(quotes.map((q) => ({ text: q.text, speaker: q.speaker, start: q.start, end: q.end })));
  let changed = before !== storedState(db, row.id);
  if (oldQuotes !== newQuotes) {
    replaceQuotes(db, row.id, quotes);
    linkQuotes(db, row.id);
    changed = true;
  }
  const oldTags = (db.prepare('SELECT tag_id FROM clip_tags WHERE clip_id = ? AND auto = 1 ORDER BY tag_id').pluck().all(row.id) as number[]).join();
  db.prepare('DELETE FROM clip_tags WHERE clip_id = ? AND auto = 1').run(row.id);
  for (const tag of article.tags) attachTag(db, row.id, tag.name, tag.kind, true);
  const newTags = (db.prepare('SELECT tag_id FROM clip_tags WHERE clip_id = ? AND auto = 1 ORDER BY tag_id').pluck().all(row.id) as number[]).join();
  if (oldTags !== newTags) changed = true;
  if (effective.body !== row.body) {
    db.prepare('DELETE FROM clip_links WHERE a = ? OR b = ?').run(row.id, row.id);
    const signature = minhash(effective.body);
    if (signature) {
      storeSignature(db, row.id, signature);
      linkNearDuplicates(db, row.id, signature);
    } else {
      db.prepare('DELETE FROM clip_minhash WHERE clip_id = ?').run(row.id);
      db.prepare('DELETE FROM clip_lsh WHERE clip_id = ?').run(row.id);
    }
  }
  return changed;
}
