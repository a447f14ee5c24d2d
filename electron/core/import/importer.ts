// Import: walk the paths, process each file, store its articles. A failed file is reported and never stops
// the rest. The CPU work (reading, cleaning, quotes, tags, fingerprints) runs in worker threads (pool.ts);
// this thread only stores results, in batched transactions (up to BATCH_FILES files, or BATCH_MS of work)
// in which each file is all-or-nothing (storeBatch), so a crash never leaves half a clip. The
// body hash makes a re-run (after a cancel or a crash) add only what is missing.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ImportFailure, ImportRequest, ImportSummary } from '../../shared/api';
import type { CleanOptions } from '../../shared/article';
import type { Library } from '../library';
import { insertClip, withDeferredSearchRows } from '../library/clips';
import { storeNewSignature } from '../library/near-duplicates';
import { NameIds, statement } from '../library/statements';
import { applyTagRules } from '../library/tags';
import { isJsonExportName, restoreExportFile } from './json-restore';
import { tightenHeapForImport } from './heap';
import { createRunner, type RunnerOptions } from './pool';
import { walkPaths } from './walk';
import { unpack, type WorkAnswer, type WorkJob, type WorkResult } from './work';

/** most files stored in one transaction */
export const BATCH_FILES = 200;
/**
 * Files waiting in order from which a batch is stored at once. Fewer makes more commits, each writing out the
 * pages its random-keyed indexes touched (quote keys, LSH buckets, tag and speaker counts) and a full-text segment
 * per index; more keeps results waiting while the main thread could store them (a waiting result is its packed
 * bytes, ~25 KB). 48 against 16, the store path alone over the same 3,000 results: CPU per clip −4 to −18 %.
 */
export const STORE_MIN_FILES = 48;
/**
 * A smaller batch is stored when the last store was this long ago, so progress keeps moving on a slow engine.
 * At least the engine's time for STORE_MIN_FILES files on a quiet machine (~6 ms each), or batches stay small.
 */
export const BATCH_MS = 500;
/** most time one batch transaction may hold the main thread (the UI's) before it commits */
export const BATCH_BUDGET_MS = 100;
/**
 * Most finished files held waiting to be stored. Without a bound, a library that stores slower than the
 * workers clean (a large one, on a busy machine) kept thousands of results in memory; and results that wait
 * long are moved to V8's old generation, which then grows to several times the live data before it is
 * collected (a 6,000-clip import: 36 MB live, 155 MB heap). A batch stores about 30–50 files in its
 * BATCH_BUDGET_MS, so this many keeps every batch full.
 */
const MAX_WAITING = 64;
/**
 * WAL pages between automatic checkpoints while an import runs (SQLite's default is 1,000). A checkpoint copies
 * the log into the library file and syncs it, in the thread that commits: at the default, every few batches. An
 * import rewrites the same index pages batch after batch, so ten times the interval copies each page once for
 * many batches and syncs a tenth as often (a 3,000-clip store run: main-thread CPU −7 %, wall time −20 %). The log
 * grows to ~40 MB meanwhile; the connection's own setting comes back when the last import on it ends.
 */
const IMPORT_CHECKPOINT_PAGES = 10_000;
/**
 * SQLite's page cache while an import runs (KiB; open.ts gives a library 16 MiB for its searches). A long import
 * fills the cache early and it counts in full in the RSS. 20,000-clip CLI imports, 8 against 16 MiB: peak RSS
 * 271 against 285 MB, mean 238 against 249; the storing thread is not the import's bottleneck (the engine is).
 */
const IMPORT_CACHE_KIB = 8 * 1024;
/** imports running on each connection, and its checkpoint and cache settings from before the first */
const importSettings = new WeakMap<Library['db'], { imports: number; pages: number; cache: number }>();

export interface ImportCounters extends ImportSummary {
  current: string | null;
}

export interface ImportOptions extends RunnerOptions {
  signal?: AbortSignal;
  /** `progress.clipIds` is the import's own list, still growing: copy it to keep a snapshot */
  onProgress?: (progress: ImportCounters) => void;
  clean?: CleanOptions;
}

/** `duplicates`: a Cuttings JSON export holds many clips, any of which may already be in the library */
type Stored = { kind: 'imported'; ids: number[]; duplicates?: number } | { kind: 'duplicate'; duplicates?: number };
type Outcome = Stored | ImportFailure;

