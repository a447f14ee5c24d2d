import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { Library } from '../../../electron/core/library';
import type { Clip } from '../../../electron/shared/api';
import { tempDir } from '../../helpers/temp';
import { decode, FIXTURES, fixtureLibrary, type TestLibrary } from './library';

const open: Library[] = [];
afterEach(() => open.splice(0).forEach((l) => l.close()));

async function fixture(): Promise<TestLibrary> {
  const t = await fixtureLibrary();
  open.push(t.library);
  return t;
}

function emptyLibrary() {
  const library = Library.open(':memory:');
  open.push(library);
  return { library, api: createApi(library) };
}

/** What must survive a round trip: everything but the library's own ids and links. */
function comparable(clip: Clip) {
  const { id: _id, alsoIn: _alsoIn, ...rest } = clip as Clip & { alsoIn?: unknown };
  return rest;
}

function storedColumns(library: Library, id: number) {
  return library.db.prepare('SELECT engine, edited, source_hash, article_index, body_hash, imported_at FROM clips WHERE id = ?').get(id);
}

describe('JSON export', () => {
  it('is a versioned envelope holding everything about each clip', async () => {
    const t = await fixture();
    const file = await t.api.exportClips({ format: 'json', selection: {} });
    expect(file.mimeType).toBe('application/json');
    expect(file.clips).toBe(3);
    const data = JSON.parse(decode(file).toString('utf8'));
    expect(data).toMatchObject({ cuttings: 'export', version: 1 });
    expect(data.clips).toHaveLength(3);
    const ferry = data.clips.find((c: { id: number }) => c.id === t.ids.ferry);
    const stored = t.library.db.prepare('SELECT original FROM clips WHERE id = ?').pluck().get(t.ids.ferry);
    expect(ferry.original).toBe(stored);
    expect(ferry.original).toContain('"This is what commuters have asked us for," said council chair Maria Lopes');
    expect(ferry.byline).toBe('Jane Doe, Transport Editor');
    expect(ferry.engine.byline).toBe('Jane Doe');
    expect(ferry.edited).toEqual(['byline']);
    expect(ferry.tags).toContainEqual({ name: 'Weekly report', kind: 'topic', auto: false });
    expect(ferry.tags).toContainEqual(expect.objectContaining({ name: 'Maria Lopes', auto: true }));
    expect(ferry.speakers).toEqual(['Maria Lopes']);
    expect(ferry.quotes[0]).toMatchObject({ speaker: 'Maria Lopes', text: 'This is what commuters have asked us for,' });
  });

  it('imported into an empty library gives identical clips (fields, original, quotes, tags, edits)', async () => {
    const t = await fixture();
    const exported = await t.api.exportClips({ format: 'json', selection: {} });
    const target = emptyLibrary();
    const summary = await target.api.importFiles({ files: [{ name: exported.fileName, dataBase64: exported.dataBase64 }] });
    expect(summary).toMatchObject({ imported: 3, duplicates: 0, failed: [] });

    const before = await t.clips();
    const after = await Promise.all(summary.clipIds.map((id) => target.api.getClip({ id })));
    expect(after.map((c) => comparable(c!))).toEqual(before.map(comparable));
    before.forEach((clip, i) => {
      const { body_hash: _h, ...a } = storedColumns(t.library, clip.id) as Record<string, unknown>;
      const { body_hash: _h2, ...b } = storedColumns(target.library, summary.clipIds[i]!) as Record<string, unknown>;
      expect(b).toEqual(a);
    });
    // and exporting the restored library gives the same clips again
    const again = JSON.parse(decode(await target.api.exportClips({ format: 'json', selection: {} })).toString('utf8'));
    const first = JSON.parse(decode(exported).toString('utf8'));
    const strip = (clips: { id: number }[]) => clips.map(({ id: _id, ...rest }) => rest);
    expect(strip(again.clips)).toEqual(strip(first.clips));
  });

  it('restores from a file on disk too, and a second import only counts duplicates', async () => {
    const t = await fixture();
    const file = path.join(tempDir(), 'backup.json');
    fs.writeFileSync(file, decode(await t.api.exportClips({ format: 'json', selection: {} })));
    const target = emptyLibrary();
    expect(await target.api.importFiles({ paths: [file] })).toMatchObject({ imported: 3, duplicates: 0, failed: [] });
    expect(await target.api.importFiles({ paths: [file] })).toMatchObject({ imported: 0, duplicates: 3, failed: [] });
  });

  it('carries the colours the user gave tags, and a restore keeps a colour the target library already chose', async () => {
    const t = await fixture();
    const tagId = async (api: typeof t.api, name: string) => (await api.listTags({})).find((tag) => tag.name === name)!.id;
    await t.api.setTagColor({ id: await tagId(t.api, 'Weekly report'), color: '#aa3300' });
    await t.api.setTagColor({ id: await tagId(t.api, 'Maria Lopes'), color: '#0055cc' });
    const exported = await t.api.exportClips({ format: 'json', selection: {} });
    const ferry = JSON.parse(decode(exported).toString('utf8')).clips.find((c: { id: number }) => c.id === t.ids.ferry);
    expect(ferry.tags).toContainEqual({ name: 'Weekly report', kind: 'topic', auto: false, color: '#aa3300' });
    expect(ferry.tags).toContainEqual(expect.objectContaining({ name: 'Maria Lopes', auto: true, color: '#0055cc' }));

    const target = emptyLibrary();
    // the target library has its own colour for one of the tags already
    await target.api.importFiles({ files: [{ name: 'note.txt', dataBase64: Buffer.from('Weekly report notes\n\nThe ferry timetable was discussed again by the council on Monday evening, and members agreed to review it.').toString('base64') }] });
    const [noteId] = (await target.api.listClips({})).clips.map((c) => c.id);
    await target.api.addTag({ clipIds: [noteId!], name: 'Weekly report', kind: 'topic' });
    await target.api.setTagColor({ id: await tagId(target.api, 'Weekly report'), color: '#117700' });
    expect(await target.api.importFiles({ files: [{ name: exported.fileName, dataBase64: exported.dataBase64 }] })).toMatchObject({ imported: 3, failed: [] });
    const colors = Object.fromEntries((await target.api.listTags({})).map((tag) => [tag.name, tag.color]));
    expect(colors['Weekly report']).toBe('#117700');
    expect(colors['Maria Lopes']).toBe('#0055cc');
  });

  it('carries the speaker merges the user made, and a restore merges the same speakers again', async () => {
    const t = await fixture();
    await t.api.mergeSpeakers({ names: ['Maria Lopes', 'Priya Nair'], into: 'Harbour Council' });
    const exported = await t.api.exportClips({ format: 'json', selection: {} });
    const data = JSON.parse(decode(exported).toString('utf8'));
    expect(data.speakerMerges).toEqual([{ name: 'Harbour Council', aliases: ['Maria Lopes', 'Priya Nair'] }]);

    const target = emptyLibrary();
    expect(await target.api.importFiles({ files: [{ name: exported.fileName, dataBase64: exported.dataBase64 }] })).toMatchObject({ imported: 3, failed: [] });
    const described = async (api: typeof t.api) => (await api.listSpeakers({})).map((s) => ({ name: s.name, aliases: s.aliases, quotes: s.quotes }));
    expect(await described(target.api)).toEqual(await described(t.api));
    expect(await described(target.api)).toContainEqual(expect.objectContaining({ name: 'Harbour Council', aliases: ['Maria Lopes', 'Priya Nair'] }));
  });

  it('keeps a merged name that no restored quote uses as an alias, so a later import lands on the merged speaker', async () => {
    const t = await fixture();
    await t.api.mergeSpeakers({ names: ['Maria Lopes', 'Priya Nair'], into: 'Harbour Council' });
    // only the ferry clip (Maria Lopes); Priya Nair is quoted in the budget clip, imported afterwards
    const exported = await t.api.exportClips({ format: 'json', selection: { ids: [t.ids.ferry] } });
    const target = emptyLibrary();
    await target.api.importFiles({ files: [{ name: exported.fileName, dataBase64: exported.dataBase64 }] });
    expect((await target.api.listSpeakers({})).map((s) => [s.name, s.aliases])).toEqual([['Harbour Council', ['Maria Lopes', 'Priya Nair']]]);
    await target.api.importFiles({ files: [{ name: 'library-budget.md', dataBase64: fs.readFileSync(path.join(FIXTURES, 'library-budget.md')).toString('base64') }] });
    const names = (await target.api.listSpeakers({})).map((s) => s.name);
    expect(names).toContain('Harbour Council');
    expect(names).not.toContain('Priya Nair');
  });

  it('restores an export made before speaker merges were exported', async () => {
    const t = await fixture();
    const data = JSON.parse(decode(await t.api.exportClips({ format: 'json', selection: {} })).toString('utf8'));
    delete data.speakerMerges;
    const target = emptyLibrary();
    const summary = await target.api.importFiles({ files: [{ name: 'old.json', dataBase64: Buffer.from(JSON.stringify(data)).toString('base64') }] });
    expect(summary).toMatchObject({ imported: 3, failed: [] });
    expect((await target.api.listSpeakers({})).map((s) => s.name).sort()).toEqual(['Alan Whitfield', 'Maria Lopes', 'Priya Nair', 'Ruth Okafor']);
  });

  it('refuses a tag colour that is not #rrggbb (it would reach the page as style), naming the clip', async () => {
    const t = await fixture();
    const data = JSON.parse(decode(await t.api.exportClips({ format: 'json', selection: { ids: [t.ids.ferry] } })).toString('utf8'));
    data.clips[0].tags[0].color = 'red; background: url(https://example.com/x)';
    const { api } = emptyLibrary();
    const summary = await api.importFiles({ files: [{ name: 'edited.json', dataBase64: Buffer.from(JSON.stringify(data)).toString('base64') }] });
    expect(summary.imported).toBe(0);
    expect(summary.failed).toEqual([{ file: 'edited.json', reason: expect.stringMatching(/clip 1 of the export is damaged \(tags\.0\.color/) }]);
  });

  it('refuses JSON that is not a Cuttings export, or one from a newer version, naming the file', async () => {
    const { api } = emptyLibrary();
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
    const summary = await api.importFiles({
      files: [
        { name: 'package.json', dataBase64: b64({ name: 'x' }) },
        { name: 'future.json', dataBase64: b64({ cuttings: 'export', version: 99, clips: [] }) },
        { name: 'broken.json', dataBase64: Buffer.from('{"cuttings": ').toString('base64') },
        { name: 'damaged.json', dataBase64: b64({ cuttings: 'export', version: 1, clips: [{ title: 'x' }] }) },
      ],
    });
    expect(summary.imported).toBe(0);
    expect(summary.failed.map((f) => f.file)).toEqual(['package.json', 'future.json', 'broken.json', 'damaged.json']);
    expect(summary.failed[0]!.reason).toMatch(/not a Cuttings export/);
    expect(summary.failed[1]!.reason).toMatch(/newer Cuttings/);
    expect(summary.failed[2]!.reason).toMatch(/not valid JSON/);
    expect(summary.failed[3]!.reason).toMatch(/clip 1 of the export is damaged/);
  });

  it('exports only the selection, never trashed clips', async () => {
    const t = await fixture();
    const all = JSON.parse(decode(await t.api.exportClips({ format: 'json', selection: { ids: [t.ids.trashed, t.ids.budget] } })).toString('utf8'));
    expect(all.clips.map((c: { id: number }) => c.id)).toEqual([t.ids.budget]);
  });
});
