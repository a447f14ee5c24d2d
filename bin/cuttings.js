#!/usr/bin/env node
// Entry point of the `cuttings` command. The CLI is built by `npm ci` (prepare) into dist/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/cuttings.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('cuttings: the CLI is not built yet; run `npm run build` (npm ci does it) in the Cuttings folder.\n');
  process.exit(1);
}
const { main } = await import(built);
await main(process.argv);
