// The JSON object `cuttings clean` writes per article (CONTRACT.md), fields in contract order.
import type { Article } from '../shared/article';

export function contractObject(file: string, a: Article) {
  return {
    file,
    title: a.title,
    subtitle: a.subtitle,
    published: a.published,
    captured: a.captured,
    byline: a.byline,
    authors: a.authors,
    source: a.source,
    dateline: a.dateline,
    language: a.language,
    captions: a.captions,
    body: a.body,
    quotes: a.quotes,
    tags: a.tags,
    confidence: a.confidence,
    warnings: a.warnings,
  };
}

/** `<name>` is the file name without its last extension; a digest's later articles get -2, -3 … */
export function outputName(file: string, index: number): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return index === 0 ? `${stem}.json` : `${stem}-${index + 1}.json`;
}
