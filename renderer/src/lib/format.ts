const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** "2022-12-03" → "3 Dec 2022" in the user's locale; '' for no date. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
  return Number.isNaN(day.getTime()) ? iso : DATE_FORMAT.format(day);
}
