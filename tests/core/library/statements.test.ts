// NameIds: the tag and speaker ids an import keeps from batch to batch are forgotten whenever they may be stale.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { mergeSpeakers } from '../../../electron/core/library/speakers';
import { deleteTag, mergeTags, renameTag } from '../../../electron/core/library/tags';
import { keepId, NAME_IDS_MAX, NameIds } from '../../../electron/core/library/statements';
import { addClips, NEWS } from './fixtures';

const open: Library[] = [];
afterEach(() => open.splice(0).forEach((l) => l.close()));
const library = (file = ':memory:') => {
  const made = Library.open(file, { backups: false });
  open.push(made);
  return made;
};
const tagId = (lib: Library, name: string) => lib.db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(name) as number;

/** NameIds holding one tag and one speaker id, checked against `lib` */
function filled(lib: Library): NameIds {
  const ids = new NameIds();
  ids.check(lib.db);
  keepId(ids.tags, 'Ukraine', tagId(lib, 'Ukraine'));
  keepId(ids.speakers, 'emmanuel macron', 1);
  return ids;
}

describe('NameIds', () => {
  it('keeps its ids while nothing changed the names', () => {
    const lib = library();
    addClips(lib, NEWS);
    const ids = filled(lib);
    // an import's own writes (new clips, new tags) leave the ids valid
    addClips(lib, [{ title: 'More', body: 'More news.', tags: [{ name: 'Ferries', kind: 'topic' }] }]);
    ids.check(lib.db);
    expect(ids.tags.get('Ukraine')).toBe(tagId(lib, 'Ukraine'));
    expect(ids.speakers.size).toBe(1);
  });

  it.each([
    ['a tag renamed', (lib: Library) => renameTag(lib.db, tagId(lib, 'Ukraine'), 'Ukraina')],
    ['tags merged', (lib: Library) => mergeTags(lib.db, [tagId(lib, 'Ukraine')], 'Emmanuel Macron')],
    ['a tag deleted', (lib: Library) => deleteTag(lib.db, tagId(lib, 'Ukraine'))],
    ['speakers merged', (lib: Library) => mergeSpeakers(lib.db, ['Emmanuel Macron', 'Maria Lopes'], 'Maria Lopes')],
  ])('forgets every id after %s in this process', (_what, change) => {
    const lib = library();
    addClips(lib, NEWS);
    const ids = filled(lib);
    change(lib);
    ids.check(lib.db);
    expect(ids.tags.size).toBe(0);
    expect(ids.speakers.size).toBe(0);
  });

  it('forgets every id after a commit of another connection to the same file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-nameids-'));
    try {
      const file = path.join(dir, 'library.db');
      const lib = library(file);
      addClips(lib, NEWS);
      const ids = filled(lib);
      const other = library(file);
      other.db.prepare("UPDATE tags SET name = 'Ukraina' WHERE name = 'Ukraine'").run();
      ids.check(lib.db);
      expect(ids.tags.size).toBe(0);
    } finally {
      open.splice(0).forEach((l) => l.close());
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds at most NAME_IDS_MAX names of a kind', () => {
    const ids = new NameIds();
    for (let i = 0; i <= NAME_IDS_MAX; i++) keepId(ids.tags, `tag ${i}`, i);
    expect(ids.tags.size).toBeLessThanOrEqual(NAME_IDS_MAX);
    expect(ids.tags.get(`tag ${NAME_IDS_MAX}`)).toBe(NAME_IDS_MAX);
  });
});
