// Moving the open library to another place (Settings > Move library…), safely: a consistent copy is made with
// SQLite's online backup API (so the WAL's pages are in it), checked (it opens, passes the integrity check),
// and the library's rolling backups are copied beside it; only after the caller has switched to the copy is
// the old file (with its -wal/-shm) and its backups removed. Any failure before the switch removes what was
// copied and leaves the old library in use and untouched.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupDir, libraryBaseName, listBackups } from '../backup';
import { checkLibrary } from './check';

/** SQLite's companion files of a WAL database, removed with it */
const COMPANION_SUFFIXES = ['-wal', '-shm'] as const;
/** the copy is written under this suffix and renamed once checked, so a half copy never passes for a library */
const PARTIAL_SUFFIX = '.moving';

export class LibraryMoveError extends Error {}

export interface MoveLibraryOptions {
  /** the open library's connection (read from while the copy is made) */
  db: Database.Database;
  /** the open library's file */
  from: string;
  /** the new library file; it must not exist */
  to: string;
  /** switches the app to the new file (opens it, closes the old); a throw here aborts the move */
  switchTo: (file: string) => Promise<void>;
  /** path of a better-sqlite3 .node for checking the copy (Electron passes its own) */
  nativeBinding?: string;
}

export interface MoveLibraryResult {
  file: string;
  /** backups copied beside the new file */
  backups: string[];
  /** what could not be removed at the old place after the switch (the move itself succeeded) */
  leftBehind: string[];
}

/** The target for a chosen folder: the library's own file name inside it. */
export function libraryFileIn(folder: string, currentFile: string): string {
  return path.join(path.resolve(folder), path.basename(currentFile));
}

/** Refuses a target that exists, is the library itself, or whose folder cannot be made. */
export function checkMoveTarget(from: string, to: string): void {
  const source = path.resolve(from);
  const target = path.resolve(to);
  if (source === ':memory:' || from === ':memory:') throw new LibraryMoveError('a library in memory cannot be moved');
  if (target === source) throw new LibraryMoveError('the library is already there');
  if (fs.existsSync(target)) throw new LibraryMoveError(`${target} already exists; choose a folder without a file of that name`);
}

export async function moveLibrary({ db, from, to, switchTo, nativeBinding }: MoveLibraryOptions): Promise<MoveLibraryResult> {
  checkMoveTarget(from, to);
  const source = path.resolve(from);
  const target = path.resolve(to);
  const created: string[] = [];
  let backups: string[] = [];
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await copyChecked(db, target, created, nativeBinding);
    backups = copyBackups(source, target, created);
    await switchTo(target);
  } catch (error) {
    for (const file of created.reverse()) fs.rmSync(file, { force: true });
    const message = error instanceof Error ? error.message : String(error);
    throw new LibraryMoveError(`the library was not moved (${message}); it is still at ${source}`);
  }
  return { file: target, backups, leftBehind: removeOld(source, target) };
}

/** Backup API copy to a partial name, open + integrity check, then rename to the target. */
async function copyChecked(db: Database.Database, target: string, created: string[], nativeBinding?: string): Promise<void> {
  const partial = target + PARTIAL_SUFFIX;
  fs.rmSync(partial, { force: true });
  created.push(partial);
  await db.backup(partial);
  const copy = new Database(partial, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const check = checkLibrary(copy);
    if (!check.ok) throw new LibraryMoveError(`the copy failed its check: ${check.problems.slice(0, 3).join('; ')}`);
    // a rollback journal: the copy is one self-contained file until the app opens it (in WAL mode again)
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  for (const suffix of COMPANION_SUFFIXES) created.push(partial + suffix);
  if (fs.existsSync(target)) throw new LibraryMoveError(`${target} appeared while copying`);
  fs.renameSync(partial, target);
  created.push(target, ...COMPANION_SUFFIXES.map((suffix) => target + suffix));
}

/**
 * The library's rolling backups (Backups/ beside it, named after it) are copied to Backups/ beside the new
 * file, renamed after the new file's name so they are still found as its backups. Nothing to do when the
 * folder stays the same and only the name would not change.
 */
function copyBackups(source: string, target: string, created: string[]): string[] {
  const old = listBackups(source);
  if (old.length === 0) return [];
  const dir = backupDir(target);
  const oldBase = libraryBaseName(source);
  const newBase = libraryBaseName(target);
  if (dir === backupDir(source) && oldBase === newBase) return [];
  fs.mkdirSync(dir, { recursive: true });
  const copied: string[] = [];
  for (const file of old) {
    const dest = path.join(dir, newBase + path.basename(file).slice(oldBase.length));
    if (fs.existsSync(dest)) continue;
    fs.copyFileSync(file, dest, fs.constants.COPYFILE_EXCL);
    created.push(dest);
    copied.push(dest);
  }
  return copied;
}

/** After the switch: the old file, its companions, and its backups (the Backups folder too once empty). */
function removeOld(source: string, target: string): string[] {
  const left: string[] = [];
  const remove = (file: string) => {
    try {
      fs.rmSync(file, { force: true });
    } catch {
      left.push(file);
    }
  };
  const sameBackups = backupDir(source) === backupDir(target) && libraryBaseName(source) === libraryBaseName(target);
  if (!sameBackups) for (const file of listBackups(source)) remove(file);
  for (const file of [source, ...COMPANION_SUFFIXES.map((s) => source + s)]) remove(file);
  const dir = backupDir(source);
  try {
    if (!sameBackups && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
  } catch {
    // no Backups folder, or one still holding other files: leave it
  }
  return left;
}
