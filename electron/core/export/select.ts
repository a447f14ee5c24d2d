// Which clips an export takes: explicit ids, and/or everything a search finds (query and filters: tag,
// speaker, source, date range). Several given together all apply; nothing at all means every clip.
// Filters go through the library's search, so an export holds exactly what the search box shows for
// them (tag aliases, merged speakers, partial dates). Trashed clips are never taken. Values are bound.
import type { ExportSelection, SearchFilters } from '../../shared/api';
import type { Library } from '../library';
import { search } from '../library/search';

/** Page size when reading every match of a search. */
const SEARCH_PAGE = 1000;

/** Clip order of reports: oldest publication first, undated at the end, then import order. */
const CHRONOLOGICAL = 'c.published IS NULL, c.published, c.id';

const FILTERS = ['tag', 'speaker', 'source', 'from', 'to'] as const;

function filtersOf(selection: ExportSelection): SearchFilters {
  const out: SearchFilters = {};
  for (const key of FILTERS) {
    const value = selection[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/**
 * Ids of the selected clips: in the order given when ids are listed, else chronological.
 * Throws the search's own readable error (an ApiArgumentError) for a query or filter it cannot read.
 */
export async function selectClipIds(library: Library, selection: ExportSelection): Promise<number[]> {
  const { db } = library;
  const query = selection.query?.trim() ?? '';
  const filters = filtersOf(selection);
  let ids: number[];
  if (query || Object.keys(filters).length) {
    const found = searchIds(library, query, filters);
    ids = db
      .prepare(`SELECT c.id FROM clips c JOIN json_each(?) j ON j.value = c.id WHERE c.deleted_at IS NULL ORDER BY ${CHRONOLOGICAL}`)
      .pluck()
      .all(JSON.stringify(found)) as number[];
  } else {
    ids = db.prepare(`SELECT c.id FROM clips c WHERE c.deleted_at IS NULL ORDER BY ${CHRONOLOGICAL}`).pluck().all() as number[];
  }
  if (selection.ids) {
    const keep = new Set(ids);
    ids = [...new Set(selection.ids)].filter((id) => keep.has(id));
  }
  return ids;
}

/** Every clip id the library's search finds for the query and filters. */
function searchIds(library: Library, query: string, filters: SearchFilters): number[] {
  const ids: number[] = [];
  for (let offset = 0; ; offset += SEARCH_PAGE) {
    const page = search(library.db, { query, ...filters, offset, limit: SEARCH_PAGE, sort: 'imported' });
    ids.push(...page.clips.map((c) => c.id));
    if (page.clips.length < SEARCH_PAGE || ids.length >= page.total) return ids;
  }
}
