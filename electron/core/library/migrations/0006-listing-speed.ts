// Listing and counting stay fast in a 100,000-clip library. A clip row keeps `deleted_at` and `published`
// after the large `original` and `body` columns, so reading them through the table walks overflow pages; these
// indexes and one kept count let the lists and counts read small index pages only.
//
// - `clips_state`: a clip's trash state and date by id, for joins that only ask "is it live, and when was it
//   published" (the speaker list and counts name it with INDEXED BY: the planner prefers the table's own key).
// - `clips_live_title`: the list sorted by title picks its page of ids from here instead of sorting the table.
// - `tags.live_clips`: how many clips outside the trash carry the tag, kept by triggers on every path that
//   changes it (a link added or removed, a clip trashed, restored or deleted), so the tag list reads no links.
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
  `,
};
