// Search: the user's query language translated into a safe FTS5 MATCH expression (never raw user text),
// filters (tag:, speaker:, source:, from:, to:) from the query string and from request fields, ranking
// (title hits first, then hits in the body's lead, then the rest, bm25 within each tier: see relevancePage) and
// snippets marked with \u0002 … \u0003 (never HTML; made from the page's text, search-snippets.ts). The trash is
// left out.
//
// Query language: words (all must appear), "exact phrases", OR between two terms, -word or -"phrase"
// to exclude, prefix* for word starts, and field filters whose values may be quoted (tag:"Ukraine war").
import type Database from 'better-sqlite3';
import { ApiArgumentError } from '../../shared/api-schema';
import type { ClipSort, SearchFilters, SearchRequest, SearchResult } from '../../shared/api';
import { SUMMARY_COLUMNS, toSummary } from './clips';
import { makeSnippet, phrasesPattern, SNIPPET_TOKENS, type SnippetPhrase } from './search-snippets';
import { findSpeaker } from './speakers';
import { statement } from './statements';

/** A refusal the caller can show (HTTP 400, a plain message over IPC). */
export class SearchSyntaxError extends ApiArgumentError {}

/** bm25 column weights: title, body, byline, source, quotes. A title hit counts most. */
export const BM25_WEIGHTS = '8.0, 1.0, 0.5, 0.5, 1.0';
const DEFAULT_LIMIT = 100;
const FILTER_NAMES = ['tag', 'speaker', 'source', 'from', 'to'] as const;
type FilterName = (typeof FILTER_NAMES)[number];

/**
 * Spellings of the same name: searching any one finds the others (transliterations vary by paper).
 * Lower case, accents folded.
 */
const NAME_VARIANTS: readonly (readonly string[])[] = [
  ['zelensky', 'zelenskyy', 'zelenskiy', 'zelenskii', 'zelenski'],
  ['kyiv', 'kiev'],
  ['kharkiv', 'kharkov'],
  ['odesa', 'odessa'],
  ['gaddafi', 'qaddafi', 'kadhafi', 'gadhafi'],
  ['medvedev', 'medvedyev'],
  ['navalny', 'navalnyy'],
];
const VARIANTS_BY_WORD = new Map(NAME_VARIANTS.flatMap((group) => group.map((w) => [w, group] as const)));

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** Lower case, accents folded: the same folding the index applies (unicode61 remove_diacritics 2). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** A safe FTS5 phrase for some words ("…" with quotes doubled), or null when there are no words. */
export function phraseOf(text: string): string | null {
  const words = fold(text).match(WORD);
  return words ? `"${words.join(' ')}"` : null;
}

interface Term {
  negated: boolean;
  /** FTS5 expression of this term (a phrase, a prefix, or an OR of variants) */
  fts: string;
  /** the same as folded words: one phrase, or one per spelling (snippets find them in the text) */
  phrases: SnippetPhrase[];
}

export interface ParsedQuery {
  /** groups AND-ed together; the terms inside a group are OR-ed */
  groups: Term[][];
  excluded: Term[];
  filters: Partial<Record<FilterName, string[]>>;
}

type Token = { kind: 'or' } | { kind: 'not' } | { kind: 'term'; negated: boolean; text: string; quoted: boolean; prefix: boolean } | { kind: 'filter'; name: FilterName; value: string };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  const readQuoted = (): string => {
    const close = query.indexOf('"', i + 1);
    if (close < 0) throw new SearchSyntaxError(`a quotation mark is not closed: ${query.slice(i)}`);
    const text = query.slice(i + 1, close);
    i = close + 1;
    return text;
  };
  while (i < n) {
    const ch = query[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') throw new SearchSyntaxError('brackets are not supported: use OR between words, e.g. Kyiv OR Kharkiv');
    let negated = false;
    if (ch === '-') {
      negated = true;
      i++;
      if (i >= n || /\s/.test(query[i]!)) throw new SearchSyntaxError('a minus sign must be followed by the word to leave out, e.g. -sport');
    }
    if (query[i] === '"') {
      const text = readQuoted();
      const prefix = query[i] === '*';
      if (prefix) i++;
      tokens.push({ kind: 'term', negated, text, quoted: true, prefix });
      continue;
    }
    // a bare word, or name:value
    let j = i;
    while (j < n && !/\s/.test(query[j]!) && query[j] !== '"' && query[j] !== ':' && query[j] !== '(' && query[j] !== ')') j++;
    const word = query.slice(i, j);
    if (query[j] === ':' && !negated) {
      const name = word.toLowerCase();
      if (!(FILTER_NAMES as readonly string[]).includes(name)) {
        throw new SearchSyntaxError(`unknown filter "${word}:" (use tag:, speaker:, source:, from: or to:)`);
      }
      i = j + 1;
      let value: string;
      if (query[i] === '"') value = readQuoted();
      else {
        let k = i;
        while (k < n && !/\s/.test(query[k]!)) k++;
        value = query.slice(i, k);
        i = k;
      }
      if (!value.trim()) throw new SearchSyntaxError(`${name}: needs a value, e.g. ${name === 'from' || name === 'to' ? `${name}:2024-03-01` : `${name}:"…"`}`);
      tokens.push({ kind: 'filter', name: name as FilterName, value: value.trim() });
      continue;
    }
    if (query[j] === ':') j++; // "-word:" : the colon is just punctuation
    i = j;
    if (!negated && word === 'OR') tokens.push({ kind: 'or' });
    else if (!negated && word === 'NOT') tokens.push({ kind: 'not' });
    else if (!negated && word === 'AND') continue;
    else {
      const prefix = word.endsWith('*');
      tokens.push({ kind: 'term', negated, text: prefix ? word.replace(/\*+$/, '') : word, quoted: false, prefix });
    }
  }
  return tokens;
}

