// Small libraries built directly (no text engine), for search, tag, trash and edit tests.
import type { Article, Quote } from '../../../electron/shared/article';
import type { Library } from '../../../electron/core/library';
import { insertClip } from '../../../electron/core/library/clips';

export interface ClipSpec {
  title: string;
  body: string;
  source?: string | null;
  byline?: string | null;
  published?: string | null;
  quotes?: { text: string; speaker: string | null }[];
  tags?: { name: string; kind: Article['tags'][number]['kind'] }[];
}

export function article(spec: ClipSpec): Article {
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const start = Math.max(0, spec.body.indexOf(q.text));
    return {
      text: q.text, kind: 'full', speaker: q.speaker, speakerKind: q.speaker ? 'person' : null, mention: q.speaker, role: null,
      cue: 'said', paragraph: 0, start, end: start + q.text.length,
    };
  });
  return {
    title: spec.title, subtitle: null, published: spec.published ?? null, captured: null, byline: spec.byline ?? null, authors: [],
    source: spec.source ?? null, dateline: null, language: 'en', captions: [], body: spec.body,
    confidence: { title: 1, published: 1, byline: 1, body: 1 }, warnings: [], quotes, tags: spec.tags ?? [],
  };
}

/** Inserts clips (in order) and returns their ids. */
export function addClips(library: Library, specs: readonly ClipSpec[]): number[] {
  return library.db.transaction(() =>
    specs.map((spec, i) =>
      insertClip(library.db, {
        fileName: `clip-${i}.txt`, filePath: null, original: `${spec.title}\n\n${spec.body}`, format: 'text', encoding: 'utf-8',
        sourceHash: `hash-${i}-${spec.title}`, articleIndex: 0, article: article(spec), importId: null,
      }),
    ),
  )();
}

export const NEWS: ClipSpec[] = [
  {
    title: 'Macron hosts talks at the Élysée Palace',
    body: 'Leaders met at the Élysée on Monday to discuss the war in Ukraine and energy prices.\n\nThe talks ran late into the night.',
    source: 'Le Monde', byline: 'Claire Dupont', published: '2024-03-04',
    quotes: [{ text: 'We will stand with Ukraine', speaker: 'Emmanuel Macron' }],
    tags: [{ name: 'Emmanuel Macron', kind: 'person' }, { name: 'Ukraine', kind: 'place' }],
  },
  {
    title: 'Zelensky visits Kyiv hospital',
    body: 'President Volodymyr Zelensky visited a hospital in Kyiv on Tuesday, praising the doctors.\n\nHe later met soldiers.',
    source: 'Reuters', byline: 'Reuters staff', published: '2024-03-05',
    quotes: [{ text: 'Our doctors are heroes', speaker: 'Volodymyr Zelenskyy' }],
    tags: [{ name: 'Ukraine', kind: 'place' }],
  },
  {
    title: 'Harbour council approves ferry timetable',
    body: 'The harbour council voted to approve a new ferry timetable with three early crossings.\n\nCommuters welcomed the change.',
    source: 'Northbridge Courier', byline: 'Jane Doe', published: '2023-11-20',
    quotes: [{ text: 'This is what commuters asked for', speaker: 'Maria Lopes' }],
  },
  {
    title: 'Energy prices fall as winter ends',
    body: 'Energy prices fell sharply in March, traders said, as the winter ended early across Europe.\n\nGas storage remains high.',
    source: 'Financial Times', byline: 'Tom Price', published: '2024-03-28',
  },
  {
    title: 'Football club sold to investors',
    body: 'The football club was sold to a group of investors after months of talks.\n\nFans protested outside the stadium.',
    source: 'Reuters', byline: 'Reuters staff', published: '2022-08-01',
  },
  {
    title: 'Undated note on ferry fares',
    body: 'Ferry fares will rise next year, the operator said in a note without a date.',
    source: null, published: null,
  },
];

/** SQL that takes a library back to what it was before migration 0009 (for tests that rebuild older schemas by hand). */
export const UNDO_0009 = `
  ${['title', 'subtitle', 'published', 'captured', 'byline', 'source', 'dateline', 'body'].map((f) => `DROP TRIGGER clips_engine_${f};`).join(' ')}
  ALTER TABLE clips DROP COLUMN engine; ALTER TABLE clips RENAME COLUMN engine_kept TO engine;
  CREATE INDEX quotes_speaker_key ON quotes(speaker_key); CREATE INDEX clips_imported_at ON clips(imported_at);`;
