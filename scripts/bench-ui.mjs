// Browser benchmark of the UI, for the bench owner: call measureUi({ url, browser }) with the URL printed by
// `cuttings serve` (a library already filled) and a playwright-core Browser. No assertions: numbers only.
//   first_paint_ms   navigation start → the first row of the clip list on screen
//   open_clip_ms     click on a row → its headline and first paragraph rendered in the reader
//   longest_frame_ms the longest requestAnimationFrame gap while the list scrolls (pages load on demand)
//   open_clip_max_ms the slowest of those opens (the first may wait for the server's start-up work)
//   clips            rows in the list (the library's size as the UI sees it)
//
// Run on its own, it gives the UI figures at a library size the issue sets (100,000 clips) without an hour's
// import each time:
//   node scripts/bench-ui.mjs --clips 100000 [--cache DIR] [--json]
// The first run builds the library with the benchmark's own import (`dist/bench/bench.js --clips N --keep`, the
// code behind importFiles, over the benchmark's corpus) and keeps it in DIR (default /tmp/cuttings-ui-bench);
// every run then goes through `npm run bench`'s UI stage with CUTTINGS_BENCH_UI_LIBRARY set to that library.
// Needs a full build first (node scripts/build.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCROLL_FRAMES = 240;
const SCROLL_STEP_PX = 700;
/** clips opened one after another; the median is reported */
const OPEN_SAMPLES = 9;
const TIMEOUT_MS = 60_000;

/**
 * @param {{ url: string, browser: import('playwright-core').Browser, viewport?: { width: number, height: number } }} options
 * @returns {Promise<{ first_paint_ms: number, open_clip_ms: number, open_clip_max_ms: number, longest_frame_ms: number, clips: number }>}
 */
export async function measureUi({ url, browser, viewport = { width: 1400, height: 900 } }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // performance.now() is measured from navigation start; wait frame by frame for the first row
    const firstPaint = await page.evaluate(
      (timeout) =>
        new Promise((resolve, reject) => {
          const started = performance.now();
          const check = () => {
            if (document.querySelector('.clip-list .row .title')) resolve(performance.now());
            else if (performance.now() - started > timeout) reject(new Error('no clip row appeared'));
            else requestAnimationFrame(check);
          };
          check();
        }),
      TIMEOUT_MS,
    );

    // the median of several opens: one cold click measures V8's first compile of the reader, not the app
    const openTimes = [];
    for (let k = 0; k < OPEN_SAMPLES; k++) {
      openTimes.push(
        await page.evaluate(
          ({ timeout, index }) =>
            new Promise((resolve, reject) => {
              const rows = document.querySelectorAll('.clip-list .row');
              const row = rows[Math.min(index, rows.length - 1)];
              const title = row.querySelector('.title')?.textContent ?? '';
              const started = performance.now();
              row.dispatchEvent(new MouseEvent('click', { bubbles: true }));
              const check = () => {
                const headline = document.querySelector('.reader .headline')?.textContent;
                const body = document.querySelector('.reader .body p');
                if (headline === title && body) resolve(performance.now() - started);
                else if (performance.now() - started > timeout) reject(new Error('the clip did not open'));
                else requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            }),
          { timeout: TIMEOUT_MS, index: 1 + (k % 8) },
        ),
      );
    }
    openTimes.sort((a, b) => a - b);
    const openClip = openTimes[Math.floor(openTimes.length / 2)];
    const openClipMax = openTimes.at(-1);

    const longestFrame = await page.evaluate(
      ({ frames, step }) =>
        new Promise((resolve) => {
          const viewport = document.querySelector('.clip-list .viewport');
          let last = performance.now();
          let longest = 0;
          let n = 0;
          const tick = (now) => {
            longest = Math.max(longest, now - last);
            last = now;
            if (n++ >= frames || viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight) {
              resolve(longest);
              return;
            }
            viewport.scrollTop += step;
            requestAnimationFrame(tick);
          };
          requestAnimationFrame((now) => {
            last = now;
            requestAnimationFrame(tick);
          });
        }),
      { frames: SCROLL_FRAMES, step: SCROLL_STEP_PX },
    );

    const clips = await page.evaluate(() => Number(document.querySelector('.clip-list .row')?.getAttribute('aria-setsize') ?? 0));

    const round = (n) => Math.round(n * 10) / 10;
    return { first_paint_ms: round(firstPaint), open_clip_ms: round(openClip), open_clip_max_ms: round(openClipMax), longest_frame_ms: round(longestFrame), clips };
  } finally {
    await context.close();
  }
}