function termOf(text: string, quoted: boolean, prefix: boolean): Pick<Term, 'fts' | 'phrases'> | null {
  const words = fold(text).match(WORD);
  if (!words) return null;
  if (prefix) return { fts: `"${words.join(' ')}" *`, phrases: [{ words, prefix: true, column: null }] };
  if (!quoted && words.length === 1) {
    const variants = VARIANTS_BY_WORD.get(words[0]!);
    if (variants) return { fts: `(${variants.map((v) => `"${v}"`).join(' OR ')})`, phrases: variants.map((v) => ({ words: [v], prefix: false, column: null })) };
  }
  return { fts: `"${words.join(' ')}"`, phrases: [{ words, prefix: false, column: null }] };
}

export function parseQuery(query: string): ParsedQuery {
  const tokens = tokenize(query);
  const parsed: ParsedQuery = { groups: [], excluded: [], filters: {} };
  let pendingOr = false;
  let pendingNot = false;
  for (const token of tokens) {
    if (token.kind === 'filter') {
      if (pendingOr) throw new SearchSyntaxError('OR must stand between two words, e.g. Kyiv OR Kharkiv');
      (parsed.filters[token.name] ??= []).push(token.value);
      continue;
    }
    if (token.kind === 'or') {
      if (pendingOr || parsed.groups.length === 0) throw new SearchSyntaxError('OR must stand between two words, e.g. Kyiv OR Kharkiv');
      pendingOr = true;
      continue;
    }
    if (token.kind === 'not') {
      pendingNot = true;
      continue;
    }
    const term = termOf(token.text, token.quoted, token.prefix);
    const negated = token.negated || pendingNot;
    pendingNot = false;
    if (!term) {
      if (pendingOr) throw new SearchSyntaxError(`"${token.text}" has no letters or digits to search for`);
      continue; // punctuation alone: nothing to look for
    }
    if (negated) {
      if (pendingOr) throw new SearchSyntaxError('an excluded word cannot be one side of OR');
      parsed.excluded.push({ negated, ...term });
    } else if (pendingOr) {
      parsed.groups[parsed.groups.length - 1]!.push({ negated, ...term });
      pendingOr = false;
    } else parsed.groups.push([{ negated, ...term }]);
  }
  if (pendingOr) throw new SearchSyntaxError('OR must stand between two words, e.g. Kyiv OR Kharkiv');
  if (pendingNot) throw new SearchSyntaxError('NOT must be followed by the word to leave out');
  return parsed;
}

/** The MATCH expression of the positive terms, and of the excluded ones. */
function matchExpressions(parsed: ParsedQuery): { positive: string | null; negative: string | null } {
  const groups = parsed.groups.map((g) => (g.length === 1 ? g[0]!.fts : `(${g.map((t) => t.fts).join(' OR ')})`));
  const negatives = parsed.excluded.map((t) => t.fts);
  return {
    positive: groups.length ? groups.join(' AND ') : null,
    negative: negatives.length ? negatives.join(' OR ') : null,
  };
}

/** YYYY, YYYY-MM or YYYY-MM-DD → the first day it covers, and the first day after it. */
export function dateRange(value: string, name: string): [start: string, end: string] {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value.trim());
  if (!m) throw new SearchSyntaxError(`${name}: expects a date as YYYY-MM-DD (or YYYY-MM, YYYY), not "${value}"`);
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  const start = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if ((month !== null && (month < 1 || month > 12)) || (day !== null && start.getUTCDate() !== day)) {
    throw new SearchSyntaxError(`${name}: "${value}" is not a calendar date`);
  }
  const end = new Date(start);
  if (day !== null) end.setUTCDate(end.getUTCDate() + 1);
  else if (month !== null) end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return [iso(start), iso(end)];
}

export interface CompiledSearch {
  /** SQL after FROM: joins and WHERE, with named parameters in `params` */
  match: string | null;
  where: string[];
  params: Record<string, string>;
  /** the phrases a hit holds (the positive terms and source: names), marked in its snippet */
  phrases: SnippetPhrase[];
}

/** the full-text index's columns, in order (snippets read them all) */
const SEARCH_COLUMNS = ['title', 'body', 'byline', 'source', 'quotes'] as const;

/** Resolves a speaker name (own name, other spelling or merged alias) to the library's speaker id. */
export type SpeakerResolver = (name: string) => number | null;

/**
 * The conditions of a text search never read a clip's row, only indexes: a clips row holds the original and
 * the body, so its later columns (deleted_at, published) sit in overflow pages, and checking them for every hit
 * of a common word was most of a search's time. The trash comes from a partial index; a date is one seek per
 * hit in clips_state (id, deleted_at, published): listing every clip of a date range first cost about 1 µs a
 * clip (50 ms for "to:2012-12-31" at 100,000 clips), a seek about 0.35 µs a hit (9 ms for a word in 25,000).
 */
const INDEX_ONLY = {
  live: (id: string) => `${id} NOT IN (SELECT id FROM clips WHERE deleted_at IS NOT NULL)`,
  from: (id: string, at: string) =>
    `EXISTS (SELECT 1 FROM clips d INDEXED BY clips_state WHERE d.id = ${id} AND d.deleted_at IS NULL AND d.published >= ${at})`,
  to: (id: string, at: string) =>
    `EXISTS (SELECT 1 FROM clips d INDEXED BY clips_state WHERE d.id = ${id} AND d.deleted_at IS NULL AND d.published < ${at})`,
  /** a date range of few clips (SearchOptions.fewDates): its clips listed once from the date index, a list test per hit */
  range: (id: string, op: '>=' | '<', at: string) =>
    `${id} IN (SELECT d.id FROM clips d INDEXED BY clips_live_published WHERE d.deleted_at IS NULL AND d.published ${op} ${at})`,
};

/** The values of each filter: the query string's, then the request field's. */
function filterValues(request: SearchRequest, parsed: ParsedQuery): Record<FilterName, string[]> {
  const filters: Record<FilterName, string[]> = { tag: [], speaker: [], source: [], from: [], to: [] };
  for (const name of FILTER_NAMES) {
    filters[name].push(...(parsed.filters[name] ?? []));
    const field = (request as SearchFilters)[name];
    if (field !== undefined && field.trim() !== '') filters[name].push(field.trim());
  }
  return filters;
}

