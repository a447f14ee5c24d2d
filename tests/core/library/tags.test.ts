// Tag rules applied to an import's new clips tag those clips only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { applyTagRules, renameTag, saveTagRule } from '../../../electron/core/library/tags';
import { addClips, NEWS } from './fixtures';

let library: Library;
beforeEach(() => {
  library = Library.open(':memory:');
});
afterEach(() => library.close());

const tagged = (tag: string) =>
  library.db.prepare('SELECT ct.clip_id FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = ? ORDER BY ct.clip_id').pluck().all(tag);

describe('tag rules', () => {
  it('applied to some clips, tag those that match and no others', () => {
    const ids = addClips(library, NEWS);
    saveTagRule(library.db, { field: 'source', contains: 'Reuters', tag: 'Wire' });
    // NEWS[1] and NEWS[4] are from Reuters; only NEWS[4] is "new"
    expect(applyTagRules(library.db, [ids[4]!, ids[2]!])).toBe(1);
    expect(tagged('Wire')).toEqual([ids[4]]);
    expect(applyTagRules(library.db)).toBe(1);
    expect(tagged('Wire')).toEqual([ids[1], ids[4]]);
  });
});

describe("a new clip's automatic tags", () => {
  it('resolve as tagIdFor does one name at a time: aliases first, names without regard to case, new tags in the clip\'s order', () => {
    const [first] = addClips(library, [{ title: 'Harbour news', body: 'The harbour reopened.', tags: [{ name: 'Old Town', kind: 'place' }] }]);
    const oldTown = library.db.prepare("SELECT id FROM tags WHERE name = 'Old Town'").pluck().get() as number;
    // the user renamed it: the engine's old name still lands on it (tag_aliases)
    renameTag(library.db, oldTown, 'Altstadt');
    const [second] = addClips(library, [
      {
        title: 'Ferries',
        body: 'Ferries run again.',
        tags: [
          { name: 'Ferries', kind: 'topic' },
          { name: 'old town', kind: 'place' },
          { name: 'FERRIES', kind: 'organization' },
          { name: 'Harbour Board', kind: 'organization' },
        ],
      },
    ]);
    const rows = library.db.prepare('SELECT id, name, kind, live_clips FROM tags ORDER BY id').all();
    expect(rows).toEqual([
      { id: oldTown, name: 'Altstadt', kind: 'place', live_clips: 2 },
      { id: oldTown + 1, name: 'Ferries', kind: 'topic', live_clips: 1 },
      { id: oldTown + 2, name: 'Harbour Board', kind: 'organization', live_clips: 1 },
    ]);
    expect(library.db.prepare('SELECT tag_id FROM clip_tags WHERE clip_id = ? ORDER BY tag_id').pluck().all(second)).toEqual([oldTown, oldTown + 1, oldTown + 2]);
    expect(tagged('Altstadt')).toEqual([first, second]);
  });
});
