// Dates as the reader sees them in lists and the clip view.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../renderer/src/lib/format';

describe('formatDate', () => {
  it('writes a day in the chosen order', () => {
    expect(formatDate('2022-12-03', 'dmy')).toBe('3 Dec 2022');
    expect(formatDate('2022-12-03', 'mdy')).toBe('Dec 3, 2022');
  });

  it('shows the day the page printed, whatever the zone of the time beside it', () => {
    // 23:10 in New York is already the next day in Europe and Asia: the clip still says 3 December
    expect(formatDate('2022-12-03T23:10:00-05:00')).toBe('3 Dec 2022');
    expect(formatDate('2022-12-03T00:30:00+09:00')).toBe('3 Dec 2022');
  });

  it('gives nothing for no date, and the text itself for something unreadable', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('sometime')).toBe('sometime');
  });
});
