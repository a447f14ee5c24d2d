// What the window may not do: navigate away, open windows, attach webviews, or get any permission.
// Web links (http/https) go to the user's browser; every other URL is refused.
import { app, session, shell, type WebContents } from 'electron';

/** http(s) URLs are handed to the system browser; nothing else (file:, javascript:, app: …) leaves the app. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function openExternally(url: string): boolean {
  if (!isExternalWebUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

/** Navigation and window.open are refused; web links open in the browser. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, legacyUrl?: string) => {
    event.preventDefault();
    openExternally((event as { url?: string }).url ?? legacyUrl ?? '');
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/** Every permission (camera, notifications, geolocation, clipboard-read …) is denied, asked or checked. */
export function denyAllPermissions(target = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}

/** setupSecurity(): guards every WebContents the app ever creates, and the default session's permissions. */
export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  denyAllPermissions();
}
