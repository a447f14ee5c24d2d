// Small measuring tools: percentiles, rounding, timing with a budget, and a peak-memory sampler.
import fs from 'node:fs';
import v8 from 'node:v8';

/** how often the memory sampler looks at the process RSS */
const RSS_SAMPLE_MS = 50;

/** The p-th percentile (0–100) of some samples, nearest-rank; null when there are none. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** A figure rounded to a sensible number of significant digits; null stays null. */
export function round(value: number | null | undefined, digits = 3): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return Number(value.toFixed(Math.min(decimals, 6)));
}

export const ratio = (a: number | null, b: number | null): number | null => (a !== null && b !== null && b > 0 ? a / b : null);

export const now = (): number => performance.now();

/** Milliseconds taken by `fn`. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = now();
  const value = await fn();
  return { ms: now() - start, value };
}

/**
 * Runs `step(i)` over items until all are done or `budgetMs` has passed (at least `minItems`),
 * and returns how many ran and how long they took.
 */
export function runWithBudget(count: number, budgetMs: number, minItems: number, step: (i: number) => void): { items: number; ms: number } {
  const start = now();
  let i = 0;
  while (i < count && (i < minItems || now() - start < budgetMs)) step(i++);
  return { items: i, ms: now() - start };
}

/**
 * Where the main thread's memory was at the RSS peak (MB): the rest of the RSS is the worker threads and native
 * memory. On Linux, the RSS split as the kernel counts it: anonymous (heaps, malloc: what the app allocates) and
 * file-backed (the node binary and libraries, the same whatever is imported); null elsewhere.
 */
export interface MemoryAtPeak {
  rss_mb: number;
  heap_total_mb: number;
  heap_used_mb: number;
  external_mb: number;
  /** V8's young generation (it grows to its bound, garbage or not) and old generation (live data and garbage not yet collected) */
  new_space_mb: number;
  old_space_mb: number;
  rss_anon_mb: number | null;
  rss_file_mb: number | null;
}

/** RssAnon and RssFile (kB) of this process from /proc/self/status, in MB; null where there is no such file. */
export function rssSplit(status: string | null = readProcStatus()): { anon: number; file: number } | null {
  const kb = (field: string) => Number(status?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
  const anon = kb('RssAnon');
  const file = kb('RssFile');
  return Number.isFinite(anon) && Number.isFinite(file) ? { anon: anon / 1024, file: file / 1024 } : null;
}

function readProcStatus(): string | null {
  try {
    return fs.readFileSync('/proc/self/status', 'utf8');
  } catch {
    return null;
  }
}

/** Samples the process RSS (worker threads included) until stopped; the peak in MB, and the main thread's share then. */
export function rssSampler(): { stop(): number; atPeak(): MemoryAtPeak } {
  const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
  let peak = 0;
  let atPeak: MemoryAtPeak = {
    rss_mb: 0, heap_total_mb: 0, heap_used_mb: 0, external_mb: 0, new_space_mb: 0, old_space_mb: 0, rss_anon_mb: null, rss_file_mb: null,
  };
  const sample = () => {
    const usage = process.memoryUsage();
    if (usage.rss <= peak) return;
    peak = usage.rss;
    const split = rssSplit();
    const space = (name: string) => mb(v8.getHeapSpaceStatistics().find((s) => s.space_name === name)?.space_size ?? 0);
    atPeak = {
      rss_mb: mb(usage.rss), heap_total_mb: mb(usage.heapTotal), heap_used_mb: mb(usage.heapUsed), external_mb: mb(usage.external),
      new_space_mb: space('new_space'), old_space_mb: space('old_space'),
      rss_anon_mb: split && Math.round(split.anon), rss_file_mb: split && Math.round(split.file),
    };
  };
  sample();
  const timer = setInterval(sample, RSS_SAMPLE_MS);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak / (1024 * 1024);
    },
    atPeak: () => atPeak,
  };
}

/** The highest RSS of the process so far (MB), as the OS counts it. */
export const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;
