import type { CuttingsApi, ImportProgress } from '../../shared/api';
import type { Library } from '../library';
import { ImportJobs } from '../import/jobs';
import { NotFoundError } from './errors';
import { listImports, undoImport } from '../library/edits';

export type ImportCalls = Pick<CuttingsApi, 'importFiles' | 'startImport' | 'importProgress' | 'cancelImport' | 'listImports' | 'undoImport'>;

export function importCalls(library: Library, jobs: ImportJobs, onProgress?: (p: ImportProgress) => void): ImportCalls {
  return {
    importFiles: (request) => jobs.run(request),
    startImport: async (request) => ({ jobId: jobs.start(request, onProgress) }),
    async importProgress({ jobId }) {
      const progress = jobs.progress(jobId);
      if (!progress) throw new NotFoundError(`no import with id ${jobId}`);
      return progress;
    },
    async cancelImport({ jobId }) {
      if (!jobs.cancel(jobId)) throw new NotFoundError(`no import with id ${jobId}`);
    },
    listImports: async () => listImports(library.db),
    undoImport: async ({ importId }) => ({ removed: undoImport(library.db, importId) }),
  };
}
