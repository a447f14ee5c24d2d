// Speakers across the library and the quotes they said, oldest first.
//
// Each quote's speaker name (as the text engine gave it) is reduced to a key (normalizeSpeakerKey); a key
// resolves to a speaker through `speaker_aliases`, so "Mr. Dmitry Peskov" and "Dmitry Peskov" are one speaker,
// and a name the user merged into another keeps landing there on later imports.
//
// The same quotation reported by several outlets is one group (`quotes.group_id`). Linking a quote looks up a
// few fingerprint keys in `quote_keys` (see quoteKeys) and checks the candidates with quotesNearlySame, so the
// work per quote does not grow with the size of the library. A group keeps one quote per key (its
// representative for that key): a quotation reported by hundreds of clips has a handful of key rows, not
// hundreds, so neither the lookup nor the table grows with how often it was reported. A representative that
// leaves its group (deleted, or linked again) hands its keys to another member. Every statement binds its values.
import type Database from 'better-sqlite3';
import { fmix32 } from '../import/minhash';
import { keepId, namesChanged } from './statements';
import type { QuoteSource, SpeakerInfo, TimelineQuote } from '../../shared/api';
import {
  MIN_TOKENS_FOR_FUZZY,
  NEAR_SAME_QUOTE_THRESHOLD,
  normalizeSpeakerKey,
  quoteFingerprint,
  quotesNearlySame,
} from '../../text/speakers';

/** MinHash values kept per quote (one quote_keys row each); more finds more reworded copies, at more rows. */
export const DEFAULT_MINHASH_BANDS = 4;
/** Words per shingle hashed by MinHash: single words are too common, longer shingles break on every edit. */
export const DEFAULT_SHINGLE_WORDS = 3;
/**
 * Shingles made only of short words ("we will not", "it is a") are in thousands of quotations and would make
 * every lookup long; a shingle takes part only when one of its words has at least this many characters (all
 * shingles do when a quotation has no such word).
 */
export const DEFAULT_CONTENT_WORD_CHARS = 5;
/** At most this many candidates are checked per key: a bound on the work when a key is very common. */
export const DEFAULT_MAX_CANDIDATES = 200;
/** Quotes read per step by relinkAllQuotes (a library can hold millions). */
export const DEFAULT_RELINK_BATCH = 5000;

/** A quote_keys key is family × 2^32 + a 32-bit hash; family 0 is the exact fingerprint, 1… the MinHash bands. */
const KEY_FAMILY = 2 ** 32;
const EXACT_FAMILY = 0;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_STEP = 0x9e3779b1;

type SpeakerKind = SpeakerInfo['kind'];

/** Statements of the hot paths (every imported quote), prepared once per connection. */
const STATEMENTS = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = STATEMENTS.get(db);
  if (!cache) STATEMENTS.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

// ── Fingerprint keys ─────────────────────────────────────────────────────────────────────────────

function fnv1a(text: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  // a final avalanche so that seeds give independent orderings
  return fmix32(h);
}

/** fnv1a(tokens.slice(from, from + width).join(' '), seed), without making the string. */
function shingleHash(tokens: readonly string[], from: number, width: number, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let w = from; w < from + width; w++) {
    if (w > from) h = Math.imul(h ^ 0x20, FNV_PRIME);
    const token = tokens[w]!;
    for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), FNV_PRIME);
  }
  return fmix32(h);
}

function fingerprintTokens(text: string): string[] {
  const fp = quoteFingerprint(text);
  return fp ? fp.split(' ') : [];
}

export interface QuoteKeys {
  /** the quotation's length in words (quoteFingerprint's tokens) */
  words: number;
  keys: number[];
}

/**
 * The index keys of a quotation. Short quotations (fewer words than MIN_TOKENS_FOR_FUZZY) must match exactly,
 * so they get one key, the hash of their fingerprint. Longer ones get one MinHash value per band over their
 * word shingles: two copies that differ by a few words share most shingles, so they share at least one band's
 * minimum with high probability, while unrelated quotations almost never do.
 */
export function quoteKeys(text: string, bands = DEFAULT_MINHASH_BANDS, shingleWords = DEFAULT_SHINGLE_WORDS): QuoteKeys {
  return keysOfTokens(fingerprintTokens(text), bands, shingleWords);
}

