import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './temp';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `cuttings` command exactly as `npx cuttings` would. */
export function cuttings(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/cuttings.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