/**
 * Query-string filters and request fields combined (all must hold). `id` is the clip id the conditions test:
 * `c.id` over the clips table, or the full-text index's rowid (`indexOnly`: conditions read indexes only).
 */
function compile(
  request: SearchRequest,
  parsed: ParsedQuery,
  resolveSpeaker?: SpeakerResolver,
  id = 'c.id',
  indexOnly = false,
  trashEmpty = false,
  fewDates: ReadonlySet<string> = new Set(),
): CompiledSearch {
  const filters = filterValues(request, parsed);
  // over the full-text index, with nothing in the trash, there is nothing to leave out (see SearchOptions)
  const where: string[] = indexOnly ? (trashEmpty ? [] : [INDEX_ONLY.live(id)]) : ['c.deleted_at IS NULL'];
  const params: Record<string, string> = {};
  let p = 0;
  const param = (value: string) => {
    const key = `p${p++}`;
    params[key] = value;
    return `@${key}`;
  };
  for (const tag of filters.tag) {
    where.push(
      `${id} IN (SELECT ct.clip_id FROM clip_tags ct WHERE ct.tag_id IN (
         SELECT id FROM tags WHERE name = ${param(tag)} UNION SELECT tag_id FROM tag_aliases WHERE name = @p${p - 1}))`,
    );
  }
  for (const speaker of filters.speaker) {
    const speakerId = resolveSpeaker?.(speaker) ?? null;
    where.push(
      speakerId !== null
        ? `${id} IN (SELECT clip_id FROM quotes WHERE speaker_id = ${param(String(speakerId))})`
        : `${id} IN (SELECT clip_id FROM quotes WHERE speaker = ${param(speaker)} COLLATE NOCASE)`,
    );
  }
  for (const from of filters.from) {
    const day = dateRange(from, 'from')[0];
    const at = param(day);
    where.push(!indexOnly ? `c.published >= ${at}` : fewDates.has(`>=${day}`) ? INDEX_ONLY.range(id, '>=', at) : INDEX_ONLY.from(id, at));
  }
  for (const to of filters.to) {
    const day = dateRange(to, 'to')[1];
    const at = param(day);
    where.push(!indexOnly ? `c.published < ${at}` : fewDates.has(`<${day}`) ? INDEX_ONLY.range(id, '<', at) : INDEX_ONLY.to(id, at));
  }

  const { positive, negative } = matchExpressions(parsed);
  const phrases: SnippetPhrase[] = parsed.groups.flat().flatMap((t) => t.phrases);
  const sources = filters.source.map((s) => {
    const phrase = phraseOf(s);
    if (!phrase) throw new SearchSyntaxError(`source: needs a name with letters, not "${s}"`);
    phrases.push({ words: fold(s).match(WORD)!, prefix: false, column: SEARCH_COLUMNS.indexOf('source') });
    return `source : ${phrase}`;
  });
  const required = [positive, ...sources].filter((x): x is string => x !== null);
  let match: string | null = null;
  if (required.length) match = required.map((x) => (required.length > 1 && x.includes(' OR ') ? `(${x})` : x)).join(' AND ');
  if (negative) {
    if (match) match = `(${match}) NOT (${negative})`;
    else where.push(`${id} NOT IN (SELECT rowid FROM clip_search WHERE clip_search MATCH ${param(negative)})`);
  }
  if (match) params.match = match;
  return { match, where, params, phrases };
}

const ORDER_SQL: Record<ClipSort, string> = {
  published: 'c.published DESC, c.id DESC',
  title: 'c.title COLLATE NOCASE, c.id',
  source: 'c.source COLLATE NOCASE, c.id',
  imported: 'c.id DESC',
};

export interface SearchSql {
  /**
   * the ids of one page, best first (cheap columns only, so ranking thousands of hits stays fast). By relevance
   * with words to rank by, `tiers` replaces it.
   */
  sql: string;
  countSql: string;
  params: Record<string, string | number>;
  /** true when the query has text: snippets come from the index */
  text: boolean;
  /** the phrases marked in snippets */
  phrases: SnippetPhrase[];
  /** by relevance with words: the tiers' statements (see relevancePage) */
  tiers: RelevanceTiers | null;
}

/**
 * Relevance order (relevancePage): the hits whose title holds a search word (tier 1), best bm25 first, then those
 * whose lead holds one (tier 2, migration 0010), then the others (tier 3), each best bm25 first. Each statement
 * takes the search's params.
 */
export interface RelevanceTiers {
  /**
   * how many titles hold a search word, up to the page's end (the titles' own index: microseconds): when none
   * does, there is no tier 1 to rank; when fewer do, tier 1 cannot fill the page, and one pass ranks tiers 1 and
   * 2 together. (Asking the main index whether any hit holds one cost a pass over every hit when none did, and
   * 8 ms of setting up a prefix's terms when one did.)
   */
  titlesSql: string;
  /** the same for the leads' index */
  anyLeadSql: string;
  /**
   * with filters: one statement giving `total` (hits that pass the filters), `firsts` (those in tiers 1 and 2) and
   * `ids` (a JSON array: tiers 1 and 2's part of the page), so the filters' lists are built once, not for a count
   * and a page (tier 3 builds them again, on the pages that reach it); `onceAllSql` is the same when no title or
   * lead holds a search word (one tier: every hit is scored)
   */
  onceSql: string | null;
  onceAllSql: string | null;
  /** the same with scores for tier 1 only (`firsts`: tier 1's hits), when the titles may fill the page alone */
  onceTitleSql: string | null;
  /**
   * the same with every hit scored and tiered (1, 2, 3): the whole page from one statement, when a filter lets
   * through at most SMALL_HITS clips (SearchOptions.fewHits)
   */
  onceEverySql: string | null;
  /**
   * without filters, when a search term is a prefix or a phrase of several words: one statement giving `total`
   * (every hit) and `ids` (a JSON array: all of tier 1, ranked), for when the titles may fill the page. Each
   * statement that reads a prefix from the main index first merges the doclists of all its words (8–10 ms for
   * elect* at 100,000 clips), and a phrase is matched by comparing its words' positions in every clip holding them
   * all (5 ms to count "white house"): counting and ranking in one pass does that once less, which outweighs
   * handing every hit on to the count (it does not for plain words: counting them alone costs less)
   */
  countAndTitlesSql: string | null;
  /** count(*) of tier 1 (the filters applied): where tier 2 starts */
  countSql: string;
  /** count(*) of tier 2 (the filters applied) */
  leadCountSql: string;
  /** a page of tier 1's ids, ranked */
  firstSql: string;
  /** a page of tier 2's ids, ranked */
  leadSql: string;
  /** a page of tiers 1 and 2 together, ranked (one pass over the hits, when tier 1 is known to end on the page) */
  titleLeadSql: string;
  /** count(*) of tiers 1 and 2 (the filters applied) */
  titleLeadCountSql: string;
  /** a page of tier 3's ids, ranked */
  restSql: string;
  /**
   * the same from tier 3's ids (@rest, a JSON array the once statement lists when there are at most FEW_REST):
   * a pass over the hits with one cheap test each, instead of the filters' and the tiers' tests again
   */
  restIdsSql: string;
  /** the same for tiers 2 and 3 together, from their ids (after the once statement ranked tier 1 alone) */
  leadRestIdsSql: string;
  /** a page in the same order from one statement that scores every hit: cheaper when there are few */
  smallSql: string;
}

