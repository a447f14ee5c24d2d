#!/usr/bin/env node
// Runs Doyensec's electronegativity over the Electron shell (main, preload) and the renderer's page,
// and fails on any finding that has no written reason in electronegativity.suppressions.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '@doyensec/electronegativity';

const run = pkg.default ?? pkg;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_VERSION = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
/** What the scanner reads: the code that runs with Electron's powers, and the page it loads. */
const SCANNED = ['electron/main', 'electron/preload', 'renderer/index.html'];

export async function scan() {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-electronegativity-'));
  try {
    for (const item of SCANNED) fs.cpSync(path.join(root, item), path.join(staging, item), { recursive: true });
    fs.copyFileSync(path.join(root, 'package.json'), path.join(staging, 'package.json'));
    const quietLog = console.log;
    console.log = () => {};
    let result;
    try {
      result = await run({ input: staging, isRelative: true, electronVersionOverride: ELECTRON_VERSION });
    } finally {
      console.log = quietLog;
    }
    return result;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export function judge(result, suppressions) {
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    file: issue.file,
    line: issue.location?.line ?? 0,
    description: issue.description,
    sample: issue.sample,
  }));
  const unexplained = findings.filter(
    (f) => !suppressions.some((s) => s.id === f.id && (!s.file || s.file === f.file) && typeof s.reason === 'string' && s.reason.trim().length >= 20),
  );
  const parseErrors = result.errors.filter((e) => !e.tolerable);
  return { findings, unexplained, parseErrors };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const suppressions = JSON.parse(fs.readFileSync(path.join(root, 'electronegativity.suppressions.json'), 'utf8'));
  const { findings, unexplained, parseErrors } = judge(await scan(), suppressions);
  const json = process.argv.includes('--json');
  if (json) console.log(JSON.stringify({ findings: findings.length, unexplained, parseErrors }));
  else {
    console.log(`electronegativity: ${findings.length} finding(s), ${findings.length - unexplained.length} with a written reason`);
    for (const f of unexplained) console.log(`  ${f.id} ${f.file}:${f.line} — ${f.description}`);
    for (const e of parseErrors) console.log(`  could not parse ${e.file}: ${e.message}`);
  }
  process.exitCode = unexplained.length || parseErrors.length ? 1 : 0;
}
