// The first schema: clips with their original text, quotes, tags, imports and full-text search.
// Columns hold the effective (possibly user-edited) values; `engine` keeps what the cleaner found
// and `edited` names the fields the user changed, so re-cleaning touches only unedited fields.
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE imports (
      id INTEGER PRIMARY KEY,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      state TEXT NOT NULL DEFAULT 'running',
      imported INTEGER NOT NULL DEFAULT 0,
      duplicates INTEGER NOT NULL DEFAULT 0,
      failed INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE clips (
      id INTEGER PRIMARY KEY,
      file_name TEXT NOT NULL,
      file_path TEXT,
      original TEXT NOT NULL,
      format TEXT NOT NULL,
      encoding TEXT NOT NULL,
      source_hash TEXT NOT NULL,
      article_index INTEGER NOT NULL DEFAULT 0,
      body_hash TEXT NOT NULL,
      title TEXT,
      subtitle TEXT,
      published TEXT,
      captured TEXT,
      byline TEXT,
      authors TEXT NOT NULL DEFAULT '[]',
      source TEXT,
      dateline TEXT,
      language TEXT NOT NULL DEFAULT 'en',
      captions TEXT NOT NULL DEFAULT '[]',
      body TEXT NOT NULL,
      confidence TEXT NOT NULL DEFAULT '{}',
      warnings TEXT NOT NULL DEFAULT '[]',
      engine TEXT NOT NULL DEFAULT '{}',
      edited TEXT NOT NULL DEFAULT '[]',
      import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
      imported_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX clips_body_hash ON clips(body_hash);
    CREATE INDEX clips_source_hash ON clips(source_hash);
    CREATE INDEX clips_published ON clips(published);
    CREATE INDEX clips_imported_at ON clips(imported_at);
    CREATE INDEX clips_import_id ON clips(import_id);

    CREATE TABLE quotes (
      id INTEGER PRIMARY KEY,
      clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      text TEXT NOT NULL,
      kind TEXT NOT NULL,
      speaker TEXT,
      speaker_kind TEXT,
      mention TEXT,
      role TEXT,
      cue TEXT,
      paragraph INTEGER NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX quotes_clip ON quotes(clip_id, ord);
    CREATE INDEX quotes_speaker ON quotes(speaker);

    CREATE TABLE tags (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL COLLATE NOCASE UNIQUE,
      kind TEXT NOT NULL
    ) STRICT;

    CREATE TABLE clip_tags (
      clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      auto INTEGER NOT NULL,
      PRIMARY KEY (clip_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX clip_tags_tag ON clip_tags(tag_id);

    -- Full-text search over title, body, byline, source and quote text; accents folded.
    CREATE VIRTUAL TABLE clip_search USING fts5(
      title, body, byline, source, quotes,
      tokenize = 'unicode61 remove_diacritics 2'
    );

    CREATE TRIGGER clips_search_insert AFTER INSERT ON clips BEGIN
      INSERT INTO clip_search(rowid, title, body, byline, source, quotes)
      VALUES (new.id, new.title, new.body, new.byline, new.source, '');
    END;
    CREATE TRIGGER clips_search_update AFTER UPDATE OF title, body, byline, source ON clips BEGIN
      UPDATE clip_search SET title = new.title, body = new.body, byline = new.byline, source = new.source
      WHERE rowid = new.id;
    END;
    CREATE TRIGGER clips_search_delete AFTER DELETE ON clips BEGIN
      DELETE FROM clip_search WHERE rowid = old.id;
    END;
    CREATE TRIGGER quotes_search_insert AFTER INSERT ON quotes BEGIN
      UPDATE clip_search SET quotes = (SELECT group_concat(text, ' ') FROM quotes WHERE clip_id = new.clip_id)
      WHERE rowid = new.clip_id;
    END;
    CREATE TRIGGER quotes_search_delete AFTER DELETE ON quotes BEGIN
      UPDATE clip_search SET quotes = coalesce((SELECT group_concat(text, ' ') FROM quotes WHERE clip_id = old.clip_id), '')
      WHERE rowid = old.clip_id;
    END;
  `,
};
