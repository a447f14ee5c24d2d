// The CPU side of an import, for a worker thread: read + decode a file, run the text engine (clean, quotes,
// automatic tags), hash the bodies and fingerprint them for near-duplicates. No database here: the main
// thread stores the results. scripts/build.mjs bundles this file to dist/<cli|main>/import-worker.js; where
// that bundle is missing (tests from source) the importer calls processJob in its own thread instead.
import v8 from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { bodyHash, sha256 } from '../library/hash';
import { prepareQuote } from '../library/speakers';
import { ClipReadError, readClipping, readClippingFile } from '../read';
import { KnownSources } from './known';
import { minhash } from './minhash';
import { NoArticleError, processSource } from './pipeline';
import { describeFileError } from '../read';
import { WORKER_MARK, type WorkJob, type WorkResult } from './work';

/**
 * Reads and processes one file. A file whose decoded text is already in the library (`known` source hashes
 * of live clips) is not cleaned again: re-running an import, or resuming a cancelled one, costs a read.
 */
export async function processJob(job: WorkJob, known?: Pick<KnownSources, 'has'>): Promise<WorkResult> {
  try {
    // a worker thread runs one job at a time, so it reads with blocking calls (cheaper); the main thread does not
    const source = job.bytes ? await readClipping(job.file, job.bytes) : await readClippingFile(job.file, { blocking: !isMainThread });
    const sourceHash = sha256(source.text);
    if (known?.has(sourceHash)) return { seq: job.seq, ok: true, known: true, source, sourceHash, articles: [] };
    const processed = processSource(job.file, source, job.clean);
    return {
      seq: job.seq,
      ok: true,
      source: processed.source,
      sourceHash,
      articles: processed.articles.map((article) => ({
        article,
        bodyHash: bodyHash(article.body),
        signature: minhash(article.body),
        quoteShapes: article.quotes.map((q) => prepareQuote(q.text, q.speaker)),
      })),
    };
  } catch (error) {
    return { seq: job.seq, ok: false, reason: failureReason(job.file, error) };
  }
}

/** The reason alone: the file is named beside it in every report. */
export function failureReason(file: string, error: unknown): string {
  if (error instanceof ClipReadError) return error.reason;
  if (error instanceof NoArticleError) return 'no article text was found in it';
  const fsCode = (error as NodeJS.ErrnoException)?.code;
  if (fsCode) return describeFileError(error);
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(file + ': ') ? message.slice(file.length + 2) : message;
}

/** Whether the bytes are the whole of their ArrayBuffer, which can then be transferred (not a slice of a pool). */
export function ownsItsBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer);
}

// Only when started by the importer's pool (not when imported in-thread, nor inside a test runner's worker).
if (parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_MARK] === true) {
  const port = parentPort;
  // shared with the main thread and the other workers, not copied (known.ts)
  const shared = (workerData as { known?: SharedArrayBuffer }).known;
  const known = new KnownSources(shared instanceof SharedArrayBuffer ? shared : []);
  // one job at a time, in the order posted: the pool counts on it to know which file a crash was on
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (job: WorkJob) => {
    queue = queue.then(() => processJob(job, known)).then((result) => {
      const packed = v8.serialize(result);
      // its bytes are handed over, not copied: the worker frees nothing later and copies nothing now
      port.postMessage({ seq: result.seq, packed }, ownsItsBuffer(packed) ? [packed.buffer] : []);
    });
  });
}
