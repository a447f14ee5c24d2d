// Pass 5 — the main region: the run of blocks with the most content in it (maximum-sum subarray, as in Finn,
// Kushmerick & Smyth's Body Text Extraction). Content blocks add, furniture subtracts; one linear scan.
import { DEFAULT_END_MARKER_MIN_WORDS, END_MARKER_REASONS, HARD_END_MARKER, REGION_WEIGHTS as W } from './tables';
import { closingWord, LINE_TESTS, lineTest, type Features, type LineMemo } from './03-features';
import type { Verdict } from './04-classify';

export interface Region {
  start: number;
  /** exclusive */
  end: number;
}

/** The verdict reasons of the end markers, whole (no slice of each block's reason to look up). */
const END_MARKER_VERDICTS: ReadonlySet<string> = new Set([...END_MARKER_REASONS].map((r) => `boilerplate: ${r}`));

export function blockWeight(v: Verdict, f: Features): number {
  if (END_MARKER_VERDICTS.has(v.reason)) return W.endMarker;
  let w: number;
  switch (v.cls) {
    case 'good': w = f.words * W.good; break;
    case 'near': w = f.words * W.near; break;
    case 'short': w = Math.min(-W.shortMin, f.words * W.short); break;
    default: w = Math.min(-W.badMin, f.words * W.bad);
  }
  if (f.repeated > 0 && v.cls !== 'good') w += W.repeated;
  if (f.headerLine) w = Math.min(w, W.header);
  return w;
}

/**
 * A sign-up box inside the article: "Sign up to our newsletter", then its small print ("We will use your email
 * address only for … see our Privacy Notice"). The small print is a footer by its words and would cost its length,
 * enough to cut the article in two at the box; right under a subscription prompt it costs what the prompt costs.
 */
export function signUpSmallPrint(weights: number[], verdicts: readonly Verdict[]): number[] {
  for (let i = 1; i < verdicts.length; i++) {
    if (verdicts[i]!.reason === FOOTER_VERDICT && verdicts[i - 1]!.reason === SUBSCRIPTION_VERDICT) weights[i] = Math.max(weights[i]!, -W.badMin);
  }
  return weights;
}
const FOOTER_VERDICT = 'boilerplate: footer';
const SUBSCRIPTION_VERDICT = 'boilerplate: subscription prompt';

/**
 * Where the article must end: the first hard end marker ("Comments", a comment's header) that follows enough
 * content. Comments can hold more words than the article itself, so weights alone cannot stop there.
 */
/** `memos`: the blocks' line memos (the end-marker test is remembered there). */
export function articleLimit(texts: readonly string[], contentWords: readonly number[], memos: ReadonlyArray<LineMemo | undefined> = []): number {
  let words = 0;
  for (let i = 0; i < texts.length; i++) {
    if (words >= DEFAULT_END_MARKER_MIN_WORDS && lineTest(memos[i], LINE_TESTS.endMarker, texts[i]!, isEndMarker)) return i;
    words += contentWords[i]!;
  }
  return texts.length;
}

/**
 * Cheap tests before HARD_END_MARKER (whose comment-header form backtracks over the whole line): its headings start
 * with a digit or their first letters, a comment's header ends in "said:", "wrote" … (same flags as the marker).
 */
const HARD_END_OPENING = /^(?:\d|comm|resp|read|leav|post|join|komm|come|комм)/iu;
const HARD_END_CLOSING = /(?:said|says|wrote|commented|replied)$/iu;
function mayEndArticle(text: string): boolean {
  return HARD_END_OPENING.test(text) || HARD_END_CLOSING.test(closingWord(text));
}
const isEndMarker = (text: string): boolean => mayEndArticle(text) && HARD_END_MARKER.test(text);

/**
 * Context: article paragraphs come in runs, a teaser stands alone between its headline and the next teaser's
 * byline. A content block with no content neighbour counts for less (jusText's context step, in weights).
 */
export function contextWeights(weights: readonly number[], verdicts: readonly Verdict[], features: readonly Features[]): number[] {
  const content = (i: number) => {
    if (i < 0 || i >= verdicts.length) return false;
    const c = verdicts[i]!.cls;
    // a short sentence ("He declined to comment.") is text too; a short line without a full stop is not
    return c === 'good' || c === 'near' || (c === 'short' && features[i]!.sentence && features[i]!.words >= SENTENCE_NEIGHBOUR_WORDS);
  };
  return weights.map((w, i) => {
    if (w <= 0) return w;
    for (let d = 1; d <= ISOLATION_RADIUS; d++) if (content(i - d) || content(i + d)) return w;
    return w * W.isolated;
  });
}

/** A content block is isolated when no other text lies within this many blocks (a caption may sit between). */
const ISOLATION_RADIUS = 2;
/** A short sentence of at least this many words counts as a text neighbour. */
const SENTENCE_NEIGHBOUR_WORDS = 4;

/**
 * Lists the article introduces with a colon ("Tour dates:", "You will need:"): the short lines that follow are
 * items, not a menu. Returns their indices; they weigh a little for the article instead of against it.
 */
