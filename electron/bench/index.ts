// `npm run bench` (issue 8): builds a corpus of unique clips from the shared real texts, imports it through
// the app's own API, and measures the import against the physical limit (raw ingest) and a Readability+jsdom
// peer in the same run, plus the text engine alone, search, opening and listing clips, memory, library size,
// PDF export and (when the UI engineer's script is there) the browser UI. Ratios in one run, because the
// machine is shared and absolute figures are noisy.
//
//   node dist/bench/bench.js [--quick | --large | --clips N] [--json] [--skip a,b] [--all] [--keep]
//   node dist/bench/bench.js --search-library FILE [--json]
//
// --quick: 1,000 clips (CI smoke test; leaves out the PDF report and the browser, which take minutes on a
// loaded machine, unless --all); default 10,000; --large 100,000. --json: the last line of output is one
// JSON object with every figure (fields.ts). --skip: any of import,raw,engine,peer,search,open,pdf,ui.
// --keep: leave the temporary folder (corpus and libraries) and print where it is. Progress goes to stderr.
// --search-library FILE: search, open and list only, on an existing Cuttings library (building 100,000 clips by
// import takes hours on this machine); the library is opened as the app opens it (so one from an older build is
// migrated first: point it at a copy you may change), and the JSON's detail.search_library names it and its
// clip count.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApi, type CoreApi } from '../core/api';
import { ImportJobs } from '../core/import/jobs';
import { Library } from '../core/library';
import type { ImportSummary } from '../shared/api';
import { loadSeeds, random, writeCorpus, type Corpus } from './corpus';
import { WARMUP_CLIPS, measureEngine } from './engine';
import { FIGURES, TARGETS, targetMet, type Figures } from './fields';
import { maxRssMb, now, percentile, ratio, round, rssSampler, timed } from './measure';
import { htmlPage, measurePeer } from './peer';
import { queryMix } from './queries';
import { rawIngest } from './raw';
import { measureBrowser } from './ui';

/** clips in the corpus per mode */
const SIZES = { quick: 1_000, default: 10_000, large: 100_000 } as const;
/** pages the Readability peer runs over (it is slow; the rate is extrapolated) */
const PEER_SAMPLE = { quick: 20, default: 300, large: 300 } as const;
/** clips the text engine figures are measured over, and the time each stage may take */
const ENGINE_SAMPLE = { quick: 150, default: 600, large: 600 } as const;
const ENGINE_BUDGET_MS = { quick: 1_000, default: 6_000, large: 6_000 } as const;
/** tables listed in the library's size breakdown (largest first) */
const SIZE_TABLES = 10;
/** measured passes over the 50 search queries (after one warm-up pass) */
const SEARCH_PASSES = { quick: 1, default: 3, large: 3 } as const;
/** queries listed in detail.search.slowest */
const SLOWEST_QUERIES = 8;
/** random clips opened for open_clip_ms */
const OPEN_SAMPLE = 200;
/** listClips({limit: LIST_LIMIT}) calls timed for list_first_page_ms */
const LIST_RUNS = 20;
const LIST_LIMIT = 100;
/** clips in the PDF report */
const PDF_CLIPS = 500;
const PHASES = ['import', 'raw', 'engine', 'peer', 'search', 'open', 'pdf', 'ui'] as const;
/** parts --quick leaves out unless --all: each takes minutes on a loaded 2-core machine */
const QUICK_SKIPS: readonly Phase[] = ['pdf', 'ui'];
type Phase = (typeof PHASES)[number];
type Mode = keyof typeof SIZES;

interface Options {
  mode: Mode;
  clips: number;
  json: boolean;
  keep: boolean;
  skip: Set<Phase>;
  /** left out because of --quick */
  quickSkips: Set<Phase>;
  /** --search-library: measure search, open and list on this existing library instead of a built corpus */
  searchLibrary: string | null;
}

/** the parts --search-library runs: the others need the corpus */
const LIBRARY_PHASES: readonly Phase[] = ['search', 'open'];

