// Listing and counting stay fast in a 100,000-clip library. A clip row keeps `deleted_at` and `published`
// after the large `original` and `body` columns, so reading them through the table walks overflow pages; these
// indexes and kept counts let the lists and counts read small index pages only.
//
// - `clips_state`: a clip's trash state and date by id, for lookups that only ask "is it live, and when was it
//   published" (the triggers below name it with INDEXED BY: the planner prefers the table's own key), and the
//   ids of live clips in import order for the default list.
// - `clips_live_title`: the list sorted by title picks its page of ids from here instead of sorting the table.
// - `tags.live_clips`: how many clips outside the trash carry the tag, kept by triggers on every path that
//   changes it (a link added or removed, a clip trashed, restored or deleted), so the tag list reads no links.
// - `speaker_stats`, `speaker_groups`, `speaker_dates`: each speaker's quotes in live clips (`live`), its
//   quotations (`quotes`: groups with a live quote, as the timeline shows them) and first and last dates. Distinct
//   groups and date ranges cannot be kept by adding and subtracting alone, so the triggers keep how many live
//   quotes each speaker has in each group and on each date; a group or date whose count reaches 0 goes, and the
//   list reads the smallest and largest date left through the index.
import type { Migration } from './types';

/** Is `row`'s clip outside the trash (through clips_state, not the clip's row)? */
const live = (row: 'old' | 'new') => `EXISTS (SELECT 1 FROM clips INDEXED BY clips_state WHERE id = ${row}.clip_id AND deleted_at IS NULL)`;

/** Does `row` count: a quote with a speaker, in a live clip? */
const counted = (row: 'old' | 'new') => `${row}.speaker_id IS NOT NULL AND ${live(row)}`;

/**
 * One quote of a live clip in (`+`, the `new` row) or out (`-`, the `old` row) of its speaker's counts; `guarded`
 * when the trigger's WHEN has not already checked that the row counts.
 */
function quoteCounts(row: 'old' | 'new', sign: '+' | '-', guarded = true): string {
  const when = guarded ? counted(row) : 'true';
  if (sign === '+') {
    return `
      INSERT INTO speaker_stats (speaker_id, live) SELECT new.speaker_id, 1 WHERE ${when}
        ON CONFLICT DO UPDATE SET live = live + 1;
      INSERT INTO speaker_groups (speaker_id, group_id, n) SELECT new.speaker_id, new.group_id, 1 WHERE new.group_id IS NOT NULL AND ${when}
        ON CONFLICT DO UPDATE SET n = n + 1;
      INSERT INTO speaker_dates (speaker_id, published, n)
        SELECT new.speaker_id, published, 1 FROM clips INDEXED BY clips_state WHERE id = new.clip_id AND published IS NOT NULL AND ${when}
        ON CONFLICT DO UPDATE SET n = n + 1;`;
  }
  return `
      UPDATE speaker_stats SET live = live - 1 WHERE speaker_id = old.speaker_id AND ${when};
      UPDATE speaker_groups SET n = n - 1 WHERE speaker_id = old.speaker_id AND group_id = old.group_id AND ${when};
      UPDATE speaker_dates SET n = n - 1 WHERE speaker_id = old.speaker_id AND ${when}
        AND published = (SELECT published FROM clips INDEXED BY clips_state WHERE id = old.clip_id);`;
}

/** All quotes of a clip out of the counts, as it stood before the change (when it was live). */
const clipCountsOut = `
      UPDATE speaker_stats SET live = live - (SELECT count(*) FROM quotes q WHERE q.clip_id = old.id AND q.speaker_id = speaker_stats.speaker_id)
      WHERE old.deleted_at IS NULL AND speaker_id IN (SELECT speaker_id FROM quotes WHERE clip_id = old.id);
      UPDATE speaker_groups SET n = n - (SELECT count(*) FROM quotes q
        WHERE q.clip_id = old.id AND q.speaker_id = speaker_groups.speaker_id AND q.group_id = speaker_groups.group_id)
      WHERE old.deleted_at IS NULL AND (speaker_id, group_id) IN (SELECT speaker_id, group_id FROM quotes WHERE clip_id = old.id);
      UPDATE speaker_dates SET n = n - (SELECT count(*) FROM quotes q WHERE q.clip_id = old.id AND q.speaker_id = speaker_dates.speaker_id)
      WHERE old.deleted_at IS NULL AND published = old.published AND speaker_id IN (SELECT speaker_id FROM quotes WHERE clip_id = old.id);`;

