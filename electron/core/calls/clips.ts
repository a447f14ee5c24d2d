import type { CuttingsApi } from '../../shared/api';
import type { Library } from '../library';
import { getClip, listClips } from '../library/clips';
import { notBuilt } from './not-built';

export type ClipCalls = Pick<
  CuttingsApi,
  'stats' | 'listClips' | 'getClip' | 'editClip' | 'revertField' | 'trashClips' | 'restoreClips' | 'listTrash' | 'emptyTrash' | 'listSources'
>;

export function clipCalls(library: Library): ClipCalls {
  return {
    stats: notBuilt('stats'),
    listClips: async (request) => listClips(library.db, request),
    getClip: async ({ id }) => getClip(library.db, id),
    editClip: notBuilt('editClip'),
    revertField: notBuilt('revertField'),
    trashClips: notBuilt('trashClips'),
    restoreClips: notBuilt('restoreClips'),
    listTrash: notBuilt('listTrash'),
    emptyTrash: notBuilt('emptyTrash'),
    listSources: notBuilt('listSources'),
  };
}
