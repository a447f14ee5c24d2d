// Pure helpers for the quote timeline: month groups and a density histogram over a shared time axis.
import type { TimelineQuote } from '../../../electron/shared/api';

export interface MonthGroup {
  /** YYYY-MM, or 'undated' */
  key: string;
  quotes: TimelineQuote[];
}

export const UNDATED = 'undated';

export function monthKey(date: string | null): string {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : UNDATED;
}

/** Quotes in date order (undated last), grouped by month. */
export function groupByMonth(quotes: readonly TimelineQuote[]): MonthGroup[] {
  const sorted = [...quotes].sort((a, b) => {
    const ka = a.published ?? '\uffff';
    const kb = b.published ?? '\uffff';
    return ka < kb ? -1 : ka > kb ? 1 : a.id - b.id;
  });
  const groups: MonthGroup[] = [];
  for (const quote of sorted) {
    const key = monthKey(quote.published);
    const last = groups.at(-1);
    if (last && last.key === key) last.quotes.push(quote);
    else groups.push({ key, quotes: [quote] });
  }
  return groups;
}

/** Every month from the first to the last (inclusive), as YYYY-MM. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
    if (months.length > 1200) break;
  }
  return months;
}

export interface Density {
  months: string[];
  /** per speaker, a count per month (same order as months) */
  series: { speaker: string; counts: number[] }[];
  max: number;
}

/** Quotes per month for each speaker over one shared axis (dated quotes only). */
export function density(quotes: readonly TimelineQuote[], speakers: readonly string[]): Density {
  const dated = quotes.filter((q) => monthKey(q.published) !== UNDATED);
  if (dated.length === 0) return { months: [], series: speakers.map((speaker) => ({ speaker, counts: [] })), max: 0 };
  const keys = dated.map((q) => monthKey(q.published)).sort();
  const months = monthRange(keys[0]!, keys.at(-1)!);
  const index = new Map(months.map((m, i) => [m, i]));
  let max = 0;
  const series = speakers.map((speaker) => {
    const counts = new Array<number>(months.length).fill(0);
    for (const q of dated) {
      if (q.speaker !== speaker) continue;
      const i = index.get(monthKey(q.published))!;
      counts[i]!++;
      max = Math.max(max, counts[i]!);
    }
    return { speaker, counts };
  });
  return { months, series, max };
}
