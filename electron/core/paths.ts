// Where things live. The library sits where users can see it (Documents/Cuttings, like Zotero's
// folder); settings live in the OS's per-user app-data folder, the same one Electron calls userData.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Cuttings';
export const LIBRARY_FILE_NAME = 'Cuttings Library.sqlite';
export const SETTINGS_FILE_NAME = 'settings.json';

/** The userData folder Electron uses for an app named Cuttings, computed without Electron. */
export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

export function defaultLibraryPath(): string {
  return path.join(os.homedir(), 'Documents', APP_NAME, LIBRARY_FILE_NAME);
}

export interface StoredSettings {
  lastLibrary?: string;
  [key: string]: unknown;
}

export function readSettings(dir = userDataDir()): StoredSettings {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, SETTINGS_FILE_NAME), 'utf8')) as StoredSettings;
  } catch {
    return {};
  }
}

/** --library, else $CUTTINGS_LIBRARY, else the library the desktop app opened last, else the default. */
export function resolveLibraryPath(explicit?: string, env: NodeJS.ProcessEnv = process.env, settingsDir?: string): string {
  if (explicit) return path.resolve(explicit);
  if (env.CUTTINGS_LIBRARY) return path.resolve(env.CUTTINGS_LIBRARY);
  return readSettings(settingsDir).lastLibrary ?? defaultLibraryPath();
}

/** Writes settings atomically (temp file + rename), so a crash never leaves half a file. */
export function writeSettings(settings: StoredSettings, dir = userDataDir()): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, SETTINGS_FILE_NAME);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(settings, null, 2) + '\n');
  fs.renameSync(temp, file);
}
