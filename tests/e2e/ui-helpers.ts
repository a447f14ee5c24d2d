// Shared pieces of the UI e2e tests: a page that records errors, CSP reports and unexpected requests,
// axe-core checks that work under the page's strict CSP, and screenshots into test-artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { REPO_ROOT } from '../helpers/temp';

export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');
export const FIXTURES = path.join(__dirname, 'fixtures');
const AXE_SOURCE = fs.readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface WatchedPage {
  page: Page;
  /** uncaught page errors */
  errors: string[];
  /** console messages about the Content Security Policy */
  csp: string[];
  /** requests to anything but the served app (and blob:/data: URLs) */
  foreign: string[];
  /** alert/confirm/prompt dialogs that fired */
  dialogs: string[];
}

export async function openApp(browser: Browser, url: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const watched: WatchedPage = { page, errors: [], csp: [], foreign: [], dialogs: [] };
  page.on('pageerror', (e) => watched.errors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) watched.csp.push(m.text());
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(url) && !u.startsWith('blob:') && !u.startsWith('data:')) watched.foreign.push(u);
  });
  page.on('dialog', (d) => {
    watched.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.locator('.sidebar').waitFor();
  return watched;
}

/** Nothing went wrong behind the scenes: no page errors, no CSP violations, no foreign requests, no dialogs. */
export function expectClean(w: WatchedPage): void {
  expect(w.errors, 'page errors').toEqual([]);
  expect(w.csp, 'CSP violations').toEqual([]);
  expect(w.foreign, 'requests outside the app').toEqual([]);
  expect(w.dialogs, 'dialogs').toEqual([]);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page. The CSP (script-src 'self') blocks added <script> tags, but code evaluated
 * through the DevTools protocol (page.evaluate) is not subject to it, so axe is evaluated that way.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return result;
}

/** No serious or critical accessibility violation on the view now showing. */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  const violations = await axeViolations(page);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `axe on ${view}: ${JSON.stringify(bad, null, 1)}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Drops files on the window as a browser would (a real DataTransfer of real Files). */
export async function dropFiles(page: Page, files: { name: string; content: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.content], f.name, { type: 'text/plain' }));
    const target = document.querySelector('.dropzone')!;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, files);
}

/** The rows of the clip list that are loaded, by title. */
export function rowTitles(page: Page): Promise<string[]> {
  return page.locator('.clip-list .row .title').allTextContents();
}
