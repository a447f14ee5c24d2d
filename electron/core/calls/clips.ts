import type { CuttingsApi } from '../../shared/api';
import type { Library } from '../library';
import { getClip, listClips } from '../library/clips';
import { editClip, emptyTrash, libraryStats, listSources, restoreClips, revertField, trashClips } from '../library/edits';
import { NotFoundError } from './errors';

export type ClipCalls = Pick<
  CuttingsApi,
  'stats' | 'listClips' | 'getClip' | 'editClip' | 'revertField' | 'trashClips' | 'restoreClips' | 'listTrash' | 'emptyTrash' | 'listSources'
>;

export function clipCalls(library: Library): ClipCalls {
  const { db } = library;
  const mustGet = (id: number) => {
    const clip = getClip(db, id);
    if (!clip) throw new NotFoundError(`no clip with id ${id}`);
    return clip;
  };
  return {
    stats: async () => libraryStats(db),
    listClips: async (request) => listClips(db, request),
    getClip: async ({ id }) => getClip(db, id),
    async editClip(edit) {
      editClip(db, edit);
      return mustGet(edit.id);
    },
    async revertField({ id, field }) {
      revertField(db, id, field);
      return mustGet(id);
    },
    trashClips: async ({ ids }) => ({ trashed: trashClips(db, ids) }),
    restoreClips: async ({ ids }) => ({ restored: restoreClips(db, ids) }),
    listTrash: async (request) => listClips(db, request, true),
    emptyTrash: async () => ({ deleted: emptyTrash(db) }),
    listSources: async () => listSources(db),
  };
}
