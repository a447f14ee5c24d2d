// Running imports the UI can watch and cancel: startImport returns at once, progress is polled.
import { randomUUID } from 'node:crypto';
import type { ImportProgress, ImportRequest } from '../../shared/api';
import type { Library } from '../library';
import { runImport } from './importer';

/** Finished jobs are kept a while so a late poll still gets the summary. */
const FINISHED_JOBS_KEPT = 20;

interface Job {
  progress: ImportProgress;
  controller: AbortController;
  finished: Promise<void>;
}

export class ImportJobs {
  private jobs = new Map<string, Job>();

  constructor(private readonly library: Library) {}

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
    job.finished = runImport(this.library, request, { signal: controller.signal, onProgress: (p) => update(p) })
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