/** All quotes of a clip into the counts, as it stands after the change (when it is live). */
const clipCountsIn = `
      INSERT INTO speaker_stats (speaker_id, live)
        SELECT speaker_id, count(*) FROM quotes WHERE new.deleted_at IS NULL AND clip_id = new.id AND speaker_id IS NOT NULL GROUP BY speaker_id
        ON CONFLICT DO UPDATE SET live = live + excluded.live;
      INSERT INTO speaker_groups (speaker_id, group_id, n)
        SELECT speaker_id, group_id, count(*) FROM quotes
        WHERE new.deleted_at IS NULL AND clip_id = new.id AND speaker_id IS NOT NULL AND group_id IS NOT NULL GROUP BY speaker_id, group_id
        ON CONFLICT DO UPDATE SET n = n + excluded.n;
      INSERT INTO speaker_dates (speaker_id, published, n)
        SELECT speaker_id, new.published, count(*) FROM quotes
        WHERE new.deleted_at IS NULL AND new.published IS NOT NULL AND clip_id = new.id AND speaker_id IS NOT NULL GROUP BY speaker_id
        ON CONFLICT DO UPDATE SET n = n + excluded.n;`;

export const migration0005: Migration = {
  version: 5,
  name: 'listing-speed',
  up: `
    CREATE INDEX clips_state ON clips(id, deleted_at, published);
    CREATE INDEX clips_live_title ON clips(title COLLATE NOCASE) WHERE deleted_at IS NULL;

    ALTER TABLE tags ADD COLUMN live_clips INTEGER NOT NULL DEFAULT 0;
    UPDATE tags SET live_clips = (
      SELECT count(*) FROM clip_tags ct JOIN clips c INDEXED BY clips_state ON c.id = ct.clip_id
      WHERE ct.tag_id = tags.id AND c.deleted_at IS NULL
    );

    CREATE TRIGGER clip_tags_count_insert AFTER INSERT ON clip_tags
    WHEN EXISTS (SELECT 1 FROM clips INDEXED BY clips_state WHERE id = new.clip_id AND deleted_at IS NULL) BEGIN
      UPDATE tags SET live_clips = live_clips + 1 WHERE id = new.tag_id;
    END;
    -- a clip deleted for good has left the table before its links cascade: clips_count_delete counted it out
    CREATE TRIGGER clip_tags_count_delete AFTER DELETE ON clip_tags
    WHEN EXISTS (SELECT 1 FROM clips INDEXED BY clips_state WHERE id = old.clip_id AND deleted_at IS NULL) BEGIN
      UPDATE tags SET live_clips = live_clips - 1 WHERE id = old.tag_id;
    END;
    CREATE TRIGGER clip_tags_count_update AFTER UPDATE OF clip_id, tag_id ON clip_tags
    WHEN old.clip_id IS NOT new.clip_id OR old.tag_id IS NOT new.tag_id BEGIN
      UPDATE tags SET live_clips = live_clips - 1 WHERE id = old.tag_id
        AND EXISTS (SELECT 1 FROM clips INDEXED BY clips_state WHERE id = old.clip_id AND deleted_at IS NULL);
      UPDATE tags SET live_clips = live_clips + 1 WHERE id = new.tag_id
        AND EXISTS (SELECT 1 FROM clips INDEXED BY clips_state WHERE id = new.clip_id AND deleted_at IS NULL);
    END;
    CREATE TRIGGER clips_count_trash AFTER UPDATE OF deleted_at ON clips
    WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
      UPDATE tags SET live_clips = live_clips + iif(new.deleted_at IS NULL, 1, -1)
      WHERE id IN (SELECT tag_id FROM clip_tags WHERE clip_id = new.id);
    END;
    CREATE TRIGGER clips_count_delete BEFORE DELETE ON clips WHEN old.deleted_at IS NULL BEGIN
      UPDATE tags SET live_clips = live_clips - 1 WHERE id IN (SELECT tag_id FROM clip_tags WHERE clip_id = old.id);
    END;

    CREATE TABLE speaker_stats (
      speaker_id INTEGER PRIMARY KEY REFERENCES speakers(id) ON DELETE CASCADE,
      live INTEGER NOT NULL,
      quotes INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE TABLE speaker_groups (
      speaker_id INTEGER NOT NULL, group_id INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (speaker_id, group_id)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE speaker_dates (
      speaker_id INTEGER NOT NULL, published TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (speaker_id, published)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO speaker_groups (speaker_id, group_id, n)
      SELECT q.speaker_id, q.group_id, count(*) FROM quotes q JOIN speakers s ON s.id = q.speaker_id
      JOIN clips c INDEXED BY clips_state ON c.id = q.clip_id AND c.deleted_at IS NULL
      WHERE q.group_id IS NOT NULL GROUP BY q.speaker_id, q.group_id;
    INSERT INTO speaker_dates (speaker_id, published, n)
      SELECT q.speaker_id, c.published, count(*) FROM quotes q JOIN speakers s ON s.id = q.speaker_id
      JOIN clips c INDEXED BY clips_state ON c.id = q.clip_id AND c.deleted_at IS NULL
      WHERE c.published IS NOT NULL GROUP BY q.speaker_id, c.published;
    INSERT INTO speaker_stats (speaker_id, live, quotes)
      SELECT q.speaker_id, count(*), count(DISTINCT q.group_id) FROM quotes q JOIN speakers s ON s.id = q.speaker_id
      JOIN clips c INDEXED BY clips_state ON c.id = q.clip_id AND c.deleted_at IS NULL
      GROUP BY q.speaker_id;

    -- a group counts while it holds a live quote of the speaker; a date stays while a live quote carries it
    CREATE TRIGGER speaker_groups_insert AFTER INSERT ON speaker_groups BEGIN
      UPDATE speaker_stats SET quotes = quotes + 1 WHERE speaker_id = new.speaker_id;
    END;
    CREATE TRIGGER speaker_groups_delete AFTER DELETE ON speaker_groups BEGIN
      UPDATE speaker_stats SET quotes = quotes - 1 WHERE speaker_id = old.speaker_id;
    END;
    CREATE TRIGGER speaker_groups_empty AFTER UPDATE OF n ON speaker_groups WHEN new.n <= 0 BEGIN
      DELETE FROM speaker_groups WHERE speaker_id = new.speaker_id AND group_id = new.group_id;
    END;
    CREATE TRIGGER speaker_dates_empty AFTER UPDATE OF n ON speaker_dates WHEN new.n <= 0 BEGIN
      DELETE FROM speaker_dates WHERE speaker_id = new.speaker_id AND published = new.published;
    END;

    CREATE TRIGGER quotes_stats_insert AFTER INSERT ON quotes WHEN ${counted('new')} BEGIN ${quoteCounts('new', '+', false)} END;
    CREATE TRIGGER quotes_stats_delete AFTER DELETE ON quotes WHEN ${counted('old')} BEGIN ${quoteCounts('old', '-', false)} END;
    -- (a speaker deleted sets its quotes' speaker_id to NULL: that update lands here too; an update that rewrites
    -- the same values, as relinking often does, changes nothing)
    CREATE TRIGGER quotes_stats_update AFTER UPDATE OF speaker_id, group_id, clip_id ON quotes
    WHEN old.speaker_id IS NOT new.speaker_id OR old.group_id IS NOT new.group_id OR old.clip_id IS NOT new.clip_id BEGIN
      ${quoteCounts('old', '-')} ${quoteCounts('new', '+')}
    END;
    -- a clip deleted for good has left the table before its quotes cascade: clips_stats_delete counted them out
    CREATE TRIGGER clips_stats_update AFTER UPDATE OF deleted_at, published ON clips
    WHEN old.deleted_at IS NOT new.deleted_at OR old.published IS NOT new.published BEGIN
      ${clipCountsOut} ${clipCountsIn}
    END;
    CREATE TRIGGER clips_stats_delete BEFORE DELETE ON clips BEGIN ${clipCountsOut} END;
  `,
};
