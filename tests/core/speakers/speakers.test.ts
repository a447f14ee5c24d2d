import { afterEach, describe, expect, it } from 'vitest';
import { createApi, NotFoundError, type CoreApi } from '../../../electron/core/api';
import { Library } from '../../../electron/core/library';
import { countSpeakers, linkQuotes, quoteTimeline, relinkAllQuotes, timelineSql } from '../../../electron/core/library/speakers';
import { ApiArgumentError } from '../../../electron/shared/api-schema';
import {
  BIDEN_LATER,
  BIDEN_LONG,
  BIDEN_SHORT,
  COURIER_FERRY,
  COURIER_TIMETABLE,
  GAZETTE_FERRY,
  HERALD_BUDGET,
  importArticles,
  UNDATED_NOTE,
  WEEKLY_FERRY,
} from './articles';

let library: Library;
let api: CoreApi;
afterEach(() => library?.close());

function open(): CoreApi {
  library = Library.open(':memory:');
  api = createApi(library);
  return api;
}

const trash = (clipId: number) => library.db.prepare("UPDATE clips SET deleted_at = '2024-06-01T00:00:00Z' WHERE id = ?").run(clipId);

describe('speakers across the library', () => {
  it('makes one speaker per full name across clips, with counts and first/last dates', async () => {
    open();
    await importArticles(api, [COURIER_TIMETABLE, HERALD_BUDGET, COURIER_FERRY, BIDEN_SHORT]);
    const speakers = await api.listSpeakers({});
    expect(speakers.map((s) => s.name)).toEqual(['Jane Roe', 'Joe Biden']);
    expect(speakers[0]).toEqual({ name: 'Jane Roe', kind: 'person', quotes: 3, first: '2024-01-20', last: '2024-05-02', aliases: [] });
    expect(countSpeakers(library.db)).toBe(2);
    expect(library.db.prepare('SELECT count(*) FROM speakers').pluck().get()).toBe(2);
  });

  it('finds speakers by any part of the name, case and accents ignored', async () => {
    open();
    await importArticles(api, [COURIER_FERRY, BIDEN_SHORT]);
    expect((await api.listSpeakers({ query: 'ROE' })).map((s) => s.name)).toEqual(['Jane Roe']);
    expect((await api.listSpeakers({ query: 'bíden' })).map((s) => s.name)).toEqual(['Joe Biden']);
    expect(await api.listSpeakers({ query: '100%_' })).toEqual([]);
  });

  it('orders a timeline by publication date, undated last, whatever the import order', async () => {
    open();
    const [timetable, undated, budget, ferry] = await importArticles(api, [COURIER_TIMETABLE, UNDATED_NOTE, HERALD_BUDGET, COURIER_FERRY]);
    const timeline = await api.speakerTimeline({ speakers: ['Jane Roe'] });
    expect(timeline.map((q) => q.clipId)).toEqual([budget, ferry, timetable, undated]);
    expect(timeline.map((q) => q.published)).toEqual(['2024-01-20', '2024-03-12', '2024-05-02', null]);
    const first = timeline[0]!;
    expect(first).toMatchObject({ speaker: 'Jane Roe', kind: 'full', source: 'Coastal Herald', clipTitle: 'Harbour budget approved after long debate', alsoIn: [] });
    expect(first.text).toMatch(/^This budget protects the crossings/);
    const clip = await api.getClip({ id: first.clipId });
    expect(clip!.body.slice(first.start, first.end)).toBe(first.text);
    expect(clip!.body.split('\n\n')[first.paragraph]).toContain(first.text);
  });

  it('shows a quotation reported by two outlets once: the earliest report, the other in alsoIn', async () => {
    open();
    // the Courier (12 March) is imported first, but the Gazette printed it a day earlier
    const [courier, gazette, budget] = await importArticles(api, [COURIER_FERRY, GAZETTE_FERRY, HERALD_BUDGET]);
    const timeline = await api.speakerTimeline({ speakers: ['Jane Roe'] });
    expect(timeline).toHaveLength(2);
    expect(timeline[0]!.clipId).toBe(budget);
    const ferry = timeline[1]!;
    expect(ferry).toMatchObject({ clipId: gazette, source: 'Island Gazette', published: '2024-03-11' });
    expect(ferry.alsoIn).toEqual([
      { clipId: courier, source: 'The Northern Courier', published: '2024-03-12', title: 'Harbour deal collapses after late-night talks' },
    ]);
    expect((await api.listSpeakers({}))[0]!.quotes).toBe(2);
  });

  it('lists three outlets of one quotation earliest first, and drops a trashed one', async () => {
    open();
    const [a, b, c] = await importArticles(api, [WEEKLY_FERRY, COURIER_FERRY, GAZETTE_FERRY]);
    let [entry] = await api.speakerTimeline({ speakers: ['Jane Roe'] });
    expect(entry!.clipId).toBe(c);
    expect(entry!.alsoIn.map((s) => s.clipId)).toEqual([b, a]);
    trash(c!);
    [entry] = await api.speakerTimeline({ speakers: ['Jane Roe'] });
    expect(entry!.clipId).toBe(b);
    expect(entry!.alsoIn.map((s) => s.clipId)).toEqual([a]);
  });

  it('leaves clips in the trash out of speaker lists, counts and timelines', async () => {
    open();
    const [ferry, budget, biden] = await importArticles(api, [COURIER_FERRY, HERALD_BUDGET, BIDEN_SHORT]);
    trash(ferry!);
    trash(biden!);
    expect(await api.listSpeakers({})).toEqual([
      { name: 'Jane Roe', kind: 'person', quotes: 1, first: '2024-01-20', last: '2024-01-20', aliases: [] },
    ]);
    expect(countSpeakers(library.db)).toBe(1);
    expect((await api.speakerTimeline({ speakers: ['Jane Roe'] })).map((q) => q.clipId)).toEqual([budget]);
    expect(await api.speakerTimeline({ speakers: ['Joe Biden'] })).toEqual([]);
  });

  it('merges two names of one person; a later import under either name lands on the merged speaker', async () => {
    open();
    const [short, long] = await importArticles(api, [BIDEN_SHORT, BIDEN_LONG]);
    expect((await api.listSpeakers({ query: 'biden' })).map((s) => s.name).sort()).toEqual(['Joe Biden', 'Joseph R. Biden']);

    const merged = await api.mergeSpeakers({ names: ['Joseph R. Biden'], into: 'Joe Biden' });
    expect(merged).toEqual({ name: 'Joe Biden', kind: 'person', quotes: 2, first: '2023-06-01', last: '2023-07-15', aliases: ['Joseph R. Biden'] });
    expect((await api.listSpeakers({})).map((s) => s.name)).toEqual(['Joe Biden']);
    expect((await api.listSpeakers({ query: 'joseph' })).map((s) => s.name)).toEqual(['Joe Biden']);
    expect((await api.speakerTimeline({ speakers: ['Joe Biden'] })).map((q) => [q.clipId, q.speaker])).toEqual([
      [short, 'Joe Biden'],
      [long, 'Joe Biden'],
    ]);
    // the alias still names the speaker in a timeline request
    expect(await api.speakerTimeline({ speakers: ['Joseph R. Biden'] })).toHaveLength(2);

    const [later] = await importArticles(api, [BIDEN_LATER]);
    expect(await api.listSpeakers({})).toMatchObject([{ name: 'Joe Biden', quotes: 3, last: '2023-09-03' }]);
    expect((await api.speakerTimeline({ speakers: ['Joe Biden'] })).at(-1)!.clipId).toBe(later);
  });

  it('merges into a new canonical name and keeps both old names as aliases', async () => {
    open();
    await importArticles(api, [BIDEN_SHORT, BIDEN_LONG]);
    const merged = await api.mergeSpeakers({ names: ['Joe Biden', 'Joseph R. Biden'], into: 'Joseph Biden' });
    expect(merged).toMatchObject({ name: 'Joseph Biden', quotes: 2, aliases: ['Joe Biden', 'Joseph R. Biden'] });
    expect(countSpeakers(library.db)).toBe(1);
  });

  it('splits a wrong merge: the alias gets its quotes back, and later imports under it stay apart', async () => {
    open();
    const [short, long, later] = await importArticles(api, [BIDEN_SHORT, BIDEN_LONG, BIDEN_LATER]);
    await api.mergeSpeakers({ names: ['Joseph R. Biden'], into: 'Joe Biden' });
    await api.splitSpeaker({ alias: 'joseph r biden' });
    const speakers = await api.listSpeakers({});
    expect(speakers.map((s) => [s.name, s.quotes, s.aliases])).toEqual([
      ['Joseph R. Biden', 2, []],
      ['Joe Biden', 1, []],
    ]);
    expect((await api.speakerTimeline({ speakers: ['Joe Biden'] })).map((q) => q.clipId)).toEqual([short]);
    expect((await api.speakerTimeline({ speakers: ['Joseph R. Biden'] })).map((q) => q.clipId)).toEqual([long, later]);
    const next = {
      ...BIDEN_LATER,
      title: 'Second rail line reopens',
      date: '2023-10-01',
      paragraphs: [
        ...BIDEN_LATER.paragraphs.slice(0, 1),
        '"Passengers will be back on the northern line by the first week of November," Joseph R. Biden said.',
        ...BIDEN_LATER.paragraphs.slice(2),
      ],
    };
    await importArticles(api, [next]);
    expect((await api.listSpeakers({})).map((s) => [s.name, s.quotes])).toEqual([
      ['Joseph R. Biden', 3],
      ['Joe Biden', 1],
    ]);
  });

  it('joins the same quotation under two names into one entry on merge, and parts it again on split', async () => {
    open();
    const sameWords = {
      ...BIDEN_LONG,
      source: 'Morning Post',
      date: '2023-07-14',
      title: 'Senate backs the plan',
      paragraphs: [
        'Senators backed the infrastructure plan on Friday in a vote that surprised many observers in the capital.',
        '"This plan will put people to work repairing roads and railways in every single state," Joe Biden said.',
        ...BIDEN_LONG.paragraphs.slice(2),
      ],
    };
    const [ledger, post] = await importArticles(api, [BIDEN_LONG, sameWords]);
    const entries = async (name: string) =>
      (await api.speakerTimeline({ speakers: [name] })).map((q) => [q.clipId, q.alsoIn.map((s) => s.clipId)]);
    expect(await entries('Joe Biden')).toEqual([[post, []]]);
    expect(await entries('Joseph R. Biden')).toEqual([[ledger, []]]);

    await api.mergeSpeakers({ names: ['Joseph R. Biden'], into: 'Joe Biden' });
    expect(await entries('Joe Biden')).toEqual([[post, [ledger]]]);
    expect((await api.listSpeakers({}))[0]!.quotes).toBe(1);

    await api.splitSpeaker({ alias: 'Joseph R. Biden' });
    expect(await entries('Joe Biden')).toEqual([[post, []]]);
    expect(await entries('Joseph R. Biden')).toEqual([[ledger, []]]);
  });

  it('refuses to split a speaker from its own name, and names unknown speakers', async () => {
    open();
    await importArticles(api, [BIDEN_SHORT]);
    await expect(api.splitSpeaker({ alias: 'Joe Biden' })).rejects.toBeInstanceOf(ApiArgumentError);
    await expect(api.splitSpeaker({ alias: 'Nobody Known' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(api.mergeSpeakers({ names: ['Nobody Known'], into: 'Joe Biden' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(api.mergeSpeakers({ names: ['Joe Biden'], into: '…' })).rejects.toBeInstanceOf(ApiArgumentError);
    expect(await api.listSpeakers({})).toMatchObject([{ name: 'Joe Biden', aliases: [] }]);
    await expect(api.speakerTimeline({ speakers: ['Nobody Known'] })).rejects.toThrow(/no speaker named "Nobody Known"/);
  });

  it('rebuilds the same speakers and groups from scratch (relinkAllQuotes), keeping merges', async () => {
    open();
    await importArticles(api, [COURIER_FERRY, GAZETTE_FERRY, HERALD_BUDGET, BIDEN_SHORT, BIDEN_LONG]);
    await api.mergeSpeakers({ names: ['Joseph R. Biden'], into: 'Joe Biden' });
    const before = quoteTimeline(library.db, null);
    library.db.prepare('UPDATE quotes SET speaker_id = NULL, group_id = id').run();
    library.db.prepare('DELETE FROM quote_keys').run();
    relinkAllQuotes(library.db);
    expect(quoteTimeline(library.db, null)).toEqual(before);
    expect(before.map((q) => q.speaker)).toEqual(['Joe Biden', 'Joe Biden', 'Jane Roe', 'Jane Roe']);
  });

  it('keeps a group together when the quote it is named after is deleted, and links later reports to it', async () => {
    open();
    const [courier, gazette] = await importArticles(api, [COURIER_FERRY, GAZETTE_FERRY]);
    library.db.prepare('DELETE FROM clips WHERE id = ?').run(courier);
    const groups = library.db.prepare('SELECT id, group_id FROM quotes ORDER BY id').all() as { id: number; group_id: number }[];
    expect(groups).toEqual([{ id: groups[0]!.id, group_id: groups[0]!.id }]);
    const [weekly] = await importArticles(api, [WEEKLY_FERRY]);
    const timeline = await api.speakerTimeline({ speakers: ['Jane Roe'] });
    expect(timeline.map((q) => [q.clipId, q.alsoIn.map((s) => s.clipId)])).toEqual([[gazette, [weekly]]]);
  });

  it('links a clip again (after its quotes changed) without breaking the groups of others', async () => {
    open();
    const [courier, gazette, weekly] = await importArticles(api, [COURIER_FERRY, GAZETTE_FERRY, WEEKLY_FERRY]);
    linkQuotes(library.db, courier!);
    linkQuotes(library.db, courier!);
    const [entry] = await api.speakerTimeline({ speakers: ['Jane Roe'] });
    expect([entry!.clipId, entry!.alsoIn.map((s) => s.clipId)]).toEqual([gazette, [courier, weekly]]);
    expect(library.db.prepare('SELECT count(DISTINCT group_id) FROM quotes').pluck().get()).toBe(1);
  });

  it('reads the timeline through the speaker index (EXPLAIN QUERY PLAN)', () => {
    open();
    const plan = (library.db.prepare(`EXPLAIN QUERY PLAN ${timelineSql(2)}`).all(1, 2) as { detail: string }[]).map((r) => r.detail);
    expect(plan.some((d) => /SEARCH q USING (COVERING )?INDEX quotes_speaker_id \(speaker_id=\?\)/.test(d))).toBe(true);
    expect(plan.some((d) => /SEARCH m USING INDEX quotes_group \(group_id=\?\)/.test(d))).toBe(true);
    expect(plan.some((d) => /SEARCH c USING INTEGER PRIMARY KEY/.test(d))).toBe(true);
    expect(plan.some((d) => /SCAN|clips_deleted_at/.test(d))).toBe(false);
  });
});
