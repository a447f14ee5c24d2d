#!/usr/bin/env node
// Bundles scripts/library-bench.ts with the import worker beside it (as the app's bundles have theirs) and runs it.
// Usage: node scripts/library-bench.mjs [--clips 10000] [--workers N] [--keep DIR]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(repo, 'node_modules', '.cache', 'cuttings-library-bench');
await build({
  entryPoints: { bench: path.join(repo, 'scripts/library-bench.ts'), 'import-worker': path.join(repo, 'electron/core/import/worker.ts') },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [path.join(outdir, 'bench.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
