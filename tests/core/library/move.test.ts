import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, backupName, listBackups } from '../../../electron/core/backup';
import { Library } from '../../../electron/core/library';
import { checkMoveTarget, libraryFileIn, moveLibrary } from '../../../electron/core/library/move';
import { search } from '../../../electron/core/library/search';
import { tempDir } from '../../helpers/temp';
import { addClips, NEWS } from './fixtures';

/** An open library with clips, one write still in the WAL, and two rolling backups beside it. */
function populated(): { file: string; library: Library; holder: { current: Library } } {
  const file = path.join(tempDir(), 'old place', 'Cuttings Library.sqlite');
  const library = Library.open(file, { backups: false });
  addClips(library, NEWS);
  fs.mkdirSync(backupDir(file), { recursive: true });
  for (const day of ['2026-01-01', '2026-01-02']) fs.writeFileSync(path.join(backupDir(file), backupName(file, 'daily', new Date(`${day}T00:00:00Z`))), `backup ${day}`);
  return { file, library, holder: { current: library } };
}

/** Opens the new file and closes the old one, as the app's LibraryHost does. */
function switcher(holder: { current: Library }) {
  return async (file: string) => {
    const next = Library.open(file, { backups: false });
    holder.current.close();
    holder.current = next;
  };
}

const clipCount = (library: Library) => library.db.prepare('SELECT count(*) FROM clips').pluck().get() as number;

describe('moving a library', () => {
  it('copies it with its backups to the new place, switches, and only then removes the old files', async () => {
    const { file, library, holder } = populated();
    const clips = clipCount(library);
    expect(fs.existsSync(`${file}-wal`)).toBe(true); // the clips are (partly) in the WAL: the copy must have them
    const to = libraryFileIn(path.join(tempDir(), 'new place'), file);
    const result = await moveLibrary({ db: library.db, from: file, to, switchTo: switcher(holder) });

    expect(result.file).toBe(to);
    expect(holder.current.file).toBe(to);
    expect(clipCount(holder.current)).toBe(clips);
    expect(search(holder.current.db, { query: 'Elysee' }).total).toBe(1);
    expect(listBackups(to).map((f) => fs.readFileSync(f, 'utf8'))).toEqual(['backup 2026-01-01', 'backup 2026-01-02']);
    expect(result.backups).toEqual(listBackups(to));
    expect(result.leftBehind).toEqual([]);
    for (const old of [file, `${file}-wal`, `${file}-shm`, backupDir(file)]) expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(`${to}.moving`)).toBe(false);
    holder.current.close();
  });

  it('renames the backups after a new file name so they stay its backups', async () => {
    const { file, library, holder } = populated();
    const to = path.join(path.dirname(file), 'Press 2026.sqlite');
    await moveLibrary({ db: library.db, from: file, to, switchTo: switcher(holder) });
    expect(listBackups(to)).toHaveLength(2);
    expect(listBackups(file)).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);
    holder.current.close();
  });

  it('refuses a target that exists or is the library itself, touching nothing', async () => {
    const { file, library, holder } = populated();
    const taken = path.join(tempDir(), 'taken.sqlite');
    fs.writeFileSync(taken, 'someone else');
    let switched = false;
    const switchTo = async () => {
      switched = true;
    };
    await expect(moveLibrary({ db: library.db, from: file, to: taken, switchTo })).rejects.toThrow(/already exists/);
    expect(() => checkMoveTarget(file, file)).toThrow(/already there/);
    expect(fs.readFileSync(taken, 'utf8')).toBe('someone else');
    expect(switched).toBe(false);
    expect(holder.current).toBe(library);
    expect(library.db.open).toBe(true);
    library.close();
  });

  it('leaves the old library in use and untouched, and removes the copy, when switching fails', async () => {
    const { file, library } = populated();
    const clips = clipCount(library);
    const dest = path.join(tempDir(), 'new place');
    const to = libraryFileIn(dest, file);
    const failing = async () => {
      throw new Error('disk unplugged');
    };
    await expect(moveLibrary({ db: library.db, from: file, to, switchTo: failing })).rejects.toThrow(/not moved \(disk unplugged\).*still at/);
    expect(library.db.open).toBe(true);
    expect(clipCount(library)).toBe(clips);
    expect(listBackups(file)).toHaveLength(2);
    expect(fs.existsSync(to)).toBe(false);
    expect(listBackups(to)).toEqual([]);
    expect(fs.readdirSync(dest).filter((n) => n !== 'Backups')).toEqual([]);
    library.close();
    const reopened = Library.open(file, { backups: false });
    expect(clipCount(reopened)).toBe(clips);
    reopened.close();
  });
});