/**
 * Up to this many hits, one statement scores them all (one pass, bm25's document counts read once) rather than
 * ranking the title tier apart: about 5 ms of bm25 at 100,000 clips.
 */
const SMALL_HITS = 5_000;

/**
 * Up to this many unscored hits that pass a search's filters, the once statement lists them, and the page goes on
 * from that list (restIdsSql, leadRestIdsSql: a pass over the hits with one Bloom filter test each, and bm25 for
 * the listed ones, at most SMALL_HITS' worth): testing every hit against the filters and the tiers' lists again
 * cost 15–45 ms at 100,000 clips for a common word with a date or speaker filter.
 */
const FEW_REST = 5_000;

/**
 * Up to this many clips in a from: or to: date range, a text search lists them once (about 1 µs a clip) and tests
 * each hit against the list (at most 2 ms to build), instead of a seek per hit (about 0.35 µs: 9 ms for a word in
 * 25,000 clips).
 */
const FEW_DATE_CLIPS = 2_000;

/** FTS5's bm25 with BM25_WEIGHTS (a constant, never user text) */
const BM25 = `bm25(clip_search, ${BM25_WEIGHTS})`;
/** ties newest first, so pages never overlap */
const BM25_ORDER = `${BM25}, s.rowid DESC`;
const SNIPPET_SQL = `snippet(clip_search, -1, char(2), char(3), '…', ${SNIPPET_TOKENS})`;

export interface SearchOptions {
  /**
   * The library has no clip in the trash: a text search need not test every hit against the trash. A common
   * word matches half of a 100,000-clip library, and that test was most of counting its hits (SQLite probes
   * the trashed ids once per hit even when there are none).
   */
  trashEmpty?: boolean;
  /**
   * A filter lets through at most SMALL_HITS clips (fewHitsFilter): one statement scores every hit that passes,
   * in its tier, instead of ranking tiers 1 and 2 and then passing over the hits again for tier 3.
   */
  fewHits?: boolean;
  /**
   * The from: / to: bounds (">=YYYY-MM-DD", "<YYYY-MM-DD", as compiled) whose date range holds few clips
   * (fewHitsFilter): the range's clips are listed once and each hit tested against the list, rather than a seek
   * in clips_state per hit of the words (tens of thousands for a common word).
   */
  fewDates?: ReadonlySet<string>;
}

/**
 * The words of a query (its positive terms, any of them): what a title of tier 1 of relevancePage holds. Searched
 * in the titles' own index (clip_title_search, migration 0007), and as the title column of the main one.
 */
function titleTerms(parsed: ParsedQuery): string | null {
  const terms = parsed.groups.flat().map((t) => t.fts);
  return terms.length ? `(${terms.join(' OR ')})` : null;
}

