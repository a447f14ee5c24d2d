// Restoring a Cuttings JSON export (`cuttings export --format json`) with `cuttings import file.json`:
// the clips come back as they were exported — original text, cleaned and edited fields, the engine's
// values, quotes, tags with their origin — without running the cleaner again. A clip whose body is
// already in the library (same body hash) is a duplicate and is skipped (brought back if in the trash).
import { z } from 'zod';
import type { ImportFailure } from '../../shared/api';
import type { Article } from '../../shared/article';
import { TAG_COLOR } from '../../shared/api-schema';
import { EXPORT_MARKER, EXPORT_VERSION } from '../export/envelope';
import type { Library } from '../library';
import { describeFileError } from '../read';
import { attachTag, bodyHash, insertClip, sha256 } from '../library/clips';
import { storeNewSignature } from '../library/near-duplicates';
import { restoreMerge } from '../library/speakers';
import { minhash } from './minhash';

/** Larger exports are refused before parsing (a JS string cannot hold much more). */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024;

export type RestoreOutcome = { kind: 'imported'; ids: number[]; duplicates: number } | { kind: 'duplicate'; duplicates: number } | ImportFailure;

const text = z.string();
const nullableText = z.string().nullable();
const tagKind = z.enum(['person', 'organization', 'place', 'topic']);

const quoteSchema = z.object({
  text,
  kind: z.enum(['full', 'fragment']),
  speaker: nullableText,
  speakerKind: z.enum(['person', 'organization']).nullable(),
  mention: nullableText,
  role: nullableText,
  cue: nullableText,
  paragraph: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

const clipSchema = z.object({
  fileName: text,
  filePath: nullableText,
  original: text,
  format: text,
  encoding: text,
  importedAt: text,
  sourceHash: text.optional(),
  articleIndex: z.number().int().min(0).optional(),
  title: nullableText,
  subtitle: nullableText,
  published: nullableText,
  captured: nullableText,
  byline: nullableText,
  authors: z.array(text),
  source: nullableText,
  dateline: nullableText,
  language: text,
  captions: z.array(text),
  body: text.min(1),
  confidence: z.object({ title: z.number(), published: z.number(), byline: z.number(), body: z.number() }),
  warnings: z.array(text),
  quotes: z.array(quoteSchema),
  tags: z.array(z.object({ name: text.min(1), kind: tagKind, auto: z.boolean(), color: z.string().regex(TAG_COLOR).optional() })),
  engine: z.record(z.string(), nullableText).optional(),
  edited: z.array(text).optional(),
  hints: z.record(z.string(), z.unknown()).optional(),
});

const envelopeSchema = z.object({
  cuttings: z.literal(EXPORT_MARKER),
  version: z.number().int().min(1),
  clips: z.array(z.unknown()),
  speakerMerges: z.array(z.object({ name: text.min(1), aliases: z.array(text.min(1)) })).optional(),
});

type RestoredClip = z.infer<typeof clipSchema>;
export interface RestoredExport {
  clips: RestoredClip[];
  speakerMerges: { name: string; aliases: string[] }[];
}

/** Files that take this path instead of the cleaner: `.json` in any letter case. */
export function isJsonExportName(name: string): boolean {
  return /\.json$/i.test(name);
}

/** Parses and checks an export; throws an Error whose message is the reason shown to the user. */
export function parseExport(bytes: Uint8Array): RestoredExport {
  if (bytes.length > MAX_EXPORT_BYTES) throw new Error(`is larger than ${MAX_EXPORT_BYTES / 1024 / 1024} MB; split the export`);
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\ufeff/, ''));
  } catch (error) {
    throw new Error(`is not valid JSON (${(error as Error).message})`);
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    if (envelope.error.issues[0]?.path[0] === 'speakerMerges') throw new Error('is a Cuttings export whose speaker merges are damaged');
    throw new Error('is a JSON file but not a Cuttings export (only `cuttings export --format json` files can be imported)');
  }
  if (envelope.data.version > EXPORT_VERSION) {
    throw new Error(`was exported by a newer Cuttings (export version ${envelope.data.version}); update Cuttings to import it`);
  }
  const clips = envelope.data.clips.map((raw, i) => {
    const clip = clipSchema.safeParse(raw);
    if (!clip.success) {
      const issue = clip.error.issues[0];
      throw new Error(`clip ${i + 1} of the export is damaged (${issue?.path.join('.') || 'clip'}: ${issue?.message ?? 'invalid'})`);
    }
    return clip.data;
  });
  return { clips, speakerMerges: envelope.data.speakerMerges ?? [] };
}

