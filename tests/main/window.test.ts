import { electronMock } from '../setup/electron-mock';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainWindow, focusMainWindow, getMainWindow, preloadPath } from '../../electron/main/window';
import { APP_INDEX_URL } from '../../electron/main/protocol';

const { BrowserWindow } = electronMock.electron;

describe('the main window', () => {
  it('is locked down: context isolation, sandbox, no Node, web security, the bundled preload', () => {
    const win = createMainWindow({ appPath: '/opt/cuttings' }) as unknown as InstanceType<typeof BrowserWindow>;
    const prefs = win.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      preload: path.join('/opt/cuttings', 'dist', 'preload', 'preload.cjs'),
    });
    expect(prefs.allowRunningInsecureContent).not.toBe(true);
    expect(prefs.preload).toBe(preloadPath('/opt/cuttings'));
  });

  it('never relaxes a preference (every security flag is written out)', () => {
    const win = createMainWindow({ appPath: '/a' }) as unknown as InstanceType<typeof BrowserWindow>;
    const prefs = win.options.webPreferences;
    expect(Object.entries(prefs).filter(([, value]) => value === undefined)).toEqual([]);
    expect(prefs).toMatchObject({ allowRunningInsecureContent: false, experimentalFeatures: false, disableBlinkFeatures: 'Auxclick' });
    expect(prefs).not.toHaveProperty('partition');
  });

  it('loads the app from app://, not file://, and shows when ready', () => {
    const win = createMainWindow({ appPath: '/opt/cuttings' }) as unknown as InstanceType<typeof BrowserWindow>;
    expect(win.loadedUrl).toBe(APP_INDEX_URL);
    expect(win.options.show).toBe(false);
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('restores a maximised window maximised', () => {
    const win = createMainWindow({
      appPath: '/a',
      savedState: { x: 10, y: 10, width: 900, height: 700, maximized: true },
    }) as unknown as InstanceType<typeof BrowserWindow>;
    expect(win.maximize).toHaveBeenCalled();
    expect(win.options).toMatchObject({ x: 10, y: 10, width: 900, height: 700 });
  });

  it('is forgotten when closed, and focusing restores a minimised one', () => {
    const win = createMainWindow({ appPath: '/a' }) as unknown as InstanceType<typeof BrowserWindow>;
    expect(getMainWindow()).toBe(win);
    win.minimized = true;
    focusMainWindow();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    win.close();
    expect(getMainWindow()).toBeNull();
  });
});
