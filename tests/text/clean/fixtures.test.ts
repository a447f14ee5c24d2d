// Every folder under tests/fixtures/clean/ is a case: source.txt (an invented clipping) and expected.json (the
// fields a careful reader takes from it). New cases: node scripts/new-clean-case.mjs FILE SLUG.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CleanOptions } from '../../../electron/shared/article';
import { cleanClipping } from '../../../electron/text/clean';
import { expectArticle, type ArticleExpectation } from './expect-article';

interface CaseFile extends ArticleExpectation {
  about?: string;
  options?: CleanOptions;
  /** a digest: one expectation per article, in order */
  articles?: ArticleExpectation[];
}

const ROOT = path.resolve(__dirname, '../../fixtures/clean');
const cases = fs.readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('clean fixtures', () => {
  it('there are cases for every shape', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s', (slug) => {
    const source = fs.readFileSync(path.join(ROOT, slug, 'source.txt'), 'utf8');
    const want = JSON.parse(fs.readFileSync(path.join(ROOT, slug, 'expected.json'), 'utf8')) as CaseFile;
    const { articles } = cleanClipping(source, want.options ?? {});
    if (want.articles) {
      expect(articles.length, 'number of articles').toBe(want.articles.length);
      want.articles.forEach((w, i) => expectArticle(articles[i]!, w, `article ${i + 1}: `));
    } else {
      expect(articles.length, 'number of articles').toBe(1);
      expectArticle(articles[0]!, want);
    }
  });
});
