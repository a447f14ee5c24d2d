// Tags: automatic ones (the text engine's, clip_tags.auto = 1) and the user's (auto = 0) share one table of
// names; rename, merge and delete act on the name, counts leave the trash out, rules add tags by content.
import type Database from 'better-sqlite3';
import { ApiArgumentError } from '../../shared/api-schema';
import type { TagInfo, TagKind, TagRule, TagRuleField } from '../../shared/api';
import { NotFoundError } from '../calls/errors';
import { tagIdFor } from './clips';
import { phraseOf } from './search';
import { namesChanged } from './statements';

/** A refusal the caller can show (HTTP 400, a plain message over IPC). */
export class TagError extends ApiArgumentError {}

interface TagRow {
  id: number;
  name: string;
  kind: TagKind;
  color: string | null;
  count: number;
}

/** `live_clips` is kept by triggers (migration 0005): counting the links of every tag took seconds at 100k clips. */
const TAG_COLUMNS = 't.id, t.name, t.kind, t.color, t.live_clips AS count';

export function listTags(db: Database.Database): TagInfo[] {
  return db.prepare(`SELECT ${TAG_COLUMNS} FROM tags t ORDER BY t.name COLLATE NOCASE`).all() as TagRow[];
}

export function getTag(db: Database.Database, id: number): TagInfo {
  const row = db.prepare(`SELECT ${TAG_COLUMNS} FROM tags t WHERE t.id = ?`).get(id) as TagRow | undefined;
  if (!row) throw new NotFoundError(`no tag with id ${id}`);
  return row;
}

function tagName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new TagError('a tag needs a name');
  return clean;
}

/** Adds a manual tag; a clip that already had it automatically now has it as the user's too (auto = 0). */
export function addTag(db: Database.Database, clipIds: readonly number[], name: string, kind: TagKind = 'topic'): void {
  const clean = tagName(name);
  db.transaction(() => {
    const tagId = tagIdFor(db, clean, kind);
    const stmt = db.prepare(
      `INSERT INTO clip_tags (clip_id, tag_id, auto) SELECT id, ?, 0 FROM clips WHERE id = ?
       ON CONFLICT (clip_id, tag_id) DO UPDATE SET auto = 0`,
    );
    for (const id of new Set(clipIds)) stmt.run(tagId, id);
  })();
}

export function removeTag(db: Database.Database, clipIds: readonly number[], name: string): void {
  const tagId = db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(tagName(name)) as number | undefined;
  if (tagId === undefined) throw new NotFoundError(`no tag called ${name}`);
  const stmt = db.prepare('DELETE FROM clip_tags WHERE clip_id = ? AND tag_id = ?');
  db.transaction(() => {
    for (const id of new Set(clipIds)) stmt.run(id, tagId);
  })();
}

/** Renames a tag; renaming onto an existing name merges the two. The old name becomes an alias. */
export function renameTag(db: Database.Database, id: number, name: string): TagInfo {
  const clean = tagName(name);
  return db.transaction(() => {
    namesChanged(db);
    const tag = getTag(db, id);
    const other = db.prepare('SELECT id FROM tags WHERE name = ? AND id <> ?').pluck().get(clean, id) as number | undefined;
    if (other !== undefined) return mergeInto(db, [id], other);
    db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(clean, id);
    if (tag.name.toLowerCase() !== clean.toLowerCase()) addAlias(db, tag.name, id);
    db.prepare('DELETE FROM tag_aliases WHERE name = ?').run(clean);
    return getTag(db, id);
  })();
}

/** Merges several tags into one (existing or new): clip links deduplicated, old names kept as aliases. */
export function mergeTags(db: Database.Database, ids: readonly number[], into: string): TagInfo {
  const clean = tagName(into);
  return db.transaction(() => {
    namesChanged(db);
    const tags = ids.map((id) => getTag(db, id));
    let target = db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(clean) as number | undefined;
    if (target === undefined) {
      target = Number(db.prepare('INSERT INTO tags (name, kind, color) VALUES (?, ?, ?)').run(clean, tags[0]?.kind ?? 'topic', tags[0]?.color ?? null).lastInsertRowid);
    }
    return mergeInto(db, tags.map((t) => t.id), target);
  })();
}

function mergeInto(db: Database.Database, ids: readonly number[], target: number): TagInfo {
  for (const id of ids) {
    if (id === target) continue;
    const name = db.prepare('SELECT name FROM tags WHERE id = ?').pluck().get(id) as string;
    // a clip keeps one link to the target; manual (auto = 0) wins over automatic
    db.prepare(
      `INSERT INTO clip_tags (clip_id, tag_id, auto) SELECT clip_id, ?, auto FROM clip_tags WHERE tag_id = ?
       ON CONFLICT (clip_id, tag_id) DO UPDATE SET auto = min(auto, excluded.auto)`,
    ).run(target, id);
    db.prepare('UPDATE tag_aliases SET tag_id = ? WHERE tag_id = ?').run(target, id);
    db.prepare('DELETE FROM tags WHERE id = ?').run(id);
    addAlias(db, name, target);
  }
  return getTag(db, target);
}

