import type { CuttingsApi } from '../../shared/api';
import type { Library } from '../library';
import { notBuilt } from './not-built';

export type TagCalls = Pick<
  CuttingsApi,
  'listTags' | 'addTag' | 'removeTag' | 'renameTag' | 'mergeTags' | 'deleteTag' | 'setTagColor' | 'listTagRules' | 'saveTagRule' | 'deleteTagRule' | 'applyTagRules'
>;

export function tagCalls(_library: Library): TagCalls {
  return {
    listTags: notBuilt('listTags'),
    addTag: notBuilt('addTag'),
    removeTag: notBuilt('removeTag'),
    renameTag: notBuilt('renameTag'),
    mergeTags: notBuilt('mergeTags'),
    deleteTag: notBuilt('deleteTag'),
    setTagColor: notBuilt('setTagColor'),
    listTagRules: notBuilt('listTagRules'),
    saveTagRule: notBuilt('saveTagRule'),
    deleteTagRule: notBuilt('deleteTagRule'),
    applyTagRules: notBuilt('applyTagRules'),
  };
}
