// One import at a time: start it from dropped or chosen files (or paths), follow its progress, cancel it.
// In Electron the shell may start imports itself (File > Import…, open-file); they arrive as pushed progress.
import type { ImportProgress, ImportRequest } from '../../../electron/shared/api';
import { api, errorMessage, filesToUpload, shell } from '../lib/api';

const POLL_MS = 150;

export class ImportState {
  #progress = $state<ImportProgress | null>(null);
  #error = $state<string | null>(null);
  #preparing = $state<string | null>(null);
  #cancelling = $state(false);
  #jobId: string | null = null;
  #finished = new Set<string>();
  #onFinished: (progress: ImportProgress) => void = () => {};

  get progress() { return this.#progress; }
  get error() { return this.#error; }
  /** what happens before the job starts (reading dropped files) */
  get preparing() { return this.#preparing; }
  get cancelling() { return this.#cancelling; }
  get running() { return this.#progress?.state === 'running' || this.#preparing !== null; }

  /** Called once per finished import (done, cancelled or failed). */
  whenFinished(listener: (progress: ImportProgress) => void): void {
    this.#onFinished = listener;
  }

  /** Files dropped or chosen: real paths in Electron, their bytes in browser mode. */
  async importFiles(files: File[]): Promise<void> {
    const bridge = shell();
    const paths = bridge ? bridge.pathsForFiles(files).filter(Boolean) : [];
    this.#error = null;
    this.#progress = null;
    this.#preparing = `Reading ${files.length === 1 ? '1 file' : `${files.length} files`}…`;
    try {
      const request: ImportRequest = paths.length ? { paths } : { files: await filesToUpload(files) };
      await this.start(request);
    } finally {
      this.#preparing = null;
    }
  }

  async start(request: ImportRequest): Promise<void> {
    this.#error = null;
    this.#cancelling = false;
    try {
      const { jobId } = await api.startImport(request);
      this.#jobId = jobId;
      this.#preparing = null;
      this.#progress = { jobId, state: 'running', done: 0, total: null, current: null, imported: 0, duplicates: 0, failed: [], clipIds: [] };
      await this.#poll(jobId);
    } catch (error) {
      this.#error = errorMessage(error);
    }
  }

  async #poll(jobId: string): Promise<void> {
    for (;;) {
      const progress = await api.importProgress({ jobId });
      this.observe(progress);
      if (progress.state !== 'running') return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Progress from polling or pushed by the shell (which may have started the import itself). */
  observe(progress: ImportProgress): void {
    if (this.#jobId !== progress.jobId) {
      if (this.#finished.has(progress.jobId)) return;
      this.#jobId = progress.jobId;
    }
    this.#progress = progress;
    if (progress.state !== 'running' && !this.#finished.has(progress.jobId)) {
      this.#finished.add(progress.jobId);
      this.#cancelling = false;
      this.#onFinished(progress);
    }
  }

  async cancel(): Promise<void> {
    if (!this.#jobId) return;
    this.#cancelling = true;
    try {
      await api.cancelImport({ jobId: this.#jobId });
    } catch (error) {
      this.#cancelling = false;
      this.#error = errorMessage(error);
    }
  }

  dismiss(): void {
    this.#progress = null;
    this.#error = null;
  }

  reset(): void {
    this.dismiss();
    this.#jobId = null;
    this.#preparing = null;
    this.#cancelling = false;
    this.#finished.clear();
  }
}

export const importer = new ImportState();