function addAlias(db: Database.Database, name: string, tagId: number): void {
  db.prepare('INSERT INTO tag_aliases (name, tag_id) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET tag_id = excluded.tag_id').run(name, tagId);
}

/** Removes the tag from every clip. */
export function deleteTag(db: Database.Database, id: number): void {
  namesChanged(db);
  const { changes } = db.prepare('DELETE FROM tags WHERE id = ?').run(id);
  if (!changes) throw new NotFoundError(`no tag with id ${id}`);
}

export function setTagColor(db: Database.Database, id: number, color: string | null): void {
  const { changes } = db.prepare('UPDATE tags SET color = ? WHERE id = ?').run(color, id);
  if (!changes) throw new NotFoundError(`no tag with id ${id}`);
}

// ── rules ──────────────────────────────────────────────────────────────────────────────────────────
/** The FTS5 columns a rule looks at: matching uses the search index, so case and accents are ignored. */
const RULE_COLUMNS: Record<TagRuleField, string> = {
  source: 'source',
  title: 'title',
  byline: 'byline',
  text: '{title body quotes}',
};

interface RuleRow {
  id: number;
  field: TagRuleField;
  contains: string;
  tag: string;
}

export function listTagRules(db: Database.Database): TagRule[] {
  return db.prepare('SELECT id, field, contains, tag FROM tag_rules ORDER BY id').all() as RuleRow[];
}

export function saveTagRule(db: Database.Database, rule: Omit<TagRule, 'id'> & { id?: number }): TagRule {
  const contains = rule.contains.trim();
  if (!phraseOf(contains)) throw new TagError(`a rule needs words to look for (got "${rule.contains}")`);
  if (!(rule.field in RULE_COLUMNS)) throw new TagError(`a rule looks at source, title, text or byline, not ${rule.field}`);
  const tag = tagName(rule.tag);
  if (rule.id !== undefined) {
    const { changes } = db.prepare('UPDATE tag_rules SET field = ?, contains = ?, tag = ? WHERE id = ?').run(rule.field, contains, tag, rule.id);
    if (!changes) throw new NotFoundError(`no tagging rule with id ${rule.id}`);
    return { id: rule.id, field: rule.field, contains, tag };
  }
  const id = Number(db.prepare('INSERT INTO tag_rules (field, contains, tag) VALUES (?, ?, ?)').run(rule.field, contains, tag).lastInsertRowid);
  return { id, field: rule.field, contains, tag };
}

export function deleteTagRule(db: Database.Database, id: number): void {
  const { changes } = db.prepare('DELETE FROM tag_rules WHERE id = ?').run(id);
  if (!changes) throw new NotFoundError(`no tagging rule with id ${id}`);
}

function ruleMatch(rule: RuleRow): string | null {
  const phrase = phraseOf(rule.contains);
  return phrase ? `${RULE_COLUMNS[rule.field]} : ${phrase}` : null;
}

/**
 * Applies every rule to the given clips (the import's new clips), or to the whole library when `clipIds`
 * is omitted. Rule tags are the user's (auto = 0). Returns how many clip–tag links were added.
 */
export function applyTagRules(db: Database.Database, clipIds?: readonly number[]): number {
  const rules = listTagRules(db);
  if (rules.length === 0 || clipIds?.length === 0) return 0;
  return db.transaction(() => {
    let added = 0;
    for (const rule of rules) {
      const match = ruleMatch(rule);
      if (!match) continue;
      const tagId = tagIdFor(db, rule.tag, 'topic');
      if (clipIds) {
        // (rowid BETWEEN, not rowid = ?: SQLite 3.53's FTS5 ignored a bound rowid = ? beside MATCH and tagged every hit)
        const stmt = db.prepare(
          `INSERT INTO clip_tags (clip_id, tag_id, auto) SELECT rowid, ?, 0 FROM clip_search WHERE clip_search MATCH ? AND rowid BETWEEN ? AND ?
           ON CONFLICT DO NOTHING`,
        );
        for (const id of clipIds) added += stmt.run(tagId, match, id, id).changes;
      } else {
        added += db
          .prepare(
            `INSERT INTO clip_tags (clip_id, tag_id, auto)
             SELECT s.rowid, ?, 0 FROM clip_search s JOIN clips c ON c.id = s.rowid
             WHERE clip_search MATCH ? AND c.deleted_at IS NULL
             ON CONFLICT DO NOTHING`,
          )
          .run(tagId, match).changes;
      }
    }
    return added;
  })();
}
