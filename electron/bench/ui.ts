// Browser figures: `cuttings serve` on the benchmark library, Debian's Chromium via playwright-core, and the
// UI engineer's scripts/bench-ui.mjs (measureUi). Every missing piece gives nulls and says why.
//
// The UI targets are set for a 100,000-clip library, and importing that many takes the best part of an hour on
// a shared machine. So a library built once by this benchmark's own import can stand in for the one this run
// imported: `node scripts/bench-ui.mjs --clips 100000` builds it (or finds it built) and runs the benchmark
// with UI_LIBRARY_ENV pointing at it. The run's notes say which library the ui_* figures come from.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../core/chromium';
import { getClip, insertClip } from '../core/library/clips';
import { Library } from '../core/library';
import type { Article } from '../shared/article';
import { random } from './corpus';
import { startServe, type ServeProcess } from './serve-process';

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
}) => Promise<{
  first_paint_ms?: number;
  open_clip_ms?: number;
  open_clip_max_ms?: number;
  longest_frame_ms?: number;
  clips?: number;
  scroll?: ScrollTrace | null;
}>;

/** What the frames of a traced scroll were made of (scripts/bench-ui.mjs, framesFromTrace). */
interface ScrollTrace {
  frames: number;
  over_budget: number;
  longest_wall_ms: number;
  longest_wall_cpu_ms: number;
  longest_cpu_ms: number;
  longest_cpu_parts: Record<string, number>;
  median_cpu_ms: number;
  over_budget_cpu_ms: Record<string, number>;
}

const parts = (p: Record<string, number>) => Object.entries(p).map(([kind, ms]) => `${kind} ${ms}`).join(', ') || 'nothing';

const NO_UI: UiFigures = { ui_first_paint_ms: null, ui_open_clip_ms: null, ui_longest_frame_ms: null };

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
  let serve: ServeProcess | null = null;
  let browser: { close(): Promise<void> } | null = null;
  try {
    serve = await startServe(repoRoot, libraryFile, { timeoutMs: SERVE_START_MS });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
    const figures = await measureUi({ url: serve.url, browser });
    if (figures.open_clip_max_ms !== undefined) note(`ui: the slowest of the clip opens took ${figures.open_clip_max_ms} ms (ui_open_clip_ms is their median)`);
    const t = figures.scroll;
    if (t) {
      note(
        `ui: a second, traced scroll: ${t.frames} frames, ${t.over_budget} over 50 ms; the longest took ${t.longest_wall_ms} ms and used ` +
          `${t.longest_wall_cpu_ms} ms of the renderer's main-thread CPU (a frame's median ${t.median_cpu_ms} ms, the most ${t.longest_cpu_ms} ms: ` +
          `${parts(t.longest_cpu_parts)}); the CPU of the frames over 50 ms: ${parts(t.over_budget_cpu_ms)}`,
      );
    }
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
    await serve?.stop();
  }
}

// ── a large library for the UI figures, made from a small imported one ────────────────────────────────────
//
// Importing 100,000 clips takes ~40 minutes here; the UI figures need the rows, not the import. So
// scripts/bench-ui.mjs imports a seed library of a couple of thousand clips through the real importer, then
// calls multiplyLibrary, which writes copies of those clips through the library's own insertClip (the code the
// importer stores with): new ids, each copy with its own headline wording, publication date, publication and
// byline, and the seed's body, quotes and tags. insertClip's statements and the schema's triggers keep the
// search index, quote groups, speaker and tag counts in step, exactly as for imported clips. What a copy does
// not get is a near-duplicate signature (it would link every copy to its seed's other copies, a hundred
// thousand links no real library has), so "Also in" stays as the import left it.
//
// body_hash is unique (the same text is never stored twice), so each copy's body ends with one line of its
// own after the seed's body: a short sign-off naming its publication and desk number. The seed's paragraphs
// and every quote's offsets are untouched.

