// An import indexes the new clips of a batch for full-text search in one statement at the end of its transaction,
// instead of the insert trigger indexing each clip as it goes in. FTS5 writes its pending rows out as a new segment
// whenever a later statement of the transaction opens a statement savepoint (each quote, tag and LSH insert does:
// they fire triggers or write several rows), so the trigger made one small segment per clip, which FTS5 then kept
// merging: a fifth of the importer's storing time. While `clip_search_deferred` holds its row (only ever inside an
// import's write transaction, which deletes it before committing) the trigger leaves new clips to the importer;
// every other way a clip is added is indexed by the trigger as before. The titles' index (migration 0007) is
// filled the same way.
import type { Migration } from './types';

export const migration0008: Migration = {
  version: 8,
  name: 'deferred-search-rows',
  up: `
    CREATE TABLE clip_search_deferred (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;

    DROP TRIGGER clips_search_insert;
    CREATE TRIGGER clips_search_insert AFTER INSERT ON clips WHEN NOT EXISTS (SELECT 1 FROM clip_search_deferred) BEGIN
      INSERT INTO clip_search(rowid, title, body, byline, source, quotes)
      VALUES (new.id, new.title, new.body, new.byline, new.source, new.quotes_text);
    END;

    DROP TRIGGER clips_title_search_insert;
    CREATE TRIGGER clips_title_search_insert AFTER INSERT ON clips
    WHEN new.title IS NOT NULL AND NOT EXISTS (SELECT 1 FROM clip_search_deferred) BEGIN
      INSERT INTO clip_title_search(rowid, title) VALUES (new.id, new.title);
    END;
  `,
};
