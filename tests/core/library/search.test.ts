import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type CoreApi } from '../../../electron/core/api';
import { Library } from '../../../electron/core/library';
import { parseQuery, SearchSyntaxError } from '../../../electron/core/library/search';
import { addClips, NEWS } from './fixtures';

let library: Library;
let api: CoreApi;
let ids: number[];

beforeEach(() => {
  library = Library.open(':memory:');
  api = createApi(library);
  ids = addClips(library, NEWS);
});
afterEach(() => library.close());

const titles = async (query: string, extra: Record<string, string> = {}) =>
  (await api.search({ query, ...extra })).clips.map((c) => c.title);

describe('search language', () => {
  it('finds all words, best match first, with marked snippets (never HTML)', async () => {
    const result = await api.search({ query: 'ferry timetable' });
    expect(result.total).toBe(1);
    expect(result.clips[0]!.title).toBe('Harbour council approves ferry timetable');
    expect(result.clips[0]!.snippet).toMatch(/\u0002ferry\u0003 \u0002timetable\u0003/);
    expect(result.clips[0]!.snippet).not.toMatch(/<b>|<mark>/);
    // a title hit ranks above a body-only hit
    expect(await titles('energy')).toEqual(['Energy prices fall as winter ends', 'Macron hosts talks at the Élysée Palace']);
  });

  it('matches "exact phrases" only in that order', async () => {
    expect(await titles('"energy prices"')).toHaveLength(2);
    expect(await titles('"prices energy"')).toEqual([]);
  });

  it('supports OR, -exclusion, NOT and prefix*', async () => {
    expect((await titles('football OR hospital')).sort()).toEqual(['Football club sold to investors', 'Zelensky visits Kyiv hospital']);
    expect(await titles('energy -Ukraine')).toEqual(['Energy prices fall as winter ends']);
    expect(await titles('energy NOT Ukraine')).toEqual(['Energy prices fall as winter ends']);
    expect(await titles('energy -"war in Ukraine"')).toEqual(['Energy prices fall as winter ends']);
    expect((await titles('ferr*')).sort()).toEqual(['Harbour council approves ferry timetable', 'Undated note on ferry fares']);
    // only exclusions: everything else
    expect(await titles('-ferry -Reuters -energy')).toEqual([]);
    expect((await titles('-ferry')).length).toBe(4);
  });

  it('folds accents both ways and knows spellings of names', async () => {
    expect(await titles('Elysee')).toEqual(['Macron hosts talks at the Élysée Palace']);
    expect(await titles('ÉLYSÉE')).toEqual(['Macron hosts talks at the Élysée Palace']);
    expect(await titles('Zelenskyy')).toEqual(['Zelensky visits Kyiv hospital']);
    expect(await titles('Kiev')).toEqual(['Zelensky visits Kyiv hospital']);
    // quote text is searched too
    expect(await titles('heroes')).toEqual(['Zelensky visits Kyiv hospital']);
  });

  it('filters by tag:, speaker:, source:, from: and to: in the query and as fields, combined', async () => {
    expect((await titles('tag:Ukraine')).sort()).toEqual(['Macron hosts talks at the Élysée Palace', 'Zelensky visits Kyiv hospital']);
    expect(await titles('tag:ukraine hospital')).toEqual(['Zelensky visits Kyiv hospital']);
    expect(await titles('speaker:"Maria Lopes"')).toEqual(['Harbour council approves ferry timetable']);
    expect(await titles('', { speaker: 'emmanuel macron' })).toEqual(['Macron hosts talks at the Élysée Palace']);
    expect((await titles('source:reuters')).sort()).toEqual(['Football club sold to investors', 'Zelensky visits Kyiv hospital']);
    expect(await titles('source:Reuters from:2024')).toEqual(['Zelensky visits Kyiv hospital']);
    // newest first when there is no text to rank by
    expect(await titles('from:2024-03-01 to:2024-03-31')).toEqual([
      'Energy prices fall as winter ends', 'Zelensky visits Kyiv hospital', 'Macron hosts talks at the Élysée Palace',
    ]);
    expect(await titles('to:2023')).toEqual(['Harbour council approves ferry timetable', 'Football club sold to investors']);
    expect(await titles('energy', { from: '2024-03-10' })).toEqual(['Energy prices fall as winter ends']);
    expect(await titles('tag:Ukraine', { source: 'Le Monde', to: '2024-03-04' })).toEqual(['Macron hosts talks at the Élysée Palace']);
    expect(await titles('tag:"no such tag"')).toEqual([]);
  });

  it('ranks filtered hits as unfiltered ones: best match first, same snippets, trash or not', async () => {
    const plain = await api.search({ query: 'energy' });
    const check = async () => {
      const filtered = await api.search({ query: 'energy from:2024-01-01' });
      expect(filtered.clips.map((c) => [c.title, c.snippet])).toEqual(plain.clips.map((c) => [c.title, c.snippet]));
      expect(filtered.clips[0]!.title).toBe('Energy prices fall as winter ends');
    };
    await check();
    // with something in the trash the filter sits beside the trash test
    await api.trashClips({ ids: [ids[2]!] });
    await check();
  });

  it('leaves the trash out', async () => {
    await api.trashClips({ ids: [ids[2]!] });
    expect(await titles('timetable')).toEqual([]);
    expect((await api.search({ query: '' })).total).toBe(5);
    await api.restoreClips({ ids: [ids[2]!] });
    expect(await titles('timetable')).toEqual(['Harbour council approves ferry timetable']);
  });

  it('pages and sorts', async () => {
    const all = await api.search({ query: 'the', limit: 2 });
    expect(all.clips).toHaveLength(2);
    const next = await api.search({ query: 'the', limit: 2, offset: 2 });
    expect(next.total).toBe(all.total);
    expect(next.clips.map((c) => c.id)).not.toContain(all.clips[0]!.id);
    const byDate = await api.search({ query: 'ferry', sort: 'published' });
    expect(byDate.clips.map((c) => c.published)).toEqual(['2023-11-20', null]);
  });

  it('never passes user text to MATCH: FTS5 syntax characters are just words', async () => {
    for (const query of ['NEAR(ferry timetable)', 'title:ferry', '^ferry', 'ferry + timetable', 'ferry AND', "ferry's", '{body}: ferry', 'a*b', '"""', '-', '*']) {
      const outcome = await api.search({ query }).then(
        () => 'ok',
        (e: Error) => (e instanceof SearchSyntaxError ? 'syntax' : `crash: ${e.message}`),
      );
      expect(outcome, query).not.toMatch(/crash/);
    }
  });

  it('explains invalid syntax in one readable message', async () => {
    const cases: [string, RegExp][] = [
      ['"ferry timetable', /quotation mark is not closed/],
      ['ferry OR', /OR must stand between two words/],
      ['OR ferry', /OR must stand between two words/],
      ['ferry - timetable', /minus sign must be followed/],
      ['from:yesterday', /from: expects a date as YYYY-MM-DD/],
      ['to:2024-02-30', /not a calendar date/],
      ['colour:red', /unknown filter "colour:"/],
      ['tag:', /tag: needs a value/],
      ['(ferry OR bus)', /brackets are not supported/],
    ];
    for (const [query, message] of cases) {
      await expect(api.search({ query }), query).rejects.toThrow(message);
      await expect(api.search({ query })).rejects.toBeInstanceOf(SearchSyntaxError);
    }
  });

  it('parses into AND-ed groups of OR-ed terms', () => {
    const parsed = parseQuery('kyiv harbour OR port -sport tag:"Ukraine war" from:2024');
    expect(parsed.groups.map((g) => g.map((t) => t.fts))).toEqual([['("kyiv" OR "kiev")'], ['"harbour"', '"port"']]);
    expect(parsed.excluded.map((t) => t.fts)).toEqual(['"sport"']);
    expect(parsed.filters).toEqual({ tag: ['Ukraine war'], from: ['2024'] });
  });
});

describe('saved searches', () => {
  it('saves, lists, replaces by name and deletes; a broken query is refused', async () => {
    const saved = await api.saveSearch({ name: 'Ukraine', query: 'tag:Ukraine -sport' });
    expect(await api.listSavedSearches({})).toEqual([saved]);
    const replaced = await api.saveSearch({ name: 'ukraine', query: 'Kyiv' });
    expect(replaced.id).toBe(saved.id);
    expect((await api.listSavedSearches({}))[0]!.query).toBe('Kyiv');
    await expect(api.saveSearch({ name: 'bad', query: '"open' })).rejects.toThrow(/not closed/);
    await api.deleteSavedSearch({ id: saved.id });
    expect(await api.listSavedSearches({})).toEqual([]);
    await expect(api.deleteSavedSearch({ id: saved.id })).rejects.toThrow(/no saved search/);
  });
});
