// The Settings dialog as the desktop app shows it: a stand-in for the preload bridge (window.cuttings) is put
// in the page before it loads — its API calls go to the real `cuttings serve`, its three library actions are
// recorded — so the dialog's "Show in folder", "Open another library…" and "Move library…" can be driven in
// Chromium (the Electron binary is not available to the tests).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../helpers/browser';
import { serveTempLibrary, type ServeProcess } from '../helpers/serve';
import { expectAccessible } from './ui-helpers';

/** Runs in the page before the app: a bridge whose API calls use HTTP and whose shell actions are recorded. */
function installStandInBridge(): void {
  const shellCalls: string[] = [];
  const token = () => document.querySelector<HTMLMetaElement>('meta[name="cuttings-token"]')?.content ?? '';
  const shellActions: Record<string, () => Promise<unknown>> = {
    showLibrary: async () => void shellCalls.push('showLibrary'),
    openAnotherLibrary: async () => (shellCalls.push('openAnotherLibrary'), false),
    moveLibrary: async () => {
      shellCalls.push('moveLibrary');
      throw new Error('the disk is full');
    },
  };
  const subscriptions: Record<string, unknown> = { onMenuCommand: () => () => {}, onImportProgress: () => () => {}, pathsForFiles: () => [] };
  (window as unknown as { shellCalls: string[] }).shellCalls = shellCalls;
  (window as unknown as { cuttings: unknown }).cuttings = new Proxy(
    {},
    {
      get: (_target, name: string) =>
        shellActions[name] ??
        subscriptions[name] ??
        (async (arg: unknown) => {
          const response = await fetch(`./api/${name}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Cuttings-Token': token() },
            body: JSON.stringify(arg ?? {}),
          });
          const body = await response.json();
          if (!response.ok) throw new Error(body.error);
          return body;
        }),
    },
  );
}

describe.runIf(browserAvailable())('Settings in the desktop app (library actions through the bridge)', () => {
  let browser: Browser;
  let serve: ServeProcess;
  let page: Page;

  beforeAll(async () => {
    serve = await serveTempLibrary('cuttings-settings-');
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(8000);
    await page.addInitScript(installStandInBridge);
    await page.goto(serve.url);
    await page.locator('.sidebar').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('shows the path with Show in folder, Open another library… and Move library…, each asking the shell', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect.poll(() => dialog.locator('.path').textContent()).toMatch(/library\.sqlite$/);
    await dialog.getByRole('button', { name: 'Show in folder' }).click();
    await dialog.getByRole('button', { name: 'Open another library…' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shellCalls: string[] }).shellCalls)).toEqual(['showLibrary', 'openAnotherLibrary']);
    await expectAccessible(page, 'settings dialog (desktop)');

    // a failure the shell reports comes back as a notice, and the dialog stays usable
    await dialog.getByRole('button', { name: 'Move library…' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Could not move the library: the disk is full/);
    expect(await dialog.getByRole('button', { name: 'Move library…' }).isEnabled()).toBe(true);
  });
});
