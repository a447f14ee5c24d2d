// What the preload exposes on `window.cuttings` (Electron only): one method per API call, plus the
// few things only the shell can do. In browser mode (`cuttings serve`) the renderer uses HTTP instead.
import type { CuttingsApi, ImportProgress } from './api';

/** Commands the application menu sends to the window. */
export type MenuCommand = 'import' | 'export' | 'find' | 'shortcuts' | 'settings';

export interface ShellBridge {
  /** real paths of dropped File objects (webUtils.getPathForFile); '' for files with no path */
  pathsForFiles(files: File[]): string[];
  /** subscribe to menu commands; returns the unsubscribe function */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** subscribe to import progress pushed by the main process; returns the unsubscribe function */
  onImportProgress(listener: (progress: ImportProgress) => void): () => void;
  /** Settings: show the library file in the file manager */
  showLibrary(): Promise<void>;
  /** Settings: choose and open another library (the window reloads on it); false when cancelled or failed */
  openAnotherLibrary(): Promise<boolean>;
  /** Settings: move the library to a chosen folder (the window reloads on it); false when cancelled or failed */
  moveLibrary(): Promise<boolean>;
}

export type CuttingsBridge = CuttingsApi & ShellBridge;

/** IPC channel of an API call: fixed per call, never chosen by the renderer. */
export const apiChannel = (call: string): string => `cuttings:api:${call}`;
export const MENU_CHANNEL = 'cuttings:menu';
export const IMPORT_PROGRESS_CHANNEL = 'cuttings:import-progress';
/** the Settings dialog's library actions, each on its own fixed channel */
export const LIBRARY_CHANNELS = {
  show: 'cuttings:library:show',
  open: 'cuttings:library:open',
  move: 'cuttings:library:move',
} as const;
