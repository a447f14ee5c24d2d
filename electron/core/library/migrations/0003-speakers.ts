// Speakers across the library, and "the same quotation" across outlets.
//
// - `speakers`: one row per person or organisation quoted; `name` is the canonical spelling shown.
// - `speaker_aliases`: every normalised name key (normalizeSpeakerKey) that resolves to a speaker. A speaker's own
//   name key is always there; keys of names merged into it stay there, so later imports of either name land on
//   the merged speaker. A split moves one key back to a speaker of its own.
// - `quotes.speaker_key` / `quotes.speaker_id`: the quote's normalised speaker name and the speaker it resolves to.
// - `quotes.group_id`: quotes with the same group are one quotation reported by several clips. A group is named
//   by the id of one of its quotes (a quote alone has group_id = id). Groups are found through `quote_keys`: a few fingerprint keys per quote
//   (MinHash of word shingles, or the exact fingerprint for short quotes), so linking a new quote looks up a
//   handful of index entries instead of comparing it with every quote in the library.
import { relinkAllQuotes } from '../speakers';
import type { Migration } from './types';

export const migration0003: Migration = {
  version: 3,
  name: 'speakers',
  up: `
    CREATE TABLE speakers (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL
    ) STRICT;

    CREATE TABLE speaker_aliases (
      alias_key TEXT PRIMARY KEY,
      alias TEXT NOT NULL,
      speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_id);

    ALTER TABLE quotes ADD COLUMN speaker_key TEXT;
    ALTER TABLE quotes ADD COLUMN speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL;
    ALTER TABLE quotes ADD COLUMN group_id INTEGER;
    CREATE INDEX quotes_speaker_id ON quotes(speaker_id, clip_id, group_id);
    CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
    CREATE INDEX quotes_group ON quotes(group_id);
    -- a group is named after one of its quotes; when that quote goes, the rest take the smallest id left, so
    -- a reused id never lands a new quote in an old group
    CREATE TRIGGER quotes_group_delete AFTER DELETE ON quotes
    WHEN EXISTS (SELECT 1 FROM quotes WHERE group_id = old.id) BEGIN
      UPDATE quotes SET group_id = (SELECT min(id) FROM quotes WHERE group_id = old.id) WHERE group_id = old.id;
    END;

    -- words: the quotation's length in words, so a lookup skips quotes too short or too long to be the same
    CREATE TABLE quote_keys (
      key INTEGER NOT NULL,
      words INTEGER NOT NULL,
      quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
      PRIMARY KEY (key, words, quote_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX quote_keys_quote ON quote_keys(quote_id);
  `,
  // quotes imported before this migration get their speakers and groups now
  run: relinkAllQuotes,
};
