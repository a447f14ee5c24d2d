// Dates in clipping text: find them, decide day-month vs month-day, and write them as YYYY-MM-DD or full
// ISO 8601 when a time is printed. chrono-node does the reading; this module adds the evidence rules.
import { BoundedMemo } from '../memo';
import * as chrono from 'chrono-node';
import type { DateOrder } from '../../shared/article';
import { detached } from '../strings';

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
  /** the order was proven by the text itself (a 26/04 or 04/26 somewhere): numeric dates are then not ambiguous */
  proven?: boolean;
}

const REGEXPS = {
  /** d/m/y or m/d/y with / . or - between numbers */
  numeric: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/g,
  /** "December 3, 2022" (month first, written out): US style evidence. Read from the day on, the month looked back
   *  for: a scan that starts at digits is several times cheaper than the month names' case-blind alternation tried
   *  at every position, and it finds the same dates (one day per month name: the count is the same). */
  monthFirst: /\d{1,2}(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})(?:st|nd|rd|th)?,?\s+\d{4}\b/gi,
  /** "3 December 2022": day first, written out */
  dayFirst: /\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/gi,
  /** a year, a numeric date or a relative word: only such lines can hold a full date, and chrono is costly */
  worthParsing: /(?:^|\D)(?:19|20)\d{2}(?:\D|$|\d{1,2}:)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b|\bago\b|\byesterday\b|\btoday\b|vor\s+\d|il y a|hace\s+\d|\bfa\b|назад|年/i,
  relative: /\b(?:ago|yesterday|today)\b|vor\s+\d|il y a|hace\s+\d|назад/i,
};

/**
 * Month names and abbreviations → month number, for the languages the cleaner supports (en de fr es it pt nl id ru).
 * A prefix table: "dezember", "dez", "déc", "dic", "ago" … Matched case-insensitively on whole words.
 */
