// Library features on top of the first schema: near-duplicate links (MinHash + LSH buckets), tag colours,
// tag aliases (a renamed or merged tag keeps catching the engine's old name), tagging rules, saved searches,
// the reader hints a clip was cleaned with (so `reclean` sees what import saw), and the indexes the hot
// queries rely on (tests assert them with EXPLAIN QUERY PLAN).
import type Database from 'better-sqlite3';
import { linkNearDuplicates, storeSignature } from '../near-duplicates';
import { minhash } from '../../import/minhash';
import type { Migration } from './types';

export const migration0002: Migration = {
  version: 2,
  name: 'library',
  up: `
    ALTER TABLE clips ADD COLUMN hints TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE tags ADD COLUMN color TEXT;

    -- the live list by date (trash excluded) walks this index instead of sorting
    -- (deleted_at inside makes it covering for the count of live clips, which then never reads the clips' text)
    CREATE INDEX clips_live_published ON clips(published, deleted_at) WHERE deleted_at IS NULL;
    CREATE INDEX clips_live_source ON clips(source COLLATE NOCASE) WHERE deleted_at IS NULL;
    -- the trash: its count and list read this small index
    CREATE INDEX clips_trash ON clips(deleted_at) WHERE deleted_at IS NOT NULL;
    -- speaker: filter (case-insensitive) finds clips without touching the quote rows
    CREATE INDEX quotes_speaker_clip ON quotes(speaker COLLATE NOCASE, clip_id);

    CREATE TABLE tag_aliases (
      name TEXT NOT NULL COLLATE NOCASE PRIMARY KEY,
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX tag_aliases_tag ON tag_aliases(tag_id);

    CREATE TABLE tag_rules (
      id INTEGER PRIMARY KEY,
      field TEXT NOT NULL CHECK (field IN ('source', 'title', 'text', 'byline')),
      contains TEXT NOT NULL,
      tag TEXT NOT NULL
    ) STRICT;

    CREATE TABLE saved_searches (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL COLLATE NOCASE UNIQUE,
      query TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    -- near-duplicates: a MinHash signature per clip, its LSH band buckets, and the links found
    CREATE TABLE clip_minhash (
      clip_id INTEGER PRIMARY KEY REFERENCES clips(id) ON DELETE CASCADE,
      signature BLOB NOT NULL
    ) STRICT;
    CREATE TABLE clip_lsh (
      bucket INTEGER NOT NULL,
      clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      PRIMARY KEY (bucket, clip_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX clip_lsh_clip ON clip_lsh(clip_id);
    CREATE TABLE clip_links (
      a INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      b INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      similarity REAL NOT NULL,
      PRIMARY KEY (a, b),
      CHECK (a < b)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX clip_links_b ON clip_links(b);
  `,
  run: (db: Database.Database) => {
    // clips imported under 0001 get their signatures and links now
    const rows = db.prepare('SELECT id, body FROM clips ORDER BY id').iterate() as IterableIterator<{ id: number; body: string }>;
    const pending: { id: number; body: string }[] = [...rows];
    for (const row of pending) {
      const signature = minhash(row.body);
      if (!signature) continue;
      storeSignature(db, row.id, signature);
      linkNearDuplicates(db, row.id, signature);
    }
  },
};
