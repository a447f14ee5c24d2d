import type { DateOrder } from '../../../electron/shared/article';

const FORMATS: Record<DateOrder, Intl.DateTimeFormat> = {
  dmy: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric' }),
  mdy: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric' }),
};
const MONTH = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long' });
const MONTH_SHORT = new Intl.DateTimeFormat('en-GB', { year: '2-digit', month: 'short' });

/** "2022-12-03" → "3 Dec 2022" (day-month) or "Dec 3, 2022" (month-day); '' for no date. A date with a time and a
 *  zone ("2022-12-03T23:10:00-05:00") shows the day the page printed, not that instant's day where the reader is. */
export function formatDate(iso: string | null | undefined, order: DateOrder = 'dmy'): string {
  if (!iso) return '';
  const printed = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  const day = printed ? new Date(`${printed}T12:00:00`) : new Date(iso);
  return Number.isNaN(day.getTime()) ? iso : FORMATS[order].format(day);
}

/** "2022-12" → "December 2022". */
export function formatMonth(key: string, short = false): string {
  if (!/^\d{4}-\d{2}$/.test(key)) return 'No date';
  const date = new Date(`${key}-15T12:00:00`);
  return (short ? MONTH_SHORT : MONTH).format(date);
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}

/** base64 → bytes, for files the API returns. */
export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
