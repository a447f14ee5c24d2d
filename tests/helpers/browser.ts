// Real Chromium for the renderer tests (Debian's /usr/bin/chromium, or $CHROMIUM_PATH), driven by playwright-core.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((p): p is string => Boolean(p && fs.existsSync(p))) ?? null;
}

export const HOW_TO_GET_CHROMIUM =
  'Browser tests need Chromium: `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chrome/Chromium binary.';

/** In CI a missing browser is a failure, never a skip; locally the tests skip and say how to get one. */
export function browserAvailable(): boolean {
  const found = findChromium() !== null;
  if (!found && process.env.CI) throw new Error(`CI=true but no Chromium was found. ${HOW_TO_GET_CHROMIUM}`);
  if (!found) console.warn(`Skipping browser tests. ${HOW_TO_GET_CHROMIUM}`);
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium()!,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run'],
  });
}
