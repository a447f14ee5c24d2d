// A quotation's group keeps one quote per fingerprint key (see speakers.ts): the bench corpus reports each
// quotation in hundreds of clips, and every report's keys made each lookup read up to 200 rows of one group
// (11.5 ms per clip at 30,000 clips). This migration keeps, for each key and group, the key row of the group's
// smallest quote and drops the others, and hands a deleted quote's keys to its group's smallest other member
// (BEFORE DELETE: the foreign key's cascade would drop them), so later reports still find the group.
//
// Storing a quote also asked which speakers its group holds by reading every member's row (hundreds, for a
// much-reported quotation); `quotes_group` now holds the speaker too, so the smallest and largest speaker of a
// group are two index seeks. `quotes_speaker` (speaker, binary collation) served no query (the speaker filter
// uses quotes_speaker_clip, case-insensitive) and cost one more index write per quote.
import type { Migration } from './types';

export const migration0006: Migration = {
  version: 6,
  name: 'group-keys',
  up: `
    DELETE FROM quote_keys WHERE (key, words, quote_id) IN (
      SELECT key, words, quote_id FROM (
        SELECT k.key, k.words, k.quote_id, row_number() OVER (PARTITION BY k.key, q.group_id ORDER BY k.quote_id, k.words) AS n
        FROM quote_keys k JOIN quotes q ON q.id = k.quote_id
      ) WHERE n > 1
    );

    DROP INDEX quotes_group;
    CREATE INDEX quotes_group ON quotes(group_id, speaker_id);
    DROP INDEX quotes_speaker;

    CREATE TRIGGER quotes_keys_handover BEFORE DELETE ON quotes
    WHEN EXISTS (SELECT 1 FROM quote_keys WHERE quote_id = old.id)
      AND EXISTS (SELECT 1 FROM quotes WHERE group_id = old.group_id AND id <> old.id) BEGIN
      UPDATE OR IGNORE quote_keys SET quote_id = (SELECT min(id) FROM quotes WHERE group_id = old.group_id AND id <> old.id)
      WHERE quote_id = old.id;
    END;
  `,
};