function keysOfTokens(tokens: string[], bands = DEFAULT_MINHASH_BANDS, shingleWords = DEFAULT_SHINGLE_WORDS): QuoteKeys {
  const words = tokens.length;
  if (!words) return { words, keys: [] };
  if (words < MIN_TOKENS_FOR_FUZZY) return { words, keys: [EXACT_FAMILY * KEY_FAMILY + fnv1a(tokens.join(' '), 0)] };
  const width = Math.min(shingleWords, words);
  const count = words - width + 1;
  // the shingles are hashed from the tokens, neither sliced nor joined, nor made unique (a minimum ignores repeats)
  const content = new Uint8Array(count);
  let anyContent = false;
  for (let i = 0; i < count; i++) {
    for (let k = i; k < i + width && !content[i]; k++) if (tokens[k]!.length >= DEFAULT_CONTENT_WORD_CHARS) content[i] = 1;
    if (content[i]) anyContent = true;
  }
  const keys: number[] = [];
  for (let band = 1; band <= bands; band++) {
    const seed = Math.imul(band, SEED_STEP);
    let min = Infinity;
    for (let i = 0; i < count; i++) if (!anyContent || content[i]) min = Math.min(min, shingleHash(tokens, i, width, seed));
    keys.push(band * KEY_FAMILY + min);
  }
  return { words, keys };
}

/**
 * What placing a quote needs from its own text and speaker name alone. The import worker works it out
 * (prepareQuote) so that the main thread, which stores, only looks up and writes: folding and hashing every
 * quote's words was a sixth of the main thread's storing time.
 */
export interface QuoteShape {
  keyed: QuoteKeys;
  /** quoteFingerprint of the text */
  fingerprint: string;
  /** normalizeSpeakerKey of the speaker name, '' when there is none */
  speakerKey: string;
}

export function prepareQuote(text: string, speaker: string | null): QuoteShape {
  const fingerprint = quoteFingerprint(text);
  return {
    keyed: keysOfTokens(fingerprint ? fingerprint.split(' ') : []),
    fingerprint,
    speakerKey: speaker ? normalizeSpeakerKey(speaker) : '',
  };
}

/**
 * Lengths (in words) another quotation can have and still be near-identical to one of `words` words: the Dice
 * coefficient of quotesNearlySame is at most 2·min/(a+b). Short quotations must match exactly.
 */
export function comparableLengths(words: number): [min: number, max: number] {
  if (words < MIN_TOKENS_FOR_FUZZY) return [words, words];
  const t = NEAR_SAME_QUOTE_THRESHOLD;
  return [Math.max(MIN_TOKENS_FOR_FUZZY, Math.ceil((t * words) / (2 - t) - 1e-9)), Math.floor((words * (2 - t)) / t + 1e-9)];
}

// ── Speakers ─────────────────────────────────────────────────────────────────────────────────────

interface SpeakerRow {
  id: number;
  name: string;
  kind: SpeakerKind;
}

function speakerById(db: Database.Database, id: number): SpeakerRow | null {
  return (db.prepare('SELECT id, name, kind FROM speakers WHERE id = ?').get(id) as SpeakerRow | undefined) ?? null;
}

/** The speaker a name resolves to (its own name, a spelling with the same key, or a merged alias), or null. */
export function findSpeaker(db: Database.Database, name: string): SpeakerRow | null {
  const key = normalizeSpeakerKey(name);
  if (!key) return null;
  const row = db
    .prepare('SELECT s.id, s.name, s.kind FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id WHERE a.alias_key = ?')
    .get(key) as SpeakerRow | undefined;
  return row ?? null;
}

function createSpeaker(db: Database.Database, name: string, key: string, kind: SpeakerKind): number {
  const id = Number(prepared(db, 'INSERT INTO speakers (name, kind) VALUES (?, ?)').run(name, kind).lastInsertRowid);
  prepared(db, 'INSERT INTO speaker_aliases (alias_key, alias, speaker_id) VALUES (?, ?, ?)').run(key, name, id);
  return id;
}

/** The speaker id for a quote's speaker name, creating the speaker the first time the name is seen. */
function resolveSpeakerId(db: Database.Database, key: string, name: string, kind: string | null): number {
  const row = prepared(db, 'SELECT speaker_id FROM speaker_aliases WHERE alias_key = ?').get(key) as { speaker_id: number } | undefined;
  if (row) return row.speaker_id;
  return createSpeaker(db, uniqueName(db, name.trim()), key, kind === 'organization' ? 'organization' : 'person');
}

