// The implementation of the API contract over one open library, assembled from one module per area.
import type { CuttingsApi, ImportProgress } from '../shared/api';
import type { Library } from './library';
import { ImportJobs } from './import/jobs';
import { clipCalls } from './calls/clips';
import { exportCalls } from './calls/export';
import { importCalls } from './calls/imports';
import { searchCalls } from './calls/search';
import { settingsCalls } from './calls/settings';
import { speakerCalls } from './calls/speakers';
import { tagCalls } from './calls/tags';

import { APP_VERSION } from './version';

export { APP_VERSION };

export { NotFoundError } from './calls/errors';

export interface CoreApi extends CuttingsApi {
  /** stops running imports (shutdown) */
  dispose(): Promise<void>;
}

export interface ApiHooks {
  /** every progress step of a started import (the Electron shell forwards it to the window) */
  onImportProgress?: (progress: ImportProgress) => void;
  /** where settings.json lives (default: the OS's userData folder for Cuttings) */
  settingsDir?: string;
  /** prints a report's HTML to PDF bytes (Electron: webContents.printToPDF); default: Chromium via playwright-core */
  renderPdf?: (html: string) => Promise<Uint8Array>;
}

export function createApi(library: Library, hooks: ApiHooks = {}): CoreApi {
  const jobs = new ImportJobs(library);
  return {
    version: async () => ({ app: APP_VERSION, schema: library.schemaVersion, library: library.file }),
    ...importCalls(library, jobs, hooks.onImportProgress),
    ...clipCalls(library),
    ...searchCalls(library),
    ...tagCalls(library),
    ...speakerCalls(library),
    ...exportCalls(library, hooks.renderPdf),
    ...settingsCalls(hooks.settingsDir),
    dispose: async () => {
      await jobs.cancelAll();
    },
  };
}
