// The whole path in a real browser: drop the example clipping on the window, read the cleaned article.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../helpers/browser';
import { serveTempLibrary, type ServeProcess } from '../helpers/serve';
import { REPO_ROOT, SHARED_EXAMPLE } from '../helpers/temp';
import { expectAccessible, screenshot } from './ui-helpers';

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

describe.runIf(browserAvailable())('drop a clipping in the browser (cuttings serve)', () => {
  let browser: Browser;
  let serve: ServeProcess;

  beforeAll(async () => {
    serve = await serveTempLibrary('cuttings-e2e-');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('shows the cleaned headline and first paragraph in the reader', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(serve.url);
    await expect.poll(() => page.getByText('No clips yet').count()).toBe(1);

    const text = fs.readFileSync(SHARED_EXAMPLE, 'utf8');
    // A real DataTransfer carrying a real File, dispatched as the browser would on a drop.
    await page.evaluate(async (content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'daily-express-putin-talks.txt', { type: 'text/plain' }));
      const target = document.querySelector('.dropzone')!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }, text);

    const headline = page.locator('.reader .headline');
    await expect.poll(() => headline.textContent(), { timeout: 15_000 }).toBe('Putin says open to talks');
    const firstParagraph = await page.locator('.reader .body p').first().textContent();
    expect(firstParagraph).toMatch(/^President Vladimir Putin is open to talks/);
    expect(await page.locator('.reader .dateline').textContent()).toBe('Moscow');
    expect(await page.locator('.import-panel .summary').textContent()).toMatch(/1 imported/);

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'reader-after-drop.png') });
    expect(errors).toEqual([]);
  });

  it('shows what a drag will do before the drop', async () => {
    const page = await browser.newPage();
    await page.goto(serve.url);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'a.txt'));
      transfer.items.add(new File(['y'], 'b.txt'));
      document.querySelector('.dropzone')!.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    expect(await page.locator('.drop-overlay').textContent()).toContain('Drop to import 2 files');
    await screenshot(page, 'drop-overlay');
    await expectAccessible(page, 'drop overlay');
  });
});