/** The SQL of a search (exposed so tests can EXPLAIN it). Throws SearchSyntaxError with a readable message. */
export function searchSql(request: SearchRequest, resolveSpeaker?: SpeakerResolver, options: SearchOptions = {}): SearchSql {
  const parsed = parseQuery(request.query);
  const sort = request.sort ?? 'relevance';
  // by relevance, a text search reads the full-text index and other indexes only (see INDEX_ONLY)
  const indexOnly = sort === 'relevance';
  let compiled = compile(request, parsed, resolveSpeaker, indexOnly ? '+s.rowid' : 'c.id', indexOnly, options.trashEmpty, options.fewDates);
  // without text, by date: walk the live-by-date index and test each clip's id against the filters (+c.id keeps
  // SQLite from fetching every filtered clip's row to sort them: a common tag's thousands of rows, for one page)
  if (!compiled.match) compiled = compile(request, parsed, resolveSpeaker, sort === 'relevance' || sort === 'published' ? '+c.id' : 'c.id');
  const params: Record<string, string | number> = { ...compiled.params, limit: request.limit ?? DEFAULT_LIMIT, offset: request.offset ?? 0 };
  const where = compiled.where.length ? compiled.where.join(' AND ') : 'true';
  if (compiled.match) {
    if (indexOnly) {
      // ORDER BY bm25() scores only the hits that pass the filters, and keeps the best page in a small heap;
      // snippets are made afterwards for the page's rows only (search()), as SQLite would otherwise make one
      // for every hit before sorting
      const ranked = (extra: string) => `SELECT s.rowid AS id FROM clip_search s
              WHERE clip_search MATCH @match${extra} AND ${where}
              ORDER BY ${BM25_ORDER} LIMIT @limit OFFSET @offset`;
      const titles = titleTerms(parsed);
      let tiers: RelevanceTiers | null = null;
      if (titles) {
        params.titles = titles;
        // (+s.rowid: the titles are listed once, from their own small index, and tested per hit through a Bloom
        // filter; a plain rowid IN would run the whole MATCH again once per title hit)
        const inTitle = `+s.rowid IN (SELECT t.rowid FROM clip_title_search t WHERE t.clip_title_search MATCH @titles)`;
        // (the leads' index, migration 0010: tested the same way)
        const inLead = `+s.rowid IN (SELECT l.rowid FROM clip_lead_search l WHERE l.clip_lead_search MATCH @titles)`;
        params.tier = `(${compiled.match}) AND title : ${titles}`;
        const filtered = compiled.where.length > (options.trashEmpty ? 0 : 1);
        // the hits that pass the filters, listed once, with their tier and bm25 scores for tiers 1 and 2 only (or
        // for all, as one tier): a lead hit is a tenth of the hits or fewer, and scoring them here saves a page that
        // tier 1 does not fill another pass (and another building of the filters' lists)
        const once = (tier: string, score: string) => `WITH hits AS MATERIALIZED (
                 SELECT s.rowid AS id, ${tier} AS tier, ${score} AS score
                 FROM clip_search s WHERE clip_search MATCH @match AND ${where})
               SELECT (SELECT count(*) FROM hits) AS total, (SELECT count(score) FROM hits) AS firsts,
                 (SELECT json_group_array(id) FROM (SELECT id FROM hits WHERE score IS NOT NULL
                    ORDER BY tier, score, id DESC LIMIT @limit OFFSET @offset)) AS ids,
                 (SELECT json_group_array(id) FROM (SELECT id FROM hits WHERE score IS NULL LIMIT ${FEW_REST + 1})) AS rest`;
        const tierOf = `CASE WHEN ${inTitle} THEN 1 WHEN ${inLead} THEN 2 END`;
        tiers = {
          titlesSql: `SELECT count(*) FROM (SELECT 1 FROM clip_title_search WHERE clip_title_search MATCH @titles LIMIT @offset + @limit)`,
          anyLeadSql: `SELECT EXISTS (SELECT 1 FROM clip_lead_search WHERE clip_lead_search MATCH @titles)`,
          onceSql: filtered ? once(tierOf, `CASE WHEN ${inTitle} OR ${inLead} THEN ${BM25} END`) : null,
          onceTitleSql: filtered ? once('1', `CASE WHEN ${inTitle} THEN ${BM25} END`) : null,
          onceAllSql: filtered ? once('1', BM25) : null,
          onceEverySql: filtered && options.fewHits ? once(`CASE WHEN ${inTitle} THEN 1 WHEN ${inLead} THEN 2 ELSE 3 END`, BM25) : null,
          // (LIMIT -1 keeps the hits a subquery of their own: flattened into the aggregate, bm25() has no row to score)
          countAndTitlesSql: !filtered && parsed.groups.flat().some((t) => t.phrases.some((p) => p.prefix || p.words.length > 1))
            ? `SELECT count(*) AS total, json_group_array(id ORDER BY score, id DESC) FILTER (WHERE score IS NOT NULL) AS ids
               FROM (SELECT s.rowid AS id, CASE WHEN ${inTitle} THEN ${BM25} END AS score
                     FROM clip_search s WHERE clip_search MATCH @match AND ${where} LIMIT -1)`
            : null,
          countSql: `SELECT count(*) FROM clip_search s WHERE clip_search MATCH @tier AND ${where}`,
          leadCountSql: `SELECT count(*) FROM clip_search s WHERE clip_search MATCH @match AND ${where} AND ${inLead} AND NOT ${inTitle}`,
          firstSql: ranked(` AND ${inTitle}`),
          leadSql: ranked(` AND ${inLead} AND NOT ${inTitle}`),
          restIdsSql: `SELECT s.rowid AS id FROM clip_search s
                       WHERE clip_search MATCH @match AND +s.rowid IN (SELECT value FROM json_each(@rest))
                       ORDER BY ${BM25_ORDER} LIMIT @limit OFFSET @offset`,
          leadRestIdsSql: `SELECT s.rowid AS id FROM clip_search s
                           WHERE clip_search MATCH @match AND +s.rowid IN (SELECT value FROM json_each(@rest))
                           ORDER BY ${inLead} DESC, ${BM25_ORDER} LIMIT @limit OFFSET @offset`,
          titleLeadSql: `SELECT s.rowid AS id FROM clip_search s WHERE clip_search MATCH @match AND ${where} AND (${inTitle} OR ${inLead})
                         ORDER BY ${inTitle} DESC, ${BM25_ORDER} LIMIT @limit OFFSET @offset`,
          titleLeadCountSql: `SELECT count(*) FROM clip_search s WHERE clip_search MATCH @match AND ${where} AND (${inTitle} OR ${inLead})`,
          restSql: ranked(` AND NOT ${inTitle} AND NOT ${inLead}`),
          smallSql: `SELECT s.rowid AS id FROM clip_search s WHERE clip_search MATCH @match AND ${where}
                     ORDER BY ${inTitle} DESC, ${inLead} DESC, ${BM25_ORDER} LIMIT @limit OFFSET @offset`,
        };
      }
      return {
        sql: ranked(''),
        countSql: `SELECT count(*) FROM clip_search s WHERE clip_search MATCH @match AND ${where}`,
        params,
        text: true,
        phrases: compiled.phrases,
        tiers,
      };
    }
    return {
      sql: `SELECT c.id FROM clip_search JOIN clips c ON c.id = clip_search.rowid
            WHERE clip_search MATCH @match AND ${where}
            ORDER BY ${ORDER_SQL[sort as ClipSort]} LIMIT @limit OFFSET @offset`,
      countSql: `SELECT count(*) FROM clip_search JOIN clips c ON c.id = clip_search.rowid WHERE clip_search MATCH @match AND ${where}`,
      params,
      text: true,
      phrases: compiled.phrases,
      tiers: null,
    };
  }
  const listSort = sort !== 'relevance' ? sort : 'published';
  return {
    sql: `SELECT c.id FROM clips c WHERE ${where} ORDER BY ${ORDER_SQL[listSort]} LIMIT @limit OFFSET @offset`,
    countSql: `SELECT count(*) FROM clips c WHERE ${where}`,
    params,
    text: false,
    phrases: [],
    tiers: null,
  };
}

