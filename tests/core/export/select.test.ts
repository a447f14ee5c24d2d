import { afterEach, describe, expect, it } from 'vitest';
import { selectClipIds } from '../../../electron/core/export/select';
import { fixtureLibrary, type TestLibrary } from './library';

let t: TestLibrary;
afterEach(() => t?.library.close());

describe('export selection', () => {
  it('takes every live clip, oldest first, and never the trash', async () => {
    t = await fixtureLibrary();
    expect(await selectClipIds(t.library, {})).toEqual([t.ids.ferry, t.ids.budget, t.ids.hostile]);
  });

  it('keeps the order of listed ids and drops trashed or unknown ones', async () => {
    t = await fixtureLibrary();
    expect(await selectClipIds(t.library, { ids: [t.ids.hostile, t.ids.trashed, 999, t.ids.ferry, t.ids.hostile] })).toEqual([t.ids.hostile, t.ids.ferry]);
  });

  it('filters by tag, speaker and source (any letter case) and by an inclusive date range', async () => {
    t = await fixtureLibrary();
    expect(await selectClipIds(t.library, { tag: 'weekly REPORT' })).toEqual([t.ids.ferry, t.ids.budget]);
    expect(await selectClipIds(t.library, { speaker: 'ruth okafor' })).toEqual([t.ids.budget]);
    expect(await selectClipIds(t.library, { source: 'harbour gazette' })).toEqual([t.ids.ferry]);
    expect(await selectClipIds(t.library, { from: '2024-04-04', to: '2024-05-20' })).toEqual([t.ids.budget, t.ids.hostile]);
    expect(await selectClipIds(t.library, { to: '2024-03-12' })).toEqual([t.ids.ferry]);
    expect(await selectClipIds(t.library, { tag: 'Weekly report', from: '2024-04-01' })).toEqual([t.ids.budget]);
  });

  it('finds clips by words with a query', async () => {
    t = await fixtureLibrary();
    expect(await selectClipIds(t.library, { query: 'ferry crossings' })).toEqual([t.ids.ferry]);
    expect(await selectClipIds(t.library, { query: 'storm' })).toEqual([]); // only in the trashed clip
  });

  it('treats filter values as data, never as SQL', async () => {
    t = await fixtureLibrary();
    expect(await selectClipIds(t.library, { tag: "x' OR 1=1 --" })).toEqual([]);
    expect(await selectClipIds(t.library, { source: "Gazette' OR '1'='1" })).toEqual([]);
    expect(await selectClipIds(t.library, { speaker: "x') OR 1=1 --" })).toEqual([]);
    expect(await selectClipIds(t.library, { query: "NEAR ferry' OR 1=1 --" })).toEqual([]);
  });

  it('refuses a query the search cannot read, saying why', async () => {
    t = await fixtureLibrary();
    await expect(selectClipIds(t.library, { query: '"unbalanced' })).rejects.toThrow(/quotation mark/);
  });

  it('refuses a malformed date, saying what it expects', async () => {
    t = await fixtureLibrary();
    await expect(selectClipIds(t.library, { from: '12/03/2024' })).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('reads a filter as the search box does: a renamed tag by its old name, a month as a range', async () => {
    t = await fixtureLibrary();
    t.library.db.prepare("INSERT INTO tag_aliases (name, tag_id) SELECT 'Weekly', id FROM tags WHERE name = 'Weekly report'").run();
    expect(await selectClipIds(t.library, { tag: 'Weekly' })).toEqual([t.ids.ferry, t.ids.budget]);
    expect(await selectClipIds(t.library, { from: '2024-04', to: '2024-04' })).toEqual([t.ids.budget]);
  });
});
