// The hot queries must use their indexes: a schema or SQL change that makes them scan or sort fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { listClipsSql } from '../../../electron/core/library/clips';
import { searchSql } from '../../../electron/core/library/search';
import type { SearchRequest } from '../../../electron/shared/api';
import { addClips, NEWS } from './fixtures';

let library: Library;
beforeAll(() => {
  library = Library.open(':memory:');
  // no ANALYZE: a real library has no statistics, and the plans must hold without them
  const specs = Array.from({ length: 300 }, (_, i) => ({ ...NEWS[i % NEWS.length]!, title: `${NEWS[i % NEWS.length]!.title} ${i}`, body: `${NEWS[i % NEWS.length]!.body} Number ${i}.` }));
  addClips(library, specs);
});
afterAll(() => library.close());

function plan(sql: string, params: unknown = {}): string {
  const stmt = library.db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const rows = (Array.isArray(params) ? stmt.all(...params) : stmt.all(params)) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

/** the parameters a statement names (a search's params serve several statements) */
function paramsOf(sql: string, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([key]) => new RegExp(`@${key}\\b`).test(sql)));
}

function searchPlans(request: SearchRequest): { rows: string; count: string } {
  const { sql, countSql, params } = searchSql(request);
  return { rows: plan(sql, paramsOf(sql, params)), count: plan(countSql, paramsOf(countSql, params)) };
}

