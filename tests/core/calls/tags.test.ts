import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type CoreApi } from '../../../electron/core/api';
import { Library } from '../../../electron/core/library';
import { attachTag } from '../../../electron/core/library/clips';
import { addClips, NEWS } from '../library/fixtures';

let library: Library;
let api: CoreApi;
let ids: number[];

beforeEach(() => {
  library = Library.open(':memory:');
  api = createApi(library);
  ids = addClips(library, NEWS);
});
afterEach(() => library.close());

const tag = async (name: string) => (await api.listTags({})).find((t) => t.name === name);
const clipTags = async (id: number) => (await api.getClip({ id }))!.tags.map((t) => `${t.name}${t.auto ? '' : '*'}`).sort();

describe('tags', () => {
  it('keeps automatic tags apart from manual ones; counts leave the trash out', async () => {
    expect(await clipTags(ids[0]!)).toEqual(['Emmanuel Macron', 'Ukraine']);
    await api.addTag({ clipIds: [ids[0]!, ids[2]!], name: 'To read' });
    expect(await clipTags(ids[0]!)).toEqual(['Emmanuel Macron', 'To read*', 'Ukraine']);
    // adding by hand what the engine found makes it the user's
    await api.addTag({ clipIds: [ids[1]!], name: 'ukraine' });
    expect(await clipTags(ids[1]!)).toEqual(['Ukraine*']);
    expect(await tag('Ukraine')).toMatchObject({ count: 2, kind: 'place', color: null });
    await api.trashClips({ ids: [ids[0]!] });
    expect(await tag('Ukraine')).toMatchObject({ count: 1 });
    expect(await tag('To read')).toMatchObject({ count: 1, kind: 'topic' });
    await api.removeTag({ clipIds: [ids[2]!], name: 'To read' });
    expect(await tag('To read')).toMatchObject({ count: 0 });
    await expect(api.removeTag({ clipIds: [ids[2]!], name: 'Nope' })).rejects.toThrow(/no tag called Nope/);
  });

  it('renames; renaming onto an existing name merges; the old name keeps catching new automatic tags', async () => {
    const ukraine = (await tag('Ukraine'))!;
    const renamed = await api.renameTag({ id: ukraine.id, name: 'Ukraine war' });
    expect(renamed).toMatchObject({ id: ukraine.id, name: 'Ukraine war', count: 2 });
    expect(await clipTags(ids[0]!)).toEqual(['Emmanuel Macron', 'Ukraine war']);
    // a later import where the engine says "Ukraine" lands on the renamed tag
    library.db.transaction(() => attachTag(library.db, ids[3]!, 'Ukraine', 'place', true))();
    expect(await tag('Ukraine war')).toMatchObject({ count: 3 });
    expect(await tag('Ukraine')).toBeUndefined();

    await api.addTag({ clipIds: [ids[4]!], name: 'War' });
    const merged = await api.renameTag({ id: (await tag('War'))!.id, name: 'ukraine WAR' });
    expect(merged).toMatchObject({ id: ukraine.id, name: 'Ukraine war', count: 4 });
    // only case changes: a rename, not a merge
    expect(await api.renameTag({ id: ukraine.id, name: 'Ukraine War' })).toMatchObject({ id: ukraine.id, name: 'Ukraine War' });
  });

  it('merges several tags into one, each clip linked once, manual winning over automatic', async () => {
    await api.addTag({ clipIds: [ids[0]!, ids[3]!], name: 'Europe' });
    await api.addTag({ clipIds: [ids[3]!], name: 'Energy' });
    const before = await api.listTags({});
    const byName = (n: string) => before.find((t) => t.name === n)!.id;
    const into = await api.mergeTags({ ids: [byName('Ukraine'), byName('Europe'), byName('Energy')], into: 'Europe and Ukraine' });
    expect(into).toMatchObject({ name: 'Europe and Ukraine', count: 3 });
    expect(await clipTags(ids[0]!)).toEqual(['Emmanuel Macron', 'Europe and Ukraine*']);
    expect(await clipTags(ids[1]!)).toEqual(['Europe and Ukraine']);
    expect(await clipTags(ids[3]!)).toEqual(['Europe and Ukraine*']);
    expect((await api.listTags({})).map((t) => t.name).sort()).toEqual(['Emmanuel Macron', 'Europe and Ukraine']);
    // merging into an existing tag keeps its id
    await api.addTag({ clipIds: [ids[4]!], name: 'Sport' });
    const sport = (await tag('Sport'))!;
    expect(await api.mergeTags({ ids: [(await tag('Europe and Ukraine'))!.id], into: 'sport' })).toMatchObject({ id: sport.id, count: 4 });
  });

  it('deletes a tag from every clip, sets and clears colours', async () => {
    const ukraine = (await tag('Ukraine'))!;
    await api.setTagColor({ id: ukraine.id, color: '#cc3300' });
    expect(await tag('Ukraine')).toMatchObject({ color: '#cc3300' });
    await api.setTagColor({ id: ukraine.id, color: null });
    expect(await tag('Ukraine')).toMatchObject({ color: null });
    await api.deleteTag({ id: ukraine.id });
    expect(await tag('Ukraine')).toBeUndefined();
    expect(await clipTags(ids[0]!)).toEqual(['Emmanuel Macron']);
    await expect(api.deleteTag({ id: ukraine.id })).rejects.toThrow(/no tag with id/);
    await expect(api.setTagColor({ id: 999, color: null })).rejects.toThrow(/no tag with id 999/);
  });

  it('rules tag by source, title, byline or text (case and accents ignored), on demand and idempotently', async () => {
    const wire = await api.saveTagRule({ field: 'source', contains: 'reuters', tag: 'wire' });
    await api.saveTagRule({ field: 'text', contains: 'Ukraine', tag: 'Ukraine war' });
    await api.saveTagRule({ field: 'title', contains: 'elysee', tag: 'France' });
    await api.saveTagRule({ field: 'byline', contains: 'Jane Doe', tag: 'Staff' });
    expect(await api.applyTagRules({})).toEqual({ tagged: 2 + 1 + 1 + 1 });
    expect(await api.applyTagRules({})).toEqual({ tagged: 0 });
    expect((await api.search({ query: 'tag:wire' })).clips.map((c) => c.source)).toEqual(['Reuters', 'Reuters']);
    expect(await clipTags(ids[0]!)).toEqual(['Emmanuel Macron', 'France*', 'Ukraine', 'Ukraine war*']);
    expect(await clipTags(ids[2]!)).toEqual(['Staff*']);
    // edit and delete
    const edited = await api.saveTagRule({ id: wire.id, field: 'source', contains: 'Le Monde', tag: 'wire' });
    expect(edited).toEqual({ id: wire.id, field: 'source', contains: 'Le Monde', tag: 'wire' });
    expect((await api.listTagRules({})).map((r) => r.tag)).toEqual(['wire', 'Ukraine war', 'France', 'Staff']);
    await api.deleteTagRule({ id: wire.id });
    expect(await api.listTagRules({})).toHaveLength(3);
    await expect(api.saveTagRule({ field: 'text', contains: '!!!', tag: 'x' })).rejects.toThrow(/needs words/);
    await expect(api.deleteTagRule({ id: wire.id })).rejects.toThrow(/no tagging rule/);
  });
});