/** headline wordings a copy's title is given (the seed's own headline inside), so the title sort is varied */
const COPY_HEADLINES: readonly ((title: string) => string)[] = [
  (t) => t,
  (t) => `Update: ${t}`,
  (t) => `Analysis: ${t}`,
  (t) => `${t} — what we know`,
  (t) => `Explainer: ${t}`,
  (t) => `${t}, reports say`,
  (t) => `Opinion: ${t}`,
  (t) => `${t} (live)`,
];
/** invented publications for the copies (none is a real outlet) */
const COPY_SOURCES = `Northbridge Courier|Eastport Evening News|Millford Gazette|Lakeside Herald|The Daily Ledger|Harbour Times|
  Morning Sentinel|Westbury Observer|Capital Chronicle|Redhill Post|Stonebay Mercury|Valley Tribune|Continental Wire|
  Weekly Dispatch|Metro Standard|Coastal Record|Ashvale Advertiser|Riverside Echo|Evening Globe|Fenwick Star|
  Oldham Crossing Times|Southgate Bulletin|Pinecrest Review|Highmoor Journal`
  .split('|')
  .map((s) => s.trim());
const COPY_BYLINES = ['Staff reporter', 'Wire services', 'Political desk', 'Our correspondent', 'News desk', 'Agencies'];
/** copies published between these years (inclusive) */
const COPY_YEARS = [1998, 2025] as const;
/** clips written per transaction */
const COPY_BATCH = 2_000;
/**
 * SQLite's page cache while copying, in KiB. With the library's own 32 MiB, every batch spilled and re-read
 * pages of the search index and the hash indexes (tens of GB read back for 100,000 clips, an hour's work); the
 * cache only changes how fast the same rows are written.
 */
const COPY_CACHE_KIB = 2 * 1024 * 1024;

interface SeedRow {
  id: number;
  file_name: string;
  source_hash: string;
  hints: string;
}

/**
 * Fills the library at `file` up to `target` live clips with copies of its clips (see above). Returns the
 * number of copies written. Deterministic: the same seed library and target give the same library.
 */
export function multiplyLibrary(file: string, target: number, progress: (text: string) => void = () => undefined): number {
  const library = Library.open(file, { backups: false });
  try {
    const { db } = library;
    db.pragma(`cache_size = -${COPY_CACHE_KIB}`);
    const seeds = db.prepare('SELECT id, file_name, source_hash, hints FROM clips WHERE deleted_at IS NULL ORDER BY id').all() as SeedRow[];
    const live = seeds.length;
    if (live === 0) throw new Error(`${file} has no clips to multiply`);
    const wanted = target - live;
    if (wanted <= 0) return 0;
    // the copies are one import of their own (the import panel's history and "undo import" see them as such)
    const at = new Date().toISOString();
    const importId = Number(
      db.prepare("INSERT INTO imports (started_at, finished_at, state, imported) VALUES (?, ?, 'done', ?)").run(at, at, wanted).lastInsertRowid,
    );
    const rand = random(target);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
    const [fromYear, toYear] = COPY_YEARS;
    const day = () => {
      const year = fromYear + Math.floor(rand() * (toYear - fromYear + 1));
      const month = 1 + Math.floor(rand() * 12);
      const date = 1 + Math.floor(rand() * 28);
      return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
    };
    const writeBatch = db.transaction((from: number, to: number) => {
      for (let n = from; n < to; n++) {
        const seed = seeds[n % live]!;
        const clip = getClip(db, seed.id)!;
        const source = pick(COPY_SOURCES);
        const body = `${clip.body}\n\n${source}, desk ${n + 1}.`;
        const article: Article = {
          title: pick(COPY_HEADLINES)(clip.title ?? 'Untitled'),
          subtitle: clip.subtitle,
          published: day(),
          captured: clip.captured,
          byline: pick(COPY_BYLINES),
          authors: [],
          source,
          dateline: clip.dateline,
          language: clip.language,
          captions: clip.captions,
          body,
          confidence: clip.confidence,
          warnings: clip.warnings,
          quotes: clip.quotes,
          tags: clip.tags.map((t) => ({ name: t.name, kind: t.kind })),
        };
        insertClip(db, {
          fileName: seed.file_name,
          filePath: null,
          original: clip.original,
          format: clip.format,
          encoding: clip.encoding,
          sourceHash: seed.source_hash,
          articleIndex: n + 1,
          article,
          importId,
          hints: JSON.parse(seed.hints) as object,
        });
      }
    });
    for (let from = 0; from < wanted; from += COPY_BATCH) {
      writeBatch(from, Math.min(wanted, from + COPY_BATCH));
      progress(`${(live + Math.min(wanted, from + COPY_BATCH)).toLocaleString('en')} of ${target.toLocaleString('en')} clips`);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    return wanted;
  } finally {
    library.close();
  }
}
