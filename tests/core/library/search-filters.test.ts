// Lists with one tag or one speaker and no words (search.ts, oneFilterList): the count from what the library
// keeps, the page by walking the clips by date when the filter is common; the same clips, count and order as
// the general list, the trash left out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { search } from '../../../electron/core/library/search';
import { addClips, type ClipSpec } from './fixtures';

const day = (i: number) => `2022-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
/** 120 clips: every other one tagged Harbour, every third quoting Ana Silva, one tagged Lighthouse (under 2 %) */
const SPECS: ClipSpec[] = Array.from({ length: 120 }, (_, i) => ({
  title: `Clip ${i}`,
  body: `Body of clip ${i}.`,
  published: day(i * 7),
  tags: [...(i % 2 === 0 ? [{ name: 'Harbour', kind: 'topic' as const }] : []), ...(i === 5 ? [{ name: 'Lighthouse', kind: 'topic' as const }] : [])],
  quotes: i % 3 === 0 ? [{ text: `Words number ${i}`, speaker: 'Ana Silva' }, { text: `More words ${i}`, speaker: 'Ana Silva' }] : [],
}));

let library: Library;
let ids: number[];
beforeEach(() => {
  library = Library.open(':memory:');
  ids = addClips(library, SPECS);
});
afterEach(() => library.close());

/** the clips of `pick`, newest first (ties: the later id first), the trashed left out */
function expected(pick: (i: number) => boolean, trashed: ReadonlySet<number> = new Set()): number[] {
  return SPECS.map((spec, i) => ({ id: ids[i]!, published: spec.published!, i }))
    .filter((c) => pick(c.i) && !trashed.has(c.id))
    .sort((a, b) => (a.published === b.published ? b.id - a.id : a.published < b.published ? 1 : -1))
    .map((c) => c.id);
}

function pages(query: string, limit: number): { total: number; ids: number[] } {
  const all: number[] = [];
  let total = 0;
  for (let offset = 0; offset === 0 || offset < total; offset += limit) {
    const page = search(library.db, { query, limit, offset });
    total = page.total;
    all.push(...page.clips.map((c) => c.id));
  }
  return { total, ids: all };
}

describe('lists with one tag or one speaker', () => {
  it('count and list a common tag, page after page, newest first', () => {
    const want = expected((i) => i % 2 === 0);
    expect(pages('tag:Harbour', 7)).toEqual({ total: want.length, ids: want });
    expect(pages('tag:Harbour', 100)).toEqual({ total: want.length, ids: want });
  });

  it('count and list a rare tag and a speaker (each clip once, however many quotes)', () => {
    expect(pages('tag:Lighthouse', 10)).toEqual({ total: 1, ids: [ids[5]] });
    const want = expected((i) => i % 3 === 0);
    expect(pages('speaker:"Ana Silva"', 9)).toEqual({ total: want.length, ids: want });
  });

  it('leave the trash out of the count and the list', () => {
    const trashed = new Set([ids[0]!, ids[6]!]);
    library.db.prepare(`UPDATE clips SET deleted_at = '2024-01-01T00:00:00Z' WHERE id IN (${[...trashed].join(',')})`).run();
    const harbour = expected((i) => i % 2 === 0, trashed);
    expect(pages('tag:Harbour', 11)).toEqual({ total: harbour.length, ids: harbour });
    const ana = expected((i) => i % 3 === 0, trashed);
    expect(pages('speaker:"Ana Silva"', 11)).toEqual({ total: ana.length, ids: ana });
  });

  it('give the same as the general list, which a second filter takes', () => {
    // from: a date before every clip changes nothing but the path
    const general = search(library.db, { query: 'tag:Harbour from:2000-01-01', limit: 200 });
    const one = search(library.db, { query: 'tag:Harbour', limit: 200 });
    expect(one.total).toBe(general.total);
    expect(one.clips.map((c) => c.id)).toEqual(general.clips.map((c) => c.id));
  });
});
