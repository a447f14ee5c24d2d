// Library benchmark: import rate of generated articles (worker threads, batched transactions), how long the
// main thread's event loop was ever blocked meanwhile, and search latency (p50/p95) on the result.
// Run: node scripts/library-bench.mjs [--clips 10000] [--workers N] [--keep DIR] [--search-only]
// (--search-only: with --keep DIR of an earlier run, time the searches on the library already there)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { runImport } from '../electron/core/import/importer';
import { Library } from '../electron/core/library';
import { listClips } from '../electron/core/library/clips';
import { search } from '../electron/core/library/search';
import { writeArticles } from '../tests/core/import/generate';

const SEARCH_RUNS = 20;
const QUERIES: { name: string; query: string; speaker?: string }[] = [
  { name: 'word', query: 'council' },
  { name: 'two words', query: 'ferry fares' },
  { name: 'phrase', query: '"sea wall"' },
  { name: 'OR', query: 'regatta OR footbridge' },
  { name: 'exclusion', query: 'budget -airport' },
  { name: 'prefix', query: 'harb*' },
  { name: 'rare word', query: '"report 4242"' },
  { name: 'tag filter', query: 'tag:Education' },
  { name: 'text + filters', query: 'council source:reuters from:2021 to:2023' },
  { name: 'speaker filter', query: 'budget', speaker: 'Anna Berg' },
  { name: 'only exclusion', query: '-council' },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const clips = Number(opt('--clips') ?? 10_000);
  const workers = opt('--workers') !== undefined ? Number(opt('--workers')) : undefined;
  const dir = opt('--keep') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-bench-'));
  const input = path.join(dir, 'articles');
  const file = path.join(dir, 'bench.sqlite');
  const searchOnly = args.includes('--search-only') && fs.existsSync(file);
  if (searchOnly) {
    const library = Library.open(file, { backups: false });
    process.stdout.write(JSON.stringify(searchTimings(library), null, 2) + '\n');
    library.close();
    return;
  }
  fs.rmSync(file, { force: true });
  fs.rmSync(`${file}-wal`, { force: true });
  fs.rmSync(`${file}-shm`, { force: true });

  if (!fs.existsSync(input) || fs.readdirSync(input).length === 0) writeArticles(input, clips);
  const library = Library.open(file, { backups: false });

  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const t0 = performance.now();
  const summary = await runImport(library, { paths: [input] }, workers === 0 ? { workerScript: null } : { workers });
  const importMs = performance.now() - t0;
  loop.disable();

  const again0 = performance.now();
  const again = await runImport(library, { paths: [input] }, workers === 0 ? { workerScript: null } : { workers });
  const againMs = performance.now() - again0;

  const searches = searchTimings(library);
  const result = {
    clips: summary.imported,
    failed: summary.failed.length,
    importSeconds: round(importMs / 1000),
    importRate: round(summary.imported / (importMs / 1000)),
    reimportSeconds: round(againMs / 1000),
    reimportDuplicates: again.duplicates,
    eventLoopMaxBlockedMs: round(loop.max / 1e6),
    eventLoopP99Ms: round(loop.percentile(99) / 1e6),
    ...searches,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    loadAverage: os.loadavg().map(round),
    libraryMB: round(fs.statSync(file).size / 1e6),
  };
  library.close();
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

function searchTimings(library: Library) {
  const timings: Record<string, { p50: number; p95: number; hits: number }> = {};
  const all: number[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < SEARCH_RUNS; i++) {
      const s = performance.now();
      hits = search(library.db, { query: q.query, speaker: q.speaker, limit: 50 }).total;
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    timings[q.name] = { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), hits };
  }
  all.sort((a, b) => a - b);
  const list: number[] = [];
  for (let i = 0; i < SEARCH_RUNS; i++) {
    const s = performance.now();
    listClips(library.db, { sort: 'published', descending: true, offset: i * 100, limit: 100 });
    list.push(performance.now() - s);
  }
  list.sort((a, b) => a - b);

  return {
    searchP50Ms: round(percentile(all, 50)),
    searchP95Ms: round(percentile(all, 95)),
    listPageP50Ms: round(percentile(list, 50)),
    listPageP95Ms: round(percentile(list, 95)),
    perQuery: timings,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

await main();