/** `memos`: the blocks' line memos (the dated-item test is remembered there). */
export function introducedLists(texts: readonly string[], verdicts: readonly Verdict[], features: readonly Features[], memos: ReadonlyArray<LineMemo | undefined> = []): Set<number> {
  const items = new Set<number>();
  const datedItem = (k: number): boolean => lineTest(memos[k], LINE_TESTS.datedItem, texts[k]!, isDatedItem);
  for (let i = 0; i + 1 < texts.length; i++) {
    const v = verdicts[i]!;
    // (an end-anchored pattern is tried from every position of the text: the last character is checked instead)
    if (!endsWithColon(texts[i]!) || v.reason.startsWith('boilerplate') || features[i]!.words < LIST_INTRO_MIN_WORDS) continue;
    let j = i + 1;
    while (j < texts.length && j - i <= LIST_MAX_ITEMS && listItemShape(verdicts[j]!) && features[j]!.repeated === 0
      && features[j]!.words >= 2) j++;
    if (j - i - 1 >= LIST_MIN_ITEMS) for (let k = i + 1; k < j; k++) items.add(k);
  }
  // a run of dated items right after the text ("June 9 – Tampa, FL @ Arena"): tour dates, a schedule, a timeline —
  // with or without a heading line before it
  for (let i = 0; i < texts.length; i++) {
    if (!datedItem(i)) continue;
    let j = i;
    while (j < texts.length && j - i < LIST_MAX_ITEMS && datedItem(j) && listItemShape(verdicts[j]!)) j++;
    if (j - i >= DATED_LIST_MIN_ITEMS) {
      const head = i - 1 >= 0 && verdicts[i - 1]!.cls === 'short' && !verdicts[i - 1]!.reason.startsWith('boilerplate') ? i - 1 : i;
      const before = verdicts[head - 1];
      if (before && (before.cls === 'good' || before.cls === 'near')) for (let k = head; k < j; k++) items.add(k);
    }
    i = j;
  }
  return items;
}

/**
 * Tables copied as lines ("England (Group A): 10th appearance", "DL Name 63 85% 1 tackle (1 combined).") right
 * next to the text: runs of rows of one shape, told by the structural marks they share. They weigh nothing in
 * the region search (a table must not carry the region over a bio below it); the region takes in one at its edge.
 */
/** `memos`: the blocks' line memos (a row's key is remembered there). */
export function tableRuns(texts: readonly string[], verdicts: readonly Verdict[], features: readonly Features[], memos: ReadonlyArray<LineMemo | undefined> = []): Region[] {
  const tables: Region[] = [];
  // (each row's key once: the scan below reads the rows after a candidate again; -1: not read yet)
  const keys = new Float64Array(texts.length).fill(-1);
  const rowKey = (k: number): number => {
    if (keys[k]! < 0) {
      const memo = memos[k];
      keys[k] = memo === undefined ? rowKeyOf(texts[k]!) : (memo.rowKey ??= rowKeyOf(texts[k]!));
    }
    return keys[k]!;
  };
  for (let i = 0; i < texts.length; i++) {
    if (!listItemShape(verdicts[i]!) || features[i]!.repeated > 0) continue;
    const key = rowKey(i);
    if (!key) continue;
    let j = i + 1;
    let same = 1;
    while (j < texts.length && j - i < LIST_MAX_ITEMS && listItemShape(verdicts[j]!) && features[j]!.repeated === 0) {
      const k = rowKey(j);
      if (k === key) same++;
      else if (!k || !(j + 1 < texts.length && rowKey(j + 1) === key)) break; // one odd row inside a table is fine
      j++;
    }
    while (j > i && rowKey(j - 1) !== key) j--;
    if (same >= TABLE_MIN_ROWS && nextToText(i, j, verdicts)) tables.push({ start: i, end: j });
    i = Math.max(i, j - 1);
  }
  return tables;
}

/** The region grown over tables at its edges, with their heading lines; rows inside the region are kept. */
export function withTables(region: Region, tables: readonly Region[], verdicts: readonly Verdict[]): Region {
  let { start, end } = region;
  const heading = (k: number) => k >= 0 && verdicts[k]!.cls === 'short' && !verdicts[k]!.reason.startsWith('boilerplate');
  for (const t of tables) {
    let head = t.start;
    while (head > 0 && t.start - head < TABLE_HEAD_LINES && heading(head - 1)) head--;
    if (head <= end && t.start >= end) end = t.end;
  }
  for (let n = tables.length - 1; n >= 0; n--) {
    const t = tables[n]!;
    let head = t.start;
    while (head > 0 && t.start - head < TABLE_HEAD_LINES && heading(head - 1)) head--;
    if (t.end >= start && t.start < start) start = head;
  }
  return { start, end };
}
/** Heading lines over a table ("Linebacker", "Pos Player Plays % Stats") are at most this many. */
const TABLE_HEAD_LINES = 3;

