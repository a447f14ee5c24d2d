// The text engine: plain text in, articles out. Pure TypeScript — no electron, no node:*, no I/O.
import type { Article, CleanOptions, TraceLine } from '../shared/article';
import { cleanClipping } from './clean';
import { extractQuotes, quoteContextOf } from './quotes';
import { extractTags } from './tags';

export interface ProcessResult {
  articles: Article[];
  /** why each block was kept or dropped (only with `explain`) */
  trace: TraceLine[];
}

/** Cleans a clipping (which may hold several articles) and finds quotes and tags in each article. */
export function processText(text: string, options: CleanOptions = {}): ProcessResult {
  const { articles, trace } = cleanClipping(text, options);
  return {
    trace,
    articles: articles.map((article) => {
      const quotes = extractQuotes(article.body, quoteContextOf(article));
      return { ...article, quotes, tags: extractTags(article, quotes) };
    }),
  };
}

export { cleanClipping, extractQuotes, extractTags, quoteContextOf };