/** Speaker names are unique; a different key can only print the same after edits, so number such a name. */
function uniqueName(db: Database.Database, name: string): string {
  const taken = prepared(db, 'SELECT 1 FROM speakers WHERE name = ?');
  if (!taken.get(name)) return name;
  for (let n = 2; ; n++) if (!taken.get(`${name} (${n})`)) return `${name} (${n})`;
}

// ── Linking quotes ───────────────────────────────────────────────────────────────────────────────

interface LinkRow {
  id: number;
  text: string;
  speaker: string | null;
  speaker_kind: string | null;
  speaker_id: number | null;
}

interface CandidateRow {
  id: number;
  text: string;
  speaker_id: number | null;
  group_id: number;
}

interface Candidates {
  rows: CandidateRow[];
  /** for each key, the groups that already hold it (before any merge) */
  holders: Map<number, Set<number>>;
}

/**
 * Quotes sharing one key, of a comparable length: one range of the quote_keys primary key (one row per group).
 * Parameters: key, min and max length, the quote's own id.
 */
export const CANDIDATE_SQL = `SELECT quote_id FROM quote_keys WHERE key = ? AND words BETWEEN ? AND ? AND quote_id <> ?
  LIMIT ${DEFAULT_MAX_CANDIDATES}`;

/**
 * Moves the keys that quote `id` holds for its group `group` (SQL expressions) to the group's smallest other
 * member, if any; keys that member holds already stay with it (OR IGNORE), and the rest go with the quote.
 * Used when a quote leaves its group to be linked again; migration 0006 does the same in a trigger when one is deleted.
 */
const HAND_KEYS_SQL = (id: string, group: string) => `
  UPDATE OR IGNORE quote_keys SET quote_id = (SELECT min(id) FROM quotes WHERE group_id = ${group} AND id <> ${id})
  WHERE quote_id = ${id} AND EXISTS (SELECT 1 FROM quotes WHERE group_id = ${group} AND id <> ${id})`;

/**
 * The smallest and largest speaker of a group (its id twice): two seeks of quotes_group (group_id, speaker_id), whatever the
 * group's size (a group holds one speaker at most, so two different ids already rule a third out).
 */
export const GROUP_SPEAKERS_SQL = `SELECT (SELECT min(speaker_id) FROM quotes WHERE group_id = ? AND speaker_id IS NOT NULL),
  (SELECT max(speaker_id) FROM quotes WHERE group_id = ?)`;

type Linker = ReturnType<typeof makeLinker>;
const LINKERS = new WeakMap<Database.Database, Linker>();

/** The linking steps over one connection, with their statements prepared once. */
function linker(db: Database.Database): Linker {
  let made = LINKERS.get(db);
  if (!made) LINKERS.set(db, (made = makeLinker(db)));
  return made;
}