const MONTH_NAMES: ReadonlyArray<readonly [number, string]> = [
  [1, 'january jan januar janvier enero ene gennaio gen janeiro januari'],
  [2, 'february feb februar février fév fevrier febrero febbraio fevereiro fev februari pebruari'],
  [3, 'march mar märz mär mars marzo março maart maret'],
  [4, 'april apr avril avr abril abr aprile'],
  [5, 'may mai mayo maggio mag maio mei'],
  [6, 'june jun juni juin junio giugno giu junho'],
  [7, 'july jul juli juillet juil julio luglio lug julho'],
  [8, 'august aug août aout agosto ago agustus augustus'],
  [9, 'september sept sep septembre septiembre settembre set setembro'],
  [10, 'october oct oktober okt octobre octubre ottobre ott outubro out'],
  [11, 'november nov novembre noviembre novembro nop nopember'],
  [12, 'december dec dezember dez décembre déc decembre diciembre dic dicembre dezembro desember des'],
  // Russian, as dates print them (genitive: "24 сентября 2018"), and the short forms
  [1, 'января янв'], [2, 'февраля фев'], [3, 'марта мар'], [4, 'апреля апр'], [5, 'мая'], [6, 'июня июн'],
  [7, 'июля июл'], [8, 'августа авг'], [9, 'сентября сен сент'], [10, 'октября окт'], [11, 'ноября ноя'], [12, 'декабря дек'],
];
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  MONTH_NAMES.flatMap(([n, names]) => names.split(' ').map((name) => [name, n] as const)),
);
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** A word that may be a month name (checked against MONTHS). */
const MONTH_WORD = `(\\p{L}{3,${Math.max(...Object.keys(MONTHS).map((m) => m.length))}})\\.?`;
/** Fast-path shapes: chrono costs about a millisecond per line, these cover most pages in microseconds. */
const FAST = {
  iso: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/g,
  // (any word where the month stands, looked up in MONTHS after: one word class is much cheaper than the
  // alternation of every month name, and a date cannot start inside a skipped "Week 47, 2019")
  monthFirst: new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gu'),
  dayFirst: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:of\\s+|de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'gu'),
  numeric: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g,
  /** year first: 2016.12.01, 2016/12/01, 2016年12月1日 */
  yearFirst: /(?<!\d)(\d{4})(?:[./]|\s*年\s*)(\d{1,2})(?:[./]|\s*月\s*)(\d{1,2})(?:\s*日)?(?!\d)/g,
  /** a clock time right after the date: ", 10:41 am", " at 7:53pm EST", " 22.01", " • 2:30pm" */
  timeAfter: /^[\s,|@•·–-]{0,4}(?:at\s+|um\s+|à\s+|a las\s+|alle\s+|às\s+)?(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*\(?([A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\b)?/i,
  /** a clock time right before the date: "10:48, Tue, Nov 19, 2019", "5:45 AM PST 11/19/2019" */
  timeBefore: /(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*\(?([A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\)?)?[\s,|–-]{0,4}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$/i,
  /** words that leave an English line to chrono: relative expressions */
  needsChrono: /\bago\b|\byesterday\b|\btoday\b/i,
  /** other languages: a month-like word next to a number, a relative expression, or CJK date characters */
  foreignDate: /\b\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+(?:de\s+)?\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|vor\s+\d|il y a|hace\s+\d|\bfa\b|назад|年|月|일/u,
};
/** What each fast shape needs: a 2024-05-01, a year of four digits after a space, digits around / or . */
const FAST_HINT = {
  iso: /\d{4}-\d\d-\d\d/,
  year: /\s\d{4}(?!\d)/,
  numeric: /\d[/.]\d/,
  /** the tail of FAST.monthFirst (a day, then the year): the whole pattern tries every letter of the line, with its
   *  look-behind, while this one starts at digits only */
  dayThenYear: /\d(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)/,
};
/** How far (characters) a clock time may sit from its date. */
const TIME_REACH = 24;

/** Years outside this window are not news dates (copyright ranges, historical years in prose). */
const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

export interface OrderEvidence {
  /** the order the text points to, null when nothing does */
  order: DateOrder | null;
  /** a numeric date that can only be read one way (26/04/2024) proves it; house style alone does not */
  proven: boolean;
}

/** Which way the numeric dates of a text read, from the evidence in the text itself. */
export function dateOrderEvidence(text: string): OrderEvidence {
  let dmy = 0;
  let mdy = 0;
  for (let m = first(REGEXPS.numeric, text); m; m = REGEXPS.numeric.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy += 2; // 26/04/2024 can only be day-month
    else if (b > 12 && a <= 12) mdy += 2;
  }
  const proven = dmy + mdy > 0;
  // written-out forms are weaker evidence: the site's house style, not the numeric order itself
  dmy += (text.match(REGEXPS.dayFirst) ?? []).length * 0.5;
  // (the month-first shape is looked for only where a day stands before a year: a digit-led scan of the whole text
  // instead of the month names' case-blind alternation tried at every position)
  if (DAY_THEN_YEAR.test(text)) mdy += (text.match(REGEXPS.monthFirst) ?? []).length * 0.5;
  if (dmy === mdy) return { order: null, proven: false };
  return { order: dmy > mdy ? 'dmy' : 'mdy', proven: proven && (dmy > mdy ? dmy >= 2 : mdy >= 2) };
}

/** The tail of REGEXPS.monthFirst (a day, then the year, same flags): every match of that pattern holds one. */
const DAY_THEN_YEAR = /\d(?:st|nd|rd|th)?,?\s+\d{4}\b/i;

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
 * Zone abbreviations printed after a clock time, as minutes east of UTC. Only names that mean one zone in news
 * text: CST (US Central or China), IST (India, Ireland or Israel), GST (Gulf or South Georgia), AST, BST's rare
 * Bangladesh reading aside, are left out: their times stay local (no offset) rather than risk a wrong instant.
 */
const ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['Z', 0], ['GMT', 0], ['UTC', 0], ['WET', 0], ['BST', 60], ['WEST', 60], ['CET', 60], ['WAT', 60],
  ['CEST', 120], ['EET', 120], ['SAST', 120], ['EEST', 180], ['MSK', 180], ['EAT', 180], ['PKT', 300],
  ['ICT', 420], ['WIB', 420], ['HKT', 480], ['SGT', 480], ['MYT', 480], ['PHT', 480], ['AWST', 480],
  ['JST', 540], ['KST', 540], ['ACST', 570], ['AEST', 600], ['AEDT', 660], ['NZST', 720], ['NZDT', 780],
  ['EST', -300], ['EDT', -240], ['CDT', -300], ['MST', -420], ['MDT', -360], ['PST', -480], ['PDT', -420],
  ['AKST', -540], ['AKDT', -480], ['HST', -600],
]);
/** US zones printed without standard or daylight ("3:04 p.m. ET"): the offset is the one in force that day. */
const ZONE_REGIONS: ReadonlyMap<string, string> = new Map([
  ['ET', 'America/New_York'], ['CT', 'America/Chicago'], ['MT', 'America/Denver'], ['PT', 'America/Los_Angeles'],
]);

interface Clock { h: number; m: number; s: number; zone: string | null }

/** "GMT+1", "UTC-05:00", "GMT+5:30": the offset printed with the zone. */
const NUMERIC_ZONE = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** The zone's offset (minutes east of UTC) at that local time, or null for a word that names no zone. Printed in
 *  capitals only: "et", "at" in a sentence are words. */
function zoneOffset(zone: string | null, y: number, mo: number, d: number, time: Clock): number | null {
  if (!zone || zone !== zone.toUpperCase()) return null;
  const numeric = NUMERIC_ZONE.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  const fixed = ZONE_OFFSETS.get(zone);
  if (fixed !== undefined) return fixed;
  const region = ZONE_REGIONS.get(zone);
  if (!region) return null;
  // the offset at the local time read as UTC, then again at the instant that gives (right across a DST change)
  const local = Date.UTC(y, mo - 1, d, time.h, time.m, time.s);
  const first = regionOffset(region, local);
  return regionOffset(region, local - first * 60_000);
}

const REGION_FORMATS = new Map<string, Intl.DateTimeFormat>();
/** Offsets read so far, by region and instant: formatToParts costs more than the rest of reading a dated line,
 *  and a page (and the site's next pages) prints the same dates again. */
const REGION_OFFSETS_MAX = 2000;
const REGION_OFFSETS = new BoundedMemo<number>(REGION_OFFSETS_MAX);
/** The region's UTC offset in minutes at an instant (remembered). */
function regionOffset(region: string, instant: number): number {
  const key = `${region}|${instant}`;
  let offset = REGION_OFFSETS.get(key);
  if (offset === undefined) {
    offset = readRegionOffset(region, instant);
    REGION_OFFSETS.set(key, offset);
  }
  return offset;
}
/** The region's UTC offset in minutes at an instant, read from the platform's zone data ("GMT-05:00"). */
function readRegionOffset(region: string, instant: number): number {
  let format = REGION_FORMATS.get(region);
  if (!format) REGION_FORMATS.set(region, (format = new Intl.DateTimeFormat('en-US', { timeZone: region, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

function clockNear(line: string, start: number, end: number): Clock | null {
  const t = FAST.timeAfter.exec(line.slice(end, end + TIME_REACH)) ?? FAST.timeBefore.exec(line.slice(Math.max(0, start - TIME_REACH), start));
  if (!t) return null;
  let h = Number(t[1]);
  const mer = t[4]?.toLowerCase()[0];
  if (mer === 'p' && h < 12) h += 12;
  if (mer === 'a' && h === 12) h = 0;
  if (h > 23 || Number(t[2]) > 59) return null;
  return { h, m: Number(t[2]), s: Number(t[3] ?? 0), zone: t[5] ?? null };
}

function makeDate(
  line: string, index: number, length: number, y: number, mo: number, d: number, ambiguous: boolean,
  time: Clock | null, offset?: string,
): FoundDate | null {
  if (y < YEAR_MIN || y > YEAR_MAX || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  const day = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  let iso = day;
  if (time) {
    const zone = offset === undefined ? zoneOffset(time.zone, y, mo, d, time) : null;
    iso += `T${pad(time.h)}:${pad(time.m)}:${pad(time.s)}${offset ?? (zone === null ? '' : offsetString(zone))}`;
  }
  return { iso, day, hasTime: Boolean(time), relative: false, ambiguous, text: line.slice(index, index + length), index };
}

/** The first match of a global pattern from the start of `text`; the loop goes on with `re.exec(text)`. (matchAll
 *  copies the pattern on every call, which costs more than the match itself on a short line.) None of the
 *  patterns looped over so can match the empty string. */
function first(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

/** The common shapes without chrono: ISO 8601, "Dec 3, 2022", "3 December 2022", 03/12/2022. */
function fastDates(line: string, order: DateOrder, proven: boolean): FoundDate[] {
  const out: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  // each shape only when its digits are there (one cheap test instead of a costly pattern)
  const iso = FAST_HINT.iso.test(line);
  const year = FAST_HINT.year.test(line);
  const numeric = FAST_HINT.numeric.test(line);
  if (iso) for (let m = first(FAST.iso, line); m; m = FAST.iso.exec(line)) {
    const time = m[4] ? { h: Number(m[4]), m: Number(m[5]), s: Number(m[6] ?? 0), zone: m[7] === 'Z' ? 'Z' : null } : null;
    const off = m[7] && m[7] !== 'Z' ? (m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`) : undefined;
    const d = makeDate(line, m.index, m[0].length, Number(m[1]), Number(m[2]), Number(m[3]), false, time, off);
    if (d) { out.push(d); taken.push([m.index, m.index + m[0].length]); }
  }
  if (year && FAST_HINT.dayThenYear.test(line)) for (let m = first(FAST.monthFirst, line); m; m = FAST.monthFirst.exec(line)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const mo = MONTHS[m[1]!.toLowerCase()];
    if (!mo) continue;
    const d = makeDate(line, m.index, m[0].length, Number(m[3]), mo, Number(m[2]), false, clockNear(line, m.index, m.index + m[0].length));
    if (d) { out.push(d); taken.push([m.index, m.index + m[0].length]); }
  }
  if (year) for (let m = first(FAST.dayFirst, line); m; m = FAST.dayFirst.exec(line)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const mo = MONTHS[m[2]!.toLowerCase()];
    if (!mo) continue;
    const d = makeDate(line, m.index, m[0].length, Number(m[3]), mo, Number(m[1]), false, clockNear(line, m.index, m.index + m[0].length));
    if (d) { out.push(d); taken.push([m.index, m.index + m[0].length]); }
  }
  if (numeric || line.includes('年')) for (let m = first(FAST.yearFirst, line); m; m = FAST.yearFirst.exec(line)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const d = makeDate(line, m.index, m[0].length, Number(m[1]), Number(m[2]), Number(m[3]), false, clockNear(line, m.index, m.index + m[0].length));
    if (d) { out.push(d); taken.push([m.index, m.index + m[0].length]); }
  }
  if (numeric) for (let m = first(FAST.numeric, line); m; m = FAST.numeric.exec(line)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    let y = Number(m[3]);
    if (m[3]!.length === 2) y += 2000;
    const dayFirst = a > 12 ? true : b > 12 ? false : order === 'dmy';
    const ambiguous = !proven && a <= 12 && b <= 12 && a !== b;
    const d = makeDate(line, m.index, m[0].length, y, dayFirst ? b : a, dayFirst ? a : b, ambiguous, clockNear(line, m.index, m.index + m[0].length));
    if (d) { out.push(d); taken.push([m.index, m.index + m[0].length]); }
  }
  return out.sort((x, y) => x.index - y.index);
}

/**
 * Dates in one line of text. Only full dates (year known, or relative to the reference) count: a bare
 * "10:41" or "Friday" is not a publication date.
 */
export function findDates(line: string, ctx: DateContext, lang = 'en'): FoundDate[] {
  if (!mayHoldDate(line)) return [];
  // "NOV 19 20197:05 AM": a year glued to the time that follows it
  // (only a line with a clock can have one: most lines skip the replacement's scan)
  // and "2:15 PM GMTUpdated 2 hours ago": a zone glued to the label after it
  if (line.includes(':')) line = line.replace(/\b((?:19|20)\d{2})(\d{1,2}:\d{2})/g, '$1 $2').replace(/\b([A-Z]{2,5})(Updated|Published)\b/g, '$1 $2');
  const fast = rememberedFastDates(line, ctx.order, ctx.proven ?? false);
  if (fast.length) return fast;
  if (lang === 'en' ? !FAST.needsChrono.test(line) : !FAST.foreignDate.test(line) || line.length > CHRONO_MAX_CHARS) return fast;
  // English lines go to chrono only for relative words, and those need a reference instant to mean a day
  if (lang === 'en' && !ctx.reference) return fast;
  const key = `${lang}|${ctx.order}|${ctx.reference ?? ''}|${line}`;
  const cached = CHRONO_CACHE.get(key);
  if (cached) return cached;
  const found = chronoDates(line, ctx, lang);
  // (copies: the key and the dates' texts hold pieces of the line, which would keep the whole clip alive)
  CHRONO_CACHE.set(detached(key), found.map((d) => ({ ...d, text: detached(d.text) })));
  return found;
}

/** fastDates, remembered: the header reads a page's date lines more than once (the page's first line, a second
 *  header search), and a site prints the same date lines on its other pages. Callers get copies of the dates. */
function rememberedFastDates(line: string, order: DateOrder, proven: boolean): FoundDate[] {
  const key = `${order}${proven ? '+' : '-'}${line}`;
  let found = FAST_CACHE.get(key);
  if (found === undefined) {
    found = fastDates(line, order, proven);
    // (copies of the strings cut from the line: a piece of it would keep the whole clip alive)
    FAST_CACHE.set(detached(key), found.map((d) => ({ ...d, text: detached(d.text) })));
    return found;
  }
  return found.map((d) => ({ ...d }));
}
const FAST_CACHE_MAX = 5000;
const FAST_CACHE = new BoundedMemo<FoundDate[]>(FAST_CACHE_MAX);

/** Only a line with a year, a numeric date or a relative word can hold a full date: findDates finds none in any
 *  other (a test of the line alone, which callers may remember). */
export function mayHoldDate(line: string): boolean {
  return REGEXPS.worthParsing.test(line);
}

/** Date lines are short: longer lines go to chrono only in English (relative words), never whole paragraphs. */
const CHRONO_MAX_CHARS = 100;
/** Menus repeat on every page of a site: remember chrono's answers for a while. */
const CHRONO_CACHE_MAX = 5000;
const CHRONO_CACHE = new BoundedMemo<FoundDate[]>(CHRONO_CACHE_MAX);

function chronoDates(line: string, ctx: DateContext, lang: string): FoundDate[] {
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
    const ambiguous = !ctx.proven && Boolean(num && Number(num[1]) <= 12 && Number(num[2]) <= 12 && num[1] !== num[2]);
    out.push({ iso, day, hasTime, relative, ambiguous, text: r.text, index: r.index });
  }
  return out;
}

/** "Nov 18", "18 November", "Nov. 18 at 5:20 pm": a day and month without a year, the whole line or nearly. */
const MONTH_DAY = {
  monthFirst: new RegExp(`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`, 'iu'),
  dayFirst: new RegExp(`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:of\\s+|de\\s+)?${MONTH}(?![\\p{L}\\d])`, 'iu'),
};
/** What may follow the day and month on a date line: a clock time, a zone. */
const MONTH_DAY_REST = /^[\s,|@–-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\s*$/i;

/**
 * A date line that prints day and month but no year ("Nov 18" under a byline): the day in `year`, or null when
 * the line is anything else. A page dated so is read with a year from elsewhere (capture date, copyright line).
 */
export function monthDayLine(line: string, year: number): FoundDate | null {
  const text = line.trim();
  if (text.length > 40 || !/\d/.test(text)) return null;
  let mo = 0;
  let d = 0;
  let end = 0;
  const a = MONTH_DAY.monthFirst.exec(text);
  if (a) { mo = MONTHS[a[1]!.toLowerCase()] ?? 0; d = Number(a[2]); end = a[0].length; }
  else {
    const b = MONTH_DAY.dayFirst.exec(text);
    if (b) { d = Number(b[1]); mo = MONTHS[b[2]!.toLowerCase()] ?? 0; end = b[0].length; }
  }
  if (!mo || !MONTH_DAY_REST.test(text.slice(end))) return null;
  const found = makeDate(text, 0, end, year, mo, d, false, clockNear(text, 0, end));
  return found && { ...found, index: line.indexOf(text) };
}