describe('query plans', () => {
  it('the list by publication date walks the live published index, with no full sort', () => {
    const { sql, countSql } = listClipsSql({ sort: 'published', descending: true });
    const rows = plan(sql, [100, 0]);
    // covering: skipping to a deep page reads index pages only; ties of one date are sorted by id on the way
    expect(rows).toMatch(/SCAN c USING COVERING INDEX clips_live_published/);
    expect(rows).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    // the count reads a partial index of live clips, not the table
    expect(plan(countSql)).toMatch(/USING COVERING INDEX clips_live_published/);
    expect(plan(listClipsSql({}, true).countSql)).toMatch(/USING COVERING INDEX clips_trash/);
  });

  it('the default list (newest imports first) needs no sort step', () => {
    const { sql } = listClipsSql({});
    expect(plan(sql, [100, 0])).toMatch(/SCAN c USING COVERING INDEX clips_state/);
    expect(plan(sql, [100, 0])).not.toMatch(/TEMP B-TREE/);
  });

  it('the lists by title and by source pick their page from indexes of live clips, with no sort step', () => {
    // (the partial index implies deleted_at IS NULL, so the id is all a row needs: the clip itself is never read)
    for (const sort of ['title', 'source'] as const) {
      const rows = plan(listClipsSql({ sort }).sql, [100, 0]);
      expect(rows).toMatch(new RegExp(`SCAN c USING INDEX clips_live_${sort}`));
      expect(rows).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('a tag filter looks the tag up by name and its clips through clip_tags_tag', () => {
    const { rows, count } = searchPlans({ query: 'tag:Ukraine' });
    for (const p of [rows, count]) {
      expect(p).toMatch(/SEARCH ct USING COVERING INDEX clip_tags_tag \(tag_id=\?\)/);
      expect(p).toMatch(/SEARCH tags USING COVERING INDEX sqlite_autoindex_tags_1 \(name=\?\)/);
    }
  });

  it('a text search with filters starts from the full-text index and reads indexes only, never a clip row', () => {
    const { rows, count } = searchPlans({ query: 'ukraine energy tag:Ukraine source:reuters from:2024', speaker: 'Emmanuel Macron' });
    for (const p of [rows, count]) {
      expect(p).toMatch(/SCAN s VIRTUAL TABLE INDEX/);
      expect(p).toMatch(/SEARCH quotes USING COVERING INDEX quotes_speaker_clip/);
      expect(p).toMatch(/clip_tags_tag/);
      // the trash comes from a partial index, a date from one seek per hit in clips_state
      expect(p).toMatch(/USING COVERING INDEX clips_trash/);
      expect(p).toMatch(/SEARCH d (EXISTS )?USING COVERING INDEX clips_state \(id=\?/);
      expect(p).not.toMatch(/SCAN c\b|SEARCH c USING INTEGER PRIMARY KEY/);
    }
    // ranked by bm25() after the filters: the only sort is the page's, over the hits that pass them
    expect(rows).toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    expect(rows).not.toMatch(/TEMP B-TREE FOR (?!ORDER BY)/);
  });

  it('a text search lists the title hits once (through a Bloom filter) and sorts only the page, never a clip row', () => {
    const { tiers, params } = searchSql({ query: 'ukraine energy' }, undefined, { trashEmpty: true });
    for (const sql of [tiers!.firstSql, tiers!.restSql, tiers!.smallSql]) {
      const p = plan(sql, paramsOf(sql, params));
      expect(p).toMatch(/^SCAN s VIRTUAL TABLE INDEX/);
      // (a correlated subquery would run the title MATCH again for every hit)
      expect(p).toMatch(/LIST SUBQUERY \d+\nSCAN t VIRTUAL TABLE INDEX/);
      expect(p).toMatch(/CREATE BLOOM FILTER/);
      expect(p).not.toMatch(/CORRELATED|clips/);
      expect(p).not.toMatch(/TEMP B-TREE FOR (?!ORDER BY)/);
    }
  });

  it('a text search with filters builds the filter lists once, for the count and the page together', () => {
    const { tiers, params } = searchSql({ query: 'ukraine from:2024 tag:Ukraine' }, undefined, { trashEmpty: true });
    for (const sql of [tiers!.onceSql!, tiers!.onceAllSql!]) {
      const p = plan(sql, paramsOf(sql, params));
      expect(p.match(/MATERIALIZE hits/g)).toHaveLength(1);
      expect(p.match(/SEARCH d (EXISTS )?USING COVERING INDEX clips_state \(id=\?/g)).toHaveLength(1);
      expect(p.match(/clip_tags_tag/g)).toHaveLength(1);
      expect(p).not.toMatch(/SCAN c\b|SEARCH c USING INTEGER PRIMARY KEY/);
    }
  });

  it('a text search whose filter few clips pass scores them all in one statement, a short date range listed once', () => {
    const options = { trashEmpty: true, fewHits: true, fewDates: new Set(['>=2024-01-01']) };
    const { tiers, params } = searchSql({ query: 'ukraine from:2024 tag:Ukraine' }, undefined, options);
    const p = plan(tiers!.onceEverySql!, paramsOf(tiers!.onceEverySql!, params));
    expect(p.match(/MATERIALIZE hits/g)).toHaveLength(1);
    // the range's clips from the live published index, once, and no seek per hit
    expect(p).toMatch(/LIST SUBQUERY \d+\nSEARCH d USING COVERING INDEX clips_live_published \(published>\?\)/);
    expect(p).not.toMatch(/clips_state/);
    expect(p.match(/clip_tags_tag/g)).toHaveLength(1);
    expect(p).not.toMatch(/SCAN c\b|SEARCH c USING INTEGER PRIMARY KEY/);
    // without few hits there is no such statement
    expect(searchSql({ query: 'ukraine from:2024 tag:Ukraine' }, undefined, { trashEmpty: true }).tiers!.onceEverySql).toBeNull();
  });

  it('a text search in a library with an empty trash reads the full-text index alone', () => {
    const { sql, countSql, params } = searchSql({ query: 'ukraine energy' }, undefined, { trashEmpty: true });
    const { limit: _l, offset: _o, ...countParams } = params;
    for (const p of [plan(sql, paramsOf(sql, params)), plan(countSql, paramsOf(countSql, countParams))]) {
      expect(p).toMatch(/^SCAN s VIRTUAL TABLE INDEX/);
      expect(p).not.toMatch(/clips/);
    }
    expect(plan(sql, paramsOf(sql, params))).not.toMatch(/TEMP B-TREE FOR (?!ORDER BY)/);
  });

  it('a text search sorted by date still fetches clips by id from the full-text hits', () => {
    const { rows } = searchPlans({ query: 'ukraine', sort: 'published' });
    expect(rows).toMatch(/SCAN clip_search VIRTUAL TABLE INDEX/);
    expect(rows).toMatch(/SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\)/);
  });

  it('a speaker filter alone uses quotes_speaker_clip', () => {
    const { rows } = searchPlans({ query: '', speaker: 'Maria Lopes' });
    expect(rows).toMatch(/quotes_speaker_clip \(speaker=\?\)/);
  });

  it('a date range alone searches a published index', () => {
    const { rows } = searchPlans({ query: 'from:2024-01 to:2024-03' });
    expect(rows).toMatch(/SEARCH c USING INDEX clips_(live_)?published \(published>\? AND published<\?\)/);
    expect(rows).not.toMatch(/TEMP B-TREE/);
  });
});
