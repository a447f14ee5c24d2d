// What the user does with libraries from the shell: open the startup one (and recover when it cannot be
// opened), open another (File > Open Library…, Settings), show the current one in the file manager, move it
// to another folder (Settings; the copying and checking is electron/core/library/move).
import path from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import { newestBackup, restoreNewestBackup } from '../core/backup';
import { libraryFileIn, moveLibrary } from '../core/library/move';
import { chooseLibraryFile, chooseMoveFolder } from './dialogs';
import type { LibraryHost } from './library';

export interface LibraryActionOptions {
  host: LibraryHost;
  getWindow: () => BrowserWindow | null;
  /** the window must reload to show the other library */
  onSwitched?: () => void;
  onError?: (message: string, error: unknown) => void;
  /** better-sqlite3 binding for checking a moved copy (Electron's own build) */
  nativeBinding?: string;
  /** true while an import writes to the library: a move would copy it half-way, so it waits */
  importing?: () => boolean;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens the startup library. When it cannot be opened (damaged, newer than this app, unreadable), asks:
 * restore its newest backup (when there is one; the damaged file is kept aside), choose another, or quit.
 * Resolves true when a library is open.
 */
export async function openStartupLibrary(file: string, { host, onError }: LibraryActionOptions): Promise<boolean> {
  let failed: unknown;
  try {
    await host.open(file);
    return true;
  } catch (error) {
    failed = error;
    onError?.(`cannot open the library ${file}`, error);
  }
  for (;;) {
    const backup = newestBackup(file);
    const buttons = [...(backup ? ['Restore Newest Backup'] : []), 'Open Another Library…', 'Quit'];
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'Cuttings',
      message: 'The library could not be opened.',
      detail: message(failed) + (backup ? `\n\nThe newest backup is ${path.basename(backup)}. Restoring it keeps the damaged file beside the library.` : ''),
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
    });
    const choice = buttons[response];
    if (choice === 'Quit' || choice === undefined) return false;
    if (choice === 'Restore Newest Backup') {
      try {
        restoreNewestBackup(file);
        await host.open(file);
        return true;
      } catch (error) {
        failed = error;
        onError?.(`cannot restore a backup of ${file}`, error);
        continue;
      }
    }
    const other = await chooseLibraryFile(null);
    if (!other) continue;
    try {
      await host.open(other);
      return true;
    } catch (error) {
      failed = error;
      onError?.(`cannot open the library ${other}`, error);
    }
  }
}

/** File > Open Library…: choose a file, open it, and reload the window on it; the old one stays on failure. */
export async function openAnotherLibrary({ host, getWindow, onSwitched, onError }: LibraryActionOptions): Promise<boolean> {
  const file = await chooseLibraryFile(getWindow());
  if (!file) return false;
  try {
    await host.open(file);
  } catch (error) {
    onError?.(`cannot open the library ${file}`, error);
    dialog.showErrorBox('The library could not be opened', message(error));
    return false;
  }
  onSwitched?.();
  return true;
}

/** File > Show Library: the library file selected in Finder/Explorer/the file manager. */
export function showLibrary(host: LibraryHost): void {
  const file = host.library?.file;
  if (file && file !== ':memory:') shell.showItemInFolder(file);
}

/**
 * Settings > Move library…: choose a folder, move the library there (copy, check, switch, then remove the old
 * file), and reload the window on it. On failure the old library stays open and the user is told why.
 */
export async function moveLibraryToFolder({ host, getWindow, onSwitched, onError, nativeBinding, importing }: LibraryActionOptions): Promise<boolean> {
  const library = host.library;
  if (!library || library.file === ':memory:') return false;
  if (importing?.()) {
    dialog.showErrorBox('The library could not be moved', 'An import is still running. Move the library once it has finished.');
    return false;
  }
  const folder = await chooseMoveFolder(getWindow());
  if (!folder) return false;
  const from = library.file;
  try {
    const result = await moveLibrary({
      db: library.db,
      from,
      to: libraryFileIn(folder, from),
      nativeBinding,
      switchTo: async (file) => {
        await host.open(file);
      },
    });
    if (result.leftBehind.length) onError?.(`moved the library, but could not remove ${result.leftBehind.join(', ')}`, null);
  } catch (error) {
    onError?.(`cannot move the library ${from} to ${folder}`, error);
    dialog.showErrorBox('The library could not be moved', message(error));
    return false;
  }
  onSwitched?.();
  return true;
}
