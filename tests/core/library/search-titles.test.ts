// The titles' own full-text index (migration 0007, clip_title_search): filled from an existing library, kept in
// step with every title change by triggers, and what search's title tier reads.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { search } from '../../../electron/core/library/search';
import { tempDir } from '../../helpers/temp';
import { addClips, UNDO_0009, type ClipSpec } from './fixtures';

const FILLER = 'The committee met on Thursday and agreed to publish its minutes later in the month.';
const SPECS: ClipSpec[] = [
  { title: 'Harbour fees rise', body: `The harbour board set new fees. ${FILLER}`, published: '2021-01-01' },
  { title: 'Town notes', body: `Harbour harbour harbour, the harbour again. ${FILLER}`, published: '2021-02-01' },
  { title: 'Café society in Zürich', body: FILLER, published: '2021-03-01' },
  { title: 'Weather', body: `Fog near the harbour. ${FILLER}`, published: '2021-04-01' },
];

let library: Library | null = null;
afterEach(() => library?.close());

const titled = (lib: Library, words: string) =>
  (lib.db.prepare('SELECT rowid FROM clip_title_search WHERE clip_title_search MATCH ? ORDER BY rowid').pluck().all(words) as number[]);

describe('the titles index', () => {
  it('is filled when an older library is migrated', () => {
    const file = path.join(tempDir(), 'titles.sqlite');
    let lib = Library.open(file, { backups: false });
    const ids = addClips(lib, SPECS);
    // the library as schema 6 left it: no titles index (nor what migrations 0008, 0009 and 0010 add)
    lib.db.exec(`DROP TRIGGER clips_lead_search_insert; DROP TRIGGER clips_lead_search_update; DROP TRIGGER clips_lead_search_delete;
      DROP TRIGGER clips_lead_search_deferred; DROP TABLE clip_lead_search; ${UNDO_0009} DROP TRIGGER clips_title_search_insert; DROP TRIGGER clips_title_search_update; DROP TRIGGER clips_title_search_delete;
      DROP TABLE clip_title_search; DROP TABLE clip_search_deferred; PRAGMA user_version = 6;`);
    lib.close();
    library = lib = Library.open(file, { backups: false });
    expect(titled(lib, 'harbour')).toEqual([ids[0]]);
    expect(titled(lib, 'zurich')).toEqual([ids[2]]);
    expect(titled(lib, '"fees" OR "weather"')).toEqual([ids[0], ids[3]]);
  });

  it('follows new clips, title edits and deletions', () => {
    library = Library.open(':memory:');
    const ids = addClips(library, SPECS);
    expect(titled(library, 'harbour')).toEqual([ids[0]]);
    library.db.prepare('UPDATE clips SET title = ? WHERE id = ?').run('Harbour notes', ids[1]);
    library.db.prepare('UPDATE clips SET title = ? WHERE id = ?').run('Fees rise', ids[0]);
    expect(titled(library, 'harbour')).toEqual([ids[1]]);
    expect(titled(library, 'notes')).toEqual([ids[1]]);
    expect(titled(library, 'town')).toEqual([]);
    library.db.prepare('UPDATE clips SET title = NULL WHERE id = ?').run(ids[3]);
    expect(titled(library, 'weather')).toEqual([]);
    library.db.prepare('DELETE FROM clips WHERE id = ?').run(ids[1]);
    expect(titled(library, 'harbour')).toEqual([]);
  });

  it('gives search its title tier: an edited title moves its clip to the front', () => {
    library = Library.open(':memory:');
    const ids = addClips(library, SPECS);
    const order = () => search(library!.db, { query: 'harbour' }, { smallHits: 0 }).clips.map((c) => c.id);
    // the dense body-only clip (bm25's favourite) comes after the title hit
    expect(order()).toEqual([ids[0], ids[1], ids[3]]);
    library.db.prepare('UPDATE clips SET title = ? WHERE id = ?').run('Fog over the harbour', ids[3]);
    expect(order().slice(0, 2).sort()).toEqual([ids[0], ids[3]].sort());
    expect(order()[2]).toBe(ids[1]);
  });
});
