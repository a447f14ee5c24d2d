// The clips' titles in a full-text index of their own, kept by triggers on clips. Search ranks the hits whose
// title holds a search word first (search.ts, relevancePage), and finding those titles in the main index meant
// reading every hit's positions with a column filter (3–7 ms at 100,000 clips, up to three times per search,
// even when no title holds the word). This index holds titles only (contentless: rowids are all a search reads
// from it), so the same lookup reads a few small doclists.
//
// Filled from the main index's stored titles (clip_search_content.c0, its first column: each row's first page
// only), not from clips, whose title sits after the clip's original text.
import type { Migration } from './types';

export const migration0007: Migration = {
  version: 7,
  name: 'title-search',
  up: `
    CREATE VIRTUAL TABLE clip_title_search USING fts5(
      title, content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO clip_title_search(rowid, title) SELECT id, c0 FROM clip_search_content WHERE c0 IS NOT NULL;

    CREATE TRIGGER clips_title_search_insert AFTER INSERT ON clips WHEN new.title IS NOT NULL BEGIN
      INSERT INTO clip_title_search(rowid, title) VALUES (new.id, new.title);
    END;
    CREATE TRIGGER clips_title_search_update AFTER UPDATE OF title ON clips BEGIN
      DELETE FROM clip_title_search WHERE rowid = old.id;
      INSERT INTO clip_title_search(rowid, title) SELECT new.id, new.title WHERE new.title IS NOT NULL;
    END;
    CREATE TRIGGER clips_title_search_delete AFTER DELETE ON clips BEGIN
      DELETE FROM clip_title_search WHERE rowid = old.id;
    END;
  `,
};
