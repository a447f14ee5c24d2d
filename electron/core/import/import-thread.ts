// Every import (`cuttings import`, and the app's and `cuttings serve`'s import jobs, jobs.ts) runs its walk, its
// storing and the engine workers it starts in a thread of its own, with a connection of its own:
// - the thread storing clips can be given a small young generation: V8 takes no heap limits for a process's
//   main thread once it runs (a relaunch with the flag was tried and left an import running after its launcher
//   was killed: f5f267a), but a worker thread takes them at its start;
// - the app's main process (or the server's thread) stays free for the window's calls while batches are
//   stored: a batch holds its thread for up to 100 ms (BATCH_BUDGET_MS), longer on a slow disk.
// The calling thread only follows the progress and passes a cancel on. Where there is no bundle (tests from
// TypeScript source), or the library is in memory, the import runs in the calling thread, as before.
import { bundledScript } from './bundled';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { ImportFailure, ImportRequest, ImportSummary } from '../../shared/api';
import type { ImportCounters } from './importer';

/** file name of the bundled import thread, beside the CLI's bundle (dist/cli) */
export const IMPORT_THREAD_BUNDLE_NAME = 'import-thread.js';
const IMPORT_THREAD_MARK = 'cuttingsImportThread';

/**
 * The import thread's young generation (MB; V8 makes each semi-space a third of it). Left to V8, the storing
 * thread's grows to 48 MB over a long import (16 MB semi-spaces, committed at the RSS peak), though what it
 * allocates dies young. 20,000-clip CLI imports, RSS sampled each second, storing in the main thread against this
 * thread: peak 283–287 against 271 MB, mean 247–256 against 234; the storing thread is not the import's bottleneck
 * (the engine worker is). The old generation keeps V8's own bound: a bound reached would stop the import.
 */
export const IMPORT_THREAD_LIMITS = { maxYoungGenerationSizeMb: 12 };

/**
 * What the calling thread is told while the import runs: counts, not the growing list of clip ids, and the
 * files that failed since the last ticker (the import panel lists them as they come; all of them each time
 * would copy a long list per file).
 */
export interface ImportTicker {
  done: number;
  total: number | null;
  imported: number;
  duplicates: number;
  failed: number;
  current: string | null;
  /** the library's id of this import (for undo) */
  importId: number;
  newFailures: ImportFailure[];
}

type FromThread = { ticker: ImportTicker } | { summary: ImportSummary } | { error: string };
interface ThreadData {
  [IMPORT_THREAD_MARK]: true;
  libraryFile: string;
  request: ImportRequest;
  keptOpen: boolean;
}

export interface ThreadImportOptions {
  signal?: AbortSignal;
  onTicker?: (ticker: ImportTicker) => void;
  /** the bundled thread script; null runs the import in this thread; default: the bundle beside this module */
  script?: string | null;
  /**
   * the caller keeps the library open (the app, the server): the thread's connection starts no daily backup of
   * its own (the caller's does), and the file must be there (a library moved or deleted meanwhile is not made
   * anew, empty, at the old path). Default false (the CLI).
   */
  keptOpen?: boolean;
}

/** Tickers of one import's progress reports: each carries the failures the one before it did not. */
function tickers(): (p: ImportCounters) => ImportTicker {
  let told = 0;
  return (p) => {
    const newFailures = p.failed.slice(told);
    told = p.failed.length;
    return { done: p.done, total: p.total, imported: p.imported, duplicates: p.duplicates, failed: p.failed.length, current: p.current, importId: p.importId, newFailures };
  };
}

/** The bundled import thread, if the build made one (CUTTINGS_IMPORT_THREAD=0 stores in the main thread, as the app
 *  does: for comparisons). */
export const defaultImportThreadScript = (): string | null => bundledScript(IMPORT_THREAD_BUNDLE_NAME, 'CUTTINGS_IMPORT_THREAD');

/** The import thread stopped before it said anything: nothing was imported (its script did not load or run). */
export class ImportThreadStartError extends Error {}

/** Opens the library, imports, waits for its background work and closes it: in a thread of its own if it can. */
export async function importIntoLibrary(libraryFile: string, request: ImportRequest, options: ThreadImportOptions = {}): Promise<ImportSummary> {
  const script = options.script === undefined ? defaultImportThreadScript() : options.script;
  const keptOpen = options.keptOpen ?? false;
  if (!script) {
    const tickerOf = tickers();
    return importHere(libraryFile, request, keptOpen, options.signal, (p) => options.onTicker?.(tickerOf(p)));
  }
  return new Promise<ImportSummary>((resolve, reject) => {
    const data: ThreadData = { [IMPORT_THREAD_MARK]: true, libraryFile, request, keptOpen };
    const thread = new Worker(script, { workerData: data, resourceLimits: IMPORT_THREAD_LIMITS });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = () => thread.postMessage('abort');
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort);
    // a thread that stops before its first message never started the import (its script would not load)
    let heard = false;
    const stopped = (reason: string) => (heard ? new Error(`the import stopped${reason}`) : new ImportThreadStartError(`the import stopped${reason}`));
    thread.on('message', (message: FromThread) => {
      heard = true;
      if ('ticker' in message) options.onTicker?.(message.ticker);
      else if ('summary' in message) settle(() => resolve(message.summary));
      else settle(() => reject(new Error(message.error)));
    });
    thread.on('error', (error) => settle(() => reject(stopped(`: ${error.message}`))));
    thread.on('exit', (code) => settle(() => reject(stopped(` (exit code ${code})`))));
  });
}

async function importHere(libraryFile: string, request: ImportRequest, keptOpen: boolean, signal: AbortSignal | undefined, onProgress: (p: ImportCounters) => void): Promise<ImportSummary> {
  // (loaded here, not with this module: the CLI's main thread, which only starts the thread, never holds them)
  const [{ Library }, { runImport }] = await Promise.all([import('../library'), import('./importer')]);
  const library = Library.open(libraryFile, { backups: !keptOpen, mustExist: keptOpen });
  try {
    return await runImport(library, request, { signal, onProgress });
  } finally {
    await library.idle();
    library.close();
  }
}

if (parentPort && (workerData as Record<string, unknown> | null)?.[IMPORT_THREAD_MARK] === true) {
  const port = parentPort;
  const { libraryFile, request, keptOpen } = workerData as ThreadData;
  const controller = new AbortController();
  port.on('message', (message) => {
    if (message === 'abort') controller.abort();
  });
  const tickerOf = tickers();
  importHere(libraryFile, request, keptOpen, controller.signal, (p) => port.postMessage({ ticker: tickerOf(p) } satisfies FromThread))
    .then((summary) => port.postMessage({ summary } satisfies FromThread))
    .catch((error: unknown) => port.postMessage({ error: (error as Error).message } satisfies FromThread))
    // the port keeps the thread alive: close it so the thread ends once its answer is sent
    .finally(() => port.close());
}