type Row = Parameters<typeof toSummary>[0];

/**
 * Statements of a search's shape (its SQL depends on the query's operators and filters, never on its words, which
 * are bound): the last SHAPES of them kept per database, as the statement cache (statements.ts) keeps the fixed
 * ones. Preparing a tiered search's statements cost about as much as its page's rows.
 */
const SHAPES = 64;
const shapes = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function shaped(db: Database.Database, sql: string): Database.Statement {
  let cache = shapes.get(db);
  if (!cache) shapes.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (prepared) cache.delete(sql);
  else {
    prepared = db.prepare(sql);
    if (cache.size >= SHAPES) cache.delete(cache.keys().next().value!);
  }
  // (most recently used last)
  cache.set(sql, prepared);
  return prepared;
}

/** Only the named parameters a statement uses (better-sqlite3 refuses others). */
function paramsFor(sql: string, params: Record<string, string | number>): Record<string, string | number> {
  const used = namesIn(sql);
  return Object.fromEntries(Object.entries(params).filter(([key]) => used.has(key)));
}

/** The named parameters of a statement's SQL, remembered per SQL text (a RegExp per name and call cost more) */
const NAMES = new Map<string, ReadonlySet<string>>();
function namesIn(sql: string): ReadonlySet<string> {
  let names = NAMES.get(sql);
  if (!names) {
    names = new Set(Array.from(sql.matchAll(/@(\w+)/g), (m) => m[1]!));
    if (NAMES.size >= SHAPES * 4) NAMES.clear();
    NAMES.set(sql, names);
  }
  return names;
}

/**
 * How "relevance" orders a text search's hits — a trade-off, measured on a 100,000-clip library:
 *
 * bm25 costs about 1 µs per hit (FTS5 reads each hit's positions and its row size), and a common word hits a
 * quarter to a half of such a library: ranking every hit exactly took 20–60 ms before counting and snippets, and
 * no index lets FTS5 stop early (it has no per-block maximum scores). So the order is bm25 within three tiers:
 * first the hits whose title holds one of the search words, then those whose lead (the body's opening, migration
 * 0010) holds one, then the rest. bm25's title weight (8, BM25_WEIGHTS) already puts a title hit above all but
 * body-only hits with many mentions in a short text; on the benchmark's words the exact top 100 was entirely title
 * hits whenever there were any. Where the titles hold too few, the page goes on with the lead hits (a tenth of the
 * hits or fewer: a word in a story's opening sentence says what it is about), and only deep pages rank the rest.
 * Ranking only the newest N hits was the other cheap choice; it was rejected because it hides the best old clip,
 * which a cuttings library exists to keep.
 *
 * Which clips' titles (leads) hold a search word comes from their own index (clip_title_search, migration 0007;
 * clip_lead_search, 0010): asking the main index meant a pass over every hit's positions with a column filter.
 *
 * The count and the ids of one page: tier 1's rows, then tier 2's once tier 1 runs out, then tier 3's.
 */
function relevancePage(db: Database.Database, found: SearchSql, smallHits: number): { total: number; ids: number[] } {
  const tiers = found.tiers!;
  const { params } = found;
  const run = (sql: string, limit: number, offset: number) =>
    shaped(db, sql).pluck().all(paramsFor(sql, { ...params, limit, offset })) as number[];
  const count = (sql: string) => shaped(db, sql).pluck().get(paramsFor(sql, params)) as number;
  const limit = Number(params.limit);
  const offset = Number(params.offset);
  const get = (sql: string) => shaped(db, sql).pluck(false).get(paramsFor(sql, params)) as Record<string, unknown>;
  if (tiers.onceEverySql) {
    // few hits pass the filters: all of them scored, in their tiers, by one statement
    const every = get(tiers.onceEverySql) as { total: number; ids: string };
    return { total: every.total, ids: JSON.parse(every.ids) as number[] };
  }
  // a word in no title (no lead) skips that tier's pass over every hit
  const titles = Object.values(get(tiers.titlesSql))[0] as number;
  const anyTitle = titles > 0;
  // the titles may fill the page: tier 2 is reached only when tier 1's hits (the titles that pass the words and
  // filters) run short, so whether any lead holds a word is asked then (a prefix's terms cost up to 1 ms to set
  // up in the leads' index, for a tier most pages never reach)
  const titlesMayFill = anyTitle && titles >= offset + limit;
  let leadHit: boolean | undefined;
  const anyLead = () => (leadHit ??= Object.values(get(tiers.anyLeadSql))[0] === 1);
  const first = { sql: tiers.firstSql, countSql: tiers.countSql };
  const lead = { sql: tiers.leadSql, countSql: tiers.leadCountSql };
  const ranked: { sql: string; countSql: string | null; ifAnyLead?: true }[] = [
    // (fewer titles than the page's end: tier 1 ends on the page, and one pass ranks tiers 1 and 2)
    ...(anyTitle && !titlesMayFill && anyLead()
      ? [{ sql: tiers.titleLeadSql, countSql: tiers.titleLeadCountSql }]
      : [...(anyTitle ? [first] : []), ...(titlesMayFill ? [{ ...lead, ifAnyLead: true as const }] : anyLead() ? [lead] : [])]),
    // tier 3; with no title or lead hit, plain bm25 order (no test against their lists)
    { sql: anyTitle || anyLead() ? tiers.restSql : found.sql, countSql: null },
  ];
  let total: number;
  let ids: number[];
  // the hits in the tiers before the next one to run
  let before = 0;
  if (tiers.onceSql && tiers.onceAllSql && tiers.onceTitleSql) {
    // tiers 1 and 2 from the one statement (tier 1 alone when the titles may fill the page; every tier, as one,
    // when no title or lead holds a word)
    const once = get(titlesMayFill ? tiers.onceTitleSql : anyTitle || anyLead() ? tiers.onceSql : tiers.onceAllSql) as {
      total: number; firsts: number; ids: string; rest: string;
    };
    total = once.total;
    ids = JSON.parse(once.ids) as number[];
    before = once.firsts;
    ranked.splice(0, titlesMayFill ? 1 : ranked.length - 1);
    if (total - once.firsts <= FEW_REST) {
      // the unscored hits, listed: tier 3 (or tiers 2 and 3, after tier 1 alone)
      params.rest = once.rest;
      ranked.splice(0, ranked.length, { sql: titlesMayFill ? tiers.leadRestIdsSql : tiers.restIdsSql, countSql: null });
    }
  } else if (tiers.countAndTitlesSql && titlesMayFill) {
    // the count and tier 1, ranked, from one pass (a prefix's words merged, a phrase matched, once less)
    const once = get(tiers.countAndTitlesSql) as { total: number; ids: string };
    const firsts = JSON.parse(once.ids) as number[];
    total = once.total;
    ids = firsts.slice(offset, offset + limit);
    before = firsts.length;
    ranked.splice(0, 1);
  } else {
    total = count(found.countSql);
    if (total <= smallHits) return { total, ids: total === 0 ? [] : run(tiers.smallSql, limit, offset) };
    ids = [];
  }
  for (const tier of ranked) {
    if (ids.length === limit || offset + ids.length >= total) break;
    if (tier.ifAnyLead && !anyLead()) continue;
    const tierOffset = Math.max(0, offset - before);
    const page = run(tier.sql, limit - ids.length, tierOffset);
    ids.push(...page);
    if (tier.countSql === null) break;
    // the tier ended on this page (it held tierOffset + page.length hits), or before it: count it
    if (ids.length < limit) before += page.length > 0 || tierOffset === 0 ? tierOffset + page.length : count(tier.countSql);
  }
  return { total, ids };
}

