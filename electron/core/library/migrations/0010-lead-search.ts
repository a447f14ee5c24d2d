// The opening of each clip's body (its first LEAD_CHARS characters: a news story's lead sentence or two) in a
// full-text index of its own. Search ranks the hits whose lead holds a search word after the title hits and before
// the rest (search.ts, relevancePage): a common word hits a quarter to a half of a 100,000-clip library, and bm25
// costs about 1 µs a hit, so ranking every hit below the few title hits cost 20–45 ms; the lead hits are a tenth
// of them or fewer, and a story that names the word in its lead is about it more often than one that mentions it
// further down. Contentless (rowids are all a search reads from it), like the titles' index (migration 0007).
//
// Every clip has a row (an empty body an empty lead), so the index's largest rowid is the largest clip id indexed.
// An import adds its clips with the search indexes' triggers held back (migration 0008) and indexes them when it
// deletes its clip_search_deferred row: the trigger on that delete adds the leads of the clips above that rowid.
//
// The cut may fall inside a word, whose first letters are then indexed as a word: harmless, as the lead index only
// orders hits that the main index found.
import type { Migration } from './types';

/** characters of the body indexed as its lead (about 50 words) */
export const LEAD_CHARS = 300;
/** SQL for the lead of a body column (also used by `cuttings check --repair`'s rebuild) */
export const LEAD = (body: string) => `substr(coalesce(${body}, ''), 1, ${LEAD_CHARS})`;

export const migration0010: Migration = {
  version: 10,
  name: 'lead-search',
  up: `
    CREATE VIRTUAL TABLE clip_lead_search USING fts5(
      lead, content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    -- (from the main index's stored bodies, column c1, which holds every clip: a clips row holds the original text
    -- first, and reading 100,000 of them is reading most of the file)
    INSERT INTO clip_lead_search(rowid, lead) SELECT id, ${LEAD('c1')} FROM clip_search_content ORDER BY id;

    CREATE TRIGGER clips_lead_search_insert AFTER INSERT ON clips WHEN NOT EXISTS (SELECT 1 FROM clip_search_deferred) BEGIN
      INSERT INTO clip_lead_search(rowid, lead) VALUES (new.id, ${LEAD('new.body')});
    END;
    CREATE TRIGGER clips_lead_search_deferred AFTER DELETE ON clip_search_deferred BEGIN
      INSERT INTO clip_lead_search(rowid, lead) SELECT id, ${LEAD('body')} FROM clips
      WHERE id > coalesce((SELECT rowid FROM clip_lead_search ORDER BY rowid DESC LIMIT 1), 0) ORDER BY id;
    END;
    CREATE TRIGGER clips_lead_search_update AFTER UPDATE OF body ON clips BEGIN
      DELETE FROM clip_lead_search WHERE rowid = old.id;
      INSERT INTO clip_lead_search(rowid, lead) VALUES (new.id, ${LEAD('new.body')});
    END;
    CREATE TRIGGER clips_lead_search_delete AFTER DELETE ON clips BEGIN
      DELETE FROM clip_lead_search WHERE rowid = old.id;
    END;
  `,
};
