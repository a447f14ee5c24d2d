import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/backup';
import { createApi } from '../../../electron/core/api';
import { Library } from '../../../electron/core/library';
import { migrate } from '../../../electron/core/library/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/library/migrations';
import { tempDir } from '../../helpers/temp';
import { generateArticle, nearDuplicateOf } from '../import/generate';

/** A library as schema 1 wrote it, with clips, quotes and tags. */
function schema1Library(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db, file, MIGRATIONS.slice(0, 1));
  const insert = db.prepare(
    `INSERT INTO clips (file_name, original, format, encoding, source_hash, body_hash, title, published, source, body, engine, imported_at)
     VALUES (?, ?, 'text', 'utf-8', ?, ?, ?, ?, ?, ?, '{}', '2024-01-01T00:00:00Z')`,
  );
  const texts = [generateArticle(1).text, generateArticle(2).text, nearDuplicateOf(1)];
  texts.forEach((text, i) => {
    const body = text.split('\n\n').slice(2, -1).join('\n\n');
    insert.run(`f${i}.txt`, text, `s${i}`, `b${i}`, `Title ${i}`, `2024-0${i + 1}-01`, i === 2 ? 'The Coastal Record' : 'Reuters', body);
  });
  db.prepare("INSERT INTO quotes (clip_id, ord, text, kind, speaker, paragraph, start, end) VALUES (1, 0, 'we will keep fighting', 'full', 'Anna Berg', 0, 0, 5)").run();
  db.prepare("INSERT INTO tags (name, kind) VALUES ('Harbour', 'topic')").run();
  db.prepare('INSERT INTO clip_tags (clip_id, tag_id, auto) VALUES (1, 1, 1), (2, 1, 0)').run();
  db.close();
}

describe('migrations on a populated library', () => {
  it('bring a schema-1 library to the latest schema, backing it up first and keeping every clip findable', async () => {
    const file = path.join(tempDir(), 'old.sqlite');
    schema1Library(file);
    const library = Library.open(file);
    expect(library.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);

    const backups = listBackups(file);
    expect(backups.some((b) => /before-schema-2\.sqlite$/.test(b))).toBe(true);
    const old = new Database(backups.find((b) => /before-schema-2/.test(b))!, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(old.prepare('SELECT count(*) FROM clips').pluck().get()).toBe(3);
    old.close();

    const api = createApi(library);
    expect(await api.stats({})).toMatchObject({ clips: 3, quotes: 1, tags: 1 });
    expect((await api.search({ query: 'fighting speaker:"Anna Berg"' })).total).toBe(1);
    expect((await api.search({ query: 'tag:harbour source:reuters' })).total).toBe(2);
    // the backfill fingerprinted the old clips and linked the near-duplicate
    expect((await api.getClip({ id: 1 }))!.alsoIn!.map((a) => a.clipId)).toEqual([3]);
    // new features work on old clips
    await api.editClip({ id: 2, fields: { title: 'Edited' } });
    expect((await api.getClip({ id: 2 }))!.edited).toEqual(['title']);
    await library.idle();
    library.close();

    // opening again migrates nothing and makes no new pre-migration backup
    const again = Library.open(file);
    await again.idle();
    again.close();
    expect(listBackups(file).filter((b) => /before-schema/.test(b))).toHaveLength(1);
  });

  it('make no backup for a new, empty library', () => {
    const file = path.join(tempDir(), 'new.sqlite');
    Library.open(file).close();
    expect(listBackups(file)).toEqual([]);
  });
});
