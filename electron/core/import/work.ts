// What an import's worker and the thread that stores its results say to each other: jobs, results, and the
// results' packed form. Apart from worker.ts (which runs the text engine), so that the storing thread never
// loads the engine it does not run (its tables and code: the storing thread held 5.5 MB more heap after a
// 1,000-file import when it had loaded them).
import v8 from 'node:v8';
import type { Article, CleanOptions } from '../../shared/article';
import type { QuoteShape } from '../library/speakers';
import type { ClippingSource } from '../read';

export interface WorkJob {
  /** the job's position in the import, echoed back */
  seq: number;
  /** a path on this machine, or the name of dropped bytes */
  file: string;
  bytes?: Uint8Array;
  clean?: CleanOptions;
}

export interface PreparedArticle {
  article: Article;
  bodyHash: string;
  /** MinHash signature of the body, null when too short to compare */
  signature: Uint32Array | null;
  /** prepareQuote of each quote of the article, in order */
  quoteShapes: QuoteShape[];
}

export type WorkResult =
  | { seq: number; ok: true; known?: true; source: ClippingSource; sourceHash: string; articles: PreparedArticle[] }
  | { seq: number; ok: false; reason: string };

/**
 * A result as a worker sends it: serialised, so that while it waits to be stored it is one block of bytes
 * outside the main thread's heap, and its objects are made (unpack) just before they are stored and die young.
 * Results posted as objects waited long enough to be promoted to V8's old generation, which then grew with
 * garbage: a 30,000-clip import under load peaked with 163 MB of main-thread heap.
 */
export type WorkAnswer = WorkResult | { seq: number; packed: Uint8Array };

export function unpack(answer: WorkAnswer): WorkResult {
  return 'packed' in answer ? (v8.deserialize(answer.packed) as WorkResult) : answer;
}

/** workerData's mark of a thread started by the pool as an import worker */
export const WORKER_MARK = 'cuttingsImportWorker';
