// "Also in …": clips whose bodies are near-duplicates (the same wire story, lightly edited) are linked,
// never merged. Candidates come from shared LSH buckets; a link needs an estimated similarity of 0.5.
import type Database from 'better-sqlite3';
import type { AlsoIn } from '../../shared/api';
import { statement } from './statements';
import { bandBuckets, blobToSignature, DEFAULT_LINK_SIMILARITY, signatureToBlob, similarity } from '../import/minhash';

/** most candidates taken from one LSH bucket */
const DEFAULT_BUCKET_CANDIDATES = 32;

export function storeSignature(db: Database.Database, clipId: number, signature: Uint32Array): void {
  statement(db, 'INSERT OR REPLACE INTO clip_minhash (clip_id, signature) VALUES (?, ?)').run(clipId, signatureToBlob(signature));
  statement(db, 'DELETE FROM clip_lsh WHERE clip_id = ?').run(clipId);
  // every bucket in one statement, not one statement per bucket (16 per clip)
  statement(db, 'INSERT OR IGNORE INTO clip_lsh (bucket, clip_id) SELECT value, ? FROM json_each(?)').run(clipId, JSON.stringify(bandBuckets(signature)));
}

/**
 * The clips sharing each of `count` buckets (parameters @clip, @b0, @b1 …), bucket after bucket, the
 * newest few per bucket: template-like texts (a council's weekly notice) must not make linking quadratic. One
 * statement for all the buckets: a call per bucket (16 per clip) cost more than the lookups.
 */
function candidatesSql(count: number): string {
  const bucket = (i: number) =>
    `SELECT * FROM (SELECT clip_id FROM clip_lsh WHERE bucket = @b${i} AND clip_id <> @clip ORDER BY clip_id DESC LIMIT ${DEFAULT_BUCKET_CANDIDATES})`;
  return Array.from({ length: count }, (_, i) => bucket(i)).join(' UNION ALL ');
}

/** Links `clipId` to every earlier-stored clip that shares a bucket and is similar enough. Returns the ids linked. */
export function linkNearDuplicates(db: Database.Database, clipId: number, signature: Uint32Array): number[] {
  const buckets = bandBuckets(signature);
  const params: Record<string, number> = { clip: clipId };
  buckets.forEach((bucket, i) => (params[`b${i}`] = bucket));
  const candidates = new Set(statement(db, candidatesSql(buckets.length)).pluck().all(params) as number[]);
  if (candidates.size === 0) return [];
  const load = statement(db, 'SELECT signature FROM clip_minhash WHERE clip_id = ?').pluck();
  const link = statement(db, 'INSERT OR REPLACE INTO clip_links (a, b, similarity) VALUES (?, ?, ?)');
  const linked: number[] = [];
  for (const other of candidates) {
    const blob = load.get(other) as Buffer | undefined;
    if (!blob) continue;
    const score = similarity(signature, blobToSignature(blob));
    if (score < DEFAULT_LINK_SIMILARITY) continue;
    link.run(Math.min(clipId, other), Math.max(clipId, other), score);
    linked.push(other);
  }
  return linked;
}

/** The other live clips linked to this one, oldest publication first. */
export function alsoIn(db: Database.Database, clipId: number): AlsoIn[] {
  return db
    .prepare(
      `SELECT c.id AS clipId, c.title, c.source, c.published FROM (
         SELECT b AS other FROM clip_links WHERE a = @id UNION SELECT a FROM clip_links WHERE b = @id
       ) l JOIN clips c ON c.id = l.other
       WHERE c.deleted_at IS NULL
       ORDER BY c.published IS NULL, c.published, c.id`,
    )
    .all({ id: clipId }) as AlsoIn[];
}
