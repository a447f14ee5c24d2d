import { electronMock } from '../setup/electron-mock';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import {
  clampWindowState,
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  SAVE_DELAY_MS,
  trackWindowState,
} from '../../electron/main/window-state';
import { SettingsStore } from '../../electron/main/settings';
import { createMainWindow } from '../../electron/main/window';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('clampWindowState', () => {
  it('centres a default-sized window on the primary display when nothing was saved', () => {
    expect(clampWindowState(undefined, [laptop])).toEqual({
      x: Math.round((1440 - DEFAULT_WINDOW_SIZE.width) / 2),
      y: Math.round((875 - DEFAULT_WINDOW_SIZE.height) / 2),
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    });
  });

  it('keeps a saved window that is on a display', () => {
    const saved = { x: 1600, y: 100, width: 1000, height: 700, maximized: false };
    expect(clampWindowState(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('recentres a window left on a monitor that is gone', () => {
    const state = clampWindowState({ x: 2000, y: 200, width: 1000, height: 700, maximized: true }, [laptop]);
    expect(state).toEqual({ x: 220, y: 88, width: 1000, height: 700, maximized: true });
  });

  it('pulls a window hanging off the edge back inside, and shrinks one larger than the display', () => {
    expect(clampWindowState({ x: 1300, y: 700, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({
      x: 440,
      y: 175,
      width: 1000,
      height: 700,
      maximized: false,
    });
    expect(clampWindowState({ x: 10, y: 10, width: 5000, height: 3000, maximized: false }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875,
      maximized: false,
    });
  });

  it('does not count a sliver of overlap as visible', () => {
    const state = clampWindowState({ x: 1430, y: 100, width: 800, height: 600, maximized: false }, [laptop]);
    expect(state.x).toBe(320);
  });

  it('ignores nonsense and enforces the minimum size', () => {
    expect(clampWindowState({ x: Number.NaN, y: 5, width: 10, height: -3 } as never, [laptop])).toMatchObject({
      width: MIN_WINDOW_SIZE.width,
      height: MIN_WINDOW_SIZE.height,
    });
    expect(clampWindowState({ width: 'big' } as never, [laptop])).toMatchObject(DEFAULT_WINDOW_SIZE);
  });

  it('uses the displays from screen when creating the window', () => {
    electronMock.state.displays = [{ id: 2, workArea: laptop }];
    const win = createMainWindow({ appPath: '/a', savedState: { x: 9000, y: 9000, width: 800, height: 600, maximized: false } });
    expect((win as unknown as { options: object }).options).toMatchObject({ x: 320, y: 138, width: 800, height: 600 });
  });
});

describe('window-state persistence', () => {
  let dir: string | undefined;
  afterEach(() => {
    vi.useRealTimers();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('saves after moves settle and on close, into settings.json, keeping other keys', () => {
    vi.useFakeTimers();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-settings-'));
    const store = new SettingsStore(dir);
    store.update({ lastLibrary: '/lib.sqlite' });
    const win = new electronMock.electron.BrowserWindow({ x: 5, y: 6, width: 900, height: 700 });
    trackWindowState(win as unknown as BrowserWindow, (state) => store.update({ window: state }));

    win.setBounds({ x: 50 });
    win.emit('move');
    win.emit('move');
    expect(store.read().window).toBeUndefined();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(store.read().window).toEqual({ x: 50, y: 6, width: 900, height: 700, maximized: false });

    win.maximized = true;
    win.close();
    expect(store.read()).toEqual({
      lastLibrary: '/lib.sqlite',
      window: { x: 50, y: 6, width: 900, height: 700, maximized: true },
    });
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
  });

  it('reads a missing or broken settings file as empty', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-settings-'));
    const store = new SettingsStore(dir);
    expect(store.read()).toEqual({});
    fs.writeFileSync(store.file, '[1,2');
    expect(store.read()).toEqual({});
    fs.writeFileSync(store.file, '[1,2]');
    expect(store.read()).toEqual({});
  });
});
