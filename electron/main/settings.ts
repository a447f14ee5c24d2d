// settings.json in Electron's userData folder: the same file the CLI reads (electron/core/paths) for
// `lastLibrary`, plus the window's state. Written whole, through a temporary file, so a crash cannot leave half.
import fs from 'node:fs';
import path from 'node:path';
import { readSettings, SETTINGS_FILE_NAME, type StoredSettings } from '../core/paths';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface ShellSettings extends StoredSettings {
  lastLibrary?: string;
  window?: WindowState;
}

export class SettingsStore {
  constructor(readonly dir: string) {}

  get file(): string {
    return path.join(this.dir, SETTINGS_FILE_NAME);
  }

  read(): ShellSettings {
    const settings = readSettings(this.dir);
    return settings && typeof settings === 'object' && !Array.isArray(settings) ? (settings as ShellSettings) : {};
  }

  /** Merges `patch` into the stored settings (other keys, written by others, are kept). */
  update(patch: Partial<ShellSettings>): ShellSettings {
    const next = { ...this.read(), ...patch };
    fs.mkdirSync(this.dir, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(next, null, 2) + '\n');
    fs.renameSync(temporary, this.file);
    return next;
  }
}
