import type { CuttingsApi } from '../../shared/api';
import type { Library } from '../library';
import {
  addTag, applyTagRules, deleteTag, deleteTagRule, listTagRules, listTags, mergeTags, removeTag, renameTag, saveTagRule, setTagColor,
} from '../library/tags';

export type TagCalls = Pick<
  CuttingsApi,
  'listTags' | 'addTag' | 'removeTag' | 'renameTag' | 'mergeTags' | 'deleteTag' | 'setTagColor' | 'listTagRules' | 'saveTagRule' | 'deleteTagRule' | 'applyTagRules'
>;

export function tagCalls(library: Library): TagCalls {
  const { db } = library;
  return {
    listTags: async () => listTags(db),
    addTag: async ({ clipIds, name, kind }) => addTag(db, clipIds, name, kind),
    removeTag: async ({ clipIds, name }) => removeTag(db, clipIds, name),
    renameTag: async ({ id, name }) => renameTag(db, id, name),
    mergeTags: async ({ ids, into }) => mergeTags(db, ids, into),
    deleteTag: async ({ id }) => deleteTag(db, id),
    setTagColor: async ({ id, color }) => setTagColor(db, id, color),
    listTagRules: async () => listTagRules(db),
    saveTagRule: async (rule) => saveTagRule(db, rule),
    deleteTagRule: async ({ id }) => deleteTagRule(db, id),
    applyTagRules: async () => ({ tagged: applyTagRules(db) }),
  };
}
