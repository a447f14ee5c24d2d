// Builds the import worker the way scripts/build.mjs does, into a folder inside the repo (so its external
// packages resolve from node_modules), for tests that exercise the real worker-thread path.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const REPO = path.resolve(__dirname, '../../..');

/** scripts/build.mjs's options for the Node bundles (ESM, code split, packages from node_modules). */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  packages: 'external',
  logLevel: 'warning',
} as const;

export async function buildWorkerBundle(): Promise<{ script: string; remove: () => void }> {
  const outdir = path.join(REPO, 'node_modules', '.cache', `cuttings-import-worker-${process.pid}-${Date.now()}`);
  await build({ ...NODE_BUNDLE, entryPoints: { 'import-worker': path.join(REPO, 'electron/core/import/worker.ts') }, outdir });
  return { script: path.join(outdir, 'import-worker.js'), remove: () => fs.rmSync(outdir, { recursive: true, force: true }) };
}

/** The CLI's import thread with the import worker beside it, as scripts/build.mjs lays out dist/cli. */
export async function buildImportThreadBundle(): Promise<{ script: string; remove: () => void }> {
  const outdir = path.join(REPO, 'node_modules', '.cache', `cuttings-import-thread-${process.pid}-${Date.now()}`);
  await build({
    ...NODE_BUNDLE,
    entryPoints: { 'import-thread': path.join(REPO, 'electron/core/import/import-thread.ts'), 'import-worker': path.join(REPO, 'electron/core/import/worker.ts') },
    outdir,
  });
  return { script: path.join(outdir, 'import-thread.js'), remove: () => fs.rmSync(outdir, { recursive: true, force: true }) };
}
