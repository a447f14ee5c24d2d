// The shell's boundaries (STYLE.md's house): only electron/main and electron/preload touch Electron, and the
// preload bundles to a script that requires nothing but 'electron' (a sandboxed preload can require little else).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|cts|js|mjs|svelte)$/.test(entry.name) ? [full] : [];
  });
}

const IMPORTS_ELECTRON = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]electron(?:\/[^'"]*)?['"]/;

describe('boundaries', () => {
  it('only the shell (electron/main, electron/preload) imports electron', () => {
    const offenders = sourceFiles(path.join(root, 'electron'))
      .filter((file) => !/[\\/]electron[\\/](main|preload)[\\/]/.test(file))
      .filter((file) => IMPORTS_ELECTRON.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('the preload imports only electron and the shared contract', () => {
    const text = fs.readFileSync(path.join(root, 'electron/preload/preload.ts'), 'utf8');
    const specifiers = [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const specifier of specifiers) expect(specifier).toMatch(/^(electron|\.\.\/shared\/(api|bridge))$/);
  });

  it('the preload bundle requires nothing but electron', async () => {
    const result = await build({
      entryPoints: [path.join(root, 'electron/preload/preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(code).not.toMatch(/\bzod\b/);
  });
});
