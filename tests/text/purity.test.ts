// The text engine must stay pure: no Electron, no Node built-ins, no I/O. This test reads every
// module under electron/text (and the shared contract) and fails on any such import.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/temp';

const PURE_FOLDERS = ['electron/text', 'electron/shared'];
const FORBIDDEN = /(?:^|\s)(?:import|export)\s[^;]*?from\s+['"](electron|node:[^'"]+|fs|path|os|child_process|worker_threads|better-sqlite3|crypto)['"]|require\(\s*['"](electron|node:[^'"]+)['"]\s*\)|\bimport\(\s*['"](electron|node:[^'"]+)['"]/m;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

describe('pure modules', () => {
  const files = PURE_FOLDERS.flatMap((folder) => sourceFiles(path.join(REPO_ROOT, folder)));

  it('exist', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => [path.relative(REPO_ROOT, f)]))('%s imports neither electron nor node built-ins', (file) => {
    const source = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
    expect(source).not.toMatch(FORBIDDEN);
  });

  it('the check itself catches a forbidden import', () => {
    expect("import fs from 'node:fs';").toMatch(FORBIDDEN);
    expect("import { app } from 'electron';").toMatch(FORBIDDEN);
    expect("import { parseDate } from 'chrono-node';").not.toMatch(FORBIDDEN);
  });
});
