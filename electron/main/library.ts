// The library the window works on: which file (env, settings.json's lastLibrary, else
// Documents/Cuttings/Cuttings Library.sqlite), opening it with Electron's better-sqlite3 build, and switching
// to another one (File > Open Library…) with the old one's imports stopped and its file closed.
import path from 'node:path';
import type { ImportProgress } from '../shared/api';
import { createApi, type CoreApi } from '../core/api';
import { Library } from '../core/library';
import type { PdfRenderer } from '../core/export/pdf';
import { APP_NAME, LIBRARY_FILE_NAME } from '../core/paths';

export interface LibraryPathSources {
  env?: NodeJS.ProcessEnv;
  lastLibrary?: string;
  /** app.getPath('documents') */
  documentsDir: string;
}

/** $CUTTINGS_LIBRARY, else the library opened last, else Documents/Cuttings/Cuttings Library.sqlite. */
export function libraryPathFor({ env = {}, lastLibrary, documentsDir }: LibraryPathSources): string {
  if (env.CUTTINGS_LIBRARY) return path.resolve(env.CUTTINGS_LIBRARY);
  if (lastLibrary) return lastLibrary;
  return defaultLibraryFile(documentsDir);
}

export function defaultLibraryFile(documentsDir: string): string {
  return path.join(documentsDir, APP_NAME, LIBRARY_FILE_NAME);
}

export interface LibraryHostOptions {
  nativeBinding?: string;
  onImportProgress?: (progress: ImportProgress) => void;
  /** prints clip reports to PDF (Electron's printToPDF in the app) */
  renderPdf?: PdfRenderer;
  /** called after a library is open (remember it in settings.json) */
  onOpened?: (file: string) => void;
}

export class LibraryHost {
  #library: Library | null = null;
  #api: CoreApi | null = null;

  constructor(private readonly options: LibraryHostOptions = {}) {}

  get library(): Library | null {
    return this.#library;
  }

  /** The API of the open library; throws (a plain message for the window) when none is open. */
  get api(): CoreApi {
    if (!this.#api) throw new Error('no library is open');
    return this.#api;
  }

  /** Opens `file`, then closes the library open before (so a failure leaves the old one working). */
  async open(file: string): Promise<Library> {
    const library = Library.open(file, this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {});
    const api = createApi(library, { onImportProgress: this.options.onImportProgress, renderPdf: this.options.renderPdf });
    await this.close();
    this.#library = library;
    this.#api = api;
    this.options.onOpened?.(library.file);
    return library;
  }

  async close(): Promise<void> {
    const api = this.#api;
    const library = this.#library;
    this.#api = null;
    this.#library = null;
    if (api) await api.dispose();
    library?.close();
  }
}
