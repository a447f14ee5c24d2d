// Reading and writing clips. Every statement binds its values; nothing is pasted into SQL.
import { bodyHash, sha256 } from './hash';
import { keepId, NameIds, statement } from './statements';
import type Database from 'better-sqlite3';
import type { Article } from '../../shared/article';
import type { Clip, ClipPage, ClipSummary, ClipTag, EditableField, ListClipsRequest } from '../../shared/api';
import { alsoIn } from './near-duplicates';
import { placeNewQuote, settleNewQuote, speakerOf, type QuoteShape } from './speakers';

/**
 * Fields of an article a user may edit. The engine's values read as the `engine` column; only those that may differ
 * from the field's column are stored (`engine_kept`, migration 0009): a new clip stores none.
 */
export const EDITABLE_FIELDS = ['title', 'subtitle', 'published', 'captured', 'byline', 'source', 'dateline', 'body'] as const;

const FIRST_LINE_CHARS = 160;
const DEFAULT_PAGE = 100;

export interface NewClip {
  fileName: string;
  filePath: string | null;
  original: string;
  format: string;
  encoding: string;
  sourceHash: string;
  articleIndex: number;
  article: Article;
  importId: number | null;
  /** what the reader found outside the text (HTML metadata, e-mail headers), kept for `reclean` */
  hints?: object;
  /** bodyHash(article.body) when the caller has it already (the import worker computes it) */
  bodyHash?: string;
  /** prepareQuote of each of the article's quotes, when the caller has them already (the import worker's) */
  quoteShapes?: readonly QuoteShape[];
}

export { bodyHash, sha256 };

export function findClipByBodyHash(db: Database.Database, hash: string): number | null {
  const row = statement(db, 'SELECT id FROM clips WHERE body_hash = ?').get(hash) as { id: number } | undefined;
  return row?.id ?? null;
}

/**
 * Inserts a clip with its quotes and automatic tags. Call inside a transaction; `ids`, when given, has been checked
 * (NameIds.check) in it.
 */
export function insertClip(db: Database.Database, clip: NewClip, ids: NameIds = new NameIds()): number {
  const a = clip.article;
  // values by position: binding by name looks each of the 25 names up on an object, for every clip
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO clips (file_name, file_path, original, format, encoding, source_hash, article_index, body_hash,
       title, subtitle, published, captured, byline, authors, source, dateline, language, captions, body,
       confidence, warnings, import_id, imported_at, hints, quotes_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    clip.fileName,
    clip.filePath,
    clip.original,
    clip.format,
    clip.encoding,
    clip.sourceHash,
    clip.articleIndex,
    clip.bodyHash ?? bodyHash(a.body),
    a.title,
    a.subtitle,
    a.published,
    a.captured,
    a.byline,
    JSON.stringify(a.authors),
    a.source,
    a.dateline,
    a.language,
    JSON.stringify(a.captions),
    a.body,
    JSON.stringify(a.confidence),
    JSON.stringify(a.warnings),
    clip.importId,
    new Date().toISOString(),
    JSON.stringify(clip.hints ?? {}),
    quotesText(a.quotes),
  );
  const clipId = Number(lastInsertRowid);
  insertLinkedQuotes(db, clipId, a.quotes, clip.quoteShapes, ids.speakers);
  attachAutoTags(db, clipId, a.tags, ids.tags);
  return clipId;
}

/**
 * Runs `store` (inside a write transaction) with the clips it adds left out of the search index, then indexes them
 * all in one statement per index (see migration 0008): FTS5 otherwise wrote each clip out as a segment of its own. Clips
 * get ids above the largest one (INTEGER PRIMARY KEY, no ids given), so the clips added are those above it.
 */
