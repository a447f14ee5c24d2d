import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'cuttings-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export const SHARED_EXAMPLE = path.resolve(__dirname, '../../../shared/examples/daily-express-putin-talks.txt');
export const SHARED_EXPECTED = path.resolve(__dirname, '../../../shared/examples/daily-express-putin-talks.expected.json');
export const REPO_ROOT = path.resolve(__dirname, '../..');
