// Properties that must hold for any input: the cleaner never throws, never invents or reorders words, and
// cleaning its own body changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanClipping } from '../../../electron/text/clean';

/** FC_RUNS=5000 npx vitest run tests/text/clean/properties.test.ts — a longer search before a release. */
const RUNS = Number(process.env.FC_RUNS ?? 300);

const tokens = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Is `small` a subsequence of `big` (same order, gaps allowed)? */
function subsequence(small: readonly string[], big: readonly string[]): boolean {
  let j = 0;
  for (const t of small) {
    while (j < big.length && big[j] !== t) j++;
    if (j === big.length) return false;
    j++;
  }
  return true;
}

const WORDS = `the a of to and in that was for on with as said by at from his her their it is have has had not
  minister council city river police report year week people government school water new plan court
  officials company market prices workers village station bridge harbour season farmers train museum`.split(/\s+/).filter(Boolean);

const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 6, maxLength: 22 }).map((ws) => {
  const s = ws.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const menuLine = fc.array(fc.constantFrom('Home', 'News', 'World', 'Sport', 'Share', 'Subscribe', 'Login', 'Follow us', 'Advertisement', 'Weather', 'More'), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
const title = fc.array(word, { minLength: 4, maxLength: 10 }).map((ws) => ws.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '));
const page = fc
  .record({
    top: fc.array(menuLine, { maxLength: 8 }),
    title,
    byline: fc.constantFrom('', 'By Jane Doe', 'By: AFP', 'Reuters'),
    date: fc.constantFrom('', 'Published: 3 March 2021', 'Nov. 19, 2019 8:03 am ET', '2020-06-01T10:00:00Z'),
    paras: fc.array(paragraph, { minLength: 1, maxLength: 12 }),
    bottom: fc.array(menuLine, { maxLength: 8 }),
    sep: fc.constantFrom('\n', '\n\n', '\r\n\r\n', '\n\n\n'),
  })
  .map((p) => [...p.top, p.title, p.byline, p.date, ...p.paras, ...p.bottom].filter(Boolean).join(p.sep));

const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), page);

describe('cleaner properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { articles } = cleanClipping(text, { explain: true });
        expect(articles.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });

  it('the body holds only words of the input, in their order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const input = tokens(text);
        for (const a of cleanClipping(text).articles) expect(subsequence(tokens(a.body), input)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('cleaning the cleaned body changes nothing in the body', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const a of cleanClipping(text).articles) {
          if (!a.body) continue;
          expect(cleanClipping(a.body).articles.map((b) => b.body).join('\n\n')).toBe(a.body);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('finds the article in a generated page', () => {
    fc.assert(
      fc.property(page, (text) => {
        const a = cleanClipping(text).articles[0]!;
        expect(a.body).not.toMatch(/\b(?:Subscribe|Advertisement|Follow us|Login)\b/);
      }),
      { numRuns: RUNS },
    );
  });
});
