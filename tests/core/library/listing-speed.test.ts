// The fast listing paths (migration 0005) give what the plain joins over the clips give: tag and speaker counts
// kept by triggers, stats read from small indexes, and pages of clips picked by id before their rows are read.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { listClips, listClipsSql, replaceQuotes } from '../../../electron/core/library/clips';
import { editClip, emptyTrash, libraryStats, restoreClips, trashClips } from '../../../electron/core/library/edits';
import { migrate } from '../../../electron/core/library/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/core/library/migrations';
import { listSpeakers, mergeSpeakers, splitSpeaker } from '../../../electron/core/library/speakers';
import { addTag, deleteTag, listTags, mergeTags, removeTag, renameTag } from '../../../electron/core/library/tags';
import type { ListClipsRequest } from '../../../electron/shared/api';
import { addClips, NEWS } from './fixtures';

/** Live clips per tag counted the slow, obvious way: every link joined to its clip. */
function recount(db: Database.Database): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT t.name, (SELECT count(*) FROM clip_tags ct JOIN clips c ON c.id = ct.clip_id
         WHERE ct.tag_id = t.id AND c.deleted_at IS NULL) AS n FROM tags t`,
    )
    .all() as { name: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

const counts = (db: Database.Database) => Object.fromEntries(listTags(db).map((t) => [t.name, t.count]));

let library: Library;
let ids: number[];
beforeEach(() => {
  library = Library.open(':memory:');
  const specs = Array.from({ length: 24 }, (_, i) => ({
    ...NEWS[i % NEWS.length]!,
    title: `${NEWS[i % NEWS.length]!.title} ${i}`,
    body: `${NEWS[i % NEWS.length]!.body} Number ${i}.`,
    published: i % 5 === 0 ? null : `2024-0${(i % 9) + 1}-1${i % 3}`,
    source: i % 4 === 0 ? null : ['Reuters', 'reuters', 'The Coastal Record'][i % 3]!,
  }));
  ids = addClips(library, specs);
});
afterEach(() => library.close());

describe('tag counts kept by triggers', () => {
  it('follow links added and removed, the trash, restores, merges, renames and deletions', () => {
    const db = library.db;
    expect(Object.values(counts(db)).some((n) => n > 1)).toBe(true);
    expect(counts(db)).toEqual(recount(db));

    addTag(db, ids.slice(0, 6), 'Harbour');
    expect(counts(db).Harbour).toBe(6);
    trashClips(db, ids.slice(0, 2));
    expect(counts(db).Harbour).toBe(4);
    expect(counts(db)).toEqual(recount(db));
    addTag(db, [ids[0]!], 'Ferries'); // a link to a clip in the trash does not count
    expect(counts(db).Ferries).toBe(0);
    removeTag(db, [ids[1]!], 'Harbour'); // nor does removing one
    removeTag(db, [ids[3]!], 'Harbour');
    expect(counts(db).Harbour).toBe(3);
    restoreClips(db, [ids[0]!]);
    expect(counts(db)).toMatchObject({ Harbour: 4, Ferries: 1 });
    expect(counts(db)).toEqual(recount(db));

    const harbour = listTags(db).find((t) => t.name === 'Harbour')!;
    const ferries = listTags(db).find((t) => t.name === 'Ferries')!;
    mergeTags(db, [harbour.id, ferries.id], 'Ports');
    expect(counts(db).Ports).toBe(4);
    renameTag(db, listTags(db).find((t) => t.name === 'Ports')!.id, 'Sea ports');
    deleteTag(db, listTags(db)[0]!.id);
    expect(counts(db)).toEqual(recount(db));

    // deleted for good: from the trash (already out of the counts) and a live clip (counted out as it goes)
    trashClips(db, ids.slice(4, 8));
    expect(emptyTrash(db)).toBeGreaterThan(0);
    db.prepare('DELETE FROM clips WHERE id = ?').run(ids[10]!);
    expect(counts(db)).toEqual(recount(db));
  });
});

/** The speaker list computed the slow, obvious way: every quote joined to its clip. */
function speakersRecounted(db: Database.Database): unknown[] {
  return db
    .prepare(
      `SELECT s.name, count(DISTINCT q.group_id) AS quotes, min(c.published) AS first, max(c.published) AS last
       FROM speakers s JOIN quotes q ON q.speaker_id = s.id JOIN clips c ON c.id = q.clip_id AND c.deleted_at IS NULL
       GROUP BY s.id ORDER BY quotes DESC, s.name`,
    )
    .all();
}

const speakers = (db: Database.Database) => listSpeakers(db).map(({ name, quotes, first, last }) => ({ name, quotes, first, last }));

describe('speaker counts kept in speaker_stats', () => {
  it('follow the trash, dates, quotes replaced, merges, splits and deletions', () => {
    const db = library.db;
    const check = () => expect(speakers(db)).toEqual(speakersRecounted(db));
    check();
    const [macron] = db.prepare("SELECT DISTINCT q.clip_id FROM quotes q WHERE q.speaker = 'Emmanuel Macron'").pluck().all() as number[];
    trashClips(db, [macron!]);
    check();
    editClip(db, { id: ids[1]!, fields: { published: '1999-12-31' } });
    check();
    expect(speakers(db).some((s) => s.first === '1999-12-31')).toBe(true);
    restoreClips(db, [macron!]);
    check();
    replaceQuotes(db, ids[2]!, []);
    check();
    const [first, second] = listSpeakers(db);
    mergeSpeakers(db, [first!.name, second!.name], first!.name);
    check();
    expect(listSpeakers(db, first!.name)[0]!.quotes).toBe(first!.quotes + second!.quotes);
    splitSpeaker(db, second!.name);
    check();
    trashClips(db, ids.slice(0, 10));
    emptyTrash(db);
    db.prepare('DELETE FROM clips WHERE id = ?').run(ids[20]!);
    check();
    expect(libraryStats(db).speakers).toBe(speakersRecounted(db).length);
  });
});

describe('library stats', () => {
  it('leave the trash out of every count, as the joins over the clips do', () => {
    const db = library.db;
    const slow = () => ({
      quotes: db.prepare('SELECT count(*) FROM quotes q JOIN clips c ON c.id = q.clip_id WHERE c.deleted_at IS NULL').pluck().get(),
      speakers: db
        .prepare('SELECT count(DISTINCT q.speaker_id) FROM quotes q JOIN clips c ON c.id = q.clip_id WHERE q.speaker_id IS NOT NULL AND c.deleted_at IS NULL')
        .pluck()
        .get(),
      tags: Object.values(recount(db)).filter((n) => n > 0).length,
    });
    const before = libraryStats(db);
    expect(before.quotes).toBeGreaterThan(0);
    expect(before.speakers).toBeGreaterThan(0);
    expect(before).toMatchObject(slow());

    // trashing every clip of one speaker and one tag takes both out of the counts
    const speaker = listSpeakers(db).at(-1)!;
    const ofSpeaker = db.prepare('SELECT DISTINCT q.clip_id FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE s.name = ?').pluck().all(speaker.name) as number[];
    addTag(db, [ofSpeaker[0]!], 'Only here');
    trashClips(db, ofSpeaker);
    const after = libraryStats(db);
    expect(after).toMatchObject(slow());
    expect(after.trash).toBe(ofSpeaker.length);
    expect(after.clips).toBe(before.clips - ofSpeaker.length);
    expect(after.speakers).toBe(before.speakers - 1);
    expect(after.quotes).toBeLessThan(before.quotes);
    expect(listTags(db).find((t) => t.name === 'Only here')!.count).toBe(0);
  });
});

describe('pages of clips', () => {
  const SORTS: ListClipsRequest['sort'][] = [undefined, 'published', 'title', 'source', 'imported'];

  it('are the rows, in the order, that one query over the clips gives, at every offset, live and in the trash', () => {
    const db = library.db;
    trashClips(db, ids.filter((_, i) => i % 3 === 1));
    for (const trash of [false, true]) {
      for (const sort of SORTS) {
        for (const descending of [undefined, true, false]) {
          const request = { sort, descending };
          const all = listClips(db, { ...request, limit: 100 }, trash);
          // the ids query ends every order with the id, so the order is total and the pages tile the list
          const { sql } = listClipsSql(request, trash);
          const reference = db.prepare(sql.replace(/SELECT c\.id FROM clips c( INDEXED BY \w+)?/, 'SELECT c.id FROM clips c')).pluck().all(100, 0);
          expect(all.clips.map((c) => c.id)).toEqual(reference);
          const pages = [0, 5, 10, 15].flatMap((offset) => listClips(db, { ...request, limit: 5, offset }, trash).clips);
          expect(pages).toEqual(all.clips);
          expect(all.total).toBe(all.clips.length);
        }
      }
    }
  });
});

describe('migration 0005', () => {
  it('counts the live clips of every tag, and the quotations and dates of every speaker, of an existing library', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:', MIGRATIONS.filter((m) => m.version < 6));
    const insert = db.prepare(
      `INSERT INTO clips (file_name, original, format, encoding, source_hash, body_hash, title, body, published, imported_at, deleted_at)
       VALUES (?, 'x', 'text', 'utf-8', ?, ?, ?, 'body', ?, '2024-01-01T00:00:00Z', ?)`,
    );
    for (let i = 1; i <= 4; i++) insert.run(`f${i}.txt`, `s${i}`, `b${i}`, `Clip ${i}`, i === 3 ? null : `2024-0${i}-01`, i === 4 ? '2024-05-01T00:00:00Z' : null);
    db.exec(`INSERT INTO tags (id, name, kind) VALUES (1, 'Harbour', 'topic'), (2, 'Ferries', 'topic'), (3, 'Unused', 'topic');
             INSERT INTO clip_tags (clip_id, tag_id, auto) VALUES (1, 1, 1), (2, 1, 0), (4, 1, 1), (4, 2, 1);
             INSERT INTO speakers (id, name, kind) VALUES (1, 'Anna Berg', 'person'), (2, 'Ole Dahl', 'person');
             INSERT INTO quotes (id, clip_id, ord, text, kind, paragraph, start, end, speaker_id, group_id) VALUES
               (1, 1, 0, 'a', 'full', 0, 0, 1, 1, 1), (2, 2, 0, 'a', 'full', 0, 0, 1, 1, 1), (3, 3, 0, 'b', 'full', 0, 0, 1, 1, 3),
               (4, 4, 0, 'c', 'full', 0, 0, 1, 1, 4), (5, 4, 1, 'd', 'full', 0, 0, 1, 2, 5);`);
    migrate(db, ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT name, live_clips FROM tags ORDER BY id').all()).toEqual([
      { name: 'Harbour', live_clips: 2 },
      { name: 'Ferries', live_clips: 0 },
      { name: 'Unused', live_clips: 0 },
    ]);
    // Anna Berg: two quotations (group 1 in two clips, group 3 undated) live, one in the trash; Ole Dahl only there
    expect(listSpeakers(db).map(({ name, quotes, first, last }) => ({ name, quotes, first, last }))).toEqual([
      { name: 'Anna Berg', quotes: 2, first: '2024-01-01', last: '2024-02-01' },
    ]);
    db.exec("UPDATE clips SET deleted_at = NULL WHERE id = 4");
    expect(db.prepare('SELECT live_clips FROM tags ORDER BY id').pluck().all()).toEqual([3, 1, 0]);
    expect(listSpeakers(db).map(({ name, quotes, last }) => ({ name, quotes, last }))).toEqual([
      { name: 'Anna Berg', quotes: 3, last: '2024-04-01' },
      { name: 'Ole Dahl', quotes: 1, last: '2024-04-01' },
    ]);
    db.close();
  });
});
