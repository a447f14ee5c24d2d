import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { Library } from '../../../electron/core/library';
import type { Clip } from '../../../electron/shared/api';
import { tempDir } from '../../helpers/temp';
import { decode, fixtureLibrary, type TestLibrary } from './library';

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
