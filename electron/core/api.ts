// The implementation of the API contract over one open library.
import type { CuttingsApi } from '../shared/api';
import type { Library } from './library';
import { getClip, listClips } from './library/clips';
import { ImportJobs } from './import/jobs';
import { runImport } from './import/importer';

export const APP_VERSION = '0.1.0';

export class NotFoundError extends Error {}

export interface CoreApi extends CuttingsApi {
  /** stops running imports (shutdown) */
  dispose(): Promise<void>;
}

export function createApi(library: Library, hooks: { onImportProgress?: Parameters<ImportJobs['start']>[1] } = {}): CoreApi {
  const jobs = new ImportJobs(library);
  return {
    async version() {
      return { app: APP_VERSION, schema: library.schemaVersion, library: library.file };
    },
    async importFiles(request) {
      return runImport(library, request);
    },
    async startImport(request) {
      return { jobId: jobs.start(request, hooks.onImportProgress) };
    },
    async importProgress({ jobId }) {
      const progress = jobs.progress(jobId);
      if (!progress) throw new NotFoundError(`no import with id ${jobId}`);
      return progress;
    },
    async cancelImport({ jobId }) {
      if (!jobs.cancel(jobId)) throw new NotFoundError(`no import with id ${jobId}`);
    },
    async listClips(request) {
      return listClips(library.db, request);
    },
    async getClip({ id }) {
      return getClip(library.db, id);
    },
    async dispose() {
      await jobs.cancelAll();
    },
  };
}
