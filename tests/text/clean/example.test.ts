// The shared example clipping (a Daily Express page copied from a browser) must give exactly what a careful
// reader takes from it: every metadata field and the body's shape. CI has shared/ beside the repository.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanClipping } from '../../../electron/text/clean';
import { paragraphsOf, squash } from './expect-article';

const DIR = path.resolve(__dirname, '../../../../shared/examples');
const text = fs.readFileSync(path.join(DIR, 'daily-express-putin-talks.txt'), 'utf8');
const want = JSON.parse(fs.readFileSync(path.join(DIR, 'daily-express-putin-talks.expected.json'), 'utf8'));

describe('daily-express-putin-talks example', () => {
  const { articles, trace } = cleanClipping(text, { explain: true });
  const a = articles[0]!;
  const paras = paragraphsOf(a.body);

  it('is one article', () => expect(articles).toHaveLength(1));
  it('headline', () => expect(a.title).toBe(want.title));
  it('published date', () => expect(a.published).toBe(want.published));
  it('captured date (the date at the top of the copied page)', () => expect(a.captured).toBe(want.captured));
  it('byline is the agency, and an agency is no author', () => {
    expect(a.byline).toBe(want.byline);
    expect(a.authors).toEqual([]);
  });
  it('source', () => expect(a.source).toBe(want.source));
  it('dateline, cut off the first paragraph', () => {
    expect(a.dateline).toBe(want.dateline);
    expect(paras[0]).not.toMatch(/^Moscow/);
  });
  it('captions taken out of the body', () => expect(a.captions.map(squash)).toEqual(want.captions.map(squash)));
  it('language', () => expect(a.language).toBe('en'));
  it(`body has ${want.body.paragraphs} paragraphs`, () => expect(paras).toHaveLength(want.body.paragraphs));
  it('body starts and ends where the article does', () => {
    expect(squash(paras[0]).startsWith(squash(want.body.first_starts))).toBe(true);
    expect(squash(paras.at(-1)).endsWith(squash(want.body.last_ends))).toBe(true);
  });
  it.each(want.body.must_not_contain as string[])('body has no "%s"', (junk) => {
    expect(squash(a.body).toLowerCase()).not.toContain(squash(junk).toLowerCase());
  });
  it('paragraphs are separated by exactly one blank line', () => {
    expect(a.body).not.toMatch(/\n\n\n/);
    expect(a.body.split('\n\n')).toHaveLength(want.body.paragraphs);
  });
  it('confidence is high for every field it found', () => {
    for (const v of Object.values(a.confidence)) expect(v).toBeGreaterThan(0.5);
  });
  it('the trace explains every block, the dropped ones with a reason', () => {
    const blocks = new Set(trace.map((t) => t.block));
    expect(blocks.size).toBe(trace.length);
    expect(trace.find((t) => t.text.startsWith('Try 1 month'))?.label).toBe('dropped');
    expect(trace.find((t) => t.text.startsWith('* Follow us'))?.reason).toMatch(/follow/);
    expect(trace.filter((t) => t.label === 'body')).toHaveLength(want.body.paragraphs);
  });
  it('CRLF and CR line ends give the same article', () => {
    expect(cleanClipping(text.replace(/\n/g, '\r\n')).articles[0]).toEqual(a);
    expect(cleanClipping(text.replace(/\n/g, '\r')).articles[0]).toEqual(a);
  });
});