function makeLinker(db: Database.Database) {
  const setSpeaker = db.prepare('UPDATE quotes SET speaker_key = ?, speaker_id = ?, group_id = id WHERE id = ?');
  // the rest of a group named after a quote that leaves it is renamed after its smallest remaining id
  const renameRest = db.prepare(
    `UPDATE quotes SET group_id = (SELECT min(id) FROM quotes WHERE group_id = @id AND id <> @id) WHERE group_id = @id AND id <> @id`,
  );
  const clearKeys = db.prepare('DELETE FROM quote_keys WHERE quote_id = ?');
  // the keys a quote holds for its group go to the group's smallest other member, when there is one
  const handKeys = db.prepare(HAND_KEYS_SQL('@id', '(SELECT group_id FROM quotes WHERE id = @id)'));
  const addKey = db.prepare('INSERT OR IGNORE INTO quote_keys (key, words, quote_id) VALUES (?, ?, ?)');
  const groupSpeakers = db.prepare(GROUP_SPEAKERS_SQL).raw();
  const moveGroup = db.prepare('UPDATE quotes SET group_id = ? WHERE group_id = ?');
  const setGroup = db.prepare('UPDATE quotes SET group_id = ? WHERE id = ?');
  // CANDIDATE_SQL with each candidate's key, speaker and group (as arrays: no row objects), every key of a quote in
  // one statement (one range per key, each with its own LIMIT, in key order): a call per key cost more than the
  // lookup itself. The text is read only for the candidates actually compared (see place). Values are bound by
  // position (each key's range takes key, key, min, max, id): by name, every call looked each name up on an object.
  const lookups = new Map<number, Database.Statement>();
  const lookupFor = (count: number): Database.Statement => {
    let made = lookups.get(count);
    if (!made) {
      const ranges = Array.from({ length: count }, () => `SELECT ? AS key, quote_id FROM (${CANDIDATE_SQL})`);
      made = db.prepare(
        `SELECT k.key, q.id, q.speaker_id, q.group_id FROM (SELECT key, quote_id FROM (${ranges.join(' UNION ALL ')})) k
         JOIN quotes q ON q.id = k.quote_id`,
      ).raw();
      lookups.set(count, made);
    }
    return made;
  };
  const candidateText = db.prepare('SELECT text FROM quotes WHERE id = ?').pluck();

  const candidatesFor = ({ keys, words }: QuoteKeys, quoteId: number): Candidates => {
    const [min, max] = comparableLengths(words);
    const seen = new Set<number>();
    const rows: CandidateRow[] = [];
    const holders = new Map<number, Set<number>>();
    if (!keys.length) return { rows, holders };
    const params: number[] = [];
    for (const key of keys) {
      params.push(key, key, min, max, quoteId);
      holders.set(key, new Set());
    }
    for (const [key, id, speakerId, groupId] of lookupFor(keys.length).all(params) as [number, number, number | null, number][]) {
      holders.get(key)!.add(groupId);
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push({
        id,
        speaker_id: speakerId,
        group_id: groupId,
        get text() {
          return candidateText.get(id) as string;
        },
      });
    }
    return { rows, holders };
  };

  /** Resolves the speaker of one quote and resets its group and keys. */
  const resolve = (row: LinkRow): number | null => {
    const key = row.speaker ? normalizeSpeakerKey(row.speaker) : '';
    const speakerId = key ? resolveSpeakerId(db, key, row.speaker!, row.speaker_kind) : null;
    handKeys.run({ id: row.id });
    renameRest.run({ id: row.id });
    setSpeaker.run(key || null, speakerId, row.id);
    clearKeys.run(row.id);
    return speakerId;
  };

  /**
   * Where one quote goes: the groups of the same quotation elsewhere that it joins, and the keys it must hold.
   * Speakers must agree: a group holds at most one speaker (plus unattributed reports); short quotations link
   * only when the same speaker said them. Reads only, so a new quote can be placed before its row is written.
   */
  const place = (id: number, text: string, speakerId: number | null, shape?: QuoteShape): Placement | null => {
    const keyed = shape?.keyed ?? quoteKeys(text);
    const short = keyed.words < MIN_TOKENS_FOR_FUZZY;
    if (!keyed.keys.length || (short && speakerId === null)) return null;
    const fingerprint = shape?.fingerprint ?? quoteFingerprint(text);
    const matched = new Set<number>();
    const { rows, holders } = candidatesFor(keyed, id);
    for (const c of rows) {
      // one matching member is enough to name its group: the other members of a group already matched are not
      // compared (a quotation reported by hundreds of clips would otherwise be compared hundreds of times)
      if (matched.has(c.group_id)) continue;
      const same = short
        ? c.speaker_id === speakerId && quoteFingerprint(c.text) === fingerprint
        : (c.speaker_id === null || speakerId === null || c.speaker_id === speakerId) && quotesNearlySame(text, c.text);
      if (same) matched.add(c.group_id);
    }
    const groups = [...matched].sort((a, b) => a - b);
    let speakers = new Set<number>(speakerId === null ? [] : [speakerId]);
    const joined: number[] = [];
    for (const g of groups) {
      const held = (groupSpeakers.get(g, g) as [number | null, number | null]).filter((s) => s !== null);
      const combined = new Set([...speakers, ...held]);
      if (combined.size > 1) continue;
      speakers = combined;
      joined.push(g);
    }
    // the group this quote ends in keeps one quote per key: this one holds only the keys no joined group has
    const keys = keyed.keys.filter((key) => !joined.some((g) => holders.get(key)?.has(g)));
    return { words: keyed.words, keys, joined, group: joined.length ? Math.min(...joined) : id };
  };

  /** Writes a placement for quote `id`, whose row holds group_id = placement.group already: its keys, and the joined groups merged. */
  const settle = (id: number, placement: Placement): void => {
    for (const key of placement.keys) addKey.run(key, placement.words, id);
    for (const g of placement.joined) if (g !== placement.group) moveGroup.run(placement.group, g);
  };

  /** Puts one quote (stored as a group of its own) into the group of the same quotation elsewhere. */
  const group = (id: number, text: string, speakerId: number | null): void => {
    const placement = place(id, text, speakerId);
    if (!placement) return;
    settle(id, placement);
    if (placement.group !== id) setGroup.run(placement.group, id);
  };

  return { resolve, group, place, settle };
}