/**
 * Snippets of the page's clips, by id, made from their indexed text (search-snippets.ts: FTS5's snippet() cost
 * 11–18 ms a page at 100,000 clips). A clip where none of the phrases is found there (a spelling the index
 * folds differently) gets FTS5's snippet().
 *
 * Ids are bound as BigInt: better-sqlite3 binds a JS number as a REAL, and FTS5 (SQLite 3.53) does not use a
 * REAL rowid constraint to seek: `rowid = ?` then gave every hit, and `rowid BETWEEN ? AND ?` walked them all.
 */
function pageSnippets(db: Database.Database, match: string, phrases: readonly SnippetPhrase[], ids: readonly number[]): Map<number, string> {
  // the page's text in one statement, from the index's stored columns (c0 … c4, in SEARCH_COLUMNS' order): a
  // lookup through the full-text table per clip cost half as much again
  const rows = statement(db, `SELECT id, ${SEARCH_COLUMNS.map((_, i) => `c${i}`).join(', ')} FROM clip_search_content WHERE id IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(JSON.stringify(ids)) as [number, ...(string | null)[]][];
  const texts = new Map(rows.map(([id, ...columns]) => [id, columns]));
  const fallback = statement(db, `SELECT ${SNIPPET_SQL} FROM clip_search WHERE clip_search MATCH ? AND rowid = ?`).pluck();
  const snippets = new Map<number, string>();
  const pattern = phrases.length ? phrasesPattern(phrases) : null;
  for (const id of ids) {
    const columns = texts.get(id);
    const made = columns && pattern ? makeSnippet(columns, phrases, pattern) : null;
    snippets.set(id, made ?? ((fallback.get(match, BigInt(id)) as string | undefined) ?? ''));
  }
  return snippets;
}

/**
 * Above this share of the library, a list of the clips with one tag or one speaker walks the clips by date and
 * tests each (a few hundred tests for a page) instead of listing all of that tag's or speaker's clips first (55,000
 * for the commonest tag of a 100,000-clip library: 10 ms before the first row).
 */
const DENSE_SHARE = 0.02;

/**
 * A list with one tag or one speaker and nothing else (no words, the default order): the count from what the
 * library keeps (a tag's live_clips) or from one index (a speaker's clips), not by testing every clip of the
 * library against the filter (35–45 ms at 100,000 clips). Null when the request is of another shape.
 */
function oneFilterList(db: Database.Database, request: SearchRequest, trashEmpty: boolean): { total: number; ids: number[] } | null {
  if (request.sort !== undefined && request.sort !== 'relevance' && request.sort !== 'published') return null;
  const parsed = parseQuery(request.query);
  if (parsed.groups.length || parsed.excluded.length) return null;
  const values = filterValues(request, parsed);
  const used = FILTER_NAMES.filter((name) => values[name].length > 0);
  if (used.length !== 1 || values[used[0]!].length !== 1 || (used[0] !== 'tag' && used[0] !== 'speaker')) return null;
  const value = values[used[0]!][0]!;
  let total: number;
  let member: string;
  let id: number;
  if (used[0] === 'tag') {
    const ids = statement(db, 'SELECT id FROM tags WHERE name = ? UNION SELECT tag_id FROM tag_aliases WHERE name = ?').pluck().all(value, value) as number[];
    if (ids.length !== 1) return null;
    id = ids[0]!;
    total = statement(db, 'SELECT live_clips FROM tags WHERE id = ?').pluck().get(id) as number;
    member = 'EXISTS (SELECT 1 FROM clip_tags ct WHERE ct.clip_id = c.id AND ct.tag_id = ?)';
  } else {
    const speaker = findSpeaker(db, value);
    if (!speaker) return null;
    id = speaker.id;
    const clips = 'SELECT DISTINCT clip_id FROM quotes INDEXED BY quotes_speaker_id WHERE speaker_id = ?';
    total = statement(db, `SELECT count(*) FROM (${clips}) q${trashEmpty ? '' : ' WHERE q.clip_id NOT IN (SELECT id FROM clips WHERE deleted_at IS NOT NULL)'}`).pluck().get(id) as number;
    member = 'EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = ? AND q.clip_id = c.id)';
  }
  const limit = request.limit ?? DEFAULT_LIMIT;
  const offset = request.offset ?? 0;
  if (total === 0 || offset >= total) return { total, ids: [] };
  // (max(id) stands for the library's size: one seek)
  const size = (statement(db, 'SELECT max(id) FROM clips').pluck().get() as number | null) ?? 0;
  if (total < DENSE_SHARE * size) {
    // a rare tag or speaker: the general list, whose filter lists are small
    const found = searchSql(request, (name) => findSpeaker(db, name)?.id ?? null, { trashEmpty });
    return { total, ids: shaped(db, found.sql).pluck().all(paramsFor(found.sql, found.params)) as number[] };
  }
  const ids = statement(db, `SELECT c.id FROM clips c INDEXED BY clips_live_published WHERE c.deleted_at IS NULL AND ${member}
    ORDER BY ${ORDER_SQL.published} LIMIT ? OFFSET ?`).pluck().all(id, limit, offset) as number[];
  return { total, ids };
}

/**
 * Which filters of a text search let through few clips (SearchOptions.fewHits: at most `smallHits`, SMALL_HITS
 * but for tests; fewDates), from counts that cost one index range each, capped: a tag's live_clips (each of its
 * names), a speaker's clips, the clips of a from: or to: date range. (source: is a column of the full-text index:
 * part of the words.) Only the plan depends on these counts, never the hits.
 */
function fewHitsFilter(db: Database.Database, request: SearchRequest, smallHits: number): Pick<SearchOptions, 'fewHits' | 'fewDates'> {
  if (request.sort !== undefined && request.sort !== 'relevance') return {};
  const parsed = parseQuery(request.query);
  if (!parsed.groups.length) return {};
  const filters = filterValues(request, parsed);
  const cap = smallHits + 1;
  const fewDateClips = Math.min(FEW_DATE_CLIPS, smallHits);
  const sizes: number[] = [];
  for (const tag of filters.tag) {
    sizes.push(statement(db, `SELECT coalesce(sum(live_clips), 0) FROM tags WHERE id IN (
      SELECT id FROM tags WHERE name = ? UNION SELECT tag_id FROM tag_aliases WHERE name = ?)`).pluck().get(tag, tag) as number);
  }
  for (const name of filters.speaker) {
    const id = findSpeaker(db, name)?.id;
    const clips = id !== undefined
      ? statement(db, 'SELECT count(*) FROM (SELECT DISTINCT clip_id FROM quotes INDEXED BY quotes_speaker_id WHERE speaker_id = ? LIMIT ?)').pluck().get(id, cap)
      : statement(db, 'SELECT count(*) FROM (SELECT DISTINCT clip_id FROM quotes WHERE speaker = ? COLLATE NOCASE LIMIT ?)').pluck().get(name, cap);
    // (counted with the trash: an upper bound)
    sizes.push(clips as number);
  }
  const fewDates = new Set<string>();
  const range = (op: '>=' | '<', day: string) => {
    const n = statement(db, `SELECT count(*) FROM (SELECT 1 FROM clips INDEXED BY clips_live_published WHERE deleted_at IS NULL AND published ${op} ? LIMIT ?)`).pluck().get(day, cap) as number;
    sizes.push(n);
    if (n <= fewDateClips) fewDates.add(`${op}${day}`);
  };
  for (const from of filters.from) range('>=', dateRange(from, 'from')[0]);
  for (const to of filters.to) range('<', dateRange(to, 'to')[1]);
  return { fewHits: sizes.some((n) => n <= smallHits), fewDates };
}

/** Knobs for tests: a small library takes the paths of a big one. */
export interface SearchTuning {
  /** SMALL_HITS */
  smallHits?: number;
}

/**
 * Runs a search: the count, the page's ids (relevancePage: ranked over the title tier, or over every hit when a
 * page reaches past it), then the list columns and snippets for those few clips only.
 */
export function search(db: Database.Database, request: SearchRequest, tuning: SearchTuning = {}): SearchResult {
  // (one seek of the clips_trash partial index)
  const trashEmpty = !statement(db, 'SELECT EXISTS (SELECT 1 FROM clips WHERE deleted_at IS NOT NULL)').pluck().get();
  const found = searchSql(request, (name) => findSpeaker(db, name)?.id ?? null, { trashEmpty, ...fewHitsFilter(db, request, tuning.smallHits ?? SMALL_HITS) });
  const oneFilter = found.text ? null : oneFilterList(db, request, trashEmpty);
  try {
    // (the SQL depends on the query's shape: its statements come from shaped())
    let total: number;
    let ids: number[];
    if (found.tiers) ({ total, ids } = relevancePage(db, found, tuning.smallHits ?? SMALL_HITS));
    else if (oneFilter) ({ total, ids } = oneFilter);
    else {
      total = shaped(db, found.countSql).pluck().get(paramsFor(found.countSql, found.params)) as number;
      ids = total === 0 ? [] : (shaped(db, found.sql).pluck().all(paramsFor(found.sql, found.params)) as number[]);
    }
    // the page's rows in one statement (a statement per clip cost a fifth more)
    const rows = ids.length ? (statement(db, `SELECT ${SUMMARY_COLUMNS} FROM clips c WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Row[]) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const snippets = found.text ? pageSnippets(db, String(found.params.match), found.phrases, ids) : null;
    return {
      total,
      clips: ids.map((id) => {
        const row = byId.get(id)!;
        return snippets ? { ...toSummary(row), snippet: snippets.get(id) ?? '' } : toSummary(row);
      }),
    };
  } catch (error) {
    // the expression is built from quoted phrases only, so this is a bug, not the user's syntax; say so plainly
    if (error instanceof Error && /fts5|MATCH/i.test(error.message)) {
      throw new SearchSyntaxError(`the search "${request.query}" could not be run (${error.message})`);
    }
    throw error;
  }
}