// ── on its own: the UI figures on a cached library of a given size ──────────────────────────────────────────

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(REPO, 'dist/bench/bench.js');
/** every part of the benchmark but the import (which builds the library) and the UI */
const NOT_UI = 'raw,engine,peer,search,open,pdf';
/** the smallest corpus the benchmark takes: its own import is not what is measured here */
const MIN_RUN_CLIPS = 10;

/** Runs the benchmark with these arguments; resolves with its stdout and stderr (stderr also shown as it comes). */
function runBench(args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BENCH, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      process.stderr.write(chunk);
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`the benchmark exited with ${code}`))));
  });
}

/** The cached library of `clips` clips, built by the benchmark's import the first time. */
async function cachedLibrary(clips, cacheDir) {
  const file = path.join(cacheDir, `library-${clips}.db`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(cacheDir, { recursive: true });
  process.stderr.write(`bench-ui: no ${file} yet; importing ${clips.toLocaleString('en')} clips once (this takes a while)\n`);
  const { stderr } = await runBench(['--clips', String(clips), '--keep', '--json', '--skip', `${NOT_UI},ui`]);
  const kept = /kept (\S+)/.exec(stderr)?.[1];
  if (!kept || !fs.existsSync(path.join(kept, 'library.db'))) throw new Error('the benchmark kept no library');
  // the benchmark closed the library, so the file is whole; rename into place so a half-copied file is never found
  fs.renameSync(path.join(kept, 'library.db'), `${file}.part`);
  fs.renameSync(`${file}.part`, file);
  fs.rmSync(kept, { recursive: true, force: true });
  return file;
}

async function main(argv) {
  const valueOf = (flag) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const clips = Number(valueOf('--clips') ?? 100_000);
  if (!Number.isInteger(clips) || clips < MIN_RUN_CLIPS) throw new Error(`--clips needs a whole number of at least ${MIN_RUN_CLIPS}`);
  const cacheDir = path.resolve(valueOf('--cache') ?? path.join(os.tmpdir(), 'cuttings-ui-bench'));
  for (const built of [BENCH, path.join(REPO, 'dist/renderer/index.html')]) {
    if (!fs.existsSync(built)) throw new Error(`${path.relative(REPO, built)} is missing: run node scripts/build.mjs first`);
  }
  const library = await cachedLibrary(clips, cacheDir);
  const env = { ...process.env, CUTTINGS_BENCH_UI_LIBRARY: library };
  const { stdout } = await runBench(['--clips', String(MIN_RUN_CLIPS), '--all', '--json', '--skip', NOT_UI], env);
  const result = JSON.parse(stdout.trim().split('\n').at(-1));
  const ui = { library, ui_first_paint_ms: result.ui_first_paint_ms, ui_open_clip_ms: result.ui_open_clip_ms, ui_longest_frame_ms: result.ui_longest_frame_ms, notes: result.notes.filter((n) => n.startsWith('ui:')) };
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(ui)}\n`);
  else {
    process.stdout.write(`first paint ${ui.ui_first_paint_ms} ms · open a clip ${ui.ui_open_clip_ms} ms · longest scroll frame ${ui.ui_longest_frame_ms} ms\n`);
    for (const n of ui.notes) process.stdout.write(`  ${n}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`bench-ui: ${error.message}\n`);
    process.exitCode = 1;
  });
}
