// Runs WorkJobs off the main thread: a small pool of worker threads over the bundled worker script, or,
// where there is no bundle (tests from TypeScript source) or workers are switched off, in this thread
// with a turn of the event loop between files. A worker that dies fails only the file it was on.
import os from 'node:os';
import { bundledScript } from './bundled';
import { Worker } from 'node:worker_threads';
import { KnownSources } from './known';
import { WORKER_MARK, type WorkAnswer, type WorkJob, type WorkResult } from './work';

/** file name of the bundled worker, beside the bundle that runs the importer (dist/cli, dist/main) */
export const WORKER_BUNDLE_NAME = 'import-worker.js';
/** most worker threads; the text engine is CPU-bound, so one per spare core */
const MAX_WORKERS = 4;
/**
 * Jobs queued per worker: enough that a worker never waits while the main thread stores a batch
 * (a profile showed workers idle half the time at 2 per worker), few enough to bound memory (a result is
 * ~25 KB). At least JOBS_POSTED_PER_WORKER.
 */
const JOBS_IN_FLIGHT_PER_WORKER = 32;
/**
 * Jobs posted to one worker ahead of its answers (it runs them one at a time, in order). One at a time left
 * the worker idle whenever the main thread was busy storing a batch and could not hand it the next file: a
 * profile of a 1,000-clip import showed the worker and the main thread taking turns, each idle ~45%.
 * A batch may hold the main thread for BATCH_BUDGET_MS (100 ms) and a file takes the engine ~3–10 ms: 12 ran
 * out before a batch ended (a worker's thread CPU then stood at ~80 % of the import's wall time).
 */
const JOBS_POSTED_PER_WORKER = 32;
/**
 * V8 heap limits of a worker (MB), for issue 8's bound of 300 MB for the whole app during a 100k import. The
 * young generation defaults to 48 MB per thread; the engine's garbage is short-lived, so a sixth of that costs
 * little (8 against 16: the same worker CPU time over 1,500 clips, the worker's heap 11 MB smaller). The old
 * generation otherwise grows to several times the live data before V8 collects it (a worker of a 6,000-clip
 * import: ~60 MB live, 160 MB heap); a bound makes it collect sooner. Its live data is ~25 MB of code and tables plus the
 * engine's process-wide caches, which fill to their bounds over tens of thousands of clips (heap snapshots at
 * 2,000 and 15,000 clips: 55 → 71 MB, the growth all in the caches); with the caches' bounds of 15774c9 they hold
 * ~30 MB at most, and 80 leaves the old generation ~1.5× the live data (the growth an import sets, heap.ts).
 * CLI imports of 10,000 clips with the three bounds side by side (peak / mean RSS, process CPU): 96: 275 / 240 MB,
 * 92 s; 80: 262 / 238 MB, 95 s; 72: 250 / 231 MB, 96 s (15,000 clips, 72 against 96: 250 / 231 against
 * 279 / 254 MB, CPU +6 %). A file that needs more than the bound is cleaned in the main thread instead (see die()).
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 80 };
/** after this many crashed workers in one import, the rest runs in-thread */
const MAX_RESPAWNS = 5;

export interface JobRunner {
  /** how many jobs to keep in flight */
  readonly capacity: number;
  readonly threads: number;
  /** the result, serialised when it comes from a worker thread (see WorkAnswer) */
  run(job: WorkJob): Promise<WorkAnswer>;
  close(): Promise<void>;
}

/** The bundled worker, if the build made one (CUTTINGS_IMPORT_WORKERS=0 cleans in the importing thread). */
export const defaultWorkerScript = (): string | null => bundledScript(WORKER_BUNDLE_NAME, 'CUTTINGS_IMPORT_WORKERS');

export function defaultWorkerCount(): number {
  const fromEnv = Number(process.env.CUTTINGS_IMPORT_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return Math.min(fromEnv, 16);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(MAX_WORKERS, cores - 1));
}

class InThreadRunner implements JobRunner {
  readonly capacity = 1;
  readonly threads = 0;
  constructor(private readonly known?: KnownSources) {}
  async run(job: WorkJob): Promise<WorkResult> {
    await new Promise((resolve) => setImmediate(resolve));
    // loaded only when a file is cleaned in this thread: a thread that only stores never holds the engine
    const { processJob } = await import('./worker');
    return processJob(job, this.known);
  }
  async close(): Promise<void> {}
}