function articleOf(clip: RestoredClip): Article {
  return {
    title: clip.title,
    subtitle: clip.subtitle,
    published: clip.published,
    captured: clip.captured,
    byline: clip.byline,
    authors: clip.authors,
    source: clip.source,
    dateline: clip.dateline,
    language: clip.language,
    captions: clip.captions,
    body: clip.body,
    confidence: clip.confidence,
    warnings: clip.warnings,
    quotes: clip.quotes,
    tags: clip.tags.filter((t) => t.auto).map(({ name, kind }) => ({ name, kind })),
  };
}

/** Restores the clips of an export, then its speaker merges, in one transaction: all of it, or none when something fails. */
export function restoreClips(library: Library, { clips, speakerMerges }: RestoredExport, importId: number | null): { ids: number[]; duplicates: number } {
  const { db } = library;
  const hasHints = db.prepare("SELECT 1 FROM pragma_table_info('clips') WHERE name = 'hints'").get() !== undefined;
  const existing = db.prepare('SELECT id, deleted_at FROM clips WHERE body_hash = ?');
  const revive = db.prepare('UPDATE clips SET deleted_at = NULL WHERE id = ?');
  const setImportedAt = db.prepare('UPDATE clips SET imported_at = ? WHERE id = ?');
  const setEngine = db.prepare('UPDATE clips SET engine_kept = ? WHERE id = ?');
  const setEdited = db.prepare('UPDATE clips SET edited = ? WHERE id = ?');
  const restoreHints = hasHints ? db.prepare('UPDATE clips SET hints = ? WHERE id = ?') : null;
  // a colour the user chose in this library wins over the export's
  const restoreColor = db.prepare('UPDATE tags SET color = ? WHERE name = ? AND color IS NULL');
  return db.transaction(() => {
    const ids: number[] = [];
    let duplicates = 0;
    for (const clip of clips) {
      const found = existing.get(bodyHash(clip.body)) as { id: number; deleted_at: string | null } | undefined;
      if (found) {
        // as with any import: what is in the trash comes back, what is in the library is a duplicate
        if (found.deleted_at !== null) {
          revive.run(found.id);
          ids.push(found.id);
        } else duplicates++;
        continue;
      }
      const id = insertClip(db, {
        fileName: clip.fileName,
        filePath: clip.filePath,
        original: clip.original,
        format: clip.format,
        encoding: clip.encoding,
        sourceHash: clip.sourceHash ?? sha256(clip.original),
        articleIndex: clip.articleIndex ?? 0,
        article: articleOf(clip),
        importId,
      });
      setImportedAt.run(clip.importedAt, id);
      if (clip.engine) setEngine.run(JSON.stringify(clip.engine), id);
      if (clip.edited) setEdited.run(JSON.stringify(clip.edited), id);
      if (restoreHints && clip.hints) restoreHints.run(JSON.stringify(clip.hints), id);
      for (const tag of clip.tags) if (!tag.auto) attachTag(db, id, tag.name, tag.kind, false);
      for (const tag of clip.tags) if (tag.color) restoreColor.run(tag.color, tag.name);
      // (a clip just inserted, as an import's)
      const signature = minhash(clip.body);
      if (signature) storeNewSignature(db, id, signature);
      ids.push(id);
    }
    for (const merge of speakerMerges) restoreMerge(db, merge.name, merge.aliases);
    return { ids, duplicates };
  })();
}

/** The import path of a `.json` file: read, check, restore. Never throws; a problem is an ImportFailure. */
export async function restoreExportFile(library: Library, file: string, read: () => Promise<Uint8Array>, importId: number): Promise<RestoreOutcome> {
  let restored: RestoredExport;
  try {
    restored = parseExport(await read());
  } catch (error) {
    return { file, reason: (error as NodeJS.ErrnoException)?.code ? describeFileError(error) : (error as Error).message };
  }
  try {
    const { ids, duplicates } = restoreClips(library, restored, importId);
    return ids.length ? { kind: 'imported', ids, duplicates } : { kind: 'duplicate', duplicates };
  } catch (error) {
    return { file, reason: `could not be stored: ${(error as Error).message}` };
  }
}
