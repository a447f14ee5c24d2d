// CSV for spreadsheets: RFC 4180 (CRLF rows, quoted fields, doubled quotes), UTF-8 with a BOM so Excel
// reads the accents, and formula-safe: a cell that a spreadsheet would run as a formula is neutralised.
import type { Clip } from '../../shared/api';
import { speakersOf } from './model';

/** First characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (or DDE). */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const NEEDS_QUOTES = /[",\r\n]/;
const BOM = '\ufeff';
const ROW_END = '\r\n';
/** Separator inside one cell that holds a list (tags, speakers). */
const LIST_SEPARATOR = '; ';

export type Cell = string | number | null | undefined;

/** A text cell made inert for spreadsheets: a leading apostrophe, which they show as text. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: numbers as they are, text neutralised, quoted when it holds a quote, comma or line break. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseCell(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(header: readonly string[], rows: readonly Cell[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join(ROW_END) + ROW_END;
}

export const CLIPS_CSV_HEADER = [
  'Clip id', 'Title', 'Subtitle', 'Published', 'Captured', 'Source', 'Byline', 'Authors', 'Dateline', 'Language',
  'Tags', 'Speakers', 'Quotes', 'File', 'Imported', 'Body',
] as const;

/** One row per clip. */
export function clipsCsv(clips: readonly Clip[]): string {
  return csvDocument(
    CLIPS_CSV_HEADER,
    clips.map((c) => [
      c.id, c.title, c.subtitle, c.published, c.captured, c.source, c.byline, c.authors.join(LIST_SEPARATOR), c.dateline, c.language,
      c.tags.map((t) => t.name).join(LIST_SEPARATOR), speakersOf(c).join(LIST_SEPARATOR), c.quotes.length, c.fileName, c.importedAt, c.body,
    ]),
  );
}

export const QUOTES_CSV_HEADER = ['Speaker', 'Quote', 'Date', 'Source', 'Clip title', 'Clip id'] as const;

/** One row per quote, in clip order then reading order. */
export function quotesCsv(clips: readonly Clip[]): string {
  return csvDocument(
    QUOTES_CSV_HEADER,
    clips.flatMap((c) => c.quotes.map((q) => [q.speaker, q.text, c.published, c.source, c.title, c.id])),
  );
}
