// One import at a time: start it from dropped files or paths, poll its progress, cancel it.
import type { ImportProgress, ImportRequest } from '../../../electron/shared/api';
import { api, filesToUpload, shell } from '../lib/api';

const POLL_MS = 150;

export class ImportState {
  #progress = $state<ImportProgress | null>(null);
  #error = $state<string | null>(null);
  #jobId: string | null = null;

  get progress() { return this.#progress; }
  get error() { return this.#error; }
  get running() { return this.#progress?.state === 'running'; }

  /** Files dropped on the window: real paths in Electron, their bytes in browser mode. */
  async importDropped(files: File[], onFinished: () => void): Promise<void> {
    const bridge = shell();
    const paths = bridge ? bridge.pathsForFiles(files).filter(Boolean) : [];
    const request: ImportRequest = paths.length ? { paths } : { files: await filesToUpload(files) };
    await this.start(request, onFinished);
  }

  async start(request: ImportRequest, onFinished: () => void): Promise<void> {
    this.#error = null;
    try {
      const { jobId } = await api.startImport(request);
      this.#jobId = jobId;
      this.#progress = { jobId, state: 'running', done: 0, total: null, current: null, imported: 0, duplicates: 0, failed: [], clipIds: [] };
      await this.#poll(jobId);
    } catch (error) {
      this.#error = (error as Error).message;
    }
    onFinished();
  }

  async #poll(jobId: string): Promise<void> {
    for (;;) {
      const progress = await api.importProgress({ jobId });
      if (this.#jobId === jobId) this.#progress = progress;
      if (progress.state !== 'running') return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async cancel(): Promise<void> {
    if (this.#jobId) await api.cancelImport({ jobId: this.#jobId });
  }

  dismiss(): void {
    this.#progress = null;
    this.#error = null;
  }

  reset(): void {
    this.dismiss();
    this.#jobId = null;
  }
}

export const importer = new ImportState();
