// Listing and counting stay fast in a 100,000-clip library. A clip row keeps `deleted_at` and `published`
// after the large `original` and `body` columns, so reading them through the table walks overflow pages; these
// indexes and one kept count let the lists and counts read small index pages only.
//
// - `clips_state`: a clip's trash state and date by id, for joins that only ask "is it live, and when was it
//   published" (the speaker list and counts name it with INDEXED BY: the planner prefers the table's own key).
// - `clips_live_title`: the list sorted by title picks its page of ids from here instead of sorting the table.
// - `tags.live_clips`: how many clips outside the trash carry the tag, kept by triggers on every path that
//   changes it (a link added or removed, a clip trashed, restored or deleted), so the tag list reads no links.
// - `speaker_stats`: each speaker's quotations (groups) in live clips, first and last dates, as the speaker list
//   shows them. Distinct groups and date ranges cannot be kept by adding and subtracting, so triggers only note
//   the speakers whose quotes, groups or clips (trash state, date) changed in `speaker_stats_stale`, and the
//   next speaker list recounts just those (refreshSpeakerStats).
import type { Migration } from './types';

export const migration0006: Migration = {
  version: 6,
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
    CREATE TRIGGER clip_tags_count_update AFTER UPDATE OF clip_id, tag_id ON clip_tags BEGIN
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
      quotes INTEGER NOT NULL,
      first TEXT,
      last TEXT
    ) STRICT;
    CREATE TABLE speaker_stats_stale (speaker_id INTEGER PRIMARY KEY) STRICT;
    INSERT INTO speaker_stats (speaker_id, quotes, first, last)
      SELECT q.speaker_id, count(DISTINCT q.group_id), min(c.published), max(c.published)
      FROM speakers s JOIN quotes q ON q.speaker_id = s.id
      JOIN clips c INDEXED BY clips_state ON c.id = q.clip_id AND c.deleted_at IS NULL
      GROUP BY q.speaker_id;

    CREATE TRIGGER quotes_stats_insert AFTER INSERT ON quotes WHEN new.speaker_id IS NOT NULL BEGIN
      INSERT OR IGNORE INTO speaker_stats_stale VALUES (new.speaker_id);
    END;
    CREATE TRIGGER quotes_stats_delete AFTER DELETE ON quotes WHEN old.speaker_id IS NOT NULL BEGIN
      INSERT OR IGNORE INTO speaker_stats_stale VALUES (old.speaker_id);
    END;
    -- (a speaker deleted sets its quotes' speaker_id to NULL: that update lands here too)
    CREATE TRIGGER quotes_stats_update AFTER UPDATE OF speaker_id, group_id, clip_id ON quotes BEGIN
      INSERT OR IGNORE INTO speaker_stats_stale SELECT old.speaker_id WHERE old.speaker_id IS NOT NULL;
      INSERT OR IGNORE INTO speaker_stats_stale SELECT new.speaker_id WHERE new.speaker_id IS NOT NULL;
    END;
    CREATE TRIGGER clips_stats_update AFTER UPDATE OF deleted_at, published ON clips BEGIN
      INSERT OR IGNORE INTO speaker_stats_stale
        SELECT DISTINCT speaker_id FROM quotes WHERE clip_id = new.id AND speaker_id IS NOT NULL;
    END;
  `,
};
