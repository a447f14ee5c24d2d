// Browser figures: `cuttings serve` on the benchmark library, Debian's Chromium via playwright-core, and the
// UI engineer's scripts/bench-ui.mjs (measureUi). Every missing piece gives nulls and says why.
//
// The UI targets are set for a 100,000-clip library, and importing that many takes the best part of an hour on
// a shared machine. So a library built once by this benchmark's own import can stand in for the one this run
// imported: `node scripts/bench-ui.mjs --clips 100000` builds it (or finds it built) and runs the benchmark
// with UI_LIBRARY_ENV pointing at it. The run's notes say which library the ui_* figures come from.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../core/chromium';

/** how long `cuttings serve` may take to print its URL */
const SERVE_START_MS = 30_000;
/** a library file to measure the browser on instead of the one this run imported */
export const UI_LIBRARY_ENV = 'CUTTINGS_BENCH_UI_LIBRARY';

export interface UiFigures {
  ui_first_paint_ms: number | null;
  ui_open_clip_ms: number | null;
  ui_longest_frame_ms: number | null;
}

type MeasureUi = (options: {
  url: string;
  browser: unknown;
}) => Promise<{ first_paint_ms?: number; open_clip_ms?: number; open_clip_max_ms?: number; longest_frame_ms?: number; clips?: number }>;

const NO_UI: UiFigures = { ui_first_paint_ms: null, ui_open_clip_ms: null, ui_longest_frame_ms: null };

function startServe(repoRoot: string, libraryFile: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/cuttings.js'), 'serve', '--library', libraryFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`cuttings serve did not start: ${output.trim()}`));
    }, SERVE_START_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ url: match[1]!, child });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`cuttings serve exited (${code}): ${output.trim()}`));
    });
  });
}

/** The browser figures, or nulls and a note saying what is missing. */
export async function measureBrowser(repoRoot: string, runLibrary: string, note: (text: string) => void): Promise<UiFigures> {
  const standIn = process.env[UI_LIBRARY_ENV];
  if (standIn && !fs.existsSync(standIn)) {
    note(`ui: ${UI_LIBRARY_ENV}=${standIn} does not exist (ui_* null)`);
    return NO_UI;
  }
  const libraryFile = standIn || runLibrary;
  const script = path.join(repoRoot, 'scripts/bench-ui.mjs');
  if (!fs.existsSync(script)) {
    note('ui: scripts/bench-ui.mjs is not there yet (ui_* null)');
    return NO_UI;
  }
  if (!fs.existsSync(path.join(repoRoot, 'dist/renderer/index.html'))) {
    // `npm run bench` builds the node bundles only; the UI comes from a full build
    note('ui: the renderer is not built (npm run build); ui_* null');
    return NO_UI;
  }
  const executablePath = chromiumPath();
  if (!executablePath) {
    note('ui: no Chromium found (set CHROMIUM_PATH); ui_* null');
    return NO_UI;
  }
  const { measureUi } = (await import(pathToFileURL(script).href)) as { measureUi?: MeasureUi };
  if (typeof measureUi !== 'function') {
    note('ui: scripts/bench-ui.mjs exports no measureUi yet (ui_* null)');
    return NO_UI;
  }
  let serve: { url: string; child: ChildProcess } | null = null;
  let browser: { close(): Promise<void> } | null = null;
  try {
    serve = await startServe(repoRoot, libraryFile);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
    const figures = await measureUi({ url: serve.url, browser });
    if (figures.open_clip_max_ms !== undefined) note(`ui: the slowest of the clip opens took ${figures.open_clip_max_ms} ms (ui_open_clip_ms is their median)`);
    if (standIn) note(`ui: measured on ${standIn} (${figures.clips?.toLocaleString('en') ?? 'unknown number of'} clips, from ${UI_LIBRARY_ENV}), not on this run's library`);
    return {
      ui_first_paint_ms: figures.first_paint_ms ?? null,
      ui_open_clip_ms: figures.open_clip_ms ?? null,
      ui_longest_frame_ms: figures.longest_frame_ms ?? null,
    };
  } catch (error) {
    note(`ui: ${(error as Error).message.split('\n')[0]} (ui_* null)`);
    return NO_UI;
  } finally {
    await browser?.close().catch(() => undefined);
    if (serve && serve.child.exitCode === null) {
      const exited = new Promise((done) => serve!.child.once('exit', done));
      serve.child.kill('SIGTERM');
      await exited;
    }
  }
}
