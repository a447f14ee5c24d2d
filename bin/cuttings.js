#!/usr/bin/env node
// Entry point of the `cuttings` command. The CLI is built by `npm ci` (prepare) into dist/cli.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RELAUNCHED, relaunchFlags } from './node-flags.js';

const flags = relaunchFlags(process.argv.slice(2), process.execArgv, process.env);
if (flags.length > 0) {
  // started again with the heap flags of its command (node-flags.js)
  const argv = [...process.execArgv, ...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const env = { ...process.env, [RELAUNCHED]: '1' };
  // a child process, not process.execve (Node 22.15+, experimental: it warns on stderr, and not on Windows)
  const child = spawn(process.execPath, argv, { stdio: 'inherit', env });
  // Ctrl-C reaches the child from the terminal (it cancels the import and reports): this process only waits.
  // Signals sent to this process alone are passed on.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`cuttings: could not start the import (${error.message})\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (!signal) process.exit(code ?? 1);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
} else {
  const built = fileURLToPath(new URL('../dist/cli/cuttings.js', import.meta.url));
  if (!existsSync(built)) {
    process.stderr.write('cuttings: the CLI is not built yet; run `npm run build` (npm ci does it) in the Cuttings folder.\n');
    process.exit(1);
  }
  const { main } = await import(built);
  await main(process.argv);
}
