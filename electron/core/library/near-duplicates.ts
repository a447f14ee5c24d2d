// "Also in …": clips whose bodies are near-duplicates (the same wire story, lightly edited) are linked,
// never merged. Candidates come from shared LSH buckets; a link needs an estimated similarity of 0.5.
import type Database from 'better-sqlite3';
import type { AlsoIn } from '../../shared/api';
import { statement } from './statements';
import { bandBuckets, blobToSignature, DEFAULT_LINK_SIMILARITY, signatureToBlob, similarity } from '../import/minhash';

/** most candidates taken from one LSH bucket */
const DEFAULT_BUCKET_CANDIDATES = 32;

export function storeSignature(db: Database.Database, clipId: number, signature: Uint32Array): void {
  statement(db, 'DELETE FROM clip_lsh WHERE clip_id = ?').run(clipId);
  writeSignature(db, clipId, signature, bandBuckets(signature));
}

/** The signature row and every bucket row (one statement for the buckets, not one per bucket: 16 per clip). */
function writeSignature(db: Database.Database, clipId: number, signature: Uint32Array, buckets: readonly number[]): void {
  statement(db, 'INSERT OR REPLACE INTO clip_minhash (clip_id, signature) VALUES (?, ?)').run(clipId, signatureToBlob(signature));
  statement(db, 'INSERT OR IGNORE INTO clip_lsh (bucket, clip_id) SELECT value, ? FROM json_each(?)').run(clipId, JSON.stringify(buckets));
}

/**
 * storeSignature + linkNearDuplicates for a clip just inserted, which has no signature or bucket rows yet: no
 * delete of old buckets, the buckets worked out once. Returns the ids linked.
 */
export function storeNewSignature(db: Database.Database, clipId: number, signature: Uint32Array): number[] {
  const buckets = bandBuckets(signature);
  // candidates first: the clip's own bucket rows are not there yet
  const linked = linkCandidates(db, clipId, signature, buckets);
  writeSignature(db, clipId, signature, buckets);
  return linked;
}

/**
 * The clips sharing each of `count` buckets (parameters: bucket, clip, for each bucket), bucket after bucket, the
 * newest few per bucket: template-like texts (a council's weekly notice) must not make linking quadratic. One
 * statement for all the buckets: a call per bucket (16 per clip) cost more than the lookups.
 */
function candidatesSql(count: number): string {
  const bucket = () => `SELECT * FROM (SELECT clip_id FROM clip_lsh WHERE bucket = ? AND clip_id <> ? ORDER BY clip_id DESC LIMIT ${DEFAULT_BUCKET_CANDIDATES})`;
  return (candidatesSqls[count] ??= Array.from({ length: count }, bucket).join(' UNION ALL '));
}
/** candidatesSql by bucket count (one count in practice): the text is the key of its prepared statement */
const candidatesSqls: string[] = [];

/** Links `clipId` to every earlier-stored clip that shares a bucket and is similar enough. Returns the ids linked. */
export function linkNearDuplicates(db: Database.Database, clipId: number, signature: Uint32Array): number[] {
  return linkCandidates(db, clipId, signature, bandBuckets(signature));
}

function linkCandidates(db: Database.Database, clipId: number, signature: Uint32Array, buckets: readonly number[]): number[] {
  // positional values (bucket, clip for each bucket): binding them by name cost more than the lookups
  const params: number[] = [];
  for (const bucket of buckets) params.push(bucket, clipId);
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
