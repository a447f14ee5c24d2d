// Where Chromium is and how it is started, for everything outside Electron that drives one through
// playwright-core: PDF export from the CLI, the benchmark's browser figures and the browser tests.
import fs from 'node:fs';

/** $CHROMIUM_PATH first, then where Debian/Ubuntu and Chrome install it. */
export const CHROMIUM_PATHS: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Headless as root on a closed network: no sandbox, and no background calls home that would be refused. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
];

export const HOW_TO_GET_CHROMIUM = 'install Chromium (`sudo apt-get install -y chromium` on Debian/Ubuntu) or set CHROMIUM_PATH';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  return [env.CHROMIUM_PATH, ...CHROMIUM_PATHS].find((p): p is string => Boolean(p && fs.existsSync(p))) ?? null;
}
