// The shared example clipping (Daily Express, Putin talks): the quotations and tags taken from its 18 body
// paragraphs must satisfy every quote and tag check of ../shared/tools/check-example.mjs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanClipping } from '../../../electron/text/clean';
import { extractQuotes } from '../../../electron/text/quotes';
import { extractTags } from '../../../electron/text/tags';

const SHARED = path.resolve(__dirname, '../../../../shared');
const TEXT = path.join(SHARED, 'examples/daily-express-putin-talks.txt');
const EXPECTED = path.join(SHARED, 'examples/daily-express-putin-talks.expected.json');
const CHECK = path.join(SHARED, 'tools/check-example.mjs');

describe('daily-express-putin-talks quotations and tags', () => {
  const article = cleanClipping(fs.readFileSync(TEXT, 'utf8')).articles[0]!;
  const quotes = extractQuotes(article.body, { title: article.title, language: article.language });
  const result = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-example-')), 'RESULT.json');
  fs.writeFileSync(result, JSON.stringify({ ...article, quotes, tags: extractTags(article, quotes) }));
  const check = (only: string): string => {
    try {
      return execFileSync(process.execPath, [CHECK, result, EXPECTED, '--only', only], { encoding: 'utf8' });
    } catch (e) {
      return String((e as { stdout?: string }).stdout ?? e);
    }
  };

  it('has the 18 body paragraphs', () => expect(article.body.split('\n\n')).toHaveLength(18));
  it('every quote check holds', () => expect(check('quotes')).toMatch(/^(\d+) of \1 checks hold/m));
  it('every tag check holds', () => expect(check('tags')).toMatch(/^(\d+) of \1 checks hold/m));
  it('offsets point at the quoted text', () => {
    for (const q of quotes) expect(article.body.slice(q.start, q.end)).toBe(q.text);
  });
});
