// The text engine alone, on one core: cleaning, quotations (on cleaned bodies) and automatic tags, each in
// MB of its own input per second. The sample is the benchmark's own clips, read once before timing.
import path from 'node:path';
import type { CleanedText, Quote } from '../shared/article';
import { cleanClipping, extractQuotes, extractTags, quoteContextOf } from '../text';
import { runWithBudget } from './measure';

export interface EngineSample {
  name: string;
  text: string;
}

export interface EngineResult {
  clean_mb_per_s: number | null;
  quotes_mb_per_s: number | null;
  tags_mb_per_s: number | null;
  /** clips each stage ran over (a stage stops early when its time budget is spent) */
  clips: { clean: number; quotes: number; tags: number };
}

const bytesOf = (s: string): number => Buffer.byteLength(s, 'utf8');
/**
 * Clips run through every stage before timing, apart from the measured ones. An import runs the engine over
 * thousands of clips, so the figure that matters is the optimised code's, not V8's first passes: with `--trace-opt`
 * the quote pass is optimised only after ~300 clips of new text (the compile itself takes ~1 s of CPU), its name
 * scanner after 350–550, and texts the engine has already seen would flatter its caches.
 */
export const WARMUP_CLIPS = 400;
const mbPerS = (bytes: number, ms: number): number | null => (ms > 0 ? bytes / 1e6 / (ms / 1000) : null);

/**
 * Each stage runs over the sample until done or until `budgetMs` has passed (at least `minClips`), after a
 * warm-up over other clips (`warmup`, see WARMUP_CLIPS).
 */
export function measureEngine(
  samples: readonly EngineSample[],
  warmup: readonly EngineSample[],
  budgetMs: number,
  minClips: number,
): EngineResult {
  // warm up the engine's lazily built tables and the JIT on clips that are not measured
  for (const s of warmup) {
    for (const a of cleanClipping(s.text, { fileName: path.basename(s.name) }).articles) extractTags(a, extractQuotes(a.body, quoteContextOf(a)));
  }

  const cleaned: CleanedText[] = [];
  let cleanBytes = 0;
  const clean = runWithBudget(samples.length, budgetMs, minClips, (i) => {
    const { text, name } = samples[i]!;
    cleanBytes += bytesOf(text);
    cleaned.push(...cleanClipping(text, { fileName: path.basename(name) }).articles);
  });

  const quoted: { article: CleanedText; quotes: Quote[] }[] = [];
  let quoteBytes = 0;
  const quotes = runWithBudget(cleaned.length, budgetMs, minClips, (i) => {
    const article = cleaned[i]!;
    quoteBytes += bytesOf(article.body);
    // (the context the import gives: headline, language, deck and captions)
    quoted.push({ article, quotes: extractQuotes(article.body, quoteContextOf(article)) });
  });

  let tagBytes = 0;
  const tags = runWithBudget(quoted.length, budgetMs, minClips, (i) => {
    const { article, quotes: q } = quoted[i]!;
    tagBytes += bytesOf(article.body);
    extractTags(article, q);
  });

  return {
    clean_mb_per_s: mbPerS(cleanBytes, clean.ms),
    quotes_mb_per_s: mbPerS(quoteBytes, quotes.ms),
    tags_mb_per_s: mbPerS(tagBytes, tags.ms),
    clips: { clean: clean.items, quotes: quotes.items, tags: tags.items },
  };
}
