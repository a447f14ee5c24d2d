// The benchmark's browser stage (electron/bench/ui.ts with scripts/bench-ui.mjs): real `cuttings serve`, real
// Chromium, a small library imported by the CLI. Only that figures come out and say where they come from;
// nothing about speed.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UI_LIBRARY_ENV, measureBrowser } from '../../electron/bench/ui';
import { browserAvailable } from '../helpers/browser';
import { cuttings } from '../helpers/cli';
import { REPO_ROOT, tempDir } from '../helpers/temp';

const CLIPPINGS = path.join(REPO_ROOT, 'tests/e2e/fixtures/clippings');

afterEach(() => {
  delete process.env[UI_LIBRARY_ENV];
});

describe('measureBrowser', () => {
  it('gives nulls and says so when the stand-in library does not exist', async () => {
    process.env[UI_LIBRARY_ENV] = path.join(tempDir(), 'missing.db');
    const notes: string[] = [];
    const figures = await measureBrowser(REPO_ROOT, path.join(tempDir(), 'unused.db'), (n) => notes.push(n));
    expect(figures).toEqual({ ui_first_paint_ms: null, ui_open_clip_ms: null, ui_longest_frame_ms: null });
    expect(notes.join('\n')).toContain('missing.db does not exist');
  });

  it.runIf(browserAvailable())('measures the UI on the stand-in library and says which one it was', async () => {
    const library = path.join(tempDir(), 'stand-in.db');
    // one file of the fixtures is not a clipping: import exits non-zero but imports the rest
    cuttings(['import', CLIPPINGS, '--library', library]);
    process.env[UI_LIBRARY_ENV] = library;
    const notes: string[] = [];
    const figures = await measureBrowser(REPO_ROOT, path.join(tempDir(), 'unused.db'), (n) => notes.push(n));
    for (const value of Object.values(figures)) expect(typeof value === 'number' && value > 0, JSON.stringify(figures)).toBe(true);
    expect(notes.join('\n')).toContain(`measured on ${library} (6 clips`);
    expect(notes.join('\n')).toMatch(/the slowest of the clip opens took [\d.]+ ms/);
  }, 120_000);
});
