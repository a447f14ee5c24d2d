// The clip report in a real Chromium: accessibility (axe-core), untrusted text staying inert, and the PDF
// printed by Chromium's engine read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../../helpers/browser';
import { tempDir } from '../../helpers/temp';
import { decode, fixtureLibrary, HEADLINES, IMG, SCRIPT, type TestLibrary } from './library';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PDFTOTEXT = fs.existsSync('/usr/bin/pdftotext') ? '/usr/bin/pdftotext' : 'pdftotext';
/** A 1×1 PNG as the logo. */
const LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const REPORT = { title: 'Weekly cuttings <i>digest</i>', logo: LOGO, accent: '#ffd700' };

describe.runIf(browserAvailable())('clip report in Chromium', () => {
  let browser: Browser;
  let t: TestLibrary;
  let html: string;

  beforeAll(async () => {
    t = await fixtureLibrary();
    html = decode(await t.api.exportClips({ format: 'html', selection: {}, report: REPORT })).toString('utf8');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    t?.library.close();
  });

  it('is one standalone file: inline CSS, no scripts, nothing loaded from elsewhere', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src="http|url\(http/i);
    expect(html).toContain('Content-Security-Policy');
  });

  it('passes axe-core with no serious or critical violations', async () => {
    // CSP bypassed only so the test can inject axe itself
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.setContent(html);
    await page.addScriptTag({ path: AXE_PATH });
    const result = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as {
      violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
    };
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
    await context.close();
  });

  it('keeps <script> and <img onerror> from a clipping as inert text: no element, no dialog', async () => {
    // JavaScript on and the CSP bypassed, so only the escaping stands between the clipping and the page
    const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setContent(html);
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    const dom = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      images: [...document.querySelectorAll('img')].map((i) => i.getAttribute('src')!.slice(0, 22)),
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      italic: document.querySelectorAll('i').length,
      headlines: [...document.querySelectorAll('article h2')].map((h) => h.textContent),
      title: document.querySelector('h1')!.textContent,
      body: document.body.textContent,
    }));
    expect(dom.scripts).toBe(0);
    expect(dom.images).toEqual(['data:image/png;base64,']); // the logo only
    expect(dom.handlers).toEqual([]);
    expect(dom.italic).toBe(0);
    expect(dom.title).toBe(REPORT.title);
    expect(dom.headlines).toEqual([HEADLINES.ferry, HEADLINES.budget, HEADLINES.hostile]);
    expect(dom.body).toContain(SCRIPT);
    expect(dom.body).toContain(IMG);
    await context.close();
  });

  it('has a cover, contents linking to every clip, and quotes grouped by speaker', async () => {
    const page = await browser.newPage();
    await page.setContent(html);
    const links = await page.$$eval('nav a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links).toEqual([
      [`#clip-${t.ids.ferry}`, HEADLINES.ferry],
      [`#clip-${t.ids.budget}`, HEADLINES.budget],
      [`#clip-${t.ids.hostile}`, HEADLINES.hostile],
    ]);
    for (const [href] of links) expect(await page.locator(href!).count()).toBe(1);
    expect(await page.locator('.cover').textContent()).toMatch(/12 March 2024 – 20 May 2024[\s\S]*3 clips/);
    const speakers = await page.$$eval('.quotes h3', (hs) => hs.map((h) => h.textContent));
    expect(speakers).toEqual(expect.arrayContaining(['Maria Lopes (2 quotes)', 'Ruth Okafor (1 quote)']));
    await page.close();
  });

  it('clips nothing at A4 width: long words wrap inside the page', async () => {
    const page = await browser.newPage({ viewport: { width: 680, height: 1000 } }); // ≈ 180 mm of A4 text width
    await page.emulateMedia({ media: 'print' });
    await page.setContent(html);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.close();
  });

  it('prints to PDF with every headline, the clipping markup as literal text and page numbers in the footer', async () => {
    const file = await t.api.exportClips({ format: 'pdf', selection: {}, report: REPORT });
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toMatch(/\.pdf$/);
    const pdf = path.join(tempDir(), file.fileName);
    fs.writeFileSync(pdf, decode(file));
    expect(decode(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    for (const headline of [HEADLINES.ferry, HEADLINES.budget, HEADLINES.hostile]) expect(flat).toContain(headline);
    expect(flat).not.toContain(HEADLINES.trashed);
    expect(flat).toContain(SCRIPT);
    expect(flat).toContain(IMG);
    expect(flat).toContain('Weekly cuttings <i>digest</i>');
    const pages = text.split('\f').filter((p) => p.trim()).length;
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++) expect(flat).toContain(`Page ${n} of ${pages}`);
    // the long word is all there (wrapped, not cut off)
    expect(text.replace(/\s+/g, '')).toContain('Pneumonoultramicroscopicsilicovolcanoconiosis' + 'x'.repeat(100));
  }, 60_000);
});
