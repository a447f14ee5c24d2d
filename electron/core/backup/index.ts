// Backups: rolling copies in a `Backups` folder beside the library file — before a migration changes a
// non-empty library, and at most once a day on open — keeping the newest DEFAULT_KEEP; `cuttings backup FILE`
// for a copy anywhere. Copies are written to a temporary name and renamed, so a half-written backup never
// passes for a good one.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

/** rolling backups kept beside the library */
export const DEFAULT_KEEP = 10;
/** the automatic backup on open is skipped when the newest one is younger than this */
export const DEFAULT_DAILY_MS = 24 * 60 * 60 * 1000;
export const BACKUP_DIR_NAME = 'Backups';
const BACKUP_SUFFIX = '.sqlite';

/** A library file's name without its extension: what its backups' names start with. */
export function libraryBaseName(libraryFile: string): string {
  return path.basename(libraryFile).replace(/\.[^.]+$/, '');
}

export function backupDir(libraryFile: string): string {
  return path.join(path.dirname(path.resolve(libraryFile)), BACKUP_DIR_NAME);
}

/** `<library name> <UTC timestamp> <why>.sqlite`: sorts by time, says why it was made. */
export function backupName(libraryFile: string, reason: string, at = new Date()): string {
  const base = libraryBaseName(libraryFile);
  const stamp = at.toISOString().replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  return `${base} ${stamp} ${reason}${BACKUP_SUFFIX}`;
}

export function listBackups(libraryFile: string): string[] {
  const dir = backupDir(libraryFile);
  const base = libraryBaseName(libraryFile) + ' ';
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(base) && n.endsWith(BACKUP_SUFFIX))
    .sort()
    .map((n) => path.join(dir, n));
}

export function pruneBackups(libraryFile: string, keep = DEFAULT_KEEP): void {
  const all = listBackups(libraryFile);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(old, { force: true });
}

/** A consistent copy of the open database with better-sqlite3's online backup API. */
export async function backupTo(db: Database.Database, dest: string): Promise<void> {
  const target = path.resolve(dest);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.partial`;
  fs.rmSync(temp, { force: true });
  try {
    await db.backup(temp);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * A synchronous copy for the moment before migrations (opening a library is synchronous): `VACUUM INTO`
 * is SQLite's own consistent copy of a live database.
 */
export function backupToSync(db: Database.Database, dest: string): void {
  const target = path.resolve(dest);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.partial`;
  fs.rmSync(temp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Before migrating a library that holds clips: a rolling backup at the old schema version. */
export function backupBeforeMigration(db: Database.Database, libraryFile: string, fromVersion: number, keep = DEFAULT_KEEP): string {
  const dest = path.join(backupDir(libraryFile), backupName(libraryFile, `before-schema-${fromVersion + 1}`));
  backupToSync(db, dest);
  pruneBackups(libraryFile, keep);
  return dest;
}

export function dailyBackupDue(libraryFile: string, now = Date.now(), every = DEFAULT_DAILY_MS): boolean {
  const newest = listBackups(libraryFile).at(-1);
  if (!newest) return true;
  try {
    return now - fs.statSync(newest).mtimeMs >= every;
  } catch {
    return true;
  }
}

/** The automatic backup on open: at most daily, only for a library with clips. Resolves to the file or null. */
export async function dailyBackup(db: Database.Database, libraryFile: string, keep = DEFAULT_KEEP): Promise<string | null> {
  if (!dailyBackupDue(libraryFile)) return null;
  const dest = path.join(backupDir(libraryFile), backupName(libraryFile, 'daily'));
  await backupTo(db, dest);
  pruneBackups(libraryFile, keep);
  return dest;
}

export function newestBackup(libraryFile: string): string | null {
  return listBackups(libraryFile).at(-1) ?? null;
}

/**
 * Puts the newest backup in place of a library that cannot be opened. The damaged file (and its WAL and
 * shared-memory files) is kept beside it as `<name>.damaged-<time>`, never deleted. Returns the backup used.
 */
export function restoreNewestBackup(libraryFile: string, at = new Date()): { backup: string; damagedCopy: string } {
  const backup = newestBackup(libraryFile);
  if (!backup) throw new Error(`${libraryFile}: there is no backup to restore`);
  const file = path.resolve(libraryFile);
  const damagedCopy = `${file}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, damagedCopy + suffix);
  }
  const temp = `${file}.restoring`;
  fs.copyFileSync(backup, temp);
  fs.renameSync(temp, file);
  return { backup, damagedCopy };
}
