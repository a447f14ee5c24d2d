// Relevance order (search.ts, relevancePage): clips whose title holds a search word first, each tier in bm25
// order; the same order whichever path computes it (few hits, many hits, with filters), page after page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { BM25_WEIGHTS, search } from '../../../electron/core/library/search';
import type { SearchRequest } from '../../../electron/shared/api';
import { addClips, type ClipSpec } from './fixtures';

const FILLER = 'The committee met on Thursday and agreed to publish its minutes later in the month after a long debate.';
const long = (extra: string) => `${extra} ${Array.from({ length: 12 }, () => FILLER).join(' ')}`;

/** title hits with long bodies, body-only hits (one short and dense), and clips without the word */
const SPECS: ClipSpec[] = [
  { title: 'Harbour fees rise for fishing boats', body: long('The harbour board set new fees.'), published: '2021-02-01' },
  { title: 'Town notes', body: 'Harbour harbour harbour: the harbour, the harbour and the harbour again, harbour boats.', published: '2021-03-01' },
  { title: 'Harbour walk reopens', body: long('Walkers returned on Sunday.'), published: '2021-04-01' },
  { title: 'Weather for the week', body: long('Fog is expected near the harbour.'), published: '2021-05-01' },
  { title: 'Old harbour wall repaired', body: long('Masons finished the harbour wall.'), published: '2021-06-01' },
  { title: 'Market day', body: long('Stalls lined the harbour road.'), published: '2021-07-01' },
  ...Array.from({ length: 20 }, (_, i) => ({ title: `Council notes ${i}`, body: long(`Item ${i}.`), published: '2021-08-01' })),
];

let library: Library;
let ids: number[];
beforeEach(() => {
  library = Library.open(':memory:');
  ids = addClips(library, SPECS);
});
afterEach(() => library.close());

/** every hit of a word in plain bm25 order, and whether its title holds the word */
function bm25Order(word: string): { id: number; title: boolean }[] {
  const rows = library.db
    .prepare(`SELECT rowid AS id, title FROM clip_search WHERE clip_search MATCH ? ORDER BY bm25(clip_search, ${BM25_WEIGHTS}), rowid DESC`)
    .all(`"${word}"`) as { id: number; title: string }[];
  return rows.map((r) => ({ id: r.id, title: new RegExp(`\\b${word}`, 'i').test(r.title) }));
}

/** the ids of a search, page by page; `smallHits: 0` takes the path of a library with many hits */
function pages(request: SearchRequest, limit: number, smallHits?: number): { total: number; ids: number[] } {
  const all: number[] = [];
  let total = 0;
  for (let offset = 0; offset === 0 || offset < total; offset += limit) {
    const page = search(library.db, { ...request, limit, offset }, { smallHits });
    total = page.total;
    all.push(...page.clips.map((c) => c.id));
  }
  return { total, ids: all };
}

describe('relevance order', () => {
  it('puts title hits first, each tier in bm25 order, although bm25 alone would put a dense body first', () => {
    const plain = bm25Order('harbour');
    // the trade-off is real in this library: plain bm25 ranks the short, dense body-only clip first
    expect(plain[0]!.id).toBe(ids[1]);
    const expected = [...plain.filter((h) => h.title), ...plain.filter((h) => !h.title)].map((h) => h.id);
    expect(expected.slice(0, 3).sort()).toEqual([ids[0], ids[2], ids[4]].sort());
    for (const smallHits of [undefined, 0]) {
      expect(pages({ query: 'harbour' }, 100, smallHits)).toEqual({ total: plain.length, ids: expected });
    }
  });

  it('gives the same order page by page, across the end of the title tier, with no clip twice', () => {
    const whole = pages({ query: 'harbour' }, 100).ids;
    for (const limit of [1, 2, 4]) {
      for (const smallHits of [undefined, 0]) expect(pages({ query: 'harbour' }, limit, smallHits).ids, `limit ${limit}`).toEqual(whole);
    }
  });

  it('ranks filtered hits as unfiltered ones, trash or not', async () => {
    const whole = pages({ query: 'harbour' }, 100).ids;
    for (const smallHits of [undefined, 0]) {
      expect(pages({ query: 'harbour from:2021-01-01' }, 2, smallHits).ids).toEqual(whole);
      // a filter that leaves out the first title hit: the rest keep their order
      expect(pages({ query: 'harbour from:2021-03-01' }, 2, smallHits).ids).toEqual(whole.filter((id) => id !== ids[0]));
    }
    library.db.prepare('UPDATE clips SET deleted_at = ? WHERE id = ?').run('2024-01-01T00:00:00Z', ids[2]);
    for (const smallHits of [undefined, 0]) {
      expect(pages({ query: 'harbour from:2021-01-01' }, 3, smallHits).ids).toEqual(whole.filter((id) => id !== ids[2]));
      expect(pages({ query: 'harbour' }, 3, smallHits).ids).toEqual(whole.filter((id) => id !== ids[2]));
    }
  });

  it('orders by bm25 alone when no title holds a search word', () => {
    const plain = bm25Order('masons').map((h) => h.id);
    expect(plain).toEqual([ids[4]]);
    const fog = bm25Order('fog').map((h) => h.id);
    for (const smallHits of [undefined, 0]) {
      expect(pages({ query: 'fog' }, 1, smallHits).ids).toEqual(fog);
      expect(pages({ query: 'committee' }, 7, smallHits).ids).toEqual(bm25Order('committee').map((h) => h.id));
      expect(pages({ query: 'committee from:2021-01-01' }, 7, smallHits).ids).toEqual(bm25Order('committee').map((h) => h.id));
    }
  });

  it('marks the search words in every snippet, prefix searches too', () => {
    for (const smallHits of [undefined, 0]) {
      for (const query of ['harbour', 'harb*', 'harbour from:2021-01-01', '"harbour road" OR fog']) {
        const { clips } = search(library.db, { query }, { smallHits });
        if (query.includes('OR')) {
          const byTitle = Object.fromEntries(clips.map((c) => [c.title, c.snippet]));
          expect(byTitle).toEqual({ 'Market day': expect.stringMatching(/\u0002harbour road\u0003/), 'Weather for the week': expect.stringMatching(/\u0002Fog\u0003/) });
          continue;
        }
        expect(clips.length, query).toBe(6);
        for (const clip of clips) expect(clip.snippet, `${query}: ${clip.title}`).toMatch(/\u0002harb/i);
      }
    }
  });
});

describe('snippets in other orders', () => {
  it('each clip gets its own snippet when sorted by date or title', () => {
    for (const sort of ['published', 'title'] as const) {
      const { clips } = search(library.db, { query: '"harbour road" OR fog', sort });
      const byTitle = Object.fromEntries(clips.map((c) => [c.title, c.snippet]));
      expect(byTitle, sort).toEqual({ 'Market day': expect.stringMatching(/\u0002harbour road\u0003/), 'Weather for the week': expect.stringMatching(/\u0002Fog\u0003/) });
    }
  });
});
