// Smoke test of `npm run bench`: the built benchmark runs on the small corpus and its last line is one JSON
// object with every figure, each a number or null (a part missing from this build). Nothing about speed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURES, TARGETS } from '../../electron/bench/fields';
import { REPO_ROOT } from '../helpers/temp';

const BENCH = path.join(REPO_ROOT, 'dist/bench/bench.js');
/** the whole run: 1,000 clips through the real import, on a machine shared with other test runs */
const RUN_TIMEOUT_MS = 600_000;

describe('npm run bench -- --quick --json', () => {
  it(
    'prints one JSON object with every figure as its last line',
    () => {
      expect(fs.existsSync(BENCH), 'dist/bench/bench.js is missing: run node scripts/build.mjs').toBe(true);
      // the UI figures need the UI engineer's script and a browser; they are null when either is missing
      const run = spawnSync(process.execPath, [BENCH, '--quick', '--json'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: RUN_TIMEOUT_MS });
      expect(run.status, run.stderr).toBe(0);
      const lines = run.stdout.trim().split('\n');
      const result = JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;

      expect(result.clips).toBe(1000);
      expect(typeof result.mb).toBe('number');
      for (const figure of FIGURES) {
        expect(result, figure).toHaveProperty(figure);
        const value = result[figure];
        expect(value === null || (typeof value === 'number' && Number.isFinite(value)), `${figure} = ${String(value)}`).toBe(true);
      }
      // the figures that need nothing beyond this build are always measured
      for (const figure of ['import_clips_per_s', 'raw_ingest_clips_per_s', 'import_vs_raw', 'clean_mb_per_s', 'quotes_mb_per_s', 'tags_mb_per_s', 'open_clip_ms', 'list_first_page_ms', 'peak_rss_mb', 'library_bytes_per_clip'] as const) {
        expect(typeof result[figure], figure).toBe('number');
      }
      const machine = result.machine as { cpus: unknown; node: unknown };
      expect(typeof machine.cpus).toBe('number');
      expect(machine.node).toBe(process.version);
      expect(Object.keys(result.targets as object).sort()).toEqual(TARGETS.map((t) => t.figure).sort());
    },
    RUN_TIMEOUT_MS,
  );
});
