// What the user does with libraries from the shell: open the startup one (and recover when it cannot be
// opened), open another (File > Open Library…), show the current one in the file manager.
import { dialog, shell, type BrowserWindow } from 'electron';
import { chooseLibraryFile } from './dialogs';
import type { LibraryHost } from './library';

export interface LibraryActionOptions {
  host: LibraryHost;
  getWindow: () => BrowserWindow | null;
  /** the window must reload to show the other library */
  onSwitched?: () => void;
  onError?: (message: string, error: unknown) => void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens the startup library. When it cannot be opened (damaged, newer than this app, unreadable), asks:
 * choose another, or quit. Resolves true when a library is open.
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
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'Cuttings',
      message: 'The library could not be opened.',
      detail: message(failed),
      buttons: ['Open Another Library…', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    });
    if (response !== 0) return false;
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
