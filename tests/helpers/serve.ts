// Starts the real `cuttings serve` (the built CLI) on a temporary library and waits for its URL.
import path from 'node:path';
import { startServe as startServeAt, type ServeProcess } from '../../electron/bench/serve-process';
import { REPO_ROOT, tempDir } from './temp';

export type { ServeProcess };

/** `configDir`: where the server keeps settings.json (its XDG config folder), so a test never touches the user's */
export function startServe(libraryFile: string, configDir: string, timeoutMs = 30_000): Promise<ServeProcess> {
  return startServeAt(REPO_ROOT, libraryFile, { env: { XDG_CONFIG_HOME: configDir }, timeoutMs });
}

/**
 * `cuttings serve` on a new library in a temporary folder, with the app's settings.json in that folder too (the
 * server reads and writes settings from the XDG config folder: never the user's).
 */
export function serveTempLibrary(prefix: string): Promise<ServeProcess> {
  const dir = tempDir(prefix);
  return startServe(path.join(dir, 'library.sqlite'), path.join(dir, 'config'));
}
