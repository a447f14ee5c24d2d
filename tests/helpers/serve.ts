// Starts the real `cuttings serve` (the built CLI) on a temporary library and waits for its URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServe as startServeAt, type ServeProcess } from '../../electron/bench/serve-process';
import { REPO_ROOT } from './temp';

export type { ServeProcess };

/** `configDir`: where the server keeps settings.json (its XDG config folder), so a test never touches the user's */
export function startServe(libraryFile: string, configDir: string, timeoutMs = 30_000): Promise<ServeProcess> {
  return startServeAt(REPO_ROOT, libraryFile, { env: { XDG_CONFIG_HOME: configDir }, timeoutMs });
}

/**
 * `cuttings serve` on a new library in a temporary folder, with the app's settings.json in that folder too (the
 * server reads and writes settings from the XDG config folder: never the user's).
 */
export async function serveTempLibrary(prefix: string): Promise<ServeProcess> {
  // (a folder of the server's lifetime, not a test's: tempDir's are removed after each test, and the server runs
  // for a whole file of them; its imports open the library again by path)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const serve = await startServe(path.join(dir, 'library.sqlite'), path.join(dir, 'config'));
  return {
    ...serve,
    stop: async () => {
      await serve.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
