// Browser benchmark of the UI, for the bench owner: call measureUi({ url, browser }) with the URL printed by
// `cuttings serve` (a library already filled) and a playwright-core Browser. No assertions: numbers only.
//   first_paint_ms   navigation start → the first row of the clip list on screen
//   open_clip_ms     click on a row → its headline and first paragraph rendered in the reader
//   longest_frame_ms the longest requestAnimationFrame gap while the list scrolls (pages load on demand)
//   open_clip_max_ms the slowest of those opens (the first may wait for the server's start-up work)
//   clips            rows in the list (the library's size as the UI sees it)
//   scroll           what the frames of a second scroll (further down, under a Chrome trace) were made of: each
//                    frame's main-thread CPU time (the trace's thread time: on a loaded machine a frame's wall
//                    time is mostly waiting for a core), the longest by wall time and by CPU, and the CPU of
//                    the frames over FRAME_BUDGET_MS split into script, style, layout, paint, gc and other
//
// Run on its own, it gives the UI figures at a library size the issue sets (100,000 clips) without an hour's
// import each time:
//   node scripts/bench-ui.mjs --clips 100000 [--cache DIR] [--json]
// The first run builds the library and keeps it in DIR (default /tmp/cuttings-ui-bench), in two steps:
//   1. a seed library of SEED_CLIPS clips imported for real: the benchmark's own import
//      (`dist/bench/bench.js --clips SEED_CLIPS --keep`, the code behind importFiles, over the benchmark's corpus);
//   2. multiplyLibrary (electron/bench/ui.ts) fills it up to N clips with copies of those clips written by the
//      library's own insertClip: new ids, a headline wording, date, publication and byline per copy, the
//      seed's body (plus a one-line sign-off, as bodies are unique), quotes and tags; the search index, quote
//      groups and counts are kept by the same statements and triggers as an import's. No near-duplicate links
//      between copies; each seed quotation ends up in ~67 clips' quote group (a longer "also in" than most real
//      libraries have). A copy costs ~4 ms of CPU (about 7 minutes of one core for 100,000 clips, against ~40 for
//      an import); on a 2-core machine shared with load 8–12 the first build took 56 minutes of wall time.
//      Built once, the library is cached (the first serve of a day also makes its daily backup, ~30 s).
// Every run then goes through `npm run bench`'s UI stage with CUTTINGS_BENCH_UI_LIBRARY set to that library.
// Needs a full build first (node scripts/build.mjs).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCROLL_FRAMES = 240;
const SCROLL_STEP_PX = 700;
/** clips opened one after another; the median is reported */
const OPEN_SAMPLES = 9;
const TIMEOUT_MS = 60_000;
/** the bound for a frame while the list scrolls */
const FRAME_BUDGET_MS = 50;
/** what the main thread's trace events are, by name (anything else is "other") */
const TRACE_KINDS = {
  script: /^(FunctionCall|EventDispatch|FireAnimationFrame|TimerFire|RunMicrotasks|V8\.|v8\.|EvaluateScript|XHRLoad|ResourceReceivedData)/,
  style: /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation)/,
  layout: /^(Layout|UpdateLayout)$/,
  paint: /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|ScrollLayer|CompositeLayers|RasterTask|PaintImage|Decode)/,
  gc: /(GC|GCEvent|Scavenge|MarkCompact)/,
};

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
              // by id as well as headline: copies of one story can share a headline (a build without ids: headline only)
              const id = row.dataset.clipId;
              const started = performance.now();
              row.dispatchEvent(new MouseEvent('click', { bubbles: true }));
              const check = () => {
                const reader = document.querySelector('.reader');
                const headline = reader?.querySelector('.headline')?.textContent;
                const body = reader?.querySelector('.body p');
                if ((id === undefined || reader?.dataset.clipId === id) && headline === title && body) resolve(performance.now() - started);
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

    const scrollFrames = () =>
      page.evaluate(
        ({ frames, step }) =>
          new Promise((resolve) => {
            const viewport = document.querySelector('.clip-list .viewport');
            const atEnd = () => viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight;
            // down the list; back up when it starts at the end (the second scroll, in a small library)
            const by = atEnd() ? -step : step;
            let last = performance.now();
            let longest = 0;
            let n = 0;
            const tick = (now) => {
              longest = Math.max(longest, now - last);
              last = now;
              if (n++ >= frames || (by > 0 ? atEnd() : viewport.scrollTop <= 0)) {
                resolve(longest);
                return;
              }
              viewport.scrollTop += by;
              requestAnimationFrame(tick);
            };
            requestAnimationFrame((now) => {
              last = now;
              requestAnimationFrame(tick);
            });
          }),
        { frames: SCROLL_FRAMES, step: SCROLL_STEP_PX },
      );
    const longestFrame = await scrollFrames();
    // the same scroll again, further down the list, under a trace: what the frames were made of
    let scroll = null;
    if (typeof browser.startTracing === 'function') {
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-v8.gc'] });
      await scrollFrames();
      scroll = framesFromTrace(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
    }
    const clips = await page.evaluate(() => Number(document.querySelector('.clip-list .row')?.getAttribute('aria-setsize') ?? 0));

    const round = (n) => Math.round(n * 10) / 10;
    return { first_paint_ms: round(firstPaint), open_clip_ms: round(openClip), open_clip_max_ms: round(openClipMax), longest_frame_ms: round(longestFrame), clips, scroll };
  } finally {
    await context.close();
  }
}

