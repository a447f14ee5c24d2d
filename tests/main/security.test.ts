import { electronMock } from '../setup/electron-mock';
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { denyAllPermissions, guardWebContents, isExternalWebUrl, setupSecurity } from '../../electron/main/security';

const { electron } = electronMock;

function guarded() {
  const win = new electron.BrowserWindow();
  guardWebContents(win.webContents as unknown as WebContents);
  return win.webContents;
}

function navigate(contents: ReturnType<typeof guarded>, url: string) {
  const event = { url, preventDefault: vi.fn() };
  contents.emit('will-navigate', event, url);
  return event;
}

describe('navigation and new windows', () => {
  it('refuses every navigation; web links go to the browser', () => {
    const contents = guarded();
    const web = navigate(contents, 'https://example.org/article');
    expect(web.preventDefault).toHaveBeenCalled();
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/article');

    for (const url of ['file:///etc/passwd', 'app://cuttings/other.html', 'javascript:alert(1)', 'smb://host/share']) {
      expect(navigate(contents, url).preventDefault).toHaveBeenCalled();
    }
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies window.open; http(s) opens externally, anything else is dropped', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler!({ url: 'http://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///C:/Windows/system32/calc.exe' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://cuttings/index.html' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('http://example.org/');
  });

  it('refuses webviews and redirects', () => {
    const contents = guarded();
    for (const name of ['will-attach-webview', 'will-redirect']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event, {}, {});
      expect(event.preventDefault).toHaveBeenCalled();
    }
  });

  it('guards every WebContents the app creates', () => {
    setupSecurity();
    const win = new electron.BrowserWindow();
    electron.app.emit('web-contents-created', {}, win.webContents);
    expect(win.webContents.windowOpenHandler).toBeTypeOf('function');
    expect(win.webContents.listenerCount('will-navigate')).toBe(1);
  });

  it('recognises web URLs only', () => {
    expect(isExternalWebUrl('https://a.example')).toBe(true);
    expect(isExternalWebUrl('mailto:a@b.example')).toBe(false);
    expect(isExternalWebUrl('not a url')).toBe(false);
  });
});

describe('permissions', () => {
  it('denies every request and every check', () => {
    denyAllPermissions();
    const session = electron.session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      session.permissionRequestHandler!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler!({}, permission, 'app://cuttings', {})).toBe(false);
    }
  });
});
