import { electronMock } from '../setup/electron-mock';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { ImportProgress } from '../../electron/shared/api';
import { IMPORT_PROGRESS_CHANNEL, MENU_CHANNEL } from '../../electron/shared/bridge';
import { ImportRelay, LONG_IMPORT_MS, notificationBody, progressBarValue } from '../../electron/main/import';

const { electron } = electronMock;

function progress(patch: Partial<ImportProgress> = {}): ImportProgress {
  return {
    jobId: 'job-1',
    state: 'running',
    done: 0,
    total: null,
    current: null,
    imported: 0,
    duplicates: 0,
    failed: [],
    clipIds: [],
    ...patch,
  };
}

function setup() {
  const win = new electron.BrowserWindow();
  const startImport = vi.fn(async () => ({ jobId: 'job-1' }));
  let now = 1_000;
  const relay = new ImportRelay({
    getWindow: () => win as unknown as BrowserWindow,
    getApi: () => ({ startImport }),
    now: () => now,
  });
  return { win, relay, startImport, advance: (ms: number) => (now += ms) };
}

describe('imports the shell starts', () => {
  it('waits for the window to load, then shows the import panel and starts one background import', async () => {
    const { win, relay, startImport } = setup();
    await relay.importPaths(['/a.txt', '/folder']);
    await relay.importPaths(['/a.txt', '/b.html']);
    expect(startImport).not.toHaveBeenCalled();
    expect(relay.pending).toEqual(['/a.txt', '/folder', '/b.html']);

    relay.markReady();
    await vi.waitFor(() => expect(startImport).toHaveBeenCalledTimes(1));
    expect(startImport).toHaveBeenCalledWith({ paths: ['/a.txt', '/folder', '/b.html'] });
    expect(win.webContents.sent).toContainEqual({ channel: MENU_CHANNEL, args: ['import'] });
    expect(relay.pending).toEqual([]);
  });

  it('starts at once when ready, and ignores an empty pick', async () => {
    const { relay, startImport } = setup();
    relay.markReady();
    await expect(relay.importPaths([])).resolves.toBeNull();
    await expect(relay.importPaths(['/x.eml'])).resolves.toBe('job-1');
    expect(startImport).toHaveBeenCalledTimes(1);
  });

  it('reports a failure to start instead of throwing', async () => {
    const onError = vi.fn();
    const relay = new ImportRelay({
      getWindow: () => null,
      getApi: () => {
        throw new Error('no library is open');
      },
      onError,
    });
    relay.markReady();
    await expect(relay.importPaths(['/x.txt'])).resolves.toBeNull();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'no library is open' }));
  });
});

describe('import progress', () => {
  it('is forwarded to the window and shown on the taskbar/dock', () => {
    const { win, relay } = setup();
    expect(relay.importing).toBe(false);
    relay.onProgress(progress());
    relay.onProgress(progress({ done: 5, total: 20 }));
    expect(relay.importing).toBe(true);
    relay.onProgress(progress({ state: 'done', done: 20, total: 20, imported: 18, duplicates: 2 }));
    expect(relay.importing).toBe(false);
    expect(win.webContents.sent.filter((m) => m.channel === IMPORT_PROGRESS_CHANNEL)).toHaveLength(3);
    expect(win.progress.map((p) => p.value)).toEqual([2, 0.25, -1]);
  });

  it('shows a failed import in the error state', () => {
    const { win, relay } = setup();
    relay.onProgress(progress({ state: 'failed', error: 'disk full' }));
    expect(win.progress.at(-1)).toEqual({ value: -1, options: { mode: 'error' } });
  });

  it('notifies when a long import ends while the window is unfocused', () => {
    const { win, relay, advance } = setup();
    win.focused = false;
    relay.onProgress(progress({ total: 300 }));
    advance(LONG_IMPORT_MS + 1);
    relay.onProgress(progress({ state: 'done', done: 300, total: 300, imported: 299, duplicates: 1 }));
    expect(electron.Notification.shown).toHaveLength(1);
    const [note] = electron.Notification.shown;
    expect(note!.options).toMatchObject({ title: 'Import finished', body: '299 clippings imported, 1 already in the library.' });
    note!.emit('click');
    expect(win.focus).toHaveBeenCalled();
  });

  it('stays quiet for a short import, or when the user is looking at the window', () => {
    const quick = setup();
    quick.relay.onProgress(progress());
    quick.advance(LONG_IMPORT_MS - 1);
    quick.relay.onProgress(progress({ state: 'done' }));

    const watched = setup();
    watched.win.focused = true;
    watched.relay.onProgress(progress());
    watched.advance(LONG_IMPORT_MS * 10);
    watched.relay.onProgress(progress({ state: 'done' }));
    expect(electron.Notification.shown).toHaveLength(0);
  });

  it('computes bar values and messages', () => {
    expect(progressBarValue(progress({ done: 3, total: 0 }))).toBe(2);
    expect(progressBarValue(progress({ done: 30, total: 3 }))).toBe(1);
    expect(notificationBody(progress({ state: 'done', imported: 1, failed: [{ file: 'x', reason: 'binary' }] }))).toBe(
      '1 clipping imported, 1 could not be read.',
    );
    expect(notificationBody(progress({ state: 'failed', error: 'the library is read-only' }))).toBe('the library is read-only');
  });
});
