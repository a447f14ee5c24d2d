// Real Chromium for the renderer tests (Debian's /usr/bin/chromium, or $CHROMIUM_PATH), driven by playwright-core,
// found and started the way the app's own PDF export and benchmark do it.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, chromiumPath } from '../../electron/core/chromium';

export const findChromium = (): string | null => chromiumPath();

/** In CI a missing browser is a failure, never a skip; locally the tests skip and say how to get one. */
export function browserAvailable(): boolean {
  const found = findChromium() !== null;
  if (!found && process.env.CI) throw new Error(`CI=true but no Chromium was found: ${HOW_TO_GET_CHROMIUM}.`);
  if (!found) console.warn(`Skipping browser tests: ${HOW_TO_GET_CHROMIUM}.`);
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium()!, args: [...CHROMIUM_ARGS] });
}
