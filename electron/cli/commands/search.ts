import type { Library } from '../../core/library';
import { search } from '../../core/library/search';
import type { SearchFilters } from '../../shared/api';
import { printJson, type CommandResult } from '../output';

export interface SearchOptions extends SearchFilters {
  limit?: string;
  json?: boolean;
}

/** Matched words are marked \u0002 … \u0003 in the library; on a terminal and in JSON they become [ … ]. */
export function plainSnippet(snippet: string | undefined): string | null {
  return snippet === undefined ? null : snippet.replace(/\u0002/g, '[').replace(/\u0003/g, ']').replace(/\s+/g, ' ').trim();
}

export async function searchCommand(library: Library, query: string | undefined, options: SearchOptions): Promise<CommandResult> {
  const limit = options.limit === undefined ? 50 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new Error(`--limit must be a whole number from 1 to 10000, not ${options.limit}`);
  const { tag, speaker, source, from, to } = options;
  const result = search(library.db, { query: query ?? '', tag, speaker, source, from, to, limit });
  const rows = result.clips.map((c) => ({ id: c.id, title: c.title, published: c.published, source: c.source, snippet: plainSnippet(c.snippet) ?? c.firstLine }));
  if (options.json) printJson(rows);
  else {
    for (const row of rows) {
      process.stdout.write(`${row.id}\t${row.published ?? '—'}\t${row.source ?? '—'}\t${row.title ?? '(no title)'}\n`);
      if (row.snippet) process.stdout.write(`\t${row.snippet}\n`);
    }
    process.stdout.write(`${result.total} clip${result.total === 1 ? '' : 's'} found${result.total > rows.length ? `, ${rows.length} shown` : ''}.\n`);
  }
  return { exitCode: 0 };
}
