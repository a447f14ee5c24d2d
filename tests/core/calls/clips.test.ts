import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, type CoreApi } from '../../../electron/core/api';
import { Library } from '../../../electron/core/library';
import { recleanLibrary } from '../../../electron/core/library/reclean';
import { tempDir } from '../../helpers/temp';
import { generateArticle, writeArticles } from '../import/generate';
import { addClips, NEWS } from '../library/fixtures';

let library: Library;
let api: CoreApi;
afterEach(() => library?.close());

function open(): number[] {
  library = Library.open(':memory:');
  api = createApi(library);
  return addClips(library, NEWS);
}

describe('trash', () => {
  it('moves clips to the trash, restores them, and empties it for good (search rows, quotes and tags go too)', async () => {
    const ids = open();
    expect(await api.trashClips({ ids: [ids[0]!, ids[1]!, ids[1]!] })).toEqual({ trashed: 2 });
    expect(await api.trashClips({ ids: [ids[0]!] })).toEqual({ trashed: 0 });
    expect((await api.listClips({})).total).toBe(4);
    expect((await api.listTrash({})).clips.map((c) => c.id).sort()).toEqual([ids[0], ids[1]]);
    expect(await api.stats({})).toMatchObject({ clips: 4, trash: 2 });
    expect(await api.restoreClips({ ids: [ids[1]!] })).toEqual({ restored: 1 });
    expect(await api.emptyTrash({})).toEqual({ deleted: 1 });
    expect(await api.getClip({ id: ids[0]! })).toBeNull();
    const count = (sql: string) => library.db.prepare(sql).pluck().get();
    expect(count(`SELECT count(*) FROM clip_search WHERE rowid = ${ids[0]}`)).toBe(0);
    expect(count(`SELECT count(*) FROM quotes WHERE clip_id = ${ids[0]}`)).toBe(0);
    expect(count(`SELECT count(*) FROM clip_tags WHERE clip_id = ${ids[0]}`)).toBe(0);
    expect(await api.stats({})).toMatchObject({ clips: 5, trash: 0 });
    expect(await api.emptyTrash({})).toEqual({ deleted: 0 });
  });
});

describe('edits', () => {
  it('changes the effective value, keeps the engine value and the original, and reverts', async () => {
    const ids = open();
    const id = ids[2]!;
    const original = (await api.getClip({ id }))!.original;
    const edited = await api.editClip({ id, fields: { title: 'Ferry timetable approved', source: null } });
    expect(edited).toMatchObject({ title: 'Ferry timetable approved', source: null, original, edited: ['title', 'source'] });
    // search follows the edit
    expect((await api.search({ query: 'approved ferry' })).clips.map((c) => c.title)).toEqual(['Ferry timetable approved']);
    const reverted = await api.revertField({ id, field: 'title' });
    expect(reverted).toMatchObject({ title: 'Harbour council approves ferry timetable', source: null, edited: ['source'] });
    // setting a field back to the engine's value is no longer an edit
    expect(await api.editClip({ id, fields: { source: 'Northbridge Courier' } })).toMatchObject({ edited: [] });
    await expect(api.editClip({ id, fields: { body: '  ' } })).rejects.toThrow(/body cannot be empty/);
    await expect(api.editClip({ id: 999, fields: { title: 'x' } })).rejects.toThrow(/no clip with id 999/);
  });

  it('lists sources with counts, and the stats', async () => {
    open();
    expect(await api.listSources({})).toEqual([
      { name: 'Reuters', count: 2 },
      { name: 'Financial Times', count: 1 },
      { name: 'Le Monde', count: 1 },
      { name: 'Northbridge Courier', count: 1 },
    ]);
    expect(await api.stats({})).toEqual({ clips: 6, quotes: 3, speakers: 3, tags: 2, sources: 4, trash: 0 });
  });
});

describe('reclean', () => {
  it('re-runs the engine on the original text and updates only unedited fields, keeping edits, quotes and tags in step', async () => {
    library = Library.open(':memory:');
    api = createApi(library);
    const dir = tempDir();
    writeArticles(dir, 3);
    await api.importFiles({ paths: [dir] });
    const [a, b] = (await api.listClips({ sort: 'imported', descending: false })).clips.map((c) => c.id);
    const before = (await api.getClip({ id: a! }))!;
    await api.editClip({ id: a!, fields: { title: 'My own headline' } });
    await api.addTag({ clipIds: [a!], name: 'Mine' });
    // an older engine stored different values (simulated): reclean brings the current engine's back
    library.db.prepare("UPDATE clips SET byline = 'Old Engine', engine_kept = json_set(engine_kept, '$.byline', 'Old Engine') WHERE id = ?").run(a);
    library.db.prepare('DELETE FROM quotes WHERE clip_id = ?').run(a);
    library.db.prepare("UPDATE clips SET body = body || ' Stale.', engine_kept = json_set(engine_kept, '$.body', body || ' Stale.') WHERE id = ?").run(b);

    const result = recleanLibrary(library.db);
    expect(result).toMatchObject({ clips: 3, failed: [] });
    expect(result.changed).toBe(2);
    const after = (await api.getClip({ id: a! }))!;
    expect(after.title).toBe('My own headline');
    expect(after.byline).toBe(before.byline);
    expect(after.quotes).toEqual(before.quotes);
    expect(after.tags.map((t) => t.name)).toContain('Mine');
    expect(after.edited).toEqual(['title']);
    // revert brings the engine's current title
    expect((await api.revertField({ id: a!, field: 'title' })).title).toBe(generateArticle(0).title);
    expect((await api.getClip({ id: b! }))!.body).not.toMatch(/Stale\.$/);
    expect((await api.search({ query: 'stale' })).total).toBe(0);
    // nothing left to change
    expect(recleanLibrary(library.db).changed).toBe(0);
  });

  it('keeps an edited body and finds quotes in it', async () => {
    library = Library.open(':memory:');
    api = createApi(library);
    const file = path.join(tempDir(), 'one.txt');
    fs.writeFileSync(file, generateArticle(11).text);
    const { clipIds } = await api.importFiles({ paths: [file] });
    const id = clipIds[0]!;
    const body = 'A short body written by hand.\n\n"We changed everything," said Ruth Quist.';
    await api.editClip({ id, fields: { body } });
    recleanLibrary(library.db);
    const clip = (await api.getClip({ id }))!;
    expect(clip.body).toBe(body);
    expect(clip.quotes.map((q) => q.text)).toEqual([expect.stringMatching(/^We changed everything/)]);
  });

  it('reads an edited body with the deck as the import does: a speaker named in full there only', async () => {
    library = Library.open(':memory:');
    api = createApi(library);
    const file = path.join(tempDir(), 'one.txt');
    fs.writeFileSync(file, generateArticle(12).text);
    const id = (await api.importFiles({ paths: [file] })).clipIds[0]!;
    await api.editClip({ id, fields: { subtitle: 'Harbour master Ruth Quist defends the new quay', body: 'The quay opens in May.\n\n"We changed everything," Quist said.' } });
    recleanLibrary(library.db);
    expect((await api.getClip({ id }))!.quotes.map((q) => q.speaker)).toEqual(['Ruth Quist']);
  });
});
