// Builds everything that runs outside vitest: the CLI and Electron's main (ESM), the preload (CommonJS,
// as sandboxed preloads must be) with esbuild, and the renderer with Vite. Dependencies stay external.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const only = process.argv[2]; // 'node' | 'renderer' | undefined (both)

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Node 20 and Electron read \p{…} in patterns: without this esbuild turns every such regex literal into a
  // `new RegExp(…)` call, run (and looked up in V8's cache) each time a function with one runs
  supported: { 'regexp-unicode-property-escapes': true },
};

const IMPORT_ENTRIES = { 'import-worker': 'electron/core/import/worker.ts', 'import-thread': 'electron/core/import/import-thread.ts' };

if (only !== 'renderer') {
  await Promise.all([
    build({ ...common, entryPoints: { cuttings: 'electron/cli/index.ts', ...IMPORT_ENTRIES }, outdir: 'dist/cli', format: 'esm', splitting: true, chunkNames: '[name]-[hash]', metafile: true }).then(pruneStale),
    // each bundle that runs imports has the import thread and the engine's worker beside it (import-thread.ts, pool.ts)
    build({ ...common, entryPoints: { main: 'electron/main/main.ts', ...IMPORT_ENTRIES }, outdir: 'dist/main', format: 'esm', external: ['electron'] }),
    // the benchmark (npm run bench), and the UI benchmark's library builder (scripts/bench-ui.mjs imports it)
    build({ ...common, entryPoints: { bench: 'electron/bench/index.ts', ...IMPORT_ENTRIES, 'ui-library': 'electron/bench/ui.ts' }, outdir: 'dist/bench', format: 'esm' }),
    build({
      ...common,
      entryPoints: { preload: 'electron/preload/preload.ts' },
      outfile: 'dist/preload/preload.cjs',
      format: 'cjs',
      external: ['electron'],
    }),
  ]);
}
/**
 * Chunk names carry a content hash, so every build with a change adds files beside the old ones: dist/cli had
 * grown to 1,200 files (53 MB), and electron-builder packs dist/**. Files this build did not write go.
 */
function pruneStale(result) {
  const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(file)));
  for (const name of fs.readdirSync('dist/cli')) {
    const file = path.resolve('dist/cli', name);
    if (!written.has(file) && !written.has(file.replace(/\.map$/, ''))) fs.rmSync(file, { force: true });
  }
}

if (only !== 'node') {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
