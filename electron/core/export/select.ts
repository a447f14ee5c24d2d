// Which clips an export takes: explicit ids, a search query, a tag, a speaker, a source, a date range —
// all of them together when several are given (each narrows the set); nothing at all means every clip.
// Trashed clips are never taken. Every value is bound; nothing is pasted into SQL.
import type { ExportSelection, SearchFilters } from '../../shared/api';
import { ApiArgumentError } from '../../shared/api-schema';
import { searchCalls } from '../calls/search';
import { NotBuiltError } from '../calls/not-built';
import type { Library } from '../library';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Page size when reading every match of a query from search. */
const SEARCH_PAGE = 1000;

/** Clip order of reports: oldest publication first, undated at the end, then import order. */
const CHRONOLOGICAL = 'c.published IS NULL, c.published, c.id';

export function checkSelection(selection: ExportSelection): void {
  for (const key of ['from', 'to'] as const) {
    const value = selection[key];
    if (value !== undefined && !DAY.test(value)) throw new ApiArgumentError(`exportClips: selection.${key}: a date as YYYY-MM-DD, not "${value}"`);
  }
}

/**
 * Ids of the selected clips: in the order given when ids are listed, else chronological.
 * `query` goes through the library's search (the same matching as the search box).
 */
export async function selectClipIds(library: Library, selection: ExportSelection): Promise<number[]> {
  checkSelection(selection);
  const where: string[] = ['c.deleted_at IS NULL'];
  const params: (string | number)[] = [];
  if (selection.tag) {
    where.push('EXISTS (SELECT 1 FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = c.id AND t.name = ? COLLATE NOCASE)');
    params.push(selection.tag);
  }
  if (selection.speaker) {
    where.push('EXISTS (SELECT 1 FROM quotes q WHERE q.clip_id = c.id AND q.speaker = ? COLLATE NOCASE)');
    params.push(selection.speaker);
  }
  if (selection.source) {
    where.push('c.source = ? COLLATE NOCASE');
    params.push(selection.source);
  }
  if (selection.from) {
    where.push('substr(c.published, 1, 10) >= ?');
    params.push(selection.from);
  }
  if (selection.to) {
    where.push('substr(c.published, 1, 10) <= ?');
    params.push(selection.to);
  }
  const matching = library.db
    .prepare(`SELECT c.id FROM clips c WHERE ${where.join(' AND ')} ORDER BY ${CHRONOLOGICAL}`)
    .pluck()
    .all(...params) as number[];

  let ids = matching;
  if (selection.query?.trim()) {
    const found = new Set(await searchIds(library, selection.query, selection));
    ids = ids.filter((id) => found.has(id));
  }
  if (selection.ids) {
    const keep = new Set(ids);
    ids = [...new Set(selection.ids)].filter((id) => keep.has(id));
  }
  return ids;
}

/** Every clip id the search call finds for the query (with the filters, so the search can use them too). */
async function searchIds(library: Library, query: string, filters: SearchFilters): Promise<number[]> {
  const { search } = searchCalls(library);
  const ids: number[] = [];
  try {
    for (let offset = 0; ; offset += SEARCH_PAGE) {
      const page = await search({ query, ...pickFilters(filters), offset, limit: SEARCH_PAGE });
      ids.push(...page.clips.map((c) => c.id));
      if (page.clips.length < SEARCH_PAGE || ids.length >= page.total) return ids;
    }
  } catch (error) {
    if (error instanceof NotBuiltError) return plainWordSearch(library, query);
    throw error;
  }
}

function pickFilters(f: SearchFilters): SearchFilters {
  const out: SearchFilters = {};
  for (const key of ['tag', 'speaker', 'source', 'from', 'to'] as const) if (f[key]) out[key] = f[key];
  return out;
}

/**
 * Until the search call is built: every word of the query must occur (full-text index, accents folded).
 * Each word is passed as a quoted FTS5 string, so no query syntax from the user reaches FTS5.
 */
export function plainWordSearch(library: Library, query: string): number[] {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  const match = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
  return library.db.prepare('SELECT rowid FROM clip_search WHERE clip_search MATCH ?').pluck().all(match) as number[];
}
