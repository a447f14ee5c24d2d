// better-sqlite3 in two runtimes. node_modules/better-sqlite3 is built for Node (tests, the CLI); Electron
// needs a build for its own ABI, which scripts/electron-native.mjs puts in build/native/electron-<abi>/ (run by
// `prestart`). Packaged apps need none: electron-builder rebuilds node_modules for Electron (npmRebuild).
import fs from 'node:fs';
import path from 'node:path';

export const NATIVE_FILE_NAME = 'better_sqlite3.node';

/** build/native/electron-<abi>/better_sqlite3.node under the project root (the same path the script writes). */
export function electronNativePath(appPath: string, abi: string): string {
  return path.join(appPath, 'build', 'native', `electron-${abi}`, NATIVE_FILE_NAME);
}

export interface NativeBindingContext {
  appPath: string;
  /** process.versions.modules inside Electron */
  abi: string;
  isPackaged: boolean;
  exists?: (file: string) => boolean;
}

/** The nativeBinding to hand Library.open, or undefined to let better-sqlite3 find its own. */
export function electronNativeBinding({ appPath, abi, isPackaged, exists = fs.existsSync }: NativeBindingContext): string | undefined {
  if (isPackaged) return undefined;
  const file = electronNativePath(appPath, abi);
  return exists(file) ? file : undefined;
}