/**
 * The frames of a traced scroll, from the renderer's main thread: frames run from one animation-frame callback
 * to the next; a frame's CPU is the thread time of the tasks in it, split by kind with each event's own time
 * (its thread time less its children's).
 */
export function framesFromTrace(events) {
  const threads = new Map();
  for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = events
    .filter((e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // each event's own CPU: its thread time less that of the events directly inside it
  const stack = [];
  const own = new Map(main.map((e) => [e, e.tdur]));
  const top = [];
  for (const e of main) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) own.set(parent, own.get(parent) - e.tdur);
    else top.push(e);
    stack.push(e);
  }
  const kindOf = (name) => Object.keys(TRACE_KINDS).find((k) => TRACE_KINDS[k].test(name)) ?? 'other';
  const starts = main.filter((e) => e.name === 'FireAnimationFrame').map((e) => e.ts);
  const frames = [];
  for (let i = 1; i < starts.length; i++) frames.push({ from: starts[i - 1], to: starts[i], wall: (starts[i] - starts[i - 1]) / 1000, cpu: 0, parts: {} });
  let f = 0;
  for (const e of main) {
    while (f < frames.length && e.ts >= frames[f].to) f++;
    if (f >= frames.length) break;
    if (e.ts < frames[f].from) continue;
    const frame = frames[f];
    const ms = Math.max(0, own.get(e)) / 1000;
    frame.cpu += ms;
    const kind = kindOf(e.name);
    frame.parts[kind] = (frame.parts[kind] ?? 0) + ms;
  }
  const round = (n) => Math.round(n * 10) / 10;
  const long = frames.filter((fr) => fr.wall > FRAME_BUDGET_MS);
  const parts = {};
  for (const fr of long) for (const [k, ms] of Object.entries(fr.parts)) parts[k] = (parts[k] ?? 0) + ms;
  const byWall = frames.reduce((a, b) => (b.wall > a.wall ? b : a), frames[0] ?? { wall: 0, cpu: 0, parts: {} });
  const byCpu = frames.reduce((a, b) => (b.cpu > a.cpu ? b : a), frames[0] ?? { wall: 0, cpu: 0, parts: {} });
  const cpus = frames.map((fr) => fr.cpu).sort((a, b) => a - b);
  const roundParts = (p) => Object.fromEntries(Object.entries(p).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v)]));
  return {
    frames: frames.length,
    over_budget: long.length,
    longest_wall_ms: round(byWall.wall),
    longest_wall_cpu_ms: round(byWall.cpu),
    longest_cpu_ms: round(byCpu.cpu),
    longest_cpu_parts: roundParts(byCpu.parts),
    median_cpu_ms: round(cpus[Math.floor(cpus.length / 2)] ?? 0),
    over_budget_cpu_ms: roundParts(parts),
  };
}

// ── on its own: the UI figures on a cached library of a given size ──────────────────────────────────────────

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(REPO, 'dist/bench/bench.js');
const LIBRARY_BUILDER = path.join(REPO, 'dist/bench/ui-library.js');
/** every part of the benchmark but the import (which builds the library) and the UI */
const NOT_UI = 'raw,engine,peer,search,open,pdf';
/** the smallest corpus the benchmark takes: its own import is not what is measured here */
const MIN_RUN_CLIPS = 10;
/** clips imported for real before the rest are copies (about the number of distinct texts a day's work adds) */
const SEED_CLIPS = 1_500;

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

/** The cached library of `clips` clips, built the first time: SEED_CLIPS imported, the rest copies of them. */
async function cachedLibrary(clips, cacheDir) {
  const file = path.join(cacheDir, `library-${clips}.db`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(cacheDir, { recursive: true });
  const seed = Math.min(clips, SEED_CLIPS);
  process.stderr.write(`bench-ui: no ${file} yet; importing ${seed.toLocaleString('en')} clips, then copying them up to ${clips.toLocaleString('en')}\n`);
  const { stderr } = await runBench(['--clips', String(seed), '--keep', '--json', '--skip', `${NOT_UI},ui`]);
  const kept = /kept (\S+)/.exec(stderr)?.[1];
  if (!kept || !fs.existsSync(path.join(kept, 'library.db'))) throw new Error('the benchmark kept no library');
  const part = `${file}.part`;
  // the benchmark closed the library, so the file is whole
  fs.renameSync(path.join(kept, 'library.db'), part);
  fs.rmSync(kept, { recursive: true, force: true });
  if (clips > seed) {
    const { multiplyLibrary } = await import(pathToFileURL(LIBRARY_BUILDER).href);
    const started = performance.now();
    const copies = multiplyLibrary(part, clips, (text) => process.stderr.write(`bench-ui: ${text}\n`));
    process.stderr.write(`bench-ui: ${copies.toLocaleString('en')} copies written in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  // renamed into place only when whole, so a half-built library is never found
  fs.renameSync(part, file);
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
  for (const built of [BENCH, LIBRARY_BUILDER, path.join(REPO, 'dist/renderer/index.html')]) {
    if (!fs.existsSync(built)) throw new Error(`${path.relative(REPO, built)} is missing: run node scripts/build.mjs first`);
  }
  const library = await cachedLibrary(clips, cacheDir);
  // A library cached by an older build is brought up to this build's schema first: migrating 100k clips takes
  // most of a minute, longer than the timed `cuttings serve` is given to start.
  execFileSync(process.execPath, [path.join(REPO, 'bin/cuttings.js'), 'stats', '--json', '--library', library], { stdio: ['ignore', 'ignore', 'inherit'] });
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
