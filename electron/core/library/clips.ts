// Reading and writing clips. Every statement binds its values; nothing is pasted into SQL.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Article } from '../../shared/article';
import type { Clip, ClipPage, ClipSummary, ClipTag, ListClipsRequest } from '../../shared/api';

/** Fields of an article a user may edit; the engine's value is kept in `engine`. */
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
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Same article text = same clip, whatever the spacing, case or Unicode form. */
export function bodyHash(body: string): string {
  return sha256(body.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
}

export function findClipByBodyHash(db: Database.Database, hash: string): number | null {
  const row = db.prepare('SELECT id FROM clips WHERE body_hash = ?').get(hash) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Inserts a clip with its quotes and automatic tags. Call inside a transaction. */
export function insertClip(db: Database.Database, clip: NewClip): number {
  const a = clip.article;
  const engine = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, a[f]]));
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO clips (file_name, file_path, original, format, encoding, source_hash, article_index, body_hash,
         title, subtitle, published, captured, byline, authors, source, dateline, language, captions, body,
         confidence, warnings, engine, import_id, imported_at)
       VALUES (@fileName, @filePath, @original, @format, @encoding, @sourceHash, @articleIndex, @bodyHash,
         @title, @subtitle, @published, @captured, @byline, @authors, @source, @dateline, @language, @captions, @body,
         @confidence, @warnings, @engine, @importId, @importedAt)`,
    )
    .run({
      fileName: clip.fileName,
      filePath: clip.filePath,
      original: clip.original,
      format: clip.format,
      encoding: clip.encoding,
      sourceHash: clip.sourceHash,
      articleIndex: clip.articleIndex,
      bodyHash: bodyHash(a.body),
      title: a.title,
      subtitle: a.subtitle,
      published: a.published,
      captured: a.captured,
      byline: a.byline,
      authors: JSON.stringify(a.authors),
      source: a.source,
      dateline: a.dateline,
      language: a.language,
      captions: JSON.stringify(a.captions),
      body: a.body,
      confidence: JSON.stringify(a.confidence),
      warnings: JSON.stringify(a.warnings),
      engine: JSON.stringify(engine),
      importId: clip.importId,
      importedAt: new Date().toISOString(),
    });
  const clipId = Number(lastInsertRowid);
  const insertQuote = db.prepare(
    `INSERT INTO quotes (clip_id, ord, text, kind, speaker, speaker_kind, mention, role, cue, paragraph, start, end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  a.quotes.forEach((q, i) =>
    insertQuote.run(clipId, i, q.text, q.kind, q.speaker, q.speakerKind, q.mention, q.role, q.cue, q.paragraph, q.start, q.end),
  );
  for (const tag of a.tags) attachTag(db, clipId, tag.name, tag.kind, true);
  return clipId;
}

export function attachTag(db: Database.Database, clipId: number, name: string, kind: string, auto: boolean): void {
  db.prepare('INSERT INTO tags (name, kind) VALUES (?, ?) ON CONFLICT(name) DO NOTHING').run(name, kind);
  const tag = db.prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number };
  db.prepare('INSERT INTO clip_tags (clip_id, tag_id, auto) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(clipId, tag.id, auto ? 1 : 0);
}

/** ORDER BY clauses by sort key: a fixed table, so no user text reaches the SQL. */
const SORT_SQL: Record<NonNullable<ListClipsRequest['sort']>, [asc: string, desc: string]> = {
  published: ['published IS NULL, published, id', 'published IS NULL, published DESC, id DESC'],
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

export function listClips(db: Database.Database, request: ListClipsRequest = {}): ClipPage {
  const [asc, desc] = SORT_SQL[request.sort ?? 'imported'];
  const order = (request.descending ?? request.sort === undefined) ? desc : asc;
  const total = (db.prepare('SELECT count(*) AS n FROM clips WHERE deleted_at IS NULL').get() as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM clips c WHERE c.deleted_at IS NULL ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(request.limit ?? DEFAULT_PAGE, request.offset ?? 0) as SummaryRow[];
  return { total, clips: rows.map(toSummary) };
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
  const row = db.prepare('SELECT * FROM clips WHERE id = ?').get(id) as ClipRow | undefined;
  if (!row) return null;
  const quotes = db
    .prepare('SELECT text, kind, speaker, speaker_kind, mention, role, cue, paragraph, start, end FROM quotes WHERE clip_id = ? ORDER BY ord')
    .all(id) as QuoteRow[];
  const tags = db
    .prepare('SELECT t.name, t.kind, ct.auto FROM clip_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clip_id = ? ORDER BY t.kind, t.name')
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
  };
}
