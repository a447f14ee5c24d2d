// Lossless JSON: everything the library holds about each clip — the original text as imported, the
// cleaned fields, what the cleaner found before the user's edits (`engine`) and which fields were edited,
// tags with their origin, quotes and speakers — in a versioned envelope that `cuttings import` restores.
import type Database from 'better-sqlite3';
import type { Clip, ClipTag } from '../../shared/api';
import type { Confidence, Quote } from '../../shared/article';
import { EXPORT_MARKER, EXPORT_VERSION } from './envelope';
import { mergesOf } from '../library/speakers';
import { speakersOf } from './model';

export { EXPORT_MARKER, EXPORT_VERSION } from './envelope';

/**
 * A clip as exported: every stored field, listed one by one so the format stays what version 1 says
 * whatever the API's Clip type gains (links to other clips of this library are left out; restore finds its own).
 */
export interface ExportedClip {
  id: number;
  fileName: string;
  filePath: string | null;
  /** the text as imported, verbatim */
  original: string;
  format: string;
  encoding: string;
  importedAt: string;
  /** hash of the decoded source file and the article's index in it (one file can hold several articles) */
  sourceHash: string;
  articleIndex: number;
  title: string | null;
  subtitle: string | null;
  published: string | null;
  captured: string | null;
  byline: string | null;
  authors: string[];
  source: string | null;
  dateline: string | null;
  language: string;
  captions: string[];
  body: string;
  confidence: Confidence;
  warnings: string[];
  quotes: Quote[];
  /** auto: added by the text engine; false: added by the user; color: the tag's colour, when the user chose one */
  tags: ExportedTag[];
  /** the cleaner's values of the editable fields, before any user edit */
  engine: Record<string, string | null>;
  /** names of the fields the user edited */
  edited: string[];
  /** what the reader found outside the text (HTML metadata, e-mail headers), when the library keeps it */
  hints?: Record<string, unknown>;
  /** distinct named speakers of the clip's quotes (derived; restore reads the quotes) */
  speakers: string[];
}

export type ExportedTag = ClipTag & { color?: string };

/** A speaker the user merged other names into (only speakers quoted in the exported clips). */
export interface ExportedMerge {
  name: string;
  aliases: string[];
}

export interface ExportEnvelope {
  cuttings: typeof EXPORT_MARKER;
  version: number;
  exportedAt: string;
  clips: ExportedClip[];
  /** the user's speaker merges, restored after the clips (absent in exports made before it was added) */
  speakerMerges: ExportedMerge[];
}

interface ExtraRow {
  source_hash: string;
  article_index: number;
  engine: string;
  edited: string;
  hints?: string;
}

export function exportedClips(db: Database.Database, clips: readonly Clip[]): ExportedClip[] {
  // SELECT *: columns added by later migrations (hints) come along when they exist
  const extras = db.prepare('SELECT * FROM clips WHERE id = ?');
  // tag colours are the library's, not the clip's: carried on each tag so a restore into another library keeps them
  // (read once: the few tags the user coloured, not a query per tag of every clip)
  const colors = new Map(db.prepare('SELECT name, color FROM tags WHERE color IS NOT NULL').raw().all() as [string, string][]);
  const colored = (tag: ClipTag): ExportedTag => {
    const color = colors.get(tag.name);
    return color === undefined ? tag : { ...tag, color };
  };
  return clips.map((c) => {
    const row = extras.get(c.id) as ExtraRow;
    return {
      id: c.id,
      fileName: c.fileName,
      filePath: c.filePath,
      original: c.original,
      format: c.format,
      encoding: c.encoding,
      importedAt: c.importedAt,
      sourceHash: row.source_hash,
      articleIndex: row.article_index,
      title: c.title,
      subtitle: c.subtitle,
      published: c.published,
      captured: c.captured,
      byline: c.byline,
      authors: c.authors,
      source: c.source,
      dateline: c.dateline,
      language: c.language,
      captions: c.captions,
      body: c.body,
      confidence: c.confidence,
      warnings: c.warnings,
      quotes: c.quotes,
      tags: c.tags.map(colored),
      engine: JSON.parse(row.engine) as Record<string, string | null>,
      edited: JSON.parse(row.edited) as string[],
      ...(row.hints !== undefined ? { hints: JSON.parse(row.hints) as Record<string, unknown> } : {}),
      speakers: speakersOf(c),
    };
  });
}

export function exportJson(db: Database.Database, clips: readonly Clip[], now = new Date()): string {
  const envelope: ExportEnvelope = {
    cuttings: EXPORT_MARKER,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    clips: exportedClips(db, clips),
    speakerMerges: mergesOf(db, clips.map((c) => c.id)),
  };
  return JSON.stringify(envelope, null, 2) + '\n';
}