interface Posted {
  job: WorkJob;
  resolve: (r: WorkAnswer) => void;
}

interface Slot {
  worker: Worker;
  /** jobs posted and not answered yet, oldest (the one being worked on) first */
  posted: Posted[];
}

class WorkerPool implements JobRunner {
  readonly capacity: number;
  private slots: Slot[] = [];
  private queue: Posted[] = [];
  private respawns = 0;
  /** set when the worker script cannot be loaded: every job runs in this thread from then on */
  private unusable = false;
  private fallback: InThreadRunner;

  constructor(
    private readonly script: string,
    readonly threads: number,
    private readonly known: KnownSources = new KnownSources([]),
  ) {
    this.fallback = new InThreadRunner(known);
    this.capacity = threads * JOBS_IN_FLIGHT_PER_WORKER;
    for (let i = 0; i < threads; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { workerData: { [WORKER_MARK]: true, known: this.known.buffer }, resourceLimits: WORKER_LIMITS }), posted: [] };
    slot.worker.on('message', (result: WorkAnswer) => {
      // the worker answers in the order it was given the jobs
      const at = slot.posted.findIndex((p) => p.job.seq === result.seq);
      const [answered] = slot.posted.splice(at < 0 ? 0 : at, 1);
      answered?.resolve(result);
      this.pump();
    });
    const die = (why: string, outOfMemory = false) => {
      // the oldest job posted is the one the worker was on; the others go to the next worker
      const [current, ...rest] = slot.posted.splice(0);
      this.slots = this.slots.filter((s) => s !== slot);
      this.queue.unshift(...rest);
      // a file too big for a worker's bounded heap (WORKER_LIMITS) is cleaned in this thread, which has no such bound
      if (current && outOfMemory) void this.fallback.run(current.job).then(current.resolve);
      else current?.resolve({ seq: current.job.seq, ok: false, reason: `the cleaner stopped on this file (${why})` });
      if (!this.unusable && this.respawns++ < MAX_RESPAWNS) this.slots.push(this.spawn());
      this.pump();
    };
    slot.worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'MODULE_NOT_FOUND') {
        // the worker cannot load at all here (a packaging problem, not the file's fault): run in this thread
        this.unusable = true;
        this.queue.unshift(...slot.posted.splice(0));
        this.slots = this.slots.filter((s) => s !== slot);
        void slot.worker.terminate();
        this.pump();
        return;
      }
      die(error.message, error.code === 'ERR_WORKER_OUT_OF_MEMORY');
    });
    slot.worker.on('exit', (code) => {
      if (this.slots.includes(slot)) die(`exit code ${code}`);
    });
    return slot;
  }

  run(job: WorkJob): Promise<WorkAnswer> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.unusable) {
      this.slots = this.slots.filter((slot) => {
        if (slot.posted.length === 0) void slot.worker.terminate();
        return slot.posted.length > 0;
      });
    }
    if (this.slots.length === 0 || this.unusable) {
      // every worker died: finish in this thread
      for (const item of this.queue.splice(0)) void this.fallback.run(item.job).then(item.resolve);
      return;
    }
    // the least loaded worker gets the next job, up to JOBS_POSTED_PER_WORKER each
    while (this.queue.length > 0) {
      const slot = this.slots.reduce((a, b) => (b.posted.length < a.posted.length ? b : a));
      if (slot.posted.length >= JOBS_POSTED_PER_WORKER) break;
      const item = this.queue.shift()!;
      slot.posted.push(item);
      slot.worker.postMessage(item.job);
    }
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

export interface RunnerOptions {
  /** the bundled worker script; null for in-thread; default: the bundle beside this module if any */
  workerScript?: string | null;
  /** worker threads (default: one per spare core, at most 4) */
  workers?: number;
  /** source hashes already in the library: such files are read but not cleaned again */
  knownSources?: readonly string[];
}

export function createRunner(options: RunnerOptions = {}): JobRunner {
  const script = options.workerScript === undefined ? defaultWorkerScript() : options.workerScript;
  const known = new KnownSources(options.knownSources ?? []);
  if (!script) return new InThreadRunner(known);
  try {
    return new WorkerPool(script, options.workers ?? defaultWorkerCount(), known);
  } catch {
    return new InThreadRunner(known);
  }
}
