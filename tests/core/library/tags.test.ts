// Tag rules applied to an import's new clips tag those clips only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { applyTagRules, saveTagRule } from '../../../electron/core/library/tags';
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