interface Pending {
  file: string;
  keepPath: boolean;
  /** unpacked only when stored (see WorkAnswer) */
  result: WorkAnswer;
}

export async function runImport(library: Library, request: ImportRequest, options: ImportOptions = {}): Promise<ImportSummary> {
  // from the walk on: a 100k-file walk makes its garbage too, and an import's RSS peaked in its first minute
  const releaseHeap = tightenHeapForImport();
  try {
    return await importPaths(library, request, options);
  } finally {
    releaseHeap();
  }
}

async function importPaths(library: Library, request: ImportRequest, options: ImportOptions): Promise<ImportSummary> {
  const { signal, onProgress } = options;
  const { db } = library;
  const progress: ImportCounters = { done: 0, total: null, current: null, imported: 0, duplicates: 0, failed: [], clipIds: [], importId: 0 };
  // clipIds is handed over as it is, not copied: the list keeps growing (a copy per report made a 100k-clip
  // import allocate gigabytes of large arrays, and the bench's main-thread heap held 179 MB at its peak)
  const report = () => onProgress?.({ ...progress, failed: [...progress.failed] });
  const importId = Number(db.prepare('INSERT INTO imports (started_at) VALUES (?)').run(new Date().toISOString()).lastInsertRowid);
  progress.importId = importId;

  // Walk first so the total is known; the walk itself yields to the event loop between folders.
  // A file found by the walk is held as its path alone (see flatCopy), its WorkJob made when it is sent.
  const jobs: (string | { job: WorkJob; keepPath: boolean } | undefined)[] = [];
  const jobAt = (seq: number): { job: WorkJob; keepPath: boolean } => {
    const waiting = jobs[seq]!;
    return typeof waiting === 'string' ? { job: { seq, file: waiting, clean: options.clean }, keepPath: true } : waiting;
  };
  // Cuttings JSON exports are restored as they were, not cleaned (json-restore.ts)
  const restores: { file: string; read: () => Promise<Uint8Array> }[] = [];
  for await (const entry of walkPaths(request.paths ?? [], signal)) {
    const file = entry.file;
    if (file && isJsonExportName(file)) restores.push({ file, read: () => fs.readFile(file) });
    else if (file) jobs.push(flatCopy(file));
    if (entry.failure) progress.failed.push(entry.failure);
  }
  for (const drop of request.files ?? []) {
    if (isJsonExportName(drop.name)) {
      restores.push({ file: drop.name, read: async () => Buffer.from(drop.dataBase64, 'base64') });
      continue;
    }
    jobs.push({ job: { seq: jobs.length, file: drop.name, bytes: Buffer.from(drop.dataBase64, 'base64'), clean: options.clean }, keepPath: false });
  }
  progress.total = jobs.length + restores.length + progress.failed.length;
  progress.done = progress.failed.length;
  report();

  const settle = (file: string, outcome: Outcome) => {
    if ('reason' in outcome) progress.failed.push(outcome);
    else if (outcome.kind === 'duplicate') progress.duplicates += outcome.duplicates ?? 1;
    else {
      progress.imported += outcome.ids.length;
      progress.duplicates += outcome.duplicates ?? 0;
      progress.clipIds.push(...outcome.ids);
    }
    progress.done++;
    progress.current = file;
  };

  // tag and speaker ids by name, from batch to batch (forgotten whenever they may have changed)
  const nameIds = new NameIds();
  // Results are stored in the order of the files (ids follow the walk), whatever order workers finish in.
  const ready = new Map<number, Pending>();
  let nextToStore = 0;
  let lastStored = Date.now();
  /** results that can be stored now: the run of consecutive files from the next one in order */
  const storable = () => {
    let count = 0;
    while (count < BATCH_FILES && ready.has(nextToStore + count)) count++;
    return count;
  };
  const flush = (count: number) => {
    const batch: Pending[] = [];
    for (let i = 0; i < count; i++) {
      batch.push(ready.get(nextToStore)!);
      ready.delete(nextToStore++);
    }
    const outcomes = storeBatch(library, batch, importId, nameIds);
    batch.forEach((item, i) => {
      if (i < outcomes.length) {
        settle(item.file, outcomes[i]!);
        releasePacked(item.result);
      }
    });
    // what the time budget left over goes first into the next batch
    for (let i = batch.length - 1; i >= outcomes.length; i--) ready.set(--nextToStore, batch[i]!);
    lastStored = Date.now();
    report();
  };

  for (const { file, read } of restores) {
    if (signal?.aborted) break;
    settle(file, await restoreExportFile(library, file, read, importId));
    report();
  }

  // files whose text is already in the library (live clips) are only read, not cleaned again (the list of hashes
  // is not kept in this function's scope: the runner packs it, and it goes while the import runs)
  const runner = createRunner({
    ...options,
    knownSources: db.prepare('SELECT DISTINCT source_hash FROM clips WHERE deleted_at IS NULL').pluck().all() as string[],
  });
  const saved = importSettings.get(db) ?? {
    imports: 0, pages: db.pragma('wal_autocheckpoint', { simple: true }) as number, cache: db.pragma('cache_size', { simple: true }) as number,
  };
  if (saved.imports++ === 0) {
    db.pragma(`wal_autocheckpoint = ${IMPORT_CHECKPOINT_PAGES}`);
    db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  }
  importSettings.set(db, saved);
  try {
    let next = 0;
    let inFlight = 0;
    // resolved by the next result to come back
    let wake: (() => void) | null = null;
    for (;;) {
      // results waiting to be stored count too: when storing is the slower side, workers wait instead of
      // piling up finished clips in memory
      while (!signal?.aborted && next < jobs.length && inFlight < runner.capacity && ready.size < MAX_WAITING) {
        const { job, keepPath } = jobAt(next);
        // the list lets go of what was sent: a 100k-file import holds only the files in flight
        jobs[next++] = undefined;
        inFlight++;
        void runner.run(job).then((result) => {
          ready.set(job.seq, { file: job.file, keepPath, result });
          inFlight--;
          wake?.();
        });
      }
      // store as soon as a batch is worth a commit, or when nothing else will come (the end, a cancel), or
      // when the first waiting result has waited BATCH_MS (progress keeps moving on a slow engine)
      const count = storable();
      if (count > 0 && (count >= STORE_MIN_FILES || inFlight === 0 || Date.now() - lastStored >= BATCH_MS)) {
        flush(count);
        // a turn of the event loop between batches: results come in, the UI (same thread in the app) runs
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      if (inFlight === 0) break;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    if (--saved.imports === 0) {
      db.pragma(`wal_autocheckpoint = ${saved.pages}`);
      db.pragma(`cache_size = ${saved.cache}`);
    }
    await runner.close();
  }

  db.prepare('UPDATE imports SET finished_at = ?, state = ?, imported = ?, duplicates = ?, failed = ? WHERE id = ?').run(
    new Date().toISOString(),
    signal?.aborted ? 'cancelled' : 'done',
    progress.imported,
    progress.duplicates,
    progress.failed.length,
    importId,
  );
  progress.current = null;
  const { current: _current, ...summary } = progress;
  return summary;
}

/**
 * A copy of a string in one flat piece. The walk's paths come from path.join as trees of pieces of longer
 * strings, each piece keeping its parent alive: a list of 100,000 walked paths held 44 MB of main-thread heap
 * for the whole import, 8.5 MB as flat copies. (Through JSON, not bytes: a Windows path may hold a lone surrogate.)
 */
export const flatCopy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/**
 * Frees the bytes of a stored result now. A result that waited through two minor collections is in V8's old
 * generation, and its bytes (outside the heap) stay allocated until the next full collection: at the peak of a
 * 100k-clip import the main thread held 16 MB of such buffers. Their ArrayBuffer is handed to a new one that
 * nothing keeps (transfer; structuredClone where the runtime lacks it, Node 20), which dies young with them.
 */
export function releasePacked(answer: WorkAnswer): void {
  if (!('packed' in answer)) return;
  const buffer = answer.packed.buffer as ArrayBuffer & { transfer?: (length?: number) => ArrayBuffer };
  if (buffer.byteLength === 0) return;
  if (typeof buffer.transfer === 'function') buffer.transfer(0);
  else structuredClone(buffer, { transfer: [buffer] });
}

/** Thrown inside a batch stored without savepoints when one file fails: the batch is stored again, file by file. */
class FileNotStored extends Error {}

/**
 * One transaction for the batch. Each file is all-or-nothing: the batch is first stored without a savepoint
 * per file (each savepoint journals the pages its file changes); if any file cannot be stored, that attempt is
 * rolled back and the batch is stored again with one savepoint per file, so the failing file is reported alone.
 * The batch's new clips enter the search index together at its end (withDeferredSearchRows): FTS5 writes its
 * pending rows out as a segment at every statement savepoint, and the quote, tag and LSH inserts open one each.
 * Returns the outcomes of the files stored, a prefix of the batch when the time budget ran out.
 */
function storeBatch(library: Library, batch: readonly Pending[], importId: number, ids: NameIds): Outcome[] {
  try {
    return storeBatchWith(library, batch, importId, ids, false);
  } catch (error) {
    // the names this attempt created were rolled back with it
    ids.forget();
    if (!(error instanceof FileNotStored)) throw error;
    return storeBatchWith(library, batch, importId, ids, true);
  }
}

function storeBatchWith(library: Library, batch: readonly Pending[], importId: number, ids: NameIds, savepoints: boolean): Outcome[] {
  const { db } = library;
  return db.transaction(() => {
    ids.check(db);
    const added: number[] = [];
    const outcomes = withDeferredSearchRows(db, () => storeFiles(library, batch, importId, ids, savepoints, added));
    applyTagRules(db, added);
    return outcomes;
  })();
}

/** The files of a batch, inside its transaction; `added` receives the ids of the clips stored. */
function storeFiles(library: Library, batch: readonly Pending[], importId: number, ids: NameIds, savepoints: boolean, added: number[]): Outcome[] {
  const { db } = library;
  const outcomes: Outcome[] = [];
  const started = performance.now();
  for (const item of batch) {
    // one transaction holds the main thread: stop at the time budget (at least one file always goes in)
    if (outcomes.length > 0 && performance.now() - started > BATCH_BUDGET_MS) break;
    const result = unpack(item.result);
    if (!result.ok) {
      outcomes.push({ file: item.file, reason: result.reason });
      continue;
    }
    try {
      const store = () => storeFile(library, item.file, result, importId, item.keepPath, ids);
      // a nested transaction is a savepoint: this file's rows go in together or not at all
      const outcome = savepoints ? db.transaction(store)() : store();
      if (outcome.kind === 'imported') added.push(...outcome.ids);
      outcomes.push(outcome);
    } catch (error) {
      if (!savepoints) throw new FileNotStored();
      // tags and speakers this file created went with its savepoint
      ids.forget();
      outcomes.push({ file: item.file, reason: `could not be stored: ${(error as Error).message}` });
    }
  }
  return outcomes;
}

function storeFile(
  library: Library,
  file: string,
  result: Extract<WorkResult, { ok: true }>,
  importId: number,
  keepPath: boolean,
  ids: NameIds,
): Stored {
  const { db } = library;
  if (result.known) return { kind: 'duplicate' };
  const existing = statement(db, 'SELECT id, deleted_at FROM clips WHERE body_hash = ?');
  const stored: number[] = [];
  result.articles.forEach((prepared, index) => {
    const found = existing.get(prepared.bodyHash) as { id: number; deleted_at: string | null } | undefined;
    if (found) {
      // importing again what is in the trash brings it back
      if (found.deleted_at !== null) {
        statement(db, 'UPDATE clips SET deleted_at = NULL WHERE id = ?').run(found.id);
        stored.push(found.id);
      }
      return;
    }
    const id = insertClip(db, {
      fileName: path.basename(file),
      filePath: keepPath ? path.resolve(file) : null,
      original: result.source.text,
      format: result.source.format,
      encoding: result.source.encoding,
      sourceHash: result.sourceHash,
      articleIndex: index,
      article: prepared.article,
      importId,
      hints: result.source.hints,
      bodyHash: prepared.bodyHash,
      quoteShapes: prepared.quoteShapes,
    }, ids);
    if (prepared.signature) storeNewSignature(db, id, prepared.signature);
    stored.push(id);
  });
  return stored.length ? { kind: 'imported', ids: stored } : { kind: 'duplicate' };
}
