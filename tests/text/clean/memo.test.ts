// The line memo (03-features LineMemo, LINE_TESTS) keeps what is read from a line's text alone across pages: a page
// must clean the same whatever the engine read before it.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { cleanClipping } from '../../../electron/text/clean';
import { LINE_TESTS, lineTest, type LineMemo } from '../../../electron/text/clean/03-features';

/** Lines that pages share (captions, credits, datelines, separators, bylines, tails) next to prose, in any order. */
const LINES = [
  'Harbour bridge reopens after repairs',
  'By Jane Roe, Reuters',
  '5 hours ago',
  'Posted on 1 May 2021 at 10:41 am ET',
  'Photo: Tom Lee/Getty Images',
  'The mayor at the opening (left) with the engineers.',
  'Tom Lee, AP',
  'PORTVILLE (Reuters) - The harbour bridge reopened on Monday after a week of repairs, the council said in a statement.',
  'The council said the repairs had cost less than expected and that the bridge would stay open through the winter months.',
  'Residents who had waited for months said they were glad to cross the river again without the long detour through town.',
  'Shop owners on both banks said trade had already picked up, and some of them planned longer opening hours for the summer.',
  '* * *',
  'About Acme Bridges',
  'Acme Bridges is a leading provider of bridge repairs for harbour towns across the region.',
  'Comments (3)',
  'Jane Roe',
  '© 2021 Harbour Post Media LLC',
  'Subscribe to our newsletter',
  '1 of 4 The bridge at dusk',
  '',
];

describe('line memo', () => {
  it('remembers a test per line: run once, answered from the memo after', () => {
    const memo = { tests: 0 } as LineMemo;
    let runs = 0;
    const run = (t: string) => { runs++; return t.startsWith('P'); };
    expect(lineTest(memo, LINE_TESTS.creditOnly, 'Photo: AP', run)).toBe(true);
    expect(lineTest(memo, LINE_TESTS.creditOnly, 'Photo: AP', run)).toBe(true);
    expect(lineTest(memo, LINE_TESTS.bareName, 'Photo: AP', () => { runs++; return false; })).toBe(false);
    expect(lineTest(memo, LINE_TESTS.bareName, 'Photo: AP', run)).toBe(false);
    expect(runs).toBe(2);
    // without a memo every call runs the test
    expect(lineTest(undefined, LINE_TESTS.creditOnly, 'Photo: AP', run)).toBe(true);
    expect(runs).toBe(3);
  });

  it('cleans each page the same whatever pages the engine cleaned before', async () => {
    const pages = fc.sample(fc.array(fc.constantFrom(...LINES), { minLength: 3, maxLength: 24 }).map((ls) => ls.join('\n')), 60);
    // a second engine with empty memos, fed the pages in the other order
    vi.resetModules();
    const other = (await import('../../../electron/text/clean')).cleanClipping;
    expect(other).not.toBe(cleanClipping);
    const forward = pages.map((p) => cleanClipping(p, { explain: true }));
    const backward = [...pages].reverse().map((p) => other(p, { explain: true })).reverse();
    expect(backward).toEqual(forward);
  });
});
