// Dates in clipping text: find them, decide day-month vs month-day, and write them as YYYY-MM-DD or full
// ISO 8601 when a time is printed. chrono-node does the reading; this module adds the evidence rules.
import * as chrono from 'chrono-node';
import type { DateOrder } from '../../shared/article';

export interface FoundDate {
  /** YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS[±HH:MM] when a time is printed */
  iso: string;
  /** YYYY-MM-DD */
  day: string;
  hasTime: boolean;
  /** a relative expression ("5 hours ago") resolved against the reference date */
  relative: boolean;
  /** a numeric date such as 03/12/2022 that could be read both ways and no evidence decided */
  ambiguous: boolean;
  /** the matched text */
  text: string;
  index: number;
}

export interface DateContext {
  /** reference instant for relative dates, ISO 8601 */
  reference?: string | null;
  order: DateOrder;
}

const REGEXPS = {
  /** d/m/y or m/d/y with / . or - between numbers */
  numeric: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/g,
  /** "December 3, 2022" (month first, written out): US style evidence */
  monthFirst: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/gi,
  /** "3 December 2022": day first, written out */
  dayFirst: /\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/gi,
  /** something that can only be a date or a time: saves running chrono on every line */
  worthParsing: /\d{4}|\d{1,2}[/.-]\d{1,2}|ago|yesterday|today|hours?|minutes?|vor |il y a|hace|fa\b|назад|\d{1,2}\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d+年|\d+월/i,
  relative: /\b(?:ago|yesterday|today)\b|vor\s+\d|il y a|hace\s+\d|назад/i,
};

/** Years outside this window are not news dates (copyright ranges, historical years in prose). */
const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

/** Which way the numeric dates of a text read, from the evidence in the text itself (null: no evidence). */
export function dateOrderEvidence(text: string): DateOrder | null {
  let dmy = 0;
  let mdy = 0;
  for (const m of text.matchAll(REGEXPS.numeric)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy += 2; // 26/04/2024 can only be day-month
    else if (b > 12 && a <= 12) mdy += 2;
  }
  // written-out forms are weaker evidence: the site's house style, not the numeric order itself
  dmy += (text.match(REGEXPS.dayFirst) ?? []).length * 0.5;
  mdy += (text.match(REGEXPS.monthFirst) ?? []).length * 0.5;
  if (dmy === mdy) return null;
  return dmy > mdy ? 'dmy' : 'mdy';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function offsetString(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

function parser(lang: string, order: DateOrder): chrono.Chrono {
  switch (lang) {
    case 'de': return chrono.de.casual;
    case 'fr': return chrono.fr.casual;
    case 'es': return chrono.es.casual;
    case 'it': return chrono.it.casual;
    case 'pt': return chrono.pt.casual;
    case 'ru': return chrono.ru.casual;
    case 'nl': return chrono.nl.casual;
    case 'ja': return chrono.ja.casual;
    default: return order === 'dmy' ? chrono.en.GB : chrono.en.casual;
  }
}

/**
 * Dates in one line of text. Only full dates (year known, or relative to the reference) count: a bare
 * "10:41" or "Friday" is not a publication date.
 */
export function findDates(line: string, ctx: DateContext, lang = 'en'): FoundDate[] {
  if (!REGEXPS.worthParsing.test(line)) return [];
  // "NOV 19 20197:05 AM": a year glued to the time that follows it
  line = line.replace(/\b((?:19|20)\d{2})(\d{1,2}:\d{2})/g, '$1 $2');
  const ref = ctx.reference ? new Date(ctx.reference) : undefined;
  const refOk = ref && !Number.isNaN(ref.getTime()) ? ref : undefined;
  let results: chrono.ParsedResult[];
  try {
    results = parser(lang, ctx.order).parse(line, refOk ?? new Date(0), { forwardDate: false });
    if (results.length === 0 && lang !== 'en') results = parser('en', ctx.order).parse(line, refOk ?? new Date(0));
  } catch {
    return [];
  }
  const out: FoundDate[] = [];
  for (const r of results) {
    const s = r.start;
    const relative = REGEXPS.relative.test(r.text);
    if (relative && !refOk) continue;
    if (!relative && !s.isCertain('year')) continue;
    if (!relative && !(s.isCertain('day') && s.isCertain('month'))) continue;
    const year = s.get('year') ?? 0;
    if (year < YEAR_MIN || year > YEAR_MAX) continue;
    const day = `${pad(year, 4)}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
    const hasTime = !relative && s.isCertain('hour');
    let iso = day;
    if (hasTime) {
      iso += `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}:${pad(s.get('second') ?? 0)}`;
      if (s.isCertain('timezoneOffset')) iso += offsetString(s.get('timezoneOffset') ?? 0);
    }
    const num = /^\D*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})/.exec(r.text);
    const ambiguous = Boolean(num && Number(num[1]) <= 12 && Number(num[2]) <= 12 && num[1] !== num[2]);
    out.push({ iso, day, hasTime, relative, ambiguous, text: r.text, index: r.index });
  }
  return out;
}
