import { describe, expect, it } from 'vitest';
import type { TimelineQuote } from '../../electron/shared/api';
import { density, groupByMonth, monthRange } from '../../renderer/src/lib/timeline';

let id = 0;
const q = (speaker: string, published: string | null): TimelineQuote => ({
  id: ++id, speaker, text: 'x', kind: 'full', published, source: null, clipId: 1, clipTitle: null, paragraph: 0, start: 0, end: 1, alsoIn: [],
});

describe('timeline helpers', () => {
  it('groups quotes by month in date order, undated last', () => {
    const groups = groupByMonth([q('A', '2024-02-10'), q('A', null), q('A', '2023-12-01'), q('A', '2024-02-01')]);
    expect(groups.map((g) => [g.key, g.quotes.length])).toEqual([['2023-12', 1], ['2024-02', 2], ['undated', 1]]);
    expect(groups[1]!.quotes.map((x) => x.published)).toEqual(['2024-02-01', '2024-02-10']);
  });
  it('lists every month between two months', () => {
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });
  it('counts quotes per month for each speaker on one axis', () => {
    const d = density([q('A', '2024-01-05'), q('B', '2024-03-01'), q('A', '2024-03-09'), q('A', '2024-03-10'), q('B', null)], ['A', 'B']);
    expect(d.months).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(d.series).toEqual([{ speaker: 'A', counts: [1, 0, 2] }, { speaker: 'B', counts: [0, 0, 1] }]);
    expect(d.max).toBe(2);
    expect(density([], ['A']).months).toEqual([]);
  });
});
