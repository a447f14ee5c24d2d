// The leads' index (migration 0010, clip_lead_search: the first LEAD_CHARS characters of each body) and the tier it
// gives relevance order: title hits, then lead hits, then the rest, bm25 within each, the same on every path.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { withDeferredSearchRows } from '../../../electron/core/library/clips';
import { LEAD_CHARS } from '../../../electron/core/library/migrations/0010-lead-search';
import { BM25_WEIGHTS, search } from '../../../electron/core/library/search';
import type { SearchRequest } from '../../../electron/shared/api';
import { tempDir } from '../../helpers/temp';
import { addClips, type ClipSpec } from './fixtures';

const FILLER = 'The committee met on Thursday and agreed to publish its minutes later in the month after a long debate.';
/** `words` after enough filler that they fall outside the lead */
const late = (words: string) => `${Array.from({ length: 4 }, () => FILLER).join(' ')} ${words}`;

/** a title hit, lead hits, late hits (one short and dense: bm25's favourite), clips without the word */
const SPECS: ClipSpec[] = [
  { title: 'Lighthouse keeper retires', body: late('The lighthouse stood for a century.'), published: '2022-01-01' },
  { title: 'Coast notes', body: late('Lighthouse lighthouse: the lighthouse, the lighthouse again, lighthouse.'), published: '2022-02-01' },
  { title: 'Tourism figures', body: `Visitors to the lighthouse rose. ${late('Numbers were counted in summer.')}`, published: '2022-03-01' },
  { title: 'Fog warning', body: `Fog hid the lighthouse on Monday. ${late('Boats stayed in.')}`, published: '2022-04-01' },
  { title: 'Harbour fees', body: late('Fees rose near the lighthouse.'), published: '2022-05-01' },
  ...Array.from({ length: 6 }, (_, i) => ({ title: `Council notes ${i}`, body: late(`Item ${i}.`), published: '2022-06-01' })),
];

let library: Library | null = null;
afterEach(() => library?.close());

const leads = (lib: Library, words: string) =>
  lib.db.prepare('SELECT rowid FROM clip_lead_search WHERE clip_lead_search MATCH ? ORDER BY rowid').pluck().all(words) as number[];

/** every hit of a word in plain bm25 order */
function bm25Order(lib: Library, word: string): number[] {
  return lib.db
    .prepare(`SELECT rowid FROM clip_search WHERE clip_search MATCH ? ORDER BY bm25(clip_search, ${BM25_WEIGHTS}), rowid DESC`)
    .pluck()
    .all(`"${word}"`) as number[];
}

/**
 * Every hit of an FTS5 match in plain bm25 order, and the order the tiers give: of `ids` (in the order added),
 * the first `titles` hold the words in their title, the next `leads` in their lead, the rest further on.
 */
function tieredOrder(lib: Library, match: string, ids: number[], titles: number, leads: number): { plain: number[]; expected: number[] } {
  const plain = lib.db
    .prepare(`SELECT rowid FROM clip_search WHERE clip_search MATCH ${match} ORDER BY bm25(clip_search, ${BM25_WEIGHTS}), rowid DESC`)
    .pluck()
    .all() as number[];
  const tierOf = (id: number) => (ids.indexOf(id) < titles ? 1 : ids.indexOf(id) < titles + leads ? 2 : 3);
  return { plain, expected: [1, 2, 3].flatMap((tier) => plain.filter((id) => tierOf(id) === tier)) };
}

/** the ids of a search, page by page; `smallHits: 0` takes the path of a library with many hits */
function pages(lib: Library, request: SearchRequest, limit: number, smallHits?: number): { total: number; ids: number[] } {
  const all: number[] = [];
  let total = 0;
  for (let offset = 0; offset === 0 || offset < total; offset += limit) {
    const page = search(lib.db, { ...request, limit, offset }, { smallHits });
    total = page.total;
    all.push(...page.clips.map((c) => c.id));
  }
  return { total, ids: all };
}

