import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '../../core/api';
import type { Library } from '../../core/library';
import { startServer } from '../../core/server/server';

/** The built renderer, next to the built CLI (dist/cli → dist/renderer). */
export function rendererDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
}

export async function serveCommand(library: Library, options: { port?: string }): Promise<void> {
  const api = createApi(library);
  const server = await startServer({ api, staticDir: process.env.CUTTINGS_RENDERER_DIR ?? rendererDir(), port: options.port ? Number(options.port) : 0 });
  process.stdout.write(`Cuttings is serving ${library.file}\nOpen ${server.url}\n`);
  const stop = async () => {
    await api.dispose();
    await server.close();
    library.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
