// Scripts the build puts beside the bundle that runs an import (dist/cli, dist/main, dist/bench): the engine's
// worker, and the CLI's import thread. From TypeScript source (unit tests) there are none, and the import runs
// in the calling thread instead.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled script `name` beside this module, or null: none was built, or `switchVar` is set to 0. */
export function bundledScript(name: string, switchVar: string): string | null {
  if (process.env[switchVar] === '0') return null;
  try {
    const candidate = path.join(path.dirname(fileURLToPath(import.meta.url)), name);
    return fs.existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}