describe('the leads index', () => {
  it('holds the opening of each body only', () => {
    library = Library.open(':memory:');
    const ids = addClips(library, SPECS);
    expect(late('x').indexOf('x')).toBeGreaterThan(LEAD_CHARS);
    expect(leads(library, 'lighthouse')).toEqual([ids[2], ids[3]]);
    expect(leads(library, 'century')).toEqual([]);
    expect(library.db.prepare("SELECT rowid FROM clip_search WHERE clip_search MATCH 'century'").pluck().all()).toEqual([ids[0]]);
  });

  it('is filled when an older library is migrated', () => {
    const file = path.join(tempDir(), 'leads.sqlite');
    let lib = Library.open(file, { backups: false });
    const ids = addClips(lib, SPECS);
    // the library as schema 9 left it
    lib.db.exec(`DROP TRIGGER clips_lead_search_insert; DROP TRIGGER clips_lead_search_update; DROP TRIGGER clips_lead_search_delete;
      DROP TRIGGER clips_lead_search_deferred; DROP TABLE clip_lead_search; PRAGMA user_version = 9;`);
    lib.close();
    library = lib = Library.open(file, { backups: false });
    expect(leads(lib, 'lighthouse')).toEqual([ids[2], ids[3]]);
    expect(lib.db.prepare('SELECT count(*) FROM clip_lead_search').pluck().get()).toBe(ids.length);
  });

  it('follows new clips, body edits and deletions', () => {
    library = Library.open(':memory:');
    const ids = addClips(library, SPECS);
    library.db.prepare('UPDATE clips SET body = ? WHERE id = ?').run('The lighthouse keeper spoke first.', ids[0]);
    library.db.prepare('UPDATE clips SET body = ? WHERE id = ?').run(late('Visitors rose.'), ids[2]);
    expect(leads(library, 'lighthouse')).toEqual([ids[0], ids[3]]);
    library.db.prepare('DELETE FROM clips WHERE id = ?').run(ids[3]);
    expect(leads(library, 'lighthouse')).toEqual([ids[0]]);
    const [added] = addClips(library, [{ title: 'Lamp', body: 'A new lighthouse lamp was fitted.' }]);
    expect(leads(library, 'lighthouse')).toEqual([ids[0], added]);
  });

  it('gets the clips of an import batch when the batch indexes them (migration 0008)', () => {
    library = Library.open(':memory:');
    const { db } = library;
    const [before] = addClips(library, [{ title: 'Old', body: 'The lighthouse was painted.' }]);
    const added = db.transaction(() =>
      withDeferredSearchRows(db, () => {
        const ids = addClips(library!, [{ title: 'New', body: 'The lighthouse was sold.' }, { title: 'Newer', body: 'No light at all.' }]);
        expect(leads(library!, 'lighthouse')).toEqual([before]);
        return ids;
      }),
    )();
    expect(leads(library, 'lighthouse')).toEqual([before, added[0]]);
    expect(db.prepare('SELECT count(*) FROM clip_lead_search').pluck().get()).toBe(3);
    // the next batch adds its own clips only
    db.transaction(() => withDeferredSearchRows(db, () => addClips(library!, [{ title: 'Last', body: 'A lighthouse again.' }])))();
    expect(db.prepare('SELECT count(*) FROM clip_lead_search').pluck().get()).toBe(4);
    expect(leads(library, 'lighthouse')).toHaveLength(3);
  });
});

