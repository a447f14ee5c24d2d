// The native dialogs the menu and Settings open: what to import, which library to open, where to move it.
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';

export type ImportPick = 'files' | 'folder' | 'files-and-folders';

export const IMPORT_FILTERS = [
  { name: 'Clippings', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'eml', 'mht', 'mhtml'] },
  { name: 'All Files', extensions: ['*'] },
];

/**
 * macOS's open panel can pick files and folders at once; on Windows and Linux a dialog asked for both shows
 * a folder picker only, so there File > Import… picks files and File > Import Folder… picks a folder.
 */
export function importDialogOptions(pick: ImportPick): OpenDialogOptions {
  const properties: OpenDialogOptions['properties'] =
    pick === 'files-and-folders'
      ? ['openFile', 'openDirectory', 'multiSelections']
      : pick === 'folder'
        ? ['openDirectory', 'multiSelections']
        : ['openFile', 'multiSelections'];
  return {
    title: pick === 'folder' ? 'Import a Folder of Clippings' : 'Import Clippings',
    buttonLabel: 'Import',
    properties,
    ...(pick === 'folder' ? {} : { filters: IMPORT_FILTERS }),
  };
}

async function showOpen(win: BrowserWindow | null, options: OpenDialogOptions): Promise<string[]> {
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

export function chooseImportPaths(win: BrowserWindow | null, pick: ImportPick): Promise<string[]> {
  return showOpen(win, importDialogOptions(pick));
}

export const LIBRARY_DIALOG_OPTIONS: OpenDialogOptions = {
  title: 'Open a Cuttings Library',
  buttonLabel: 'Open Library',
  properties: ['openFile', 'promptToCreate', 'createDirectory'],
  filters: [
    { name: 'Cuttings Library', extensions: ['sqlite', 'sqlite3', 'db'] },
    { name: 'All Files', extensions: ['*'] },
  ],
};

/** A library file to open (or create: the dialog may name a new one); null when cancelled. */
export async function chooseLibraryFile(win: BrowserWindow | null): Promise<string | null> {
  const [file] = await showOpen(win, LIBRARY_DIALOG_OPTIONS);
  return file ?? null;
}

export const MOVE_LIBRARY_DIALOG_OPTIONS: OpenDialogOptions = {
  title: 'Move the Library to a Folder',
  buttonLabel: 'Move Here',
  properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
};

/** The folder to move the library into (it keeps its file name there); null when cancelled. */
export async function chooseMoveFolder(win: BrowserWindow | null): Promise<string | null> {
  const [folder] = await showOpen(win, MOVE_LIBRARY_DIALOG_OPTIONS);
  return folder ?? null;
}
