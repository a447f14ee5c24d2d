// Import: walk the paths, process each file, store its articles. A failed file is reported and
// never stops the rest; each file is stored in one transaction, so a crash never leaves half a clip;
// the body hash makes a re-run (after a cancel or a crash) add only what is missing.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ImportFailure, ImportRequest, ImportSummary } from '../../shared/api';
import type { CleanOptions } from '../../shared/article';
import type { Library } from '../library';
import { bodyHash, findClipByBodyHash, insertClip, sha256 } from '../library/clips';
import { ClipReadError } from '../read';
import { isJsonExportName, restoreExportFile } from './json-restore';
import { NoArticleError, processBytes, processFile, type ProcessedFile } from './pipeline';
import { describeFsError, walkPaths } from './walk';

export interface ImportCounters extends ImportSummary {
  current: string | null;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportCounters) => void;
  clean?: CleanOptions;
}

/** `duplicates`: a Cuttings JSON export holds many clips, any of which may already be in the library */
type Outcome = { kind: 'imported'; ids: number[]; duplicates?: number } | { kind: 'duplicate'; duplicates?: number };

export async function runImport(library: Library, request: ImportRequest, options: ImportOptions = {}): Promise<ImportSummary> {
  const { signal, onProgress } = options;
  const progress: ImportCounters = { done: 0, total: null, current: null, imported: 0, duplicates: 0, failed: [], clipIds: [], importId: 0 };
  const report = () => onProgress?.({ ...progress, failed: [...progress.failed], clipIds: [...progress.clipIds] });
  const importId = Number(
    library.db.prepare('INSERT INTO imports (started_at) VALUES (?)').run(new Date().toISOString()).lastInsertRowid,
  );
  progress.importId = importId;

  // Walk first so the total is known; the walk itself yields to the event loop between folders.
  const files: string[] = [];
  for await (const entry of walkPaths(request.paths ?? [], signal)) {
    if (entry.file) files.push(entry.file);
    if (entry.failure) progress.failed.push(entry.failure);
  }
  const dropped = request.files ?? [];
  progress.total = files.length + dropped.length + progress.failed.length;
  progress.done = progress.failed.length;
  report();

  const settle = (file: string, outcome: Outcome | ImportFailure) => {
    if ('reason' in outcome) progress.failed.push(outcome);
    else if (outcome.kind === 'duplicate') progress.duplicates += outcome.duplicates ?? 1;
    else {
      progress.imported += outcome.ids.length;
      progress.duplicates += outcome.duplicates ?? 0;
      progress.clipIds.push(...outcome.ids);
    }
    progress.done++;
    progress.current = file;
    report();
  };

  for (const file of files) {
    if (signal?.aborted) break;
    if (isJsonExportName(file)) settle(file, await restoreExportFile(library, file, () => fs.readFile(file), importId));
    else settle(file, await importOne(library, file, importId, () => processFile(file, options.clean)));
    await yieldToEventLoop();
  }
  for (const drop of dropped) {
    if (signal?.aborted) break;
    const bytes = Buffer.from(drop.dataBase64, 'base64');
    if (isJsonExportName(drop.name)) settle(drop.name, await restoreExportFile(library, drop.name, async () => bytes, importId));
    else settle(drop.name, await importOne(library, drop.name, importId, () => processBytes(drop.name, bytes, options.clean), false));
    await yieldToEventLoop();
  }

  library.db
    .prepare('UPDATE imports SET finished_at = ?, state = ?, imported = ?, duplicates = ?, failed = ? WHERE id = ?')
    .run(new Date().toISOString(), signal?.aborted ? 'cancelled' : 'done', progress.imported, progress.duplicates, progress.failed.length, importId);
  progress.current = null;
  const { current: _current, ...summary } = progress;
  return summary;
}

async function importOne(
  library: Library,
  file: string,
  importId: number,
  process: () => Promise<ProcessedFile>,
  keepPath = true,
): Promise<Outcome | ImportFailure> {
  let processed: ProcessedFile;
  try {
    processed = await process();
  } catch (error) {
    return { file, reason: failureReason(file, error) };
  }
  try {
    return storeFile(library, file, processed, importId, keepPath);
  } catch (error) {
    return { file, reason: `could not be stored: ${(error as Error).message}` };
  }
}

function storeFile(library: Library, file: string, processed: ProcessedFile, importId: number, keepPath: boolean): Outcome {
  const { db } = library;
  const sourceHash = sha256(processed.source.text);
  const ids = db.transaction(() => {
    const added: number[] = [];
    processed.articles.forEach((article, index) => {
      if (findClipByBodyHash(db, bodyHash(article.body)) !== null) return;
      added.push(
        insertClip(db, {
          fileName: path.basename(file),
          filePath: keepPath ? path.resolve(file) : null,
          original: processed.source.text,
          format: processed.source.format,
          encoding: processed.source.encoding,
          sourceHash,
          articleIndex: index,
          article,
          importId,
        }),
      );
    });
    return added;
  })();
  return ids.length ? { kind: 'imported', ids } : { kind: 'duplicate' };
}

/** The reason alone: the file is named beside it in every report. */
function failureReason(file: string, error: unknown): string {
  if (error instanceof ClipReadError) return error.reason;
  if (error instanceof NoArticleError) return 'no article text was found in it';
  const fsCode = (error as NodeJS.ErrnoException)?.code;
  if (fsCode) return describeFsError(error);
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(file + ': ') ? message.slice(file.length + 2) : message;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
