// One folder per pattern under tests/fixtures/quotes/<slug>/: body.txt and expected.json
// ({"title"?, "quotes": [{text, kind?, speaker?, speakerKind?, mention?, role?, cue?}]}). Found automatically;
// every field given in expected.json must match, and the number of quotations too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../electron/shared/article';
import { extractQuotes } from '../../../electron/text/quotes';

const ROOT = join(import.meta.dirname, '../../fixtures/quotes');

interface Expected {
  title?: string;
  quotes: Array<Partial<Quote>>;
}

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('quote fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });
  for (const slug of cases) {
    it(slug, () => {
      const body = readFileSync(join(ROOT, slug, 'body.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(ROOT, slug, 'expected.json'), 'utf8')) as Expected;
      const got = extractQuotes(body, { title: expected.title ?? null });
      const picked = got.map((q, i) => Object.fromEntries(Object.keys(expected.quotes[i] ?? { text: '' }).map((k) => [k, q[k as keyof Quote]])));
      expect(picked).toEqual(expected.quotes);
      for (const q of got) expect(body.slice(q.start, q.end)).toBe(q.text);
    });
  }
});