function parseArgs(argv: readonly string[]): Options {
  const args = argv.slice(2);
  const mode: Mode = args.includes('--large') ? 'large' : args.includes('--quick') ? 'quick' : 'default';
  const valueOf = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const clips = Number(valueOf('--clips') ?? SIZES[mode]);
  if (!Number.isInteger(clips) || clips < 10) throw new Error(`--clips needs a whole number of at least 10, not ${valueOf('--clips')}`);
  const skip = new Set((valueOf('--skip') ?? '').split(',').filter(Boolean) as Phase[]);
  for (const phase of skip) if (!PHASES.includes(phase)) throw new Error(`--skip: unknown part "${phase}" (${PHASES.join(', ')})`);
  const searchLibrary = args.includes('--search-library') ? (valueOf('--search-library') ?? '') : null;
  if (searchLibrary !== null) {
    if (!searchLibrary || !fs.existsSync(searchLibrary)) throw new Error(`--search-library needs an existing library file, not "${searchLibrary}"`);
    for (const phase of PHASES) if (!LIBRARY_PHASES.includes(phase)) skip.add(phase);
  }
  const quickSkips = mode === 'quick' && !args.includes('--all') ? QUICK_SKIPS : [];
  return { mode, clips, json: args.includes('--json'), keep: args.includes('--keep'), skip, quickSkips: new Set(quickSkips), searchLibrary };
}

const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

function repoRoot(): string {
  // dist/bench/bench.js and electron/bench/index.ts are both two folders below the repo
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
}

const isNotBuilt = (error: unknown) => /not available in this build/i.test((error as Error)?.message ?? '');

