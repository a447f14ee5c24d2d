// The export dialog's work: ask the API for a file and hand it to the browser as a download.
import type { ExportedFile, ExportRequest } from '../../../electron/shared/api';
import { api, errorMessage } from '../lib/api';
import { base64ToBytes } from '../lib/format';

export class ExportState {
  #busy = $state(false);
  #error = $state<string | null>(null);
  #file = $state<{ name: string; url: string; clips: number } | null>(null);

  get busy() { return this.#busy; }
  get error() { return this.#error; }
  /** the last exported file, as an object URL for a download link */
  get file() { return this.#file; }

  async run(request: ExportRequest): Promise<ExportedFile | null> {
    this.#busy = true;
    this.#error = null;
    this.#release();
    try {
      const exported = await api.exportClips(request);
      const blob = new Blob([base64ToBytes(exported.dataBase64)], { type: exported.mimeType });
      this.#file = { name: exported.fileName, url: URL.createObjectURL(blob), clips: exported.clips };
      return exported;
    } catch (error) {
      this.#error = errorMessage(error);
      return null;
    } finally {
      this.#busy = false;
    }
  }

  #release(): void {
    if (this.#file) URL.revokeObjectURL(this.#file.url);
    this.#file = null;
  }

  reset(): void {
    this.#release();
    this.#busy = false;
    this.#error = null;
  }
}

export const exporter = new ExportState();
