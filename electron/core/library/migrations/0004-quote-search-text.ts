// Quote text reaches the search index through one column of the clip instead of a trigger per quote:
// the old triggers rewrote (and re-tokenised) the clip's whole FTS row once for every quote it stored.
import type { Migration } from './types';

export const migration0004: Migration = {
  version: 4,
  name: 'quote-search-text',
  up: `
    DROP TRIGGER quotes_search_insert;
    DROP TRIGGER quotes_search_delete;
    DROP TRIGGER clips_search_insert;
    DROP TRIGGER clips_search_update;

    ALTER TABLE clips ADD COLUMN quotes_text TEXT NOT NULL DEFAULT '';
    UPDATE clips SET quotes_text = coalesce((SELECT group_concat(text, ' ') FROM (SELECT text FROM quotes WHERE clip_id = clips.id ORDER BY ord)), '');
    UPDATE clip_search SET quotes = (SELECT quotes_text FROM clips WHERE clips.id = clip_search.rowid);

    CREATE TRIGGER clips_search_insert AFTER INSERT ON clips BEGIN
      INSERT INTO clip_search(rowid, title, body, byline, source, quotes)
      VALUES (new.id, new.title, new.body, new.byline, new.source, new.quotes_text);
    END;
    CREATE TRIGGER clips_search_update AFTER UPDATE OF title, body, byline, source, quotes_text ON clips BEGIN
      UPDATE clip_search SET title = new.title, body = new.body, byline = new.byline, source = new.source, quotes = new.quotes_text
      WHERE rowid = new.id;
    END;
  `,
};
