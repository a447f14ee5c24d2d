// Builds everything that runs outside vitest: the CLI and Electron's main (ESM), the preload (CommonJS,
// as sandboxed preloads must be) with esbuild, and the renderer with Vite. Dependencies stay external.
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
};

if (only !== 'renderer') {
  await Promise.all([
    build({ ...common, entryPoints: { cuttings: 'electron/cli/index.ts', 'import-worker': 'electron/core/import/worker.ts' }, outdir: 'dist/cli', format: 'esm', splitting: true, chunkNames: '[name]-[hash]' }),
    build({ ...common, entryPoints: { main: 'electron/main/main.ts', 'import-worker': 'electron/core/import/worker.ts' }, outdir: 'dist/main', format: 'esm', external: ['electron'] }),
    // the benchmark (npm run bench), with the import worker beside it as the app's bundles have theirs, and the
    // UI benchmark's library builder (scripts/bench-ui.mjs imports it)
    build({ ...common, entryPoints: { bench: 'electron/bench/index.ts', 'import-worker': 'electron/core/import/worker.ts', 'ui-library': 'electron/bench/ui.ts' }, outdir: 'dist/bench', format: 'esm' }),
    build({
      ...common,
      entryPoints: { preload: 'electron/preload/preload.ts' },
      outfile: 'dist/preload/preload.cjs',
      format: 'cjs',
      external: ['electron'],
    }),
  ]);
}
if (only !== 'node') {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