export async function main(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv);
  const { mode } = options;
  const root = repoRoot();
  const sharedDir = path.resolve(process.env.CUTTINGS_BENCH_SHARED ?? path.join(root, '../shared'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-bench-'));
  const notes: string[] = [];
  const note = (text: string) => {
    notes.push(text);
    progress(text);
  };
  const figures = Object.fromEntries(FIGURES.map((f) => [f, null])) as Figures;
  const detail: Record<string, unknown> = {};
  // seconds each part took (the figures are rates; this says where a run's time went)
  const phaseSeconds: Record<string, number | null> = {};
  let running: { phase: string; start: number } | null = null;
  const endPhase = () => {
    if (running) phaseSeconds[running.phase] = round((now() - running.start) / 1000);
    running = null;
  };
  const beginPhase = (phase: string) => {
    endPhase();
    running = { phase, start: now() };
  };
  /** true when the part is left out (with a note); otherwise starts its clock */
  const skipped = (phase: Phase) => {
    if (options.skip.has(phase) || options.quickSkips.has(phase)) {
      note(`${phase}: skipped (${options.searchLibrary ? '--search-library' : options.skip.has(phase) ? '--skip' : '--quick; --all to include it'})`);
      endPhase();
      return true;
    }
    beginPhase(phase);
    return false;
  };
  const loadAtStart = os.loadavg()[0]!;
  detail.rss_at_start_mb = round(process.memoryUsage.rss() / (1024 * 1024));
  const started = now();

  let corpusMb: number | null = null;
  let library: Library | null = null;
  let api: CoreApi | null = null;
  try {
    // ── corpus (none with --search-library: its parts are skipped) ─────────────────────────────────
    let corpus: Corpus = { dir: path.join(tmp, 'corpus'), files: [], bytes: 0 };
    let mb = 0;
    if (!options.searchLibrary) {
      beginPhase('corpus');
      const seeds = loadSeeds(sharedDir);
      progress(`writing ${options.clips} clips from ${seeds.length} real texts into ${tmp}`);
      const corpusTime = await timed(() => writeCorpus(seeds, path.join(tmp, 'corpus'), options.clips));
      corpus = corpusTime.value;
      mb = corpus.bytes / 1e6;
      corpusMb = mb;
      progress(`corpus: ${corpus.files.length} files, ${mb.toFixed(1)} MB in ${(corpusTime.ms / 1000).toFixed(1)} s`);
    }

    // ── import through the app's API (first, so the process's peak memory is the import's) ──────────
    const libraryFile = options.searchLibrary ?? path.join(tmp, 'library.db');
    if (options.searchLibrary) {
      beginPhase('open_library');
      progress(`opening ${libraryFile} (migrated first if an older build wrote it) …`);
    }
    library = Library.open(libraryFile, { backups: false });
    api = createApi(library);
    let libraryIds: number[] = [];
    if (options.searchLibrary) {
      libraryIds = library.db.prepare('SELECT id FROM clips WHERE deleted_at IS NULL ORDER BY id').pluck().all() as number[];
      options.clips = libraryIds.length;
      detail.search_library = {
        file: path.resolve(libraryFile),
        clips: libraryIds.length,
        schema: library.db.pragma('user_version', { simple: true }),
        bytes: fs.statSync(libraryFile).size,
      };
      progress(`library: ${libraryIds.length} clips`);
    }
    let summary: ImportSummary | null = null;
    if (!skipped('import')) {
      // ImportJobs.run is what importFiles and startImport call (in the import thread beside this bundle, as in the
      // app); its progress hook gives the rate as the library grows
      progress('import: ImportJobs.run({paths: [corpus]}) — the code behind importFiles and startImport …');
      const memory = rssSampler();
      // how long a call to this thread (the app's main process: the window's calls) waits while the import runs
      const callerDelay = monitorEventLoopDelay({ resolution: 10 });
      callerDelay.enable();
      const rssBefore = process.memoryUsage.rss() / (1024 * 1024);
      const tenth = Math.max(1, Math.floor(corpus.files.length / 10));
      const marks: number[] = [];
      const importStart = now();
      const run = await timed(() =>
        new ImportJobs(library!).run({ paths: [corpus.dir] }, {
          onProgress: (p) => {
            while (p.done >= (marks.length + 1) * tenth && marks.length < 10) marks.push(now() - importStart);
          },
        }),
      );
      const sampledPeak = memory.stop();
      callerDelay.disable();
      summary = run.value;
      const seconds = run.ms / 1000;
      figures.import_clips_per_s = corpus.files.length / seconds;
      figures.import_mb_per_s = mb / seconds;
      figures.peak_rss_mb = Math.max(sampledPeak, maxRssMb());
      detail.import = {
        seconds: round(seconds),
        imported: summary.imported,
        duplicates: summary.duplicates,
        failed: summary.failed.length,
        rss_before_mb: round(rssBefore),
        sampled_peak_rss_mb: round(sampledPeak),
        main_thread_at_peak: memory.atPeak(),
        caller_event_loop_delay_ms: { p99: round(callerDelay.percentile(99) / 1e6), max: round(callerDelay.max / 1e6) },
        // files per second in each tenth of the import: does storing slow down as the library grows?
        clips_per_s_by_tenth: marks.map((ms, i) => round(tenth / ((ms - (marks[i - 1] ?? 0)) / 1000))),
      };
      progress(`import: ${corpus.files.length} files in ${seconds.toFixed(1)} s → ${summary.imported} clips, ${summary.duplicates} duplicates, ${summary.failed.length} failed`);
      for (const failure of summary.failed.slice(0, 3)) note(`import failed: ${failure.file}: ${failure.reason}`);
      // the library's size on disk: the file and its WAL after a checkpoint
      library.db.pragma('wal_checkpoint(TRUNCATE)');
      const bytes = [libraryFile, `${libraryFile}-wal`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
      figures.library_bytes_per_clip = summary.imported > 0 ? bytes / summary.imported : null;
      if (summary.imported > 0) detail.bytes_per_clip_by_table = sizeByTable(library, summary.imported);
    }

    // ── raw ingest: the same bytes into the same schema, nothing else ──────────────────────────────
    if (!skipped('raw')) {
      progress('raw ingest …');
      const raw = rawIngest(corpus.files, path.join(tmp, 'raw.db'));
      figures.raw_ingest_clips_per_s = raw.clips / (raw.ms / 1000);
      figures.import_vs_raw = ratio(figures.import_clips_per_s, figures.raw_ingest_clips_per_s);
      progress(`raw ingest: ${raw.clips} files in ${(raw.ms / 1000).toFixed(1)} s`);
    }

    // ── the text engine alone, one core ─────────────────────────────────────────────────────────
    if (!skipped('engine')) {
      progress('text engine …');
      const read = (f: string) => ({ name: f, text: fs.readFileSync(f, 'utf8') });
      const sample = corpus.files.slice(0, ENGINE_SAMPLE[mode]).map(read);
      const warmup = corpus.files.slice(ENGINE_SAMPLE[mode], ENGINE_SAMPLE[mode] + WARMUP_CLIPS).map(read);
      const engine = measureEngine(sample, warmup, ENGINE_BUDGET_MS[mode], Math.min(20, sample.length));
      figures.clean_mb_per_s = engine.clean_mb_per_s;
      figures.quotes_mb_per_s = engine.quotes_mb_per_s;
      figures.tags_mb_per_s = engine.tags_mb_per_s;
      detail.engine_clips = engine.clips;
    }

    // ── the peer: Readability + jsdom over the same articles as HTML ────────────────────────────────
    if (!skipped('peer')) {
      progress('peer (Readability + jsdom) …');
      try {
        const pages = corpus.files.slice(0, PEER_SAMPLE[mode]).map((f) => htmlPage(fs.readFileSync(f, 'utf8')));
        const peer = await measurePeer(pages, path.join(tmp, 'peer.db'));
        figures.peer_readability_clips_per_s = peer.clips / (peer.ms / 1000);
        figures.import_vs_peer = ratio(figures.import_clips_per_s, figures.peer_readability_clips_per_s);
        detail.peer = { sample: peer.clips, seconds: round(peer.ms / 1000), empty: peer.empty };
        if (peer.clips < corpus.files.length) note(`peer: measured over a fixed sample of ${peer.clips} of the ${corpus.files.length} clips (rate per clip; the peer is slow)`);
      } catch (error) {
        note(`peer: ${(error as Error).message} (peer figures null)`);
      }
    }

    const ids = options.searchLibrary ? libraryIds : (summary?.clipIds ?? []);
    // ── search: the fixed mix of 50 queries ─────────────────────────────────────────────────────
    if (!skipped('search')) await measureSearch(api, SEARCH_PASSES[mode], figures, detail, note);

    // ── opening and listing clips ───────────────────────────────────────────────────────────────
    if (!skipped('open')) {
      const pick = random(42);
      const opened: number[] = [];
      let incomplete = 0;
      for (let i = 0; i < Math.min(OPEN_SAMPLE, ids.length); i++) {
        const id = ids[Math.floor(pick() * ids.length)]!;
        const { ms, value } = await timed(() => api!.getClip({ id }));
        if (!value || !Array.isArray(value.quotes) || !Array.isArray(value.tags)) incomplete++;
        opened.push(ms);
      }
      if (incomplete) note(`open: ${incomplete} clips came back without quotes or tags`);
      figures.open_clip_ms = percentile(opened, 50);
      const listed: number[] = [];
      for (let i = 0; i < LIST_RUNS; i++) listed.push((await timed(() => api!.listClips({ limit: LIST_LIMIT }))).ms);
      figures.list_first_page_ms = percentile(listed, 50);
    }

    // ── a 500-clip PDF report ───────────────────────────────────────────────────────────────────
    if (!skipped('pdf')) {
      if (ids.length < PDF_CLIPS) note(`pdf: only ${ids.length} clips to export (export_pdf_500_s null)`);
      else {
        progress('PDF export of 500 clips …');
        try {
          const { ms, value } = await timed(() => api!.exportClips({ format: 'pdf', selection: { ids: ids.slice(0, PDF_CLIPS) } }));
          figures.export_pdf_500_s = ms / 1000;
          detail.pdf = { clips: value.clips, mb: round(Buffer.byteLength(value.dataBase64, 'base64') / 1e6) };
        } catch (error) {
          note(`pdf: ${isNotBuilt(error) ? 'exportClips is not available in this build' : (error as Error).message.split('\n')[0]} (export_pdf_500_s null)`);
        }
      }
    }

    // ── the browser UI over `cuttings serve` ────────────────────────────────────────────────────
    if (!skipped('ui')) {
      library.db.pragma('wal_checkpoint(PASSIVE)');
      progress('browser UI …');
      Object.assign(figures, await measureBrowser(root, libraryFile, note));
    }
    endPhase();
    detail.phase_seconds = phaseSeconds;
  } finally {
    await api?.dispose();
    library?.close();
    if (options.keep) progress(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }

  const rounded = Object.fromEntries(FIGURES.map((f) => [f, round(figures[f])])) as Figures;
  const targets = Object.fromEntries(
    TARGETS.map((t) => [t.figure, { [t.bound]: t.value, ...(t.at ? { at: t.at } : {}), met: targetMet(t, rounded[t.figure]) }]),
  );
  const result = {
    mode: options.searchLibrary ? 'search-library' : mode,
    clips: options.clips,
    mb: round(corpusMb),
    ...rounded,
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? null,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      load_avg_start: round(loadAtStart),
      load_avg_end: round(os.loadavg()[0]!),
    },
    seconds: round((now() - started) / 1000),
    detail,
    targets,
    notes,
  };
  if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(table(result.clips, result.mb, rounded, targets, notes));
}

/** Bytes per clip of the largest tables and indexes (SQLite's dbstat), or null where dbstat is missing. */
function sizeByTable(library: Library, clips: number): Record<string, number> | null {
  try {
    const rows = library.db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT ?').all(SIZE_TABLES) as { name: string; bytes: number }[];
    return Object.fromEntries(rows.map((r) => [r.name, Math.round(r.bytes / clips)]));
  } catch {
    return null;
  }
}

async function measureSearch(api: CoreApi, passes: number, figures: Figures, detail: Record<string, unknown>, note: (t: string) => void): Promise<void> {
  try {
    // the filter values; a list call missing from the build leaves the query mix's stand-ins
    const [tags, sources, speakers] = await Promise.all([
      api.listTags({}).catch(() => []),
      api.listSources({}).catch(() => []),
      api.listSpeakers({}).catch(() => []),
    ]);
    const byCount = <T extends { count?: number; quotes?: number }>(list: T[]) => [...list].sort((a, b) => (b.count ?? b.quotes ?? 0) - (a.count ?? a.quotes ?? 0));
    const queries = queryMix({
      tags: byCount(tags).map((t) => t.name),
      sources: byCount(sources).map((s) => s.name),
      speakers: byCount(speakers).map((s) => s.name),
    });
    const times: number[] = [];
    // CPU time of each timed search (the process has no other work meanwhile): fairer than the wall clock on a
    // machine shared with other jobs, where a run waits for a core
    const cpuTimes: number[] = [];
    const byKind = new Map<string, number[]>();
    // each query's slowest timed run, its CPU times and its hit count: which queries make the tail (on a busy
    // machine the slowest run is mostly waiting for a core; the median CPU time says what the query costs)
    const byQuery = new Map<string, { ms: number; cpu: number[]; total: number }>();
    const failures = new Map<string, string>();
    let hits = 0;
    for (let pass = 0; pass <= passes; pass++) {
      for (const { query, kind } of queries) {
        try {
          const cpuStart = process.cpuUsage();
          const { ms, value } = await timed(() => api.search({ query }));
          const cpu = process.cpuUsage(cpuStart);
          if (pass === 0) hits += value.total > 0 ? 1 : 0;
          else {
            times.push(ms);
            cpuTimes.push((cpu.user + cpu.system) / 1000);
            byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
            const seen = byQuery.get(query);
            byQuery.set(query, { ms: Math.max(ms, seen?.ms ?? 0), cpu: [...(seen?.cpu ?? []), (cpu.user + cpu.system) / 1000], total: value.total });
          }
        } catch (error) {
          if (isNotBuilt(error)) throw error;
          failures.set(query, (error as Error).message);
        }
      }
    }
    for (const [query, reason] of failures) note(`search: ${query} → ${reason}`);
    figures.search_p50_ms = percentile(times, 50);
    figures.search_p95_ms = percentile(times, 95);
    figures.search_p99_ms = percentile(times, 99);
    detail.search = {
      queries: queries.length,
      with_results: hits,
      timed: times.length,
      max_ms: round(percentile(times, 100)),
      cpu_ms: { p50: round(percentile(cpuTimes, 50)), p95: round(percentile(cpuTimes, 95)), p99: round(percentile(cpuTimes, 99)) },
      p50_ms_by_kind: Object.fromEntries([...byKind].map(([kind, ms]) => [kind, round(percentile(ms, 50))])),
      slowest: [...byQuery]
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, SLOWEST_QUERIES)
        .map(([query, { ms, cpu, total }]) => ({ query, max_ms: round(ms), cpu_ms: round(percentile(cpu, 50)), total })),
    };
  } catch (error) {
    note(`search: ${isNotBuilt(error) ? 'search is not available in this build' : (error as Error).message} (search_* null)`);
  }
}

function table(clips: number, mb: number | null, figures: Figures, targets: Record<string, Record<string, unknown>>, notes: string[]): string {
  const lines = [`Cuttings benchmark — ${clips} clips, ${mb ?? '?'} MB`, ''];
  const width = Math.max(...FIGURES.map((f) => f.length));
  for (const figure of FIGURES) {
    const target = targets[figure];
    const bound = target ? ('min' in target ? `≥ ${target.min}` : `≤ ${target.max}`) + (target.at ? ` (at ${target.at})` : '') : '';
    const verdict = target ? (target.met === null ? '' : target.met ? 'met' : 'MISSED') : '';
    lines.push(`${figure.padEnd(width)}  ${String(figures[figure] ?? '—').padStart(10)}  ${bound.padEnd(22)} ${verdict}`);
  }
  if (notes.length) lines.push('', 'Notes:', ...notes.map((n) => `  ${n}`));
  return `${lines.join('\n')}\n`;
}

await main(process.argv).catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