export function withDeferredSearchRows<T>(db: Database.Database, store: () => T): T {
  const before = statement(db, 'SELECT coalesce(max(id), 0) FROM clips').pluck().get() as number;
  statement(db, 'INSERT INTO clip_search_deferred (id) VALUES (1)').run();
  const result = store();
  // in id order: FTS5 writes its pending rows out whenever a row comes in below the last one
  statement(
    db,
    `INSERT INTO clip_search(rowid, title, body, byline, source, quotes)
     SELECT id, title, body, byline, source, quotes_text FROM clips WHERE id > ? ORDER BY id`,
  ).run(before);
  statement(db, 'INSERT INTO clip_title_search(rowid, title) SELECT id, title FROM clips WHERE id > ? AND title IS NOT NULL ORDER BY id').run(before);
  statement(db, 'DELETE FROM clip_search_deferred').run();
  return result;
}

/**
 * A new clip's quotes, each stored once with its speaker resolved and in its final group: the group of the same
 * quotation elsewhere is found before the row is written (placeNewQuote), so no row is updated after its insert
 * (an update ran the speaker-count triggers out and in again). What insertQuotes + linkQuotes leave.
 */
function insertLinkedQuotes(
  db: Database.Database,
  clipId: number,
  quotes: Article['quotes'],
  shapes: readonly QuoteShape[] | undefined,
  speakerIds: Map<string, number>,
): void {
  if (!quotes.length) return;
  // ids are given, not left to SQLite, so a quote's group is known before its row; we are inside the write transaction
  const last = statement(db, 'SELECT coalesce(max(id), 0) FROM quotes').pluck().get() as number;
  const insertQuote = statement(
    db,
    `INSERT INTO quotes (id, clip_id, ord, text, kind, speaker, speaker_kind, mention, role, cue, paragraph, start, end,
       speaker_key, speaker_id, group_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // one quote after the other: a later quote of the clip can join the group of an earlier one
  quotes.forEach((q, i) => {
    const id = last + 1 + i;
    const shape = shapes?.[i];
    const speaker = speakerOf(db, q.speaker, q.speakerKind, shape, speakerIds);
    const placement = placeNewQuote(db, id, q.text, speaker.id, shape);
    insertQuote.run(id, clipId, i, q.text, q.kind, q.speaker, q.speakerKind, q.mention, q.role, q.cue, q.paragraph, q.start, q.end,
      speaker.key, speaker.id, placement?.group ?? id);
    if (placement) settleNewQuote(db, id, placement);
  });
}

/** What the search index holds of a clip's quotes (the clip's quotes_text column). */
export function quotesText(quotes: Article['quotes']): string {
  return quotes.map((q) => q.text).join(' ');
}

/** Replaces a clip's quotes (re-clean): rows, and the quote text the search index reads, in one update. */
export function replaceQuotes(db: Database.Database, clipId: number, quotes: Article['quotes']): void {
  statement(db, 'DELETE FROM quotes WHERE clip_id = ?').run(clipId);
  insertQuotes(db, clipId, quotes);
  statement(db, 'UPDATE clips SET quotes_text = ? WHERE id = ?').run(quotesText(quotes), clipId);
}

/** Quote rows only; callers keep clips.quotes_text in step (insertClip, replaceQuotes). */
export function insertQuotes(db: Database.Database, clipId: number, quotes: Article['quotes']): void {
  const insertQuote = statement(
    db,
    `INSERT INTO quotes (clip_id, ord, text, kind, speaker, speaker_kind, mention, role, cue, paragraph, start, end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  quotes.forEach((q, i) =>
    insertQuote.run(clipId, i, q.text, q.kind, q.speaker, q.speakerKind, q.mention, q.role, q.cue, q.paragraph, q.start, q.end),
  );
}

/**
 * The id of the tag called `name` (or of the tag it was renamed/merged into), creating it when new.
 * Aliases make a renamed automatic tag keep catching the engine's old name on later imports and re-cleans.
 */
export function tagIdFor(db: Database.Database, name: string, kind: string): number {
  const alias = statement(db, 'SELECT tag_id FROM tag_aliases WHERE name = ?').pluck().get(name) as number | undefined;
  if (alias !== undefined) return alias;
  // most names exist already (every import attaches the same few hundred): look first, write only a new one
  const existing = statement(db, 'SELECT id FROM tags WHERE name = ?').pluck().get(name) as number | undefined;
  if (existing !== undefined) return existing;
  return Number(statement(db, 'INSERT INTO tags (name, kind) VALUES (?, ?)').run(name, kind).lastInsertRowid);
}

/** The engine's tags of a new clip, in one statement (one pass of the statement journal over clip_tags' pages). */
function attachAutoTags(db: Database.Database, clipId: number, tags: Article['tags'], tagIds: Map<string, number>): void {
  if (!tags.length) return;
  const ids = tags.map(({ name, kind }) => tagIds.get(name) ?? keepId(tagIds, name, tagIdFor(db, name, kind)));
  statement(db, 'INSERT INTO clip_tags (clip_id, tag_id, auto) SELECT ?, value, 1 FROM json_each(?) WHERE true ON CONFLICT DO NOTHING').run(
    clipId,
    JSON.stringify(ids),
  );
}

export function attachTag(db: Database.Database, clipId: number, name: string, kind: string, auto: boolean): void {
  const tagId = tagIdFor(db, name, kind);
  statement(db, 'INSERT INTO clip_tags (clip_id, tag_id, auto) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(clipId, tagId, auto ? 1 : 0);
}

/** ORDER BY clauses by sort key: a fixed table, so no user text reaches the SQL. */
const SORT_SQL: Record<NonNullable<ListClipsRequest['sort']>, [asc: string, desc: string]> = {
  // descending (the usual view) walks the clips_live_published index: NULLs sort last in DESC by themselves
  published: ['published IS NULL, published, id', 'published DESC, id DESC'],
  title: ['title COLLATE NOCASE, id', 'title COLLATE NOCASE DESC, id DESC'],
  source: ['source COLLATE NOCASE, id', 'source COLLATE NOCASE DESC, id DESC'],
  imported: ['id', 'id DESC'],
};

interface SummaryRow {
  id: number;
  title: string | null;
  published: string | null;
  source: string | null;
  byline: string | null;
  first_line: string;
  tags: string | null;
  imported_at: string;
}

export function firstLine(body: string): string {
  const line = body.split('\n', 1)[0] ?? '';
  return line.length > FIRST_LINE_CHARS ? line.slice(0, FIRST_LINE_CHARS - 1).trimEnd() + '…' : line;
}

export function toSummary(row: SummaryRow): ClipSummary {
  return {
    id: row.id,
    title: row.title,
    published: row.published,
    source: row.source,
    byline: row.byline,
    firstLine: firstLine(row.first_line),
    tags: row.tags ? row.tags.split('\u001f') : [],
    importedAt: row.imported_at,
  };
}

/** Columns of a list row; the tag list is joined with a unit separator that never occurs in names. */
export const SUMMARY_COLUMNS = `c.id, c.title, c.published, c.source, c.byline, substr(c.body, 1, ${FIRST_LINE_CHARS * 2}) AS first_line,
  (SELECT group_concat(t.name, char(31)) FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = c.id) AS tags,
  c.imported_at`;

/**
 * The index that holds each live-list order with the clips' trash state. The planner, without statistics,
 * would walk clips_published (all clips) and read every row's `deleted_at` through its overflow pages.
 */
const LIVE_INDEX: Record<NonNullable<ListClipsRequest['sort']>, string> = {
  published: 'clips_live_published',
  title: 'clips_live_title',
  source: 'clips_live_source',
  imported: 'clips_state',
};

/**
 * The SQL of a page of clips (exposed so tests can EXPLAIN it). `sql` picks the page's ids, bound as ?, ?
 * (limit, offset): it reads only the sort column's index, so skipping 100,000 rows never touches the clips'
 * text; `rowsSql` then reads the page's rows by id.
 */
export function listClipsSql(request: ListClipsRequest = {}, trash = false): { sql: string; countSql: string; rowsSql: string } {
  const sort = request.sort ?? 'imported';
  const [asc, desc] = SORT_SQL[sort];
  const order = (request.descending ?? request.sort === undefined) ? desc : asc;
  const where = trash ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL';
  // the trash is small and has its own index (clips_trash): the planner's choice is fine there
  const from = trash ? 'clips c' : `clips c INDEXED BY ${LIVE_INDEX[sort]}`;
  return {
    sql: `SELECT c.id FROM ${from} WHERE c.${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    // partial indexes hold exactly these rows (clips_live_published, clips_trash): counting never reads the text
    countSql: `SELECT count(*) AS n FROM clips WHERE ${where}`,
    rowsSql: `SELECT ${SUMMARY_COLUMNS} FROM clips c WHERE c.id IN (SELECT value FROM json_each(?))`,
  };
}

/** A page of live clips, or (`trash`) of clips in the trash. */
export function listClips(db: Database.Database, request: ListClipsRequest = {}, trash = false): ClipPage {
  const { sql, countSql, rowsSql } = listClipsSql(request, trash);
  const total = (statement(db, countSql).get() as { n: number }).n;
  const ids = statement(db, sql).pluck().all(request.limit ?? DEFAULT_PAGE, request.offset ?? 0) as number[];
  const rows = new Map((statement(db, rowsSql).all(JSON.stringify(ids)) as SummaryRow[]).map((r) => [r.id, r]));
  return { total, clips: ids.map((id) => toSummary(rows.get(id)!)) };
}

interface ClipRow {
  id: number;
  file_name: string;
  file_path: string | null;
  original: string;
  format: string;
  encoding: string;
  title: string | null;
  subtitle: string | null;
  published: string | null;
  captured: string | null;
  byline: string | null;
  authors: string;
  source: string | null;
  dateline: string | null;
  language: string;
  captions: string;
  body: string;
  confidence: string;
  warnings: string;
  imported_at: string;
  edited: string;
}

interface QuoteRow {
  text: string;
  kind: 'full' | 'fragment';
  speaker: string | null;
  speaker_kind: 'person' | 'organization' | null;
  mention: string | null;
  role: string | null;
  cue: string | null;
  paragraph: number;
  start: number;
  end: number;
}

export function getClip(db: Database.Database, id: number): Clip | null {
  const row = statement(db, 'SELECT * FROM clips WHERE id = ?').get(id) as ClipRow | undefined;
  if (!row) return null;
  const quotes = statement(db, 'SELECT text, kind, speaker, speaker_kind, mention, role, cue, paragraph, start, end FROM quotes WHERE clip_id = ? ORDER BY ord')
    .all(id) as QuoteRow[];
  const tags = statement(db, 'SELECT t.name, t.kind, ct.auto FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = ? ORDER BY t.kind, t.name')
    .all(id) as { name: string; kind: ClipTag['kind']; auto: number }[];
  return {
    id: row.id,
    fileName: row.file_name,
    filePath: row.file_path,
    original: row.original,
    format: row.format,
    encoding: row.encoding,
    importedAt: row.imported_at,
    title: row.title,
    subtitle: row.subtitle,
    published: row.published,
    captured: row.captured,
    byline: row.byline,
    authors: JSON.parse(row.authors) as string[],
    source: row.source,
    dateline: row.dateline,
    language: row.language,
    captions: JSON.parse(row.captions) as string[],
    body: row.body,
    confidence: JSON.parse(row.confidence) as Clip['confidence'],
    warnings: JSON.parse(row.warnings) as string[],
    quotes: quotes.map((q) => ({
      text: q.text,
      kind: q.kind,
      speaker: q.speaker,
      speakerKind: q.speaker_kind,
      mention: q.mention,
      role: q.role,
      cue: q.cue,
      paragraph: q.paragraph,
      start: q.start,
      end: q.end,
    })),
    tags: tags.map((t) => ({ name: t.name, kind: t.kind, auto: t.auto === 1 })),
    alsoIn: alsoIn(db, id),
    edited: JSON.parse(row.edited) as EditableField[],
  };
}