/** A table needs this many rows of one shape. */
const TABLE_MIN_ROWS = 4;
/** Marks that give a row its shape; sentence punctuation (. , ' ") does not. */
const ROW_MARKS = '():;%|/@#$€£¥₩+=*–—-';
/** ROW_MARKS by code: ASCII in a table, the others in a set (each is one UTF-16 code unit). */
const ROW_MARK_ASCII = new Uint8Array(128);
const ROW_MARK_OTHER = new Set<number>();
for (const ch of ROW_MARKS) {
  const c = ch.charCodeAt(0);
  if (c < 128) ROW_MARK_ASCII[c] = 1;
  else ROW_MARK_OTHER.add(c);
}
/**
 * A row's shape: its first ROW_KEY_MARKS structural marks ("()" for "Spain (Group F): 11th"), 0 for plain text.
 * The marks' codes make one number (equal numbers, equal marks; up to three marks fit a double exactly): a char
 * loop, no pattern match or string per row.
 */
function rowKeyOf(text: string): number {
  let key = 0;
  let marks = 0;
  for (let i = 0; i < text.length && marks < ROW_KEY_MARKS; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ROW_MARK_ASCII[c] === 1 : ROW_MARK_OTHER.has(c)) {
      key = key * 0x10000 + c;
      marks++;
    }
  }
  return key;
}
const ROW_KEY_MARKS = 2;
/** A table belongs to the article when text sits right above it (a heading line may come between) or below it. */
function nextToText(from: number, to: number, verdicts: readonly Verdict[]): boolean {
  const text = (k: number) => k >= 0 && k < verdicts.length && (verdicts[k]!.cls === 'good' || verdicts[k]!.cls === 'near');
  const heading = (k: number) => k >= 0 && verdicts[k]!.cls === 'short' && !verdicts[k]!.reason.startsWith('boilerplate');
  return text(from - 1) || (heading(from - 1) && text(from - 2)) || text(to);
}

/** text.trimEnd().endsWith(':'), with no new string for a line whose last character is printable ASCII (most). */
function endsWithColon(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c === 58) return true;
  return c <= 32 || c >= 128 ? text.trimEnd().endsWith(':') : false;
}
const isDatedItem = (text: string): boolean => DATED_ITEM.test(text);

/** A list item is a short line, or a line of names and figures (few stop words), never boilerplate. */
const listItemShape = (v: Verdict): boolean => v.cls === 'short' || (v.cls === 'bad' && v.reason.startsWith('few stop words'));
/** "June 9 – …", "Sept. 12: …", "Oct 3 -- …": a list item led by a day */
const DATED_ITEM = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–—:]|--)\s*\S/i;
/** A dated list needs this many items in a row. */
const DATED_LIST_MIN_ITEMS = 4;
/** A list intro ("Tour dates:") has at least this many words; a bare "Menu:" does not introduce a list. */
const LIST_INTRO_MIN_WORDS = 3;
const LIST_MIN_ITEMS = 2;
const LIST_MAX_ITEMS = 80;

/** The maximum-sum run of weights in [from, to) (Kadane). Empty region when nothing is positive. */
export function mainRegion(weights: readonly number[], from = 0, to = weights.length): Region {
  let best = 0;
  let bestStart = from;
  let bestEnd = from;
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) { sum = 0; start = i; }
    sum += weights[i]!;
    if (sum > best) { best = sum; bestStart = start; bestEnd = i + 1; }
  }
  return { start: bestStart, end: bestEnd };
}

/**
 * A "Related articles" box right under the first paragraph (the article's lead, then the box, then the rest):
 * the region search stops at the box and loses the lead. When the blocks above the region are a box heading
 * with its links, and above them text that starts right under a header line (date, byline), the region starts
 * at that text.
 */
export function leadAboveBox(region: Region, texts: readonly string[], verdicts: readonly Verdict[], features: readonly Features[]): Region {
  let j = region.start - 1;
  while (j >= 0 && region.start - j <= BOX_MAX_LINKS && verdicts[j]!.cls === 'short') j--;
  if (j < 0 || verdicts[j]!.reason !== 'boilerplate: related heading') return region;
  let k = j - 1;
  while (k >= 0 && j - k <= LEAD_MAX_BLOCKS && (verdicts[k]!.cls === 'good' || verdicts[k]!.cls === 'near')) k--;
  if (k === j - 1 || k < 0) return region;
  if (!features[k]!.headerLine && !(features[k]!.words <= HEADER_MAX_WORDS && HEADER_LABEL.test(texts[k]!))) return region;
  return { start: k + 1, end: region.end };
}

/** "Published: 10:48, Tue …", "Updated …", "By …": a header line however its date is written */
const HEADER_LABEL = /^(?:published|updated|posted|first published|by)\b/i;
const HEADER_MAX_WORDS = 25;
/** A related box holds at most this many links. */
const BOX_MAX_LINKS = 10;
/** A lead above a box is at most this many paragraphs. */
const LEAD_MAX_BLOCKS = 3;