describe('the lead tier of relevance order', () => {
  it('ranks title hits, then lead hits, then the rest, each in bm25 order, on every path and page size', () => {
    library = Library.open(':memory:');
    const ids = addClips(library, SPECS);
    const plain = bm25Order(library, 'lighthouse');
    // bm25 alone puts the dense late mention before the lead hits
    expect(plain.indexOf(ids[1])).toBeLessThan(Math.min(plain.indexOf(ids[2]), plain.indexOf(ids[3])));
    const tierOf = (id: number) => (id === ids[0] ? 1 : id === ids[2] || id === ids[3] ? 2 : 3);
    const expected = [1, 2, 3].flatMap((tier) => plain.filter((id) => tierOf(id) === tier));
    expect(expected.slice(0, 3)).toEqual([ids[0], ...plain.filter((id) => id === ids[2] || id === ids[3])]);
    expect(expected.indexOf(ids[1])).toBeGreaterThan(2);
    for (const smallHits of [undefined, 0]) {
      for (const limit of [1, 2, 3, 100]) {
        expect(pages(library, { query: 'lighthouse' }, limit, smallHits), `limit ${limit}`).toEqual({ total: plain.length, ids: expected });
      }
    }
  });

  it('keeps the tiers with no title hit, with filters, and with a trashed clip left out', () => {
    library = Library.open(':memory:');
    const ids = addClips(library, SPECS);
    const whole = pages(library, { query: 'lighthouse' }, 100).ids;
    // "rose": a lead hit and a late one, no title hit; "fog": its title hit is also a lead hit
    for (const smallHits of [undefined, 0]) {
      expect(pages(library, { query: 'rose' }, 1, smallHits).ids).toEqual([ids[2], ids[4]]);
      expect(pages(library, { query: 'rose to:2022-12-31' }, 1, smallHits).ids).toEqual([ids[2], ids[4]]);
      expect(pages(library, { query: 'fog' }, 1, smallHits).ids).toEqual([ids[3]]);
      // a title holds one of the words (so the titles may fill the page) but no hit of both: tier 1 is empty and
      // the page goes on with the lead hit, then the late one
      expect(pages(library, { query: 'lighthouse rose' }, 1, smallHits).ids).toEqual([ids[2], ids[4]]);
    }
    for (const smallHits of [undefined, 0]) {
      for (const limit of [1, 2, 100]) {
        expect(pages(library, { query: 'lighthouse from:2022-01-01' }, limit, smallHits).ids).toEqual(whole);
        expect(pages(library, { query: 'lighthouse from:2022-02-01' }, limit, smallHits).ids).toEqual(whole.filter((id) => id !== ids[0]));
      }
    }
    library.db.prepare('UPDATE clips SET deleted_at = ? WHERE id = ?').run('2024-01-01T00:00:00Z', ids[2]);
    for (const smallHits of [undefined, 0]) {
      expect(pages(library, { query: 'lighthouse' }, 2, smallHits).ids).toEqual(whole.filter((id) => id !== ids[2]));
      expect(pages(library, { query: 'lighthouse to:2023-01-01' }, 2, smallHits).ids).toEqual(whole.filter((id) => id !== ids[2]));
    }
    expect(pages(library, { query: 'rose' }, 1).ids).toEqual([ids[4]]);
  });

  it('keeps the tiers for a prefix, whose count and title tier come from one statement when the titles may fill the page', () => {
    library = Library.open(':memory:');
    // five titles with a harbour word (one short and dense, one long), two lead hits, two late ones, a stray
    const ids = addClips(library, [
      { title: 'Harbour fees rise', body: late('The council met.'), published: '2022-01-01' },
      { title: 'Harbours reopen', body: late('Boats returned to the harbours and the harbour walls.'), published: '2022-01-02' },
      { title: 'Harbourside flats', body: late('Plans were shown.'), published: '2022-01-03' },
      { title: 'Harbour', body: 'Harbour harbour.', published: '2022-01-04' },
      { title: 'New harbour master named for the old harbour', body: late('She starts in May.'), published: '2022-01-05' },
      { title: 'Ferry times', body: `The harbour ferry runs hourly. ${late('Fares rose.')}`, published: '2022-01-06' },
      { title: 'Fishing quotas', body: `Harbourmasters objected. ${late('Quotas fell.')}`, published: '2022-01-07' },
      { title: 'Storm damage', body: late('Waves hit the harbour, the harbour wall and the harbourside.'), published: '2022-01-08' },
      { title: 'Road works', body: late('A lane near the harbour shut.'), published: '2022-01-09' },
      { title: 'Council notes', body: late('Nothing else.'), published: '2022-01-10' },
    ]);
    const { plain, expected } = tieredOrder(library, `'"harbour" *'`, ids, 5, 2);
    expect(expected).toHaveLength(9);
    // bm25 alone does not give the tiers' order
    expect(plain).not.toEqual(expected);
    for (const smallHits of [undefined, 0]) {
      for (const limit of [1, 2, 3, 4, 100]) {
        expect(pages(library, { query: 'harbour*' }, limit, smallHits), `limit ${limit}`).toEqual({ total: 9, ids: expected });
      }
    }
    // a clip in the trash is neither counted nor listed
    library.db.prepare('UPDATE clips SET deleted_at = ? WHERE id = ?').run('2024-01-01T00:00:00Z', ids[1]);
    for (const limit of [1, 2, 100]) {
      expect(pages(library, { query: 'harbour*' }, limit), `limit ${limit}`).toEqual({ total: 8, ids: expected.filter((id) => id !== ids[1]) });
    }
  });

  it('keeps the tiers for a phrase, counted and ranked the same way', () => {
    library = Library.open(':memory:');
    // three titles with the phrase, two leads, two late mentions (one dense), the words apart, a stray
    const ids = addClips(library, [
      { title: 'Harbour wall repaired', body: late('Work ended.'), published: '2022-02-01' },
      { title: 'The harbour wall, and the harbour wall again', body: late('Twice.'), published: '2022-02-02' },
      { title: 'Harbour wall plans shown at a long meeting of the council', body: late('Plans were shown.'), published: '2022-02-03' },
      { title: 'Cracks', body: `The harbour wall cracked. ${late('Repairs follow.')}`, published: '2022-02-04' },
      { title: 'Tides', body: `High tides topped the harbour wall. ${late('No harm.')}`, published: '2022-02-05' },
      { title: 'Survey', body: late('The harbour wall, the harbour wall and the harbour wall.'), published: '2022-02-06' },
      { title: 'Walks', body: late('A path runs along the harbour wall to the lighthouse.'), published: '2022-02-07' },
      { title: 'Walls', body: 'A wall stands near the harbour.', published: '2022-02-08' },
      { title: 'Council notes', body: late('Nothing else.'), published: '2022-02-09' },
    ]);
    const { expected } = tieredOrder(library, `'"harbour wall"'`, ids, 3, 2);
    expect(expected).toHaveLength(7);
    for (const smallHits of [undefined, 0]) {
      for (const limit of [1, 2, 3, 100]) {
        expect(pages(library, { query: '"harbour wall"' }, limit, smallHits), `limit ${limit}`).toEqual({ total: 7, ids: expected });
      }
    }
  });

  it('keeps the tiers with a tag or speaker filter that few clips pass (their hits all scored at once)', () => {
    library = Library.open(':memory:');
    // the clips with an even index carry a tag and a speaker's quote
    const specs = SPECS.map((spec, i): ClipSpec => (i % 2 ? spec : {
      ...spec, tags: [{ name: 'Coast', kind: 'topic' }], quotes: [{ text: 'We keep the light on', speaker: 'Ann Ward' }],
    }));
    const ids = addClips(library, specs);
    const even = (list: number[]) => list.filter((id) => ids.indexOf(id) % 2 === 0);
    const whole = pages(library, { query: 'lighthouse' }, 100).ids;
    expect(even(whole).length).toBeGreaterThan(1);
    for (const smallHits of [undefined, 0]) {
      for (const limit of [1, 2, 100]) {
        for (const query of ['lighthouse tag:Coast', 'lighthouse speaker:"Ann Ward"', 'lighthouse tag:Coast to:2022-04-15']) {
          const expected = even(whole).filter((id) => !query.includes('to:') || ids.indexOf(id) < 4);
          expect(pages(library, { query }, limit, smallHits), `${query}, limit ${limit}`).toEqual({ total: expected.length, ids: expected });
        }
      }
    }
  });
});
