// Pure text splitting for the reader and search results. Everything here returns plain runs of text that
// components render as text nodes: imported text is untrusted and never becomes HTML.
import type { Quote } from '../../../electron/shared/article';

/** A search snippet marks matches with \u0002 … \u0003; split it into plain and marked runs. */
export interface SnippetRun {
  text: string;
  mark: boolean;
}

const MARK_OPEN = '\u0002';
const MARK_CLOSE = '\u0003';

export function snippetRuns(snippet: string): SnippetRun[] {
  const runs: SnippetRun[] = [];
  let mark = false;
  let text = '';
  const flush = () => {
    if (text) runs.push({ text, mark });
    text = '';
  };
  for (const ch of snippet) {
    if (ch === MARK_OPEN) {
      flush();
      mark = true;
    } else if (ch === MARK_CLOSE) {
      flush();
      mark = false;
    } else text += ch;
  }
  flush();
  return runs;
}

/** A paragraph of the body with its offset in the body. */
export interface BodyParagraph {
  index: number;
  start: number;
  text: string;
}

/** Paragraphs are separated by one blank line (whitespace-only lines count as blank). */
export function splitParagraphs(body: string): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  const separator = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  const push = (end: number) => {
    const text = body.slice(start, end);
    if (text.trim()) out.push({ index: out.length, start, text });
  };
  for (let m = separator.exec(body); m; m = separator.exec(body)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(body.length);
  return out;
}

export interface QuoteRunInfo {
  /** index of the quote in clip.quotes */
  index: number;
  speaker: string | null;
  kind: Quote['kind'];
  role: string | null;
}

export interface TextRun {
  text: string;
  quote: QuoteRunInfo | null;
}

export interface ParagraphRuns extends BodyParagraph {
  runs: TextRun[];
}

interface Span {
  start: number;
  end: number;
  info: QuoteRunInfo;
}

/**
 * Where each quote really sits in the body: its offsets when they still point at its text, else the first
 * occurrence of the text (the body may have been edited since), else nowhere.
 */
export function locateQuotes(body: string, quotes: readonly Quote[]): Span[] {
  const spans: Span[] = [];
  quotes.forEach((quote, index) => {
    const info: QuoteRunInfo = { index, speaker: quote.speaker, kind: quote.kind, role: quote.role };
    if (quote.end > quote.start && body.slice(quote.start, quote.end) === quote.text) {
      spans.push({ start: quote.start, end: quote.end, info });
      return;
    }
    const found = quote.text ? body.indexOf(quote.text) : -1;
    if (found >= 0) spans.push({ start: found, end: found + quote.text.length, info });
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // overlapping quotes: the earlier one wins, the later is cut to what is left
  const clean: Span[] = [];
  let cursor = 0;
  for (const span of spans) {
    const start = Math.max(span.start, cursor);
    if (start >= span.end) continue;
    clean.push({ ...span, start });
    cursor = span.end;
  }
  return clean;
}

/** The body as paragraphs of runs: plain text, and quotations tagged with their quote. */
export function paragraphRuns(body: string, quotes: readonly Quote[]): ParagraphRuns[] {
  const spans = locateQuotes(body, quotes);
  return splitParagraphs(body).map((paragraph) => {
    const pStart = paragraph.start;
    const pEnd = pStart + paragraph.text.length;
    const runs: TextRun[] = [];
    let cursor = pStart;
    for (const span of spans) {
      if (span.end <= pStart || span.start >= pEnd) continue;
      const s = Math.max(span.start, pStart);
      const e = Math.min(span.end, pEnd);
      if (s > cursor) runs.push({ text: body.slice(cursor, s), quote: null });
      runs.push({ text: body.slice(s, e), quote: span.info });
      cursor = e;
    }
    if (cursor < pEnd) runs.push({ text: body.slice(cursor, pEnd), quote: null });
    return { ...paragraph, runs };
  });
}
