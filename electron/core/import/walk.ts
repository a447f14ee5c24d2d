// Expanding dropped or named paths into the files to import.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describeFileError, isSupportedFile } from '../read';

/** Names that are never clippings: OS bookkeeping files. Hidden files (".x") are skipped too. */
const SYSTEM_FILE_NAMES = new Set(['thumbs.db', 'desktop.ini', 'ehthumbs.db', '$recycle.bin', 'system volume information']);

export interface WalkEntry {
  /** a file to import */
  file?: string;
  /** a path that could not be read, with the reason */
  failure?: { file: string; reason: string };
}

export function isHiddenOrSystem(name: string): boolean {
  return name.startsWith('.') || SYSTEM_FILE_NAMES.has(name.toLowerCase());
}

/**
 * Yields every file to import below `paths`. A file named directly is always tried (so a wrong one
 * is reported); inside folders only supported file types are taken, hidden and system files skipped.
 * Directory symlink loops are cut by remembering each directory's real path.
 */
export async function* walkPaths(paths: readonly string[], signal?: AbortSignal): AsyncGenerator<WalkEntry> {
  const seenDirs = new Set<string>();
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch (error) {
      yield { failure: { file: given, reason: describeFileError(error) } };
      continue;
    }
    if (stat.isDirectory()) yield* walkDirectory(given, seenDirs, signal);
    else yield { file: given };
  }
}

async function* walkDirectory(dir: string, seenDirs: Set<string>, signal?: AbortSignal): AsyncGenerator<WalkEntry> {
  if (signal?.aborted) return;
  let real: string;
  let entries;
  try {
    real = await fs.realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { failure: { file: dir, reason: describeFileError(error) } };
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (isHiddenOrSystem(entry.name)) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await fs.stat(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        yield { failure: { file: full, reason: describeFileError(error) } };
        continue;
      }
    }
    if (isDir) yield* walkDirectory(full, seenDirs, signal);
    else if (isFile && isSupportedFile(entry.name)) yield { file: full };
  }
}
