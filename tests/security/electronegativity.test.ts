// Doyensec's electronegativity over the shell and the page: every finding needs a written reason.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/temp';

interface Suppression {
  id: string;
  file?: string;
  reason: string;
}

describe('electronegativity', () => {
  it('finds nothing that lacks a written reason beside its suppression', { timeout: 180_000 }, async () => {
    const { scan, judge } = (await import(path.join(REPO_ROOT, 'scripts/electronegativity.mjs'))) as {
      scan: () => Promise<unknown>;
      judge: (r: unknown, s: Suppression[]) => { findings: unknown[]; unexplained: unknown[]; parseErrors: unknown[] };
    };
    const suppressions = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'electronegativity.suppressions.json'), 'utf8')) as Suppression[];
    const result = judge(await scan(), suppressions);
    expect(result.parseErrors).toEqual([]);
    expect(result.unexplained).toEqual([]);
    // the scan really ran: the known, explained findings are there
    expect(result.findings.length).toBeGreaterThanOrEqual(1);
  });

  it('would fail on a finding without a reason', async () => {
    const { judge } = (await import(path.join(REPO_ROOT, 'scripts/electronegativity.mjs'))) as {
      judge: (r: unknown, s: Suppression[]) => { unexplained: unknown[] };
    };
    const fake = { issues: [{ id: 'NODE_INTEGRATION_JS_CHECK', file: 'electron/main/window.ts', location: { line: 1 } }], errors: [] };
    expect(judge(fake, []).unexplained).toHaveLength(1);
    expect(judge(fake, [{ id: 'NODE_INTEGRATION_JS_CHECK', reason: 'too short' }]).unexplained).toHaveLength(1);
  });
});
