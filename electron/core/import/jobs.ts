// Running imports the UI can watch and cancel: startImport returns at once, progress is polled. Each import
// runs in a thread of its own with its own connection (import-thread.ts), as the CLI's does: the app's main
// process, which answers the window's calls, never stores a batch itself.
import { randomUUID } from 'node:crypto';
import type { ImportProgress, ImportRequest, ImportSummary } from '../../shared/api';
import type { Library } from '../library';
import { runImport, type ImportCounters } from './importer';
import { defaultImportThreadScript, importIntoLibrary, ImportThreadStartError, type ImportTicker } from './import-thread';

/** Finished jobs are kept a while so a late poll still gets the summary. */
const FINISHED_JOBS_KEPT = 20;

interface Job {
  progress: ImportProgress;
  controller: AbortController;
  finished: Promise<void>;
}

export interface ImportJobsOptions {
  /** the bundled import thread; null imports in this thread; default: the bundle beside this module, if any */
  threadScript?: string | null;
}

export class ImportJobs {
  private jobs = new Map<string, Job>();
  /** null: imports run in this thread, on the library's own connection (no bundle, or a library in memory) */
  private threadScript: string | null;

  constructor(
    private readonly library: Library,
    options: ImportJobsOptions = {},
  ) {
    const script = options.threadScript === undefined ? defaultImportThreadScript() : options.threadScript;
    this.threadScript = library.file === ':memory:' ? null : script;
  }

  /**
   * One import, to its end: in the import thread when there is one. `onProgress` gets the counts, the failures
   * so far and the import's id as it goes; the list of clip ids comes with the summary.
   */
  async run(request: ImportRequest, options: { signal?: AbortSignal; onProgress?: (progress: Omit<ImportCounters, 'clipIds'>) => void } = {}): Promise<ImportSummary> {
    const { signal, onProgress } = options;
    if (this.threadScript) {
      // the failures so far: a new list only when one came (a copy per file cost a long import of bad files
      // a copy of every failure per file)
      let failed: ImportCounters['failed'] = [];
      const onTicker = onProgress && (({ newFailures, failed: _, ...counts }: ImportTicker) => {
        if (newFailures.length) failed = [...failed, ...newFailures];
        onProgress({ ...counts, failed });
      });
      try {
        return await importIntoLibrary(this.library.file, request, { signal, onTicker, script: this.threadScript, keptOpen: true });
      } catch (error) {
        // a thread that cannot start (a packaging fault) must not stop the user's imports: they run here
        if (!(error instanceof ImportThreadStartError)) throw error;
        this.threadScript = null;
      }
    }
    return runImport(this.library, request, { signal, onProgress: onProgress && (({ clipIds: _, ...p }) => onProgress(p)) });
  }

  start(request: ImportRequest, onUpdate?: (progress: ImportProgress) => void): string {
    const jobId = randomUUID();
    const controller = new AbortController();
    const progress: ImportProgress = {
      jobId, state: 'running', done: 0, total: null, current: null, imported: 0, duplicates: 0, failed: [], clipIds: [],
    };
    const job: Job = { progress, controller, finished: Promise.resolve() };
    const update = (next: Partial<ImportProgress>) => {
      job.progress = { ...job.progress, ...next };
      onUpdate?.(job.progress);
    };
    job.finished = this.run(request, { signal: controller.signal, onProgress: (p) => update(p) })
      .then((summary) => update({ ...summary, current: null, state: controller.signal.aborted ? 'cancelled' : 'done' }))
      .catch((error: unknown) => update({ state: 'failed', current: null, error: (error as Error).message }))
      .finally(() => this.prune());
    this.jobs.set(jobId, job);
    return jobId;
  }

  progress(jobId: string): ImportProgress | null {
    return this.jobs.get(jobId)?.progress ?? null;
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    job?.controller.abort();
    return Boolean(job);
  }

  /** Resolves when the job has stopped (tests, shutdown). */
  async settled(jobId: string): Promise<ImportProgress | null> {
    await this.jobs.get(jobId)?.finished;
    return this.progress(jobId);
  }

  cancelAll(): Promise<void[]> {
    for (const job of this.jobs.values()) job.controller.abort();
    return Promise.all([...this.jobs.values()].map((j) => j.finished));
  }

  private prune(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.progress.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) this.jobs.delete(id);
  }
}
