// The one window. Its webPreferences are the locked-down ones Electron's security checklist asks for, written
// out in full; the page comes from app://, and the only code with Node is main.
import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { APP_INDEX_URL } from './protocol';
import { clampWindowState, MIN_WINDOW_SIZE, trackWindowState } from './window-state';
import type { WindowState } from './settings';

/** dist/preload/preload.cjs next to dist/main, under the app's root (the folder of package.json or app.asar). */
export function preloadPath(appPath: string): string {
  return path.join(appPath, 'dist', 'preload', 'preload.cjs');
}

/** dist/renderer, served on app://cuttings/. */
export function rendererDir(appPath: string): string {
  return path.join(appPath, 'dist', 'renderer');
}

export interface MainWindowOptions {
  appPath: string;
  savedState?: Partial<WindowState>;
  saveState?: (state: WindowState) => void;
}

let current: BrowserWindow | null = null;

/** The window, when there is one. */
export function getMainWindow(): BrowserWindow | null {
  return current && !current.isDestroyed() ? current : null;
}

export function createMainWindow({ appPath, savedState, saveState }: MainWindowOptions): BrowserWindow {
  const state = clampWindowState(savedState, screen.getAllDisplays().map((display) => display.workArea));
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Cuttings',
    show: false,
    backgroundColor: '#f6f3ee',
    // written out in full, in the constructor call, so a reader and a scanner (electronegativity) see each
    webPreferences: {
      preload: preloadPath(appPath),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // middle-click would ask for a new window; setWindowOpenHandler denies it anyway
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  current = win;
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (current === win) current = null;
  });
  if (saveState) trackWindowState(win, saveState);
  void win.loadURL(APP_INDEX_URL);
  return win;
}

/** Brings the window to the front (a second instance, a file opened from the Finder, a notification click). */
export function focusMainWindow(): void {
  const win = getMainWindow();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
