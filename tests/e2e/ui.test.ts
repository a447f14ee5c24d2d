// The whole UI in Chromium against the real `cuttings serve` on a temporary library: import a folder, search,
// read quotes, follow a speaker, tags, trash and undo, cancel an import, hostile text, settings, export,
// shortcuts — with axe-core on every view and a screenshot of each in test-artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../helpers/browser';
import { serveTempLibrary, type ServeProcess } from '../helpers/serve';
import { FIXTURES, dropFiles, expectAccessible, expectClean, openApp, rowTitles, screenshot, type WatchedPage } from './ui-helpers';

const CLIPPINGS = path.join(FIXTURES, 'clippings');
const GOOD_CLIPPINGS = fs.readdirSync(CLIPPINGS).filter((f) => f !== 'not-a-clipping.txt').length;

/** Finds a clip with the search box and opens it (the list is virtualised: far rows are not in the DOM). */
async function openByTitle(page: Page, title: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search clips' });
  await box.fill(`"${title}"`);
  await box.press('Enter');
  await page.locator('.clip-list .row', { hasText: title }).first().click();
  await expect.poll(() => page.locator('.reader .headline').textContent()).toBe(title);
}

const speakersInSidebar = (page: Page) => page.locator('.sidebar section[aria-labelledby="side-speakers"]');

