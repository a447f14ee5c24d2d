// Imports the shell starts itself (File > Import…, files on the command line, a second instance, macOS
// open-file), and the progress of every import pushed to the window, shown on the taskbar/dock, and
// announced by a notification when a long one finishes while the user is elsewhere.
import { Notification, type BrowserWindow } from 'electron';
import type { CuttingsApi, ImportProgress } from '../shared/api';
import { IMPORT_PROGRESS_CHANNEL, MENU_CHANNEL, type MenuCommand } from '../shared/bridge';

/**
 * electron-builder.yml's appId. Windows shows notifications only for an app with an AppUserModelID, and the
 * NSIS installer registers the shortcut under this one, so main sets the same (app.setAppUserModelId).
 */
export const APP_USER_MODEL_ID = 'app.cuttings.desktop';

/** An import that ran at least this long gets a notification when it ends while the window is unfocused. */
export const LONG_IMPORT_MS = 5_000;
/** setProgressBar's values: > 1 shows an indeterminate bar, < 0 removes it */
const INDETERMINATE = 2;
const NO_PROGRESS = -1;

export interface ImportRelayOptions {
  getWindow: () => BrowserWindow | null;
  getApi: () => Pick<CuttingsApi, 'startImport'>;
  onError?: (error: unknown) => void;
  now?: () => number;
}

export class ImportRelay {
  #ready = false;
  #pending: string[] = [];
  #started = new Map<string, number>();
  readonly #now: () => number;

  constructor(private readonly options: ImportRelayOptions) {
    this.#now = options.now ?? Date.now;
  }

  /** Sends a menu command to the window (if it exists). */
  sendCommand(command: MenuCommand): void {
    const win = this.options.getWindow();
    if (win && !win.webContents.isDestroyed()) win.webContents.send(MENU_CHANNEL, command);
  }

  /** Paths opened before the window has loaded wait here until markReady(). */
  get pending(): readonly string[] {
    return this.#pending;
  }

  /** True while an import reports progress and has not finished (moving the library waits for it). */
  get importing(): boolean {
    return this.#started.size > 0;
  }

  /** The window has loaded and subscribed: run what waited. */
  markReady(): void {
    this.#ready = true;
    const waiting = this.#pending;
    this.#pending = [];
    if (waiting.length) void this.importPaths(waiting);
  }

  /** The window is gone (closed, or reloading after Open Library…): queue again until it is back. */
  markNotReady(): void {
    this.#ready = false;
  }

  /** Starts a background import of files and folders; the window shows its import panel and follows progress. */
  async importPaths(paths: readonly string[]): Promise<string | null> {
    const unique = [...new Set(paths.filter((p) => typeof p === 'string' && p.length > 0))];
    if (unique.length === 0) return null;
    if (!this.#ready) {
      this.#pending.push(...unique.filter((p) => !this.#pending.includes(p)));
      return null;
    }
    try {
      this.sendCommand('import');
      const { jobId } = await this.options.getApi().startImport({ paths: unique });
      return jobId;
    } catch (error) {
      this.options.onError?.(error);
      return null;
    }
  }

  /** The onImportProgress hook given to createApi: every import's progress, whoever started it. */
  readonly onProgress = (progress: ImportProgress): void => {
    if (!this.#started.has(progress.jobId)) this.#started.set(progress.jobId, this.#now());
    const win = this.options.getWindow();
    if (win && !win.isDestroyed()) {
      if (!win.webContents.isDestroyed()) win.webContents.send(IMPORT_PROGRESS_CHANNEL, progress);
      win.setProgressBar(progressBarValue(progress), progress.state === 'failed' ? { mode: 'error' } : undefined);
    }
    if (progress.state !== 'running') {
      const startedAt = this.#started.get(progress.jobId) ?? this.#now();
      this.#started.delete(progress.jobId);
      if (this.#now() - startedAt >= LONG_IMPORT_MS && !(win && win.isFocused())) this.#notify(progress);
    }
  };

  #notify(progress: ImportProgress): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: notificationTitle(progress), body: notificationBody(progress), silent: false });
    notification.on('click', () => {
      const win = this.options.getWindow();
      if (!win) return;
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    });
    notification.show();
  }
}

/** The taskbar/dock value for one progress report. */
export function progressBarValue(progress: ImportProgress): number {
  if (progress.state !== 'running') return NO_PROGRESS;
  if (!progress.total) return INDETERMINATE;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}

export function notificationTitle(progress: ImportProgress): string {
  if (progress.state === 'failed') return 'Import failed';
  if (progress.state === 'cancelled') return 'Import cancelled';
  return 'Import finished';
}

export function notificationBody(progress: ImportProgress): string {
  if (progress.state === 'failed' && progress.error) return progress.error;
  const parts = [`${progress.imported} ${progress.imported === 1 ? 'clipping' : 'clippings'} imported`];
  if (progress.duplicates) parts.push(`${progress.duplicates} already in the library`);
  if (progress.failed.length) parts.push(`${progress.failed.length} could not be read`);
  return parts.join(', ') + '.';
}
