// Pass 2: find every quoted stretch in a paragraph with the open→close table of ../lexicon/quote-marks.
// A quotation left open at the end of a paragraph runs to the paragraph's end (the next paragraph, when it
// opens with a mark again, continues it). Marks inside a quotation (nested quotes) stay in its text.
import { DOUBLE_APOSTROPHE, QUOTE_PAIRS, READ_DOUBLE_APOSTROPHES, type QuotePair } from '../lexicon/quote-marks';
import type { Paragraph } from './01-paragraphs';
import { isSpaceCode } from './tokens';

export interface QuoteSpan {
  paragraph: number;
  /** offsets in the paragraph: the opening mark, the closing mark (or paragraph end when unclosed) */
  open: number;
  close: number;
  /** offsets in the paragraph of the trimmed text between the marks */
  textStart: number;
  textEnd: number;
  openMark: string;
  closed: boolean;
}

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
/** "'90s", "'em", "'til": an apostrophe that elides the start of a word, not an opening quote. */
const ELISION_RE = /^['\u2019](?:\d0s|em|til|cause|n)\b/i;
/** Any character that may open a quotation. */
const MARK_RE = new RegExp(`[${Object.keys(QUOTE_PAIRS).map((m) => `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
/** A quotation must hold at least one letter or digit. */
const HAS_WORD_RE = /[\p{L}\p{N}]/u;

/** A letter or digit (ASCII by character code, the rest by WORD_CHAR_RE). */
function isWord(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) : WORD_CHAR_RE.test(ch);
}
/** The character at i, or undefined outside the text (read by bounds, not past them: V8 deoptimises on that). */
const charAt = (text: string, i: number): string | undefined => (i >= 0 && i < text.length ? text[i] : undefined);
const isSpace = (ch: string | undefined): boolean => ch === undefined || isSpaceCode(ch.charCodeAt(0));

/** Can the mark at i open a quotation? */
function canOpen(text: string, i: number, pair: QuotePair): boolean {
  const prev = charAt(text, i - 1);
  const next = charAt(text, i + 1);
  if (next === undefined) return false;
  if (pair.symmetric && (prev === '=' || next === '>' || next === '/')) return false; // markup: author="…">
  if (pair.single || pair.symmetric) {
    if (isWord(prev)) return false; // don't, voters'
    if (isSpace(next)) return false; // a lone closing mark
    if (pair.single && ELISION_RE.test(text.slice(i, i + 6))) return false;
  }
  return true;
}

/** Can the mark at k close a quotation opened with `pair`? */
function canClose(text: string, k: number, pair: QuotePair, openAt: number): boolean {
  const prev = charAt(text, k - 1);
  const next = charAt(text, k + 1);
  if (k === openAt + 1) return false;
  if (pair.single) {
    if (isWord(next)) return false; // an apostrophe inside a word
    if (isSpace(prev)) return false;
    return true;
  }
  // a second opening mark used as a closing one (“…“) must look like a closing mark
  if (text[k] === text[openAt] && !pair.symmetric) return !isSpace(prev) && !isWord(next);
  if (pair.symmetric && isSpace(prev) && isWord(next)) return false; // looks like a new opening
  return true;
}

/** Opening mark of a closing mark, to skip nested pairs when a sloppy closing mark is accepted. */
const OPENER_OF: Readonly<Record<string, string>> = { '\u201D': '\u201C', '\u00BB': '\u00AB', '\u2019': '\u2018' };

/** The usual closing mark first; the sloppy ones only when the usual one never comes (skipping nested pairs). */
function findClose(text: string, i: number, pair: QuotePair): number {
  for (const [n, mark] of pair.close.entries()) {
    const opener = n > 0 ? OPENER_OF[mark] : undefined;
    for (let k = text.indexOf(mark, i + 1); k >= 0; k = text.indexOf(mark, k + 1)) {
      if (opener) {
        // “Shark Tank.” inside an unclosed "…: that ” closes its own “
        const opens = text.slice(i + 1, k).split(opener).length - 1;
        const closes = text.slice(i + 1, k).split(mark).length - 1;
        if (opens > closes) continue;
      }
      if (canClose(text, k, pair, i)) return k;
    }
  }
  return -1;
}

function findDoubleApostropheClose(text: string, from: number): number {
  for (let k = text.indexOf(DOUBLE_APOSTROPHE, from); k >= 0; k = text.indexOf(DOUBLE_APOSTROPHE, k + 1)) {
    if (!isWord(text[k + 2])) return k;
  }
  return -1;
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

export function findQuoteSpans(paragraph: Paragraph): QuoteSpan[] {
  const text = paragraph.text;
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    // jump to the next character that may be a quotation mark
    MARK_RE.lastIndex = i;
    const hit = MARK_RE.exec(text);
    if (!hit) break;
    i = hit.index;
    if (text.startsWith(DOUBLE_APOSTROPHE, i) && !(READ_DOUBLE_APOSTROPHES && !isWord(text[i - 1]) && isWord(text[i + 2]))) {
      i += DOUBLE_APOSTROPHE.length; // a stray or unread '' is never two single quotes
      continue;
    }
    if (text.startsWith(DOUBLE_APOSTROPHE, i)) {
      const close = findDoubleApostropheClose(text, i + 2);
      const end = close < 0 ? text.length : close;
      const [a, b] = trimmed(text, i + 2, end);
      if (b > a) spans.push({ paragraph: paragraph.index, open: i, close: close < 0 ? text.length : close + 1, textStart: a, textEnd: b, openMark: DOUBLE_APOSTROPHE, closed: close >= 0 });
      i = close < 0 ? text.length : close + 2;
      continue;
    }
    const mark = text[i]!;
    const pair = QUOTE_PAIRS[mark];
    if (!pair || !canOpen(text, i, pair)) {
      i++;
      continue;
    }
    let close = findClose(text, i, pair);
    let closed = true;
    if (close < 0) {
      // single marks only run on to the paragraph end when they open the paragraph (British style)
      if (pair.single && text.slice(0, i).trim() !== '') {
        i++;
        continue;
      }
      close = text.length;
      closed = false;
    }
    const [a, b] = trimmed(text, i + 1, close);
    if (b > a && HAS_WORD_RE.test(text.slice(a, b))) {
      spans.push({ paragraph: paragraph.index, open: i, close, textStart: a, textEnd: b, openMark: mark, closed });
    }
    i = close + 1;
  }
  return spans;
}

/** The paragraph with every quotation (marks included) blanked out, so that contexts never read quoted words. */
export const MASK_CHAR = '\u25a1';
/** Short parentheses ("(R-IN)", "(left)") are blanked too: their periods would end sentences. */
const PARENTHESES_RE = /\([^()\n\u25a1]{1,40}\)/g;
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    const end = Math.min(text.length, s.close + 1);
    out += text.slice(at, s.open) + MASK_CHAR.repeat(end - s.open);
    at = end;
  }
  out += text.slice(at);
  return out.includes('(') ? out.replace(PARENTHESES_RE, (m) => ' '.repeat(m.length)) : out;
}