/** Where a quote goes (see makeLinker's place): its group, the keys it holds, the groups it joins. */
export interface Placement {
  words: number;
  keys: number[];
  joined: number[];
  group: number;
}

const LINK_COLUMNS = 'id, text, speaker, speaker_kind, speaker_id';

/**
 * The speaker key and id of a quote about to be stored (the speaker is created the first time the name is seen):
 * what linkQuotes would set, so an import can store each quote once instead of inserting and then updating it.
 */
export function speakerOf(
  db: Database.Database,
  name: string | null,
  kind: string | null,
  shape?: QuoteShape,
  /** ids by key already resolved in this transaction (see NameIds); filled as keys are resolved */
  known?: Map<string, number>,
): { key: string | null; id: number | null } {
  const key = name ? (shape?.speakerKey ?? normalizeSpeakerKey(name)) : '';
  if (!key) return { key: null, id: null };
  let id = known?.get(key);
  if (id === undefined) {
    id = resolveSpeakerId(db, key, name!, kind);
    if (known) keepId(known, key, id);
  }
  return { key, id };
}

/**
 * The group a new quote (not stored yet) joins, and what settleNewQuote must write once its row is in with
 * group_id = placement.group (own id when null): an import stores each quote once, in its final group, instead
 * of inserting it and then moving it (each move ran the speaker-count triggers twice).
 */
export function placeNewQuote(db: Database.Database, id: number, text: string, speakerId: number | null, shape?: QuoteShape): Placement | null {
  return linker(db).place(id, text, speakerId, shape);
}

export function settleNewQuote(db: Database.Database, id: number, placement: Placement): void {
  linker(db).settle(id, placement);
}

/**
 * Resolves the speakers of one clip's quotes and links them to the same quotation in other clips. The importer
 * calls it right after inserting the clip (inside the same transaction); calling it again after the clip's quotes
 * changed is safe.
 */
export function linkQuotes(db: Database.Database, clipId: number): void {
  const rows = db.prepare(`SELECT ${LINK_COLUMNS} FROM quotes WHERE clip_id = ? ORDER BY ord`).all(clipId) as LinkRow[];
  if (!rows.length) return;
  const { resolve, group } = linker(db);
  for (const row of rows) group(row.id, row.text, resolve(row));
}

/**
 * Links the given quotes again from scratch (after a merge or a split), in id order. All are reset before any is
 * grouped, so none is matched through its stale keys or group.
 */
function relinkQuoteRows(db: Database.Database, rows: LinkRow[]): void {
  const { resolve, group } = linker(db);
  const speakers = rows.map(resolve);
  rows.forEach((row, i) => group(row.id, row.text, speakers[i]!));
}

/**
 * Every quote of the library: speakers resolved again through the aliases, groups rebuilt, in one transaction.
 * With every key and group cleared first, each quote finds the same quotation among those linked before it.
 */
export function relinkAllQuotes(db: Database.Database): void {
  db.transaction(() => {
    db.prepare('DELETE FROM quote_keys').run();
    db.prepare('UPDATE quotes SET group_id = id').run();
    const { resolve, group } = linker(db);
    const batch = db.prepare(`SELECT ${LINK_COLUMNS} FROM quotes WHERE id > ? ORDER BY id LIMIT ${DEFAULT_RELINK_BATCH}`);
    for (let after = 0, rows: LinkRow[]; (rows = batch.all(after) as LinkRow[]).length; after = rows.at(-1)!.id) {
      for (const row of rows) group(row.id, row.text, resolve(row));
    }
  })();
}