describe.runIf(browserAvailable())('the Cuttings UI in a browser (cuttings serve)', () => {
  let browser: Browser;
  let serve: ServeProcess;
  let w: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    serve = await serveTempLibrary('cuttings-ui-');
    browser = await launchChromium();
    w = await openApp(browser, serve.url);
    page = w.page;
    page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
  });

  it('starts empty, and the empty library passes axe', async () => {
    await expect.poll(() => page.getByText('No clips yet').count()).toBe(1);
    await screenshot(page, 'ui-01-empty');
    await expectAccessible(page, 'empty library');
  });

  it('imports a folder with File > Import folder…, listing each failed file with its reason', async () => {
    await page.locator('input[aria-label="Choose a folder of clippings to import"]').setInputFiles(CLIPPINGS);
    const summary = page.locator('.import-panel .summary');
    await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toMatch(new RegExp(`${GOOD_CLIPPINGS} imported`));
    expect(await summary.textContent()).toMatch(/1 failed/);
    expect(await page.locator('.import-panel .failures').textContent()).toMatch(/not-a-clipping\.txt.*binary/s);
    await expect.poll(() => page.locator('.clip-list .row .title').count()).toBe(GOOD_CLIPPINGS);
    await screenshot(page, 'ui-02-import-summary');
    await expectAccessible(page, 'library after import');
  }, 60_000);

  it('lists clips newest first with date, source, title, first line and tags, and sorts by title', async () => {
    const titles = await rowTitles(page);
    expect(titles[0]).toBe('Harbour board report reveals final bridge bill');
    expect(titles.at(-1)).toBe('Council backs new harbour bridge after heated debate');
    const first = page.locator('.clip-list .row').first();
    expect(await first.locator('.row-source').textContent()).toBe('Coastal Times');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2024-09-12');
    expect(await first.locator('.first-line').textContent()).toMatch(/^The harbour footbridge cost/);
    expect(await first.locator('.tag-chip').count()).toBeGreaterThan(0);

    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
    await expect.poll(async () => (await rowTitles(page))[0]).toBe('Bridge budget climbs by a third');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('published');
    await expect.poll(async () => (await rowTitles(page))[0]).toBe('Harbour board report reveals final bridge bill');
  });

  it('opens a clip and highlights each quotation with its speaker', async () => {
    await page.locator('.clip-list .row', { hasText: 'Council backs new harbour bridge' }).click();
    await expect.poll(() => page.locator('.reader .headline').textContent()).toBe('Council backs new harbour bridge after heated debate');
    const quotes = page.locator('.reader .body mark.quote');
    await expect.poll(() => quotes.count()).toBe(3);
    expect(await quotes.nth(0).textContent()).toMatch(/^This bridge will bring the two halves/);
    expect(await quotes.nth(0).getAttribute('data-speaker')).toBe('Helen Okafor');
    expect(await quotes.nth(1).getAttribute('data-speaker')).toBe('Marcus Trell');
    expect(await quotes.nth(2).getAttribute('data-speaker')).toBe('Priya Nandakumar');
    // quotes sit inside their paragraphs, surrounded by the plain text
    expect(await page.locator('.reader .body p').nth(2).textContent()).toMatch(/^“This bridge will bring .*” Okafor told the council chamber\.$/);
    expect(await page.locator('.reader .source').textContent()).toBe('Elmsley Gazette');
    expect(await page.locator('.reader .dateline').textContent()).toBe('Port Elmsley');
    await screenshot(page, 'ui-03-reader');
    await expectAccessible(page, 'reader');

    await page.getByRole('button', { name: 'Show original text' }).click();
    expect(await page.locator('.reader pre.original').textContent()).toContain('© Elmsley Gazette 2023');
    await screenshot(page, 'ui-04-reader-original');
    await expectAccessible(page, 'reader showing the original text');
    await page.getByRole('button', { name: 'Show cleaned article' }).click();
  });

  it('edits an extracted field and reverts it to what the cleaner found (editClip, revertField)', async () => {
    await page.getByRole('button', { name: 'Edit fields' }).click();
    const headline = page.getByLabel('Headline', { exact: true });
    await headline.fill('Council approves the harbour bridge');
    await page.getByRole('button', { name: 'Save headline' }).click();
    await expect.poll(() => page.locator('.reader .headline').textContent()).toBe('Council approves the harbour bridge');
    await screenshot(page, 'ui-05-reader-edit');
    await expectAccessible(page, 'reader in edit mode');
    await page.getByRole('form', { name: 'Edit Headline' }).getByRole('button', { name: 'Revert to original' }).click();
    await expect.poll(() => page.locator('.reader .headline').textContent()).toBe('Council backs new harbour bridge after heated debate');
    await page.getByRole('button', { name: 'Done editing' }).click();
  });

  it('searches with a filter and marks the matches in the snippets (search)', async () => {
    const box = page.getByRole('searchbox', { name: 'Search clips' });
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-box');
    await box.fill('harbour source:"Coastal Times"');
    await box.press('Enter');
    await expect.poll(async () => (await rowTitles(page)).sort()).toEqual(['Harbour board report reveals final bridge bill', 'Harbour footbridge opens to crowds']);
    await expect.poll(() => page.locator('.clip-list .row .first-line mark').count()).toBeGreaterThan(0);
    const marked = await page.locator('.clip-list .row .first-line mark').first().textContent();
    expect(marked?.toLowerCase()).toContain('harbour');
    await screenshot(page, 'ui-06-search');
    await expectAccessible(page, 'search results');

    // a search with words lists the best match first, and can be put in date order instead
    const sortBy = page.getByRole('combobox', { name: 'Sort by' });
    expect(await sortBy.inputValue()).toBe('relevance');
    await sortBy.selectOption('published');
    await expect.poll(() => rowTitles(page)).toEqual(['Harbour board report reveals final bridge bill', 'Harbour footbridge opens to crowds']);
    await sortBy.selectOption('relevance');

    // save the search; the sidebar lists it and runs it again (saveSearch, listSavedSearches)
    await page.getByRole('button', { name: 'Save search' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Coastal harbour');
    await page.getByRole('form', { name: 'Save this search' }).getByRole('button', { name: 'Save' }).click();
    const saved = page.locator('.sidebar').getByRole('button', { name: 'Coastal harbour', exact: true });
    await saved.waitFor();
    await page.locator('.sidebar').getByRole('button', { name: /^Library/ }).click();
    await expect.poll(() => page.locator('.clip-list .row .title').count()).toBe(GOOD_CLIPPINGS);
    await saved.click();
    await expect.poll(() => page.locator('.clip-list .row .title').count()).toBe(2);
    expect(await page.locator('.clip-list .list-title').textContent()).toBe('Coastal harbour');

    await box.fill('-bridge speaker:"Marcus Trell"');
    await box.press('Enter');
    await expect.poll(async () => (await rowTitles(page)).sort()).toEqual(['Harbour footbridge opens to crowds', 'Trell launches bid for mayor']);

    await page.getByRole('button', { name: 'Library', exact: false }).first().click();
    await expect.poll(() => page.locator('.clip-list .row .title').count()).toBe(GOOD_CLIPPINGS);
  });

  it("shows a speaker's timeline by month with a density chart, and jumps to a quote (listSpeakers, speakerTimeline)", async () => {
    await speakersInSidebar(page).getByRole('button', { name: /^Marcus Trell/ }).click();
    await expect.poll(() => page.locator('.timeline-body > h2').textContent()).toBe('Marcus Trell');
    await expect.poll(() => page.locator('.timeline-quote').count()).toBe(5);
    const months = await page.locator('.month h3').allTextContents();
    expect(months[0]).toMatch(/^March 2023/);
    expect(months.at(-1)).toMatch(/^September 2024/);
    expect(await page.locator('svg.density rect.bar').count()).toBe(5);
    // the "blank cheque" line was reported by two outlets
    const cheque = page.locator('.timeline-quote', { hasText: 'blank cheque' }).first();
    expect(await cheque.locator('.also-in').textContent()).toMatch(/Northern Ledger/);
    // the speaker list is searchable and shows counts and dates
    await page.getByRole('searchbox', { name: 'Find a speaker' }).fill('nanda');
    expect(await page.locator('.speaker-item').count()).toBe(1);
    expect(await page.locator('.speaker-item .speaker-meta').textContent()).toMatch(/2 quotes/);
    await page.getByRole('searchbox', { name: 'Find a speaker' }).fill('');
    await screenshot(page, 'ui-07-timeline');
    await expectAccessible(page, 'quote timeline');

    const target = page.locator('.timeline-quote', { hasText: 'The mayor found millions' });
    await target.getByRole('button', { name: /^Open/ }).click();
    await expect.poll(() => page.locator('.reader .headline').textContent()).toBe('Two branch libraries to close, council confirms');
    const focused = page.locator('.reader mark.quote.focused');
    await expect.poll(() => focused.textContent()).toMatch(/^The mayor found millions for a bridge/);
    expect(await focused.isVisible()).toBe(true);
    await screenshot(page, 'ui-08-jump-to-quote');
    await expectAccessible(page, 'reader scrolled to a quote');
  });

  it('compares two speakers on one time axis', async () => {
    await page.locator('.sidebar').getByRole('button', { name: /^Quote timeline/ }).click();
    await page.getByLabel('Compare several speakers').check();
    await page.locator('.speaker-item', { hasText: 'Helen Okafor' }).click();
    await expect.poll(() => page.locator('.timeline-body > h2').textContent()).toBe('Marcus Trell · Helen Okafor');
    await expect.poll(() => page.locator('.timeline-quote').count()).toBe(9);
    expect(await page.locator('.legend li').count()).toBe(2);
    expect(await page.locator('svg.density rect.series-1').count()).toBeGreaterThan(0);
    await screenshot(page, 'ui-09-timeline-compare');
    await expectAccessible(page, 'timeline comparison');
    await page.getByLabel('Compare several speakers').uncheck();
  });

  it('adds a tag in the reader and renames it in the tags manager (addTag, renameTag)', async () => {
    await page.locator('.sidebar').getByRole('button', { name: /^Library/ }).click();
    await page.locator('.clip-list .row', { hasText: 'Bridge budget climbs' }).click();
    await page.getByRole('combobox', { name: 'New tag' }).fill('Infrastructure');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(() => page.locator('.reader .clip-tags .tag-chip').allTextContents()).toContainEqual(expect.stringContaining('Infrastructure'));
    await expect.poll(() => page.locator('.sidebar').getByRole('button', { name: /^Infrastructure\s*1$/ }).count()).toBe(1);
    // and a tag can be taken off a clip (removeTag)
    await page.getByRole('button', { name: 'Remove tag Marcus Trell' }).click();
    await expect.poll(() => page.locator('.reader .clip-tags .tag-chip').allTextContents()).not.toContainEqual(expect.stringContaining('Marcus Trell'));
    // known tags are offered as a tag is typed, only those that match
    await page.getByRole('combobox', { name: 'New tag' }).fill('marc');
    await expect.poll(() => page.locator('#known-tags option').evaluateAll((o) => o.map((e) => (e as HTMLOptionElement).value))).toEqual(['Marcus Trell']);
    await page.getByRole('combobox', { name: 'New tag' }).fill('Marcus Trell');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(() => page.locator('.reader .clip-tags .tag-chip').allTextContents()).toContainEqual(expect.stringContaining('Marcus Trell'));

    await page.locator('.sidebar').getByRole('button', { name: 'Manage tags' }).click();
    await page.getByRole('button', { name: 'Rename Infrastructure' }).click();
    await page.getByLabel('New name for Infrastructure').fill('Harbour works');
    await page.getByRole('form', { name: 'Rename Infrastructure' }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.sidebar').getByRole('button', { name: /^Harbour works\s*1$/ }).count()).toBe(1);
    expect(await page.locator('.sidebar').getByRole('button', { name: /^Infrastructure/ }).count()).toBe(0);
    await screenshot(page, 'ui-10-tags-manager');
    await expectAccessible(page, 'tags manager');
    // the table lists the tags that match what is typed
    await page.getByRole('searchbox', { name: 'Find a tag' }).fill('elms');
    await expect.poll(() => page.locator('.tag-table tbody tr').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Find a tag' }).fill('');

    // a colour shows in the sidebar and on chips (setTagColor)
    await page.getByLabel('Colour of Harbour works').fill('#1f5f9b');
    await expect
      .poll(() => page.locator('.sidebar').getByRole('button', { name: /^Harbour works/ }).locator('.tag-dot').evaluate((el) => getComputedStyle(el).backgroundColor))
      .toBe('rgb(31, 95, 155)');

    // merge two tags, then delete the result (mergeTags, deleteTag)
    await page.locator('.clip-list, .tags-manager').first().waitFor();
    await page.getByLabel('Select Harbour works to merge').check();
    await page.getByLabel('Select Port Elmsley to merge').check();
    await page.getByLabel(/Merge 2 selected tags into/).fill('Town works');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => page.locator('.sidebar').getByRole('button', { name: /^Town works/ }).count()).toBe(1);
    expect(await page.locator('.sidebar').getByRole('button', { name: /^Port Elmsley/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Delete Town works' }).click();
    await page.getByRole('button', { name: /^Delete Town works from/ }).click();
    await expect.poll(() => page.locator('.sidebar').getByRole('button', { name: /^Town works/ }).count()).toBe(0);

    // a rule: source contains "ledger" → tag "Ledger"
    await page.getByLabel('When').selectOption('source');
    await page.getByLabel('contains').fill('ledger');
    await page.getByLabel('add the tag').fill('Ledger');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await expect.poll(() => page.locator('.rules li').count()).toBe(1);
  });

  it('moves a clip to the trash with Delete, undoes with Ctrl+Z, and restores from the Trash (trashClips, restoreClips)', async () => {
    await page.locator('.sidebar').getByRole('button', { name: /^Library/ }).click();
    const row = page.locator('.clip-list .row', { hasText: 'Trell launches bid for mayor' });
    await row.click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.clip-list .row .title').count()).toBe(GOOD_CLIPPINGS - 1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.clip-list .row .title').count()).toBe(GOOD_CLIPPINGS);

    await page.locator('.clip-list .row', { hasText: 'Trell launches bid for mayor' }).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.clip-list .row .title').count()).toBe(GOOD_CLIPPINGS - 1);
    await page.locator('.sidebar').getByRole('button', { name: /^Trash/ }).click();
    await expect.poll(() => rowTitles(page)).toEqual(['Trell launches bid for mayor']);
    await page.locator('.clip-list .row').first().click();
    await screenshot(page, 'ui-11-trash');
    await expectAccessible(page, 'trash');
    await page.locator('.clip-list').getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.locator('.clip-list .row .title').count()).toBe(0);
    await page.locator('.sidebar').getByRole('button', { name: /^Library/ }).click();
    await expect.poll(() => page.locator('.clip-list .row .title').count()).toBe(GOOD_CLIPPINGS);
  });

  it('selects several clips with Shift/Ctrl click and the keyboard', async () => {
    const rows = page.locator('.clip-list .row');
    await rows.nth(0).click();
    await rows.nth(2).click({ modifiers: ['Shift'] });
    expect(await page.locator('.clip-list .row[aria-selected="true"]').count()).toBe(3);
    await rows.nth(4).click({ modifiers: ['Control'] });
    expect(await page.locator('.clip-list .row[aria-selected="true"]').count()).toBe(4);
    await page.getByRole('listbox', { name: 'Clips' }).focus();
    await rows.nth(0).click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await page.locator('.clip-list .row[aria-selected="true"]').count()).toBe(2);
    expect(await page.locator('.clip-list .list-count').textContent()).toMatch(/2 selected/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.reader .headline').textContent()).toBe((await rowTitles(page))[3]);
    // Enter moves into the reader
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('reader'))).toBe(true);
  });

  it('cancels a running import and says so', async () => {
    const files = Array.from({ length: 400 }, (_, i) => ({
      name: `bulk-${i}.txt`,
      content: `Bulk clipping number ${i} about the harbour\nPublished: ${(i % 28) + 1} June 2024\n\nPORT ELMSLEY: Paragraph ${i} of a long import, with enough words to be an article body about the harbour and the council.\n\n“We will look at it again, number ${i},” the mayor said.\n\n© Elmsley Gazette 2024\n`,
    }));
    await dropFiles(page, files);
    const cancel = page.getByRole('button', { name: 'Cancel import' });
    await cancel.waitFor({ timeout: 15_000 });
    await screenshot(page, 'ui-12-import-running');
    await expectAccessible(page, 'import running');
    expect(await page.locator('.import-panel .counters').textContent()).toMatch(/Importing \d+/);
    await cancel.click();
    await expect.poll(() => page.locator('.import-panel .summary').textContent(), { timeout: 20_000 }).toMatch(/^Import cancelled/);
    const imported = Number(/(\d+) imported/.exec((await page.locator('.import-panel .summary').textContent())!)![1]);
    expect(imported).toBeLessThan(400);
    await screenshot(page, 'ui-13-import-cancelled');
    await expectAccessible(page, 'import cancelled');
    await page.locator('.import-panel').getByRole('button', { name: 'Dismiss' }).click();
  }, 60_000);

  it('loads the list page by page and keeps only the visible rows in the page', async () => {
    const files = Array.from({ length: 260 }, (_, i) => ({
      name: `many-${String(i).padStart(3, '0')}.txt`,
      content: `Many clippings ${String(i).padStart(3, '0')} on the ferry timetable\nPublished: 1 January 2020\n\nPORT ELMSLEY: The ferry timetable changes again, item ${i}, councillors heard on Monday in a short meeting.\n\nThe change takes effect next month.\n\n© Harbour Weekly 2020\n`,
    }));
    await dropFiles(page, files);
    const summary = page.locator('.import-panel .summary');
    await expect.poll(() => summary.textContent(), { timeout: 90_000 }).toMatch(/260 imported/);
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
    // the list reloads in the new order: read its rows only once they are there, sorted as SQLite's NOCASE sorts
    const nocase = (title: string) => title.replace(/[A-Z]/g, (c) => c.toLowerCase());
    await expect
      .poll(async () => {
        const titles = await rowTitles(page);
        return titles.length > 0 && titles.every((title, i) => i === 0 || nocase(titles[i - 1]!) <= nocase(title));
      })
      .toBe(true);
    const total = Number((await page.locator('.clip-list .list-count').textContent())!.replace(/\D+/g, ''));
    expect(total).toBeGreaterThan(260);
    const rendered = await page.locator('.clip-list .row').count();
    expect(rendered).toBeLessThan(40);
    const firstTitle = (await rowTitles(page))[0];
    // a row that stays in view while the list scrolls keeps its element: rows are not redrawn for other clips
    const kept = (await page.locator('.clip-list .row').nth(10).elementHandle())!;
    const keptTitle = await kept.evaluate((el) => el.querySelector('.title')?.textContent);
    await page.locator('.clip-list .viewport').evaluate((el) => (el.scrollTop += 8 * el.querySelector<HTMLElement>('.row')!.offsetHeight));
    await expect.poll(() => page.locator('.clip-list .row').first().getAttribute('aria-posinset')).not.toBe('1');
    expect(await kept.evaluate((el) => el.isConnected && el.querySelector('.title')?.textContent)).toBe(keptTitle);
    // jump to the end: the last page is fetched on demand and its rows rendered
    await page.locator('.clip-list .viewport').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(async () => (await rowTitles(page)).at(-1), { timeout: 10_000 }).toMatch(/^(Two branch libraries|Trell launches)/);
    expect(await page.locator('.clip-list .row').count()).toBeLessThan(40);
    // and back to the top: the first page is still cached, so no request and no placeholder
    const asked: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (request.url().endsWith('/api/listClips')) asked.push(request.url());
    };
    page.on('request', onRequest);
    await page.locator('.clip-list .viewport').evaluate((el) => (el.scrollTop = 0));
    await expect.poll(async () => (await rowTitles(page))[0]).toBe(firstTitle);
    expect(await page.locator('.clip-list .placeholder').count()).toBe(0);
    await page.waitForTimeout(300);
    page.off('request', onRequest);
    expect(asked).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('published');
    await page.locator('.import-panel').getByRole('button', { name: 'Dismiss' }).click();
  }, 120_000);

  it('shows where the cleaner was unsure, and undoes an import from the import panel (undoImport)', async () => {
    const before = Number((await page.locator('.clip-list .list-count').textContent())!.replace(/\D+/g, ''));
    const text = fs.readFileSync(path.join(FIXTURES, 'unsure/unsure-notes.txt'), 'utf8');
    await dropFiles(page, [{ name: 'unsure-notes.txt', content: text }]);
    const warnings = page.locator('.reader .warnings');
    await expect.poll(() => warnings.textContent(), { timeout: 15_000 }).toContain('no publication date found');
    expect(await warnings.textContent()).toContain('no headline found');
    await screenshot(page, 'ui-13b-reader-warnings');
    await expectAccessible(page, 'reader with warnings');
    await page.locator('.import-panel').getByRole('button', { name: 'Undo import' }).click();
    await expect.poll(async () => Number((await page.locator('.clip-list .list-count').textContent())!.replace(/\D+/g, ''))).toBe(before);
  });

  it('renders a hostile clipping as inert text', async () => {
    const hostile = fs.readFileSync(path.join(FIXTURES, 'hostile/hostile-markup.txt'), 'utf8');
    await dropFiles(page, [{ name: 'hostile-markup.txt', content: hostile }]);
    await expect.poll(() => page.locator('.reader .headline').textContent(), { timeout: 15_000 }).toBe('Markup <script>alert(1)</script> in the headline');
    const body = (await page.locator('.reader .body').textContent())!;
    expect(body).toContain('<img src=x onerror=alert(1)>');
    expect(body).toContain('<a href="javascript:alert(1)">click here</a>');
    expect(body).toContain('{@html x}');
    expect(await page.locator('.reader img, .reader script, .reader iframe, .reader a').count()).toBe(0);
    expect(await page.locator('.clip-list img, .clip-list script').count()).toBe(0);
    await page.getByRole('button', { name: 'Show original text' }).click();
    expect(await page.locator('.reader pre.original').textContent()).toContain('<iframe src="https://evil.example/"></iframe>');
    await page.waitForTimeout(500);
    await screenshot(page, 'ui-14-hostile');
    await expectAccessible(page, 'hostile clipping, original text');
    expectClean(w);
  });

  it('switches theme and date order in Settings and shows the library path (getSettings, updateSettings, version)', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.path').textContent()).toMatch(/library\.sqlite$/);
    // browser mode (`cuttings serve`) has no desktop shell: the path is shown, the shell's library actions are not
    for (const name of ['Show in folder', 'Open another library…', 'Move library…']) expect(await dialog.getByRole('button', { name }).count()).toBe(0);
    await dialog.getByLabel('Dark').check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await dialog.getByLabel('Month first').check();
    await screenshot(page, 'ui-15-settings-dark');
    await expectAccessible(page, 'settings dialog (dark)');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await openByTitle(page, 'Council backs new harbour bridge after heated debate');
    await expect.poll(() => page.locator('.reader .kicker time').textContent()).toBe('Mar 14, 2023');
    await screenshot(page, 'ui-16-reader-dark');
    await expectAccessible(page, 'reader (dark)');
    await speakersInSidebar(page).getByRole('button', { name: /^Marcus Trell/ }).click();
    await page.locator('.timeline-quote').first().waitFor();
    await screenshot(page, 'ui-17-timeline-dark');
    await expectAccessible(page, 'timeline (dark)');
    await page.locator('.sidebar').getByRole('button', { name: /^Library/ }).click();

    // one palette of light-dark() colours: the theme setting picks the half, 'system' follows the OS
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Follow the system').check();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).toBe(dark);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).not.toBe(dark);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Light').check();
    await expect.poll(background).toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Day first').check();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it('exports the selection and offers the file as a download (exportClips)', async () => {
    await openByTitle(page, 'Council backs new harbour bridge after heated debate');
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Format').selectOption('md');
    await dialog.getByLabel('The selected clips').check();
    await screenshot(page, 'ui-18-export');
    await expectAccessible(page, 'export dialog');
    const download = page.waitForEvent('download', { timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Export' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    const link = dialog.locator('a.download');
    expect(await link.getAttribute('href')).toMatch(/^blob:/);
    await page.keyboard.press('Escape');
  });

  it('works from the keyboard: shortcut sheet, quick switcher', async () => {
    await page.locator('.reader').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    expect(await sheet.textContent()).toContain('Ctrl/⌘ P');
    await screenshot(page, 'ui-19-shortcuts');
    await expectAccessible(page, 'shortcut sheet');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+p');
    const switcher = page.getByRole('dialog', { name: 'Go to' });
    await switcher.waitFor();
    await page.keyboard.type('Nandakumar');
    await expect.poll(() => switcher.locator('[role="option"]').first().textContent()).toMatch(/Speaker\s*Priya Nandakumar/);
    await screenshot(page, 'ui-20-quick-switcher');
    await expectAccessible(page, 'quick switcher');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.timeline-body > h2').textContent()).toBe('Priya Nandakumar');

    await page.keyboard.press('Control+p');
    await page.getByRole('dialog', { name: 'Go to' }).waitFor();
    await page.keyboard.type('libraries');
    await expect.poll(() => page.getByRole('dialog', { name: 'Go to' }).locator('[role="option"]').first().textContent()).toMatch(/Clip\s*Two branch libraries/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.reader .headline').textContent()).toBe('Two branch libraries to close, council confirms');
  });

  it('had no page errors, CSP violations, foreign requests or dialogs', () => {
    expectClean(w);
  });
});