/** Rebuilds the groups of every quote of these speakers, and of the quotes grouped with them. */
function regroupSpeakers(db: Database.Database, speakerIds: number[]): void {
  if (!speakerIds.length) return;
  const rows = db
    .prepare(
      `SELECT ${LINK_COLUMNS} FROM quotes WHERE group_id IN (
         SELECT group_id FROM quotes WHERE speaker_id IN (${speakerIds.map(() => '?').join(', ')})
       ) ORDER BY id`,
    )
    .all(...speakerIds) as LinkRow[];
  relinkQuoteRows(db, rows);
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────────
// "+c.deleted_at IS NULL": the unary plus keeps the planner off the clips_deleted_at index, which would walk every
// live clip instead of the few that hold a speaker's quotes.

/** Speakers with at least one quote in a clip that is not in the trash (for `stats`). */
export function countSpeakers(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM speaker_stats WHERE live > 0').pluck().get() as number;
}

interface SpeakerStatsRow extends SpeakerRow {
  quotes: number;
  first: string | null;
  last: string | null;
}

/**
 * Speakers with quotes in live clips, from the counts triggers keep (migration 0005): counting every quote of
 * the library took seconds at 100k clips. First and last dates are the ends of the speaker's speaker_dates.
 */
const SPEAKER_STATS_SQL = `
  SELECT s.id, s.name, s.kind, st.quotes,
    (SELECT min(published) FROM speaker_dates d WHERE d.speaker_id = s.id) AS first,
    (SELECT max(published) FROM speaker_dates d WHERE d.speaker_id = s.id) AS last
  FROM speakers s JOIN speaker_stats st ON st.speaker_id = s.id AND st.live > 0`;

/** Other names merged into each speaker: alias rows whose key is not the key of the speaker's own name. */
function aliasesOf(db: Database.Database, speakers: SpeakerRow[]): Map<number, string[]> {
  const wanted = new Map(speakers.map((s) => [s.id, normalizeSpeakerKey(s.name)]));
  const aliases = new Map<number, string[]>(speakers.map((s) => [s.id, []]));
  const rows = (
    speakers.length === 1
      ? db.prepare('SELECT speaker_id, alias_key, alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias').all(speakers[0]!.id)
      : db.prepare('SELECT speaker_id, alias_key, alias FROM speaker_aliases ORDER BY alias').all()
  ) as { speaker_id: number; alias_key: string; alias: string }[];
  for (const row of rows) {
    const own = wanted.get(row.speaker_id);
    if (own !== undefined && row.alias_key !== own) aliases.get(row.speaker_id)!.push(row.alias);
  }
  return aliases;
}

function toInfos(db: Database.Database, rows: SpeakerStatsRow[]): SpeakerInfo[] {
  const aliases = aliasesOf(db, rows);
  return rows.map((row) => ({ name: row.name, kind: row.kind, quotes: row.quotes, first: row.first, last: row.last, aliases: aliases.get(row.id)! }));
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Speakers quoted in clips outside the trash, most quoted first. `query` matches any part of the name or of an
 * alias, case, accents and titles ignored. `quotes` counts quotations (one per group, as the timeline shows them).
 */
export function listSpeakers(db: Database.Database, query?: string): SpeakerInfo[] {
  const key = query?.trim() ? normalizeSpeakerKey(query) : '';
  const rows = key
    ? (db
        .prepare(
          `${SPEAKER_STATS_SQL}
           WHERE s.id IN (SELECT speaker_id FROM speaker_aliases WHERE alias_key LIKE ? ESCAPE '\\')
           ORDER BY quotes DESC, s.name`,
        )
        .all(`%${escapeLike(key)}%`) as SpeakerStatsRow[])
    : (db.prepare(`${SPEAKER_STATS_SQL} ORDER BY quotes DESC, s.name`).all() as SpeakerStatsRow[]);
  return toInfos(db, rows);
}

function speakerInfo(db: Database.Database, speaker: SpeakerRow): SpeakerInfo {
  const row = db.prepare(`${SPEAKER_STATS_SQL} WHERE s.id = ?`).get(speaker.id) as SpeakerStatsRow | undefined;
  return toInfos(db, [row ?? { ...speaker, quotes: 0, first: null, last: null }])[0]!;
}

/** A quote of the timeline whose speaker may be unknown (the CLI lists unattributed quotations too). */
export interface TimelineEntry extends Omit<TimelineQuote, 'speaker'> {
  speaker: string | null;
}

interface MemberRow {
  id: number;
  group_id: number;
  text: string;
  kind: TimelineQuote['kind'];
  paragraph: number;
  start: number;
  end: number;
  clip_id: number;
  speaker_id: number | null;
  speaker: string | null;
  published: string | null;
  source: string | null;
  title: string | null;
}

const MEMBER_COLUMNS = `m.id, m.group_id, m.text, m.kind, m.paragraph, m.start, m.end, m.clip_id, m.speaker_id,
  s.name AS speaker, c.published, c.source, c.title`;

/** The timeline's quote rows of some speakers: their quotes' groups, through the speaker and group indexes. */
export function timelineSql(speakerCount: number): string {
  return `SELECT ${MEMBER_COLUMNS}
    FROM quotes m JOIN clips c ON c.id = m.clip_id LEFT JOIN speakers s ON s.id = m.speaker_id
    WHERE m.group_id IN (
      SELECT q.group_id FROM quotes q JOIN clips qc ON qc.id = q.clip_id
      WHERE q.speaker_id IN (${Array.from({ length: speakerCount }, () => '?').join(', ')}) AND +qc.deleted_at IS NULL
    ) AND +c.deleted_at IS NULL`;
}

const ALL_QUOTES_SQL = `SELECT ${MEMBER_COLUMNS}
  FROM quotes m JOIN clips c ON c.id = m.clip_id LEFT JOIN speakers s ON s.id = m.speaker_id
  WHERE +c.deleted_at IS NULL`;

/** Oldest first by publication date, undated last; then by clip and place in the clip. */
function byDate(a: MemberRow, b: MemberRow): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.clip_id - b.clip_id || a.start - b.start || a.id - b.id;
}

/**
 * The quotations of some speakers (ids), or of everyone when `speakerIds` is null, oldest first. Each quotation
 * appears once: its earliest report is the quote, the other clips reporting it are `alsoIn`, earliest first.
 * Clips in the trash are left out.
 */
export function quoteTimeline(db: Database.Database, speakerIds: number[] | null): TimelineEntry[] {
  if (speakerIds && !speakerIds.length) return [];
  const rows = (speakerIds ? db.prepare(timelineSql(speakerIds.length)).all(...speakerIds) : db.prepare(ALL_QUOTES_SQL).all()) as MemberRow[];
  const wanted = speakerIds ? new Set(speakerIds) : null;
  const groups = new Map<number, MemberRow[]>();
  for (const row of rows) {
    // reports by someone else are not this speaker's quotation (a group holds one speaker; this is a safeguard)
    if (wanted && row.speaker_id !== null && !wanted.has(row.speaker_id)) continue;
    const members = groups.get(row.group_id);
    if (members) members.push(row);
    else groups.set(row.group_id, [row]);
  }
  const entries: { first: MemberRow; entry: TimelineEntry }[] = [];
  for (const members of groups.values()) {
    members.sort(byDate);
    const first = members[0]!;
    const attributed = members.find((m) => m.speaker !== null);
    if (wanted && !attributed) continue;
    const alsoIn: QuoteSource[] = [];
    const seen = new Set([first.clip_id]);
    for (const m of members) {
      if (seen.has(m.clip_id)) continue;
      seen.add(m.clip_id);
      alsoIn.push({ clipId: m.clip_id, source: m.source, published: m.published, title: m.title });
    }
    entries.push({
      first,
      entry: {
        id: first.id,
        speaker: attributed?.speaker ?? null,
        text: first.text,
        kind: first.kind,
        published: first.published,
        source: first.source,
        clipId: first.clip_id,
        clipTitle: first.title,
        paragraph: first.paragraph,
        start: first.start,
        end: first.end,
        alsoIn,
      },
    });
  }
  return entries.sort((a, b) => byDate(a.first, b.first)).map((e) => e.entry);
}

// ── Merging and splitting ────────────────────────────────────────────────────────────────────────

export class SpeakerNotFoundError extends Error {}
export class SpeakerRefusedError extends Error {}

function mustFind(db: Database.Database, name: string): SpeakerRow {
  const speaker = findSpeaker(db, name);
  if (!speaker) throw new SpeakerNotFoundError(`no speaker named ${JSON.stringify(name)}`);
  return speaker;
}

/** Speaker ids for names (own names or aliases); an unknown name is an error. */
export function speakerIdsFor(db: Database.Database, names: string[]): number[] {
  return [...new Set(names.map((name) => mustFind(db, name).id))];
}

/**
 * Merges the named speakers into one called `into` (an existing speaker, or a new name for the first of them).
 * Their names become aliases of it, so quotes already imported and later imports under any of them land there.
 */
export function mergeSpeakers(db: Database.Database, names: string[], into: string): SpeakerInfo {
  const canonical = into.trim();
  const intoKey = normalizeSpeakerKey(canonical);
  if (!intoKey) throw new SpeakerRefusedError(`${JSON.stringify(into)} is not a speaker name`);
  return db.transaction(() => {
    namesChanged(db);
    const sources = names.map((name) => mustFind(db, name));
    const target = findSpeaker(db, canonical) ?? sources[0]!;
    for (const source of sources) {
      if (source.id === target.id) continue;
      db.prepare('UPDATE speaker_aliases SET speaker_id = ? WHERE speaker_id = ?').run(target.id, source.id);
      db.prepare('UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?').run(target.id, source.id);
      db.prepare('DELETE FROM speakers WHERE id = ?').run(source.id);
    }
    db.prepare('UPDATE speakers SET name = ? WHERE id = ?').run(canonical, target.id);
    db.prepare('INSERT INTO speaker_aliases (alias_key, alias, speaker_id) VALUES (?, ?, ?) ON CONFLICT(alias_key) DO NOTHING').run(
      intoKey,
      canonical,
      target.id,
    );
    regroupSpeakers(db, [target.id]);
    return speakerInfo(db, speakerById(db, target.id)!);
  })();
}

/** Undoes a merge: the alias becomes a speaker of its own again and takes back the quotes that named it. */
export function splitSpeaker(db: Database.Database, alias: string): void {
  const key = normalizeSpeakerKey(alias);
  db.transaction(() => {
    namesChanged(db);
    const row = db
      .prepare('SELECT a.alias, s.id, s.name, s.kind FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id WHERE a.alias_key = ?')
      .get(key) as (SpeakerRow & { alias: string }) | undefined;
    if (!row) throw new SpeakerNotFoundError(`no speaker or alias named ${JSON.stringify(alias)}`);
    if (normalizeSpeakerKey(row.name) === key) {
      throw new SpeakerRefusedError(`${JSON.stringify(alias)} is the name of the speaker, not an alias merged into it`);
    }
    const id = Number(db.prepare('INSERT INTO speakers (name, kind) VALUES (?, ?)').run(uniqueName(db, row.alias), row.kind).lastInsertRowid);
    db.prepare('UPDATE speaker_aliases SET speaker_id = ? WHERE alias_key = ?').run(id, key);
    // the quotes that named the alias are the merged speaker's (quotes_speaker_id) with the alias's key
    db.prepare('UPDATE quotes SET speaker_id = ? WHERE speaker_id = ? AND speaker_key = ?').run(id, row.id, key);
    regroupSpeakers(db, [row.id, id]);
  })();
}

/** The user's merges among the speakers quoted in some clips: each merged speaker's name and the names merged into it. */
export function mergesOf(db: Database.Database, clipIds: readonly number[]): { name: string; aliases: string[] }[] {
  const speakers = db
    .prepare(
      `SELECT s.id, s.name, s.kind FROM speakers s
       WHERE s.id IN (SELECT speaker_id FROM quotes WHERE clip_id IN (SELECT value FROM json_each(?)))
       ORDER BY s.name`,
    )
    .all(JSON.stringify(clipIds)) as SpeakerRow[];
  const aliases = aliasesOf(db, speakers);
  return speakers.filter((s) => aliases.get(s.id)!.length > 0).map((s) => ({ name: s.name, aliases: aliases.get(s.id)! }));
}

/**
 * Brings back a merge from an export (after its clips are restored): the speakers of this library with any of
 * the names are merged into `name`, and the other names become its aliases, so later imports land there too.
 */
export function restoreMerge(db: Database.Database, name: string, aliases: readonly string[]): void {
  const present = [name, ...aliases].filter((n) => findSpeaker(db, n));
  if (!present.length) return;
  const target = mergeSpeakers(db, present, name);
  const id = findSpeaker(db, target.name)!.id;
  const keep = db.prepare('INSERT INTO speaker_aliases (alias_key, alias, speaker_id) VALUES (?, ?, ?) ON CONFLICT(alias_key) DO NOTHING');
  for (const alias of aliases) {
    const key = normalizeSpeakerKey(alias);
    if (key) keep.run(key, alias, id);
  }
}
