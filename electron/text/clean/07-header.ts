// Pass 7 — the header: headline, deck, byline, published and captured dates. They sit just above the body
// (or just inside its first blocks); they are found by shape, then chosen by their place next to each other.
import { BoundedMemo } from '../memo';
import { findDates, mayHoldDate, monthDayLine, type DateContext, type FoundDate } from '../dates';
import {
  AGENCIES,
  BYLINE_ROLE_WORDS,
  DEFAULT_FOOTER_WINDOW,
  DEFAULT_HEADER_WINDOW,
  DEFAULT_TITLE_MAX_WORDS,
  MASTHEADS,
  REGEXPS,
} from './tables';
import { AUTHOR_LINK_LABEL, DESK_TAILS, GLUED_NAME_TAILS, HEADLINE_LABEL, MORE_BYLINE_OPENERS, NOT_NAME_WORDS } from './header-tables';
import { underCaptionLabel, type Block } from './02-blocks';
import { creditBelow, endsWithCredit } from './credits';
import { detached } from '../strings';
import { LINE_TESTS, lineTest, type Features, type LineMemo } from './03-features';
import type { Verdict } from './04-classify';
import type { Region } from './05-region';

export interface Byline {
  byline: string;
  authors: string[];
  /** only agencies / desks were named */
  agencyOnly: boolean;
  /** 2: opened with "By"; 1: an agency or a name before a date; 0: a bare name line */
  strength: number;
  /** only a desk ("Harbour Post Staff") with no "By": a byline under the headline, a box heading elsewhere */
  deskOnly?: boolean;
  /** names ran on into an outlet with no comma ("Ann Roe Valley Courier"), read next to the headline */
  outlet?: boolean;
  /** the publication the byline names after its people ("By JANE ROE | The Valley Herald") */
  publication?: string;
}

export interface Header {
  title: string | null;
  titleIndex: number;
  subtitle: string | null;
  subtitleIndex: number;
  byline: Byline | null;
  bylineIndex: number;
  published: FoundDate | null;
  publishedIndex: number;
  captured: FoundDate | null;
  capturedIndex: number;
  /** blocks used by the header: never body */
  used: Set<number>;
  warnings: string[];
  confidence: { title: number; published: number; byline: number };
}

const isCaptionLike = (text: string): boolean => REGEXPS.caption.test(text) || REGEXPS.captionOpener.test(text) || REGEXPS.captionCredit.test(text);

/** Lines longer than this are prose: a date inside them is not the article's date. */
const DATE_LINE_MAX_WORDS = 25;
/** A line counts as "date-only" when the date text covers this share of it. */
const DATE_ONLY_SHARE = 0.55;
/** How many blocks into the main region the header may still reach (byline under a short first line …). */
const HEADER_INTO_REGION = 6;
/** Headlines this long (words) or longer get the full length bonus. */
const TITLE_GOOD_WORDS = 12;
/** Masthead names, lower case, without a leading "the". */
const MASTHEAD_SET = new Set(MASTHEADS.map((m) => m.toLowerCase().replace(/^the\s+/, '')));
/** How far around the article to look for a line that contains the headline. */
const CONTAINS_REACH = 150;
/** A line holding the headline adds only a little around it ("Share options for: …", "… | Site"), not a paragraph. */
const CONTAINED_EXTRA = 60;
/** A date inside a longer line is not a header line for the headline next to it. */
const HEADER_DATE_MAX_WORDS = 12;
/** A headline stands at most this many blocks above its byline or date. */
const HEADLINE_REACH = 4;
/** "1 day ago", "Published 3 hours ago": a date line even when no capture date tells which day. */
const RELATIVE_DATE_LINE = /^(?:(?:published|updated|posted)\s*:?\s*)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\s+ago$/i;
const isRelativeDateLine = (text: string): boolean => RELATIVE_DATE_LINE.test(text);
const NO_DATES: FoundDate[] = [];
const hasNoLetters = (text: string): boolean => REGEXPS.noLetters.test(text);
/** A person's name (before a comma) with no word that never stands in one: a byline, not a headline. */
const isBareName = (text: string): boolean => REGEXPS.personName.test(text.replace(/,.*$/, '')) && !hasNotNameWord(text.replace(/,.*$/, ''));
/** Lines of fewer words do not count towards the header window (menu items, a picker's entries). */
const ZONE_SHORT_WORDS = 3;
/** The header window reaches at most this many blocks above the body, however many short lines it skips. */
const ZONE_MAX_REACH = 120;
/** A run of teasers repeats its shape every this many lines (label, headline, date: 3). */
const TEASER_STEP_MIN = 2;
const TEASER_STEP_MAX = 4;
/** Score taken from a headline that heads a teaser's date in such a run. */
const TEASER_PENALTY = 4;
/** Score for a headline that another line repeats inside it. */
const CONTAINED_BONUS = 2;
/**
 * Score for a line the page prints again right under a share box's label ("Share or comment on this article:"
 * then the headline: a tabloid's, whose bullet points under the headline stand nearer its byline and date).
 * A repeated line alone is no such sign: menus and footers repeat too.
 */
const SHARED_COPY_BONUS = 4;
/** The label of a share box, which prints the article's headline after it. */
const SHARE_LABEL = /^(?:share or comment on this (?:article|story)|share this (?:article|story|page)|share (?:the|this) story)\s*:?$/i;
/** A line above the best headline wins when it scores at most this much less: it is the headline, the other the deck. */
const DECK_MARGIN = 3;
/** "Published 1 day ago", "Updated: …": a date label, even when the date itself cannot be read. */
const DATE_LABEL = /^(?:published|updated|posted|last updated|first published|modified)\b/i;
/** A site's own name ("The GiveWell Blog", "Tech News"), not an article's headline. */
const SITE_NAME = /\b(?:blog|news|magazine|times|post|journal|daily|weekly|online|digital|network|tv|radio)$/i;
/** A deck has at least this many words. */
const DECK_MIN_WORDS = 15;
/** …or at least this many when the line above is in Title Case and it is not (headline, then sentence-case deck). */
const DECK_CASED_MIN_WORDS = 10;
const DECK_CAPS_GAP = 0.3;
/** …or when the line above is printed again on the page and has at least this many words (a topic label repeated
 *  in the menu has fewer); a Title Case headline two lines above the winner needs as many (a menu's "Fantasy
 *  Football Today" has fewer). */
const REPEATED_HEADLINE_MIN_WORDS = 6;
/**
 * A headline tells the story its first paragraph tells: at least this share of its content words (4 letters or
 * more) stand in the first two body paragraphs, after a crude stem. A related story's headline above a deck
 * shares a word or two.
 */
const LEAD_SHARE = 0.5;
const stem = (word: string): string => word.slice(0, 5);
function toldInLead(line: string, blocks: readonly Block[], bodyStart: number): boolean {
  const words = line.toLowerCase().match(/\p{L}{4,}/gu);
  if (!words || words.length < 3 || bodyStart < 0) return false;
  const lead = new Set(`${blocks[bodyStart]?.text ?? ''} ${blocks[bodyStart + 1]?.text ?? ''}`.toLowerCase().match(/\p{L}{4,}/gu)?.map(stem));
  return words.filter((w) => lead.has(stem(w))).length / words.length >= LEAD_SHARE;
}

/** A byline's opener with nothing after it: the name is on the next line. */
const LONE_OPENER = /^\s*(?:by|written by|interview by|von|par|por|door|oleh|автор|text|texte)\s*:?\s*$/i;
/** Menu items have at most this many words. */
const MENU_ITEM_MAX_WORDS = 3;
/** A bare name line (no "By") next to the headline or date has at most this many words. */
const BARE_LINE_MAX_WORDS = 6;
/** A headline may name a site ("… by Example.ru", "Shop.com buys …"); a line with a link address, or a short line
 *  holding a domain (as 04-classify reads links), is a link, not a headline. */
const LINK_LINE_MAX_WORDS = 6;
const LINK_ADDRESS = /\b(?:https?:\/\/|www\.)\S/i;
const isLinkLine = (text: string, words: number): boolean =>
  REGEXPS.url.test(text) && (words <= LINK_LINE_MAX_WORDS || LINK_ADDRESS.test(text));
/** Bylines name at most this many words. */
const BYLINE_MAX_WORDS = 14;

/** An agency opening the line: "Reuters, Washington", "AFP Nov 18, 2019" */
const AGENCY_START = /^[(]?([\p{L}. -]{2,40}?)[)]?(?=\s*(?:[|•·,–—-]|\s\p{Lu}\p{Ll}+\.?\s+\d|\s\d|$))/u;
const SPLIT_NAMES = /\s*(?:,|;|\/|&|\||\s[-–—]\s|\b(?:and|And|AND|und|et|y|e|dan|with)\b|(?<=\s)и(?=\s))\s*/u; // case-sensitive: "Sarah E. Needleman" is one name
/** "7:15 AM PST 3/24/2021 by Dana Whitcombe": a date or time before "by" */
const DATE_BEFORE_BY = /^[\d\s:/.,-]*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s+)?[\d\s:/.,-]*\s*(?=\bby\s)/i;
/** A dated line's date before "by": "Posted on Nov 26, 2026 by Jane Roe", "November 26, 2026 | By JANE ROE" (the part
 *  before "by" must read as a date line, REGEXPS.dateLine). */
const DATED_BY = /^(.{6,60}?)\s*[|•·,–—-]?\s*(?=\bby\s)/i;
/** social handles glued to names: "Chaim Gartenberg@cgartenberg" */
const HANDLE = /\s*@\w+/g;

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s'’(-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** Writes an ALL-CAPS name as a reader would ("TOM KRISHER" → "Tom Krisher"); others unchanged. */
export function readerCase(s: string): string {
  return /\p{Ll}/u.test(s) ? s : titleCase(s);
}

/**
 * Reads a byline: "By: AFP", "By Jane Doe and John Roe", "TOM KRISHER, AP Auto Writer", "Reuters Nov 18, 2019".
 * `loose`: accept a bare name line (no "By"), for lines next to a date.
 */
export function parseByline(text: string, loose = false): Byline | null {
  const cache = loose ? LOOSE_CACHE : BYLINE_CACHE;
  let found = cache.get(text);
  if (found === undefined) {
    found = readByline(text, loose);
    // (copies: the line and the pieces cut from it would keep the whole clip alive)
    cache.set(detached(text), found && { ...found, byline: detached(found.byline), authors: found.authors.map(detached) });
  }
  return found && { ...found, authors: [...found.authors] };
}

/** parseByline(text) of a block, kept in its line memo when it has one (the header search reads the lines of its
 *  zone on every page of a site; the memo saves the look-up in the table of answers). A copy, as parseByline's. */
function bylineOf(text: string, memo: LineMemo | undefined): Byline | null {
  if (memo === undefined) return parseByline(text);
  if (memo.byline === undefined) {
    const b = parseByline(text);
    memo.byline = b && { ...b, byline: detached(b.byline), authors: b.authors.map(detached) };
  }
  const found = memo.byline;
  return found && { ...found, authors: [...found.authors] };
}

/** The same lines are read as bylines by the features, the header and the digest passes of a page, and a site's
 *  header lines (agency and desk lines, its writers' bylines, menus) come back on every clip copied from it:
 *  the answers are remembered across pages, keyed by the line itself. readByline reads nothing but the line. */
/** Bound on each table of answers (see BoundedMemo). */
const BYLINE_CACHE_MAX = 4000;
const BYLINE_CACHE = new BoundedMemo<Byline | null>(BYLINE_CACHE_MAX);
const LOOSE_CACHE = new BoundedMemo<Byline | null>(BYLINE_CACHE_MAX);
/** Only a line with a digit or a date label can have a date tail to cut (the tail pattern is costly). */
const TAIL_HINT = /\d|published|posted|updated/i;

/** Every agency name as a whole word, any case: without "By", a digit or one of these, a line is no byline.
 *  (ASCII \b, not the /u flag: the names are ASCII, and the Unicode case-folding form is several times slower.) */
const AGENCY_ANYWHERE = new RegExp(`\\b(?:${[...AGENCIES].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');

/** Without "By" (after a bullet, a handle or a leading date) a strict byline needs a date or an agency: the
 *  parse below is costly, and most header lines are neither. */
function mayBeByline(text: string, bare: string): boolean {
  if (REGEXPS.byline.test(bare) || (bare.charCodeAt(0) >= 0x400 && MORE_BYLINE_OPENERS.test(bare))) return true;
  // "Harbour Post Staff", "Jane Doe View all posts": a desk, an author link (the last word tells, cheaply)
  const at = bare.lastIndexOf(' ') + 1;
  if (at > 0 && bare.length - at >= 3 && bare.length - at <= 9) {
    DESK_END.lastIndex = at;
    if (DESK_END.test(bare) && CAPITAL_FIRST.test(bare) && bare.split(' ', DESK_LINE_MAX_WORDS + 1).length <= DESK_LINE_MAX_WORDS && DESK_TAILS.strict.test(bare)) return true;
    LINK_END.lastIndex = at;
    if (LINK_END.test(bare) && AUTHOR_LINK_LABEL.test(bare)) return true;
  }
  // a name before a date ("Chris Davies - Nov 19, 2019") or a date before "by"
  if (HAS_DIGIT.test(text) && (NAME_BEFORE_DIGIT.test(bare) || BY_WORD.test(text))) return true;
  return AGENCY_ANYWHERE.test(text);
}
const HAS_DIGIT = /\d/;
/** Two capitalised words (a name: "Chris Davies", "Marcus De Guzman") before the first digit. */
const NAME_BEFORE_DIGIT = /^\D*?\p{Lu}[\p{L}'’.-]*\s+(?:(?:de|da|del|della|der|den|van|von|bin|binti|al|el|le|la|di|du|dos|das|ter|mac)\s+)?\p{Lu}/u;
const BY_WORD = /\bby\s/i;
/** A line that starts with a letter has no bullet to strip (the bullet pattern only then). */
const LETTER_FIRST = /^\p{L}/u;

/** Last words of the lines that may be a desk or end in an author link (see DESK_TAILS, AUTHOR_LINK_LABEL). */
const DESK_LAST_WORDS = new Set('staff report reports service services wires desk newsroom board editors'.split(' '));
const LOOSE_DESK_LAST_WORDS = new Set('sport sports team reporters'.split(' '));
const LINK_LAST_WORDS = new Set('articles posts stories bio profile author'.split(' '));
/** A desk byline is short: "The Harbour Post Staff". */
const DESK_LINE_MAX_WORDS = 6;
const CAPITAL_FIRST = /^\p{Lu}/u;
const lastWord = (s: string): string => s.slice(s.lastIndexOf(' ') + 1).toLowerCase();
/** Whether the last word is one of `words` (no string made unless its length fits: most lines end otherwise). */
/** The desk and link words as the last word, tried only where that word starts (sticky): no string is made. */
const DESK_END = new RegExp(`(?:${[...DESK_LAST_WORDS].join('|')})$`, 'iy');
const LINK_END = new RegExp(`(?:${[...LINK_LAST_WORDS].join('|')})$`, 'iy');
const endsWithWordOf = (s: string, words: ReadonlySet<string>): boolean => {
  const at = s.lastIndexOf(' ') + 1;
  return s.length - at >= 3 && s.length - at <= 9 && words.has(s.slice(at).toLowerCase());
};
/** A small letter running into a capital inside a word: text glued by the copy ("Jane DoeStaff Writer"). */
/** (Latin letters only: the Unicode classes cost several times more on every line, and the tails are English) */
const GLUE = /([a-zß-ÿ])([A-Z][a-z]+)/g;
const GLUE_HINT = /[a-zß-ÿ][A-Z]/;
/** Splits a name from a role word or link label glued to it; other inner capitals ("LaMotte", "McNeil") stay. */
const unglue = (s: string): string =>
  GLUE_HINT.test(s) ? s.replace(GLUE, (m, a: string, w: string) => (GLUED_NAME_TAILS.has(w.toLowerCase()) || BYLINE_ROLE_WORDS.has(w.toLowerCase()) ? `${a} ${w}` : m)) : s;
/** A word of the part that never stands in a person's name (see NOT_NAME_WORDS). */
const hasNotNameWord = (part: string): boolean => part.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()));
/** Before a desk word, a page's own phrase rather than a masthead: "Our Staff", "Meet the Team", "All Reporters". */
const DESK_NOT_NAME = /^(?:our|your|my|meet|about|contact|join|view|see|all|more|other|the)(?:\s+the)?$|^(?:our|your|my|meet|about|contact|join|view|see|all|more|other)\s/i;
/** Agencies credited after a name with the comma lost ("Tom Rowe Associated Press"), longest first. */
const AGENCY_AT_END = new RegExp(`\\s((?:the\\s+)?(?:${[...AGENCIES].filter((a) => a.length > 2).sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}))$`, 'i');
/**
 * Mastheads a byline may run into with no comma ("By Sam Whitaker Fox News"): those of two words or more, and
 * acronyms (a one-word masthead such as "Time" or "Dawn" may be a surname). Longest first.
 */
const BYLINE_MASTHEADS = MASTHEADS.filter((m) => m.includes(' ') || /^\p{Lu}{3,}$/u.test(m)).sort((a, b) => b.length - a.length);
const MASTHEAD_AT_END = new RegExp(`\\s(${BYLINE_MASTHEADS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'u');
/** The last words of those mastheads (a cheap test before the pattern). */
const MASTHEAD_LAST_WORDS = new Set(BYLINE_MASTHEADS.map((m) => m.slice(m.lastIndexOf(' ') + 1).toLowerCase()));
/** A line that only joins two names of a byline set on separate lines. */
const NAME_JOINER = /^(?:and|&|und|et|y|e)$/i;
/** Only a line ending so can be a comment header (a cheap test before the pattern). */
const COMMENT_END = /(?:said|says|wrote|commented|replied)\s*:?\s*$/i;
/** The last words of those agencies (a cheap test before the pattern). */
const AGENCY_LAST_WORDS = new Set([...AGENCIES].filter((a) => a.length > 2).map((a) => a.slice(a.lastIndexOf(' ') + 1)));
/** What a date tail cut may leave at the end of a byline: "Jane Doe on" (from "… on Nov 14, 2019"). */
const DANGLING_WORD = /\s+(?:on|at|am|le|el|il)$/i;
/** A year still in the byline after the tail pattern (a date in another language): cut at the date. */
const YEAR_LEFT = /\d{4}/;
/** (English month names are the tail pattern's: only a line with other letters needs the date reader) */
const NON_ASCII = /[\u00c0-\u1fff\u3040-\u9fff\uac00-\ud7af]/; // (letters: not curly quotes and dashes)
const TAIL_DATE_CTX: DateContext = { order: 'dmy' };

/** A name of two words, or three with an initial or a particle in the middle ("Tom J. Lee", "Ana de Souza"). */
const MIDDLE_INITIAL = /^(?:\p{Lu}\.|de|da|del|van|von|bin|binti|al|el|le|la|di|du|dos|das)$/u;
/** "Trump's": a headline's word, not a name's. */
const POSSESSIVE = /['’]s\b/u;
const CAPITALISED = /^\p{Lu}[\p{L}'’.&-]*$/u;
/** "Ann Roe Valley Courier" (four or more capitalised words, no comma): the name at the front, when what is left is
 *  two or more capitalised words (the outlet); null otherwise. */
function nameBeforeOutlet(words: readonly string[]): string | null {
  if (words.length < 4 || !words.every((w) => CAPITALISED.test(w) || MIDDLE_INITIAL.test(w))) return null;
  const k = MIDDLE_INITIAL.test(words[1]!) ? 3 : 2;
  if (words.length - k < 2 || !CAPITALISED.test(words[k]!)) return null;
  const name = words.slice(0, k).join(' ');
  return REGEXPS.personName.test(name) && !POSSESSIVE.test(name) && !hasNotNameWord(words.join(' ')) ? name : null;
}

/** The line without a list bullet, e-mail addresses and social handles ("By JANE ROE | jroe@herald.com | …"). */
function bareLine(text: string): string {
  const t = LETTER_FIRST.test(text) ? text : text.replace(REGEXPS.bullet, '');
  return (t.includes('@') ? t.replace(EMAIL, '').replace(EMPTY_FIELD, '$1').replace(HANDLE, ' ') : t).trim();
}
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** the separators left around an address taken out: "Jane Roe |  | The Herald" */
const EMPTY_FIELD = /([|•·])\s*[|•·]/g;

function readByline(text: string, loose: boolean): Byline | null {
  let rest = bareLine(text);
  if (!loose && !mayBeByline(text, rest)) return null;
  // "Jane Doe on May 3, 2019 at 4:47 pm said:": a comment's header, not the article's byline
  if ((rest.endsWith(':') || rest.endsWith('d') || rest.endsWith('s') || rest.endsWith('e')) && COMMENT_END.test(rest) && REGEXPS.commentHeader.test(rest)) return null;
  // "Jane Doe View More Articles": an author link after the name says as much as "By"
  let authorLink = false;
  const linkEnd = endsWithWordOf(rest, LINK_LAST_WORDS);
  // (a role or link glued to the name: only after "By" or before a link label, where it matters)
  if (linkEnd || REGEXPS.byline.test(rest)) rest = unglue(rest);
  if (linkEnd) {
    const m = AUTHOR_LINK_LABEL.exec(rest);
    if (m && m.index > 0 && !hasNotNameWord(rest.slice(0, m.index))) { rest = rest.slice(0, m.index); authorLink = true; }
  }
  const lead = DATE_BEFORE_BY.exec(rest);
  if (lead && /\d/.test(lead[0])) rest = rest.slice(lead[0].length);
  else if (HAS_DIGIT.test(rest)) {
    const dated = DATED_BY.exec(rest);
    if (dated && REGEXPS.dateLine.test(dated[1]!)) rest = rest.slice(dated[0].length);
  }
  const opener = REGEXPS.byline.exec(rest) ?? MORE_BYLINE_OPENERS.exec(rest);
  const agencyStart = AGENCY_START.exec(rest);
  const startsWithAgency = agencyStart ? AGENCIES.has(agencyStart[1]!.trim().toLowerCase()) : false;
  if (opener) rest = rest.slice(opener[0].length);
  const strong = Boolean(opener) || authorLink;
  const before = rest;
  rest = (TAIL_HINT.test(rest) ? rest.replace(REGEXPS.bylineTail, '') : rest).replace(/^[\s:|•·-]+|[\s|•·,;:–—-]+$/gu, '').trim();
  // a date the tail pattern does not know ("·24 сентября 2018"): cut where the date reader finds it
  if (NON_ASCII.test(rest) && YEAR_LEFT.test(rest)) {
    const d = findDates(rest, TAIL_DATE_CTX)[0];
    if (d && d.index > 0) rest = rest.slice(0, d.index).replace(/[\s|•·,;:–—-]+$/gu, '');
  }
  // (only after "By": without it, "Jane Roe on 1 May 2021 replied" is a comment, not a dated name)
  if (strong && rest !== before.trim()) rest = rest.replace(DANGLING_WORD, '');
  const datedName = rest !== before.trim() && /\d/.test(before.slice(rest.length)); // "Chris Davies - Nov 19, 2019"
  // "Helena Smith in Athens", "Ann Roe in Brussels and Tom Lee in Dublin": where each reporter filed from (only next
  // to the headline or the date, where a bare name is read too: elsewhere "Crowds Gather in Paris" is a heading)
  const filedFrom = loose && !opener && rest.includes(' in ') && FILED_FROM_LINE.test(rest);
  if (filedFrom) rest = rest.replace(FILED_FROM, '');
  if (!rest || rest.split(/\s+/).length > BYLINE_MAX_WORDS || REGEXPS.sentenceEnd.test(rest.replace(/\b\p{Lu}\.$/u, ''))) return null;
  const authors: string[] = [];
  let agencies = 0;
  let desks = 0;
  let outlets = 0;
  let others = 0;
  let publication: string | undefined;
  for (const raw of rest.split(SPLIT_NAMES)) {
    const part = raw.replace(/^[(]|[)]$/g, '').trim();
    if (!part) continue;
    const lower = part.toLowerCase();
    if (AGENCIES.has(lower) || AGENCIES.has(lower.replace(/^the\s+/, ''))) { agencies++; continue; }
    // a desk ("Harbour Post Staff", "Gazette Sport"): not a person, credited like an agency
    const last = lastWord(lower);
    if ((DESK_LAST_WORDS.has(last) || (loose && LOOSE_DESK_LAST_WORDS.has(last))) && (DESK_TAILS.strict.test(part) || (loose && DESK_TAILS.loose.test(part)))) {
      const name = part.replace(DESK_TAILS.strict, '').replace(DESK_TAILS.loose, '');
      if (name && /^\p{Lu}/u.test(name) && !DESK_NOT_NAME.test(name) && name.split(/\s+/).length <= 4) { agencies++; desks++; continue; }
    }
    // "Tom Rowe Associated Press": a name and an agency with the comma lost
    const tail = AGENCY_LAST_WORDS.has(last) ? AGENCY_AT_END.exec(part) : null;
    if (tail && REGEXPS.personName.test(part.slice(0, tail.index)) && !hasNotNameWord(part.slice(0, tail.index))) {
      authors.push(readerCase(part.slice(0, tail.index)));
      agencies++;
      continue;
    }
    // "By Sam Whitaker Fox News": a name and the masthead with the comma lost
    const masthead = strong && MASTHEAD_LAST_WORDS.has(last) ? MASTHEAD_AT_END.exec(part) : null;
    if (masthead && REGEXPS.personName.test(part.slice(0, masthead.index)) && !hasNotNameWord(part.slice(0, masthead.index))) {
      authors.push(readerCase(part.slice(0, masthead.index)));
      publication ??= masthead[1]!;
      continue;
    }
    const words = part.split(/\s+/);
    const roleAt = words.findIndex((w) => BYLINE_ROLE_WORDS.has(w.toLowerCase()));
    if (roleAt >= 0) {
      // "AP Auto Writer", "Staff Reporter", "Live Science Contributor": a role, maybe with an agency in it;
      // "Michael HiltzikBusiness Columnist" (name and role glued by the page): the name before the role
      if (words.some((w) => AGENCIES.has(w.toLowerCase()))) agencies++;
      const before = words.slice(0, roleAt).join(' ');
      if (strong && roleAt >= 2 && REGEXPS.personName.test(before)) authors.push(readerCase(before));
      continue;
    }
    // next to the headline, a name may run on into the outlet with no comma ("Ann Roe Valley Courier")
    const outlet = loose && !strong ? nameBeforeOutlet(words) : null;
    if (outlet) { authors.push(readerCase(outlet)); others++; outlets++; continue; }
    // "By EMMA WATTS FOR MAILONLINE", "Jane Roe for The Harbour Post": the writer, then who the piece was written for
    const writtenFor = strong ? WRITTEN_FOR.exec(part) : null;
    if (writtenFor && REGEXPS.personName.test(writtenFor[1]!) && !hasNotNameWord(writtenFor[1]!)) { authors.push(readerCase(writtenFor[1]!)); continue; }
    // "By JANE ROE | The Valley Herald": a name with "The" in front is a publication's, not a person's
    if (strong && THE_OUTLET.test(part)) { others++; publication ??= part; continue; }
    // without "By", a name has no function word or page word in it ("Next Post", "The Russian")
    if (REGEXPS.personName.test(part) && (strong || !hasNotNameWord(part))) authors.push(readerCase(part));
    else others++;
  }
  // "By admin": a user name, not a person's name, but still the byline as printed
  const handle = opener && authors.length === 0 && agencies === 0 && others === 1 && !/\s/.test(rest);
  if (authors.length === 0 && agencies === 0 && !handle) return null;
  // "Meg Kinnard and Errin Haines, Associated Press": names and an agency, no "By", still a byline
  const namesAndAgency = authors.length > 0 && agencies > 0 && others === 0;
  // "Harbour Post Staff" alone on its line: a desk byline
  const deskOnly = desks > 0 && authors.length === 0 && others === 0;
  if (!strong && !loose && !startsWithAgency && !datedName && !filedFrom && !namesAndAgency && !deskOnly && !REGEXPS.agencyLine.test(rest)) return null;
  // without "By", a part that is neither a name nor an agency must be a place after an agency ("Reuters, Washington")
  // or, next to the headline, the publication after a name ("VICTOR TANGERMANN, FUTURISM")
  if (!strong && others > 0 && !(startsWithAgency && others <= 1) && !(loose && authors.length > 0 && others <= 1)) return null;
  // photo credits look like bylines ("Photo by Jane Roe/Getty Images") but name the photographer (tested last:
  // these patterns cost more than everything above)
  if (REGEXPS.caption.test(text) || REGEXPS.creditOnly.test(text) || /^\(.*\)$/.test(text.trim())) return null;
  const strength = strong ? 2 : startsWithAgency || datedName || filedFrom || namesAndAgency || deskOnly || REGEXPS.agencyLine.test(rest) ? 1 : 0;
  return { byline: rest, authors, agencyOnly: authors.length === 0, strength, ...(deskOnly && !strong ? { deskOnly: true } : {}), ...(outlets ? { outlet: true } : {}), ...(publication ? { publication } : {}) };
}

/** A name, "for", and an outlet (capitalised, maybe after "the"). */
const WRITTEN_FOR = /^(.+?)\s+(?:for|For|FOR)\s+(?:(?:the|The|THE)\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*)*$/u;
/** "The Valley Herald" after a byline's name: a publication (a person's name never starts with "The"). */
const THE_OUTLET = /^(?:the|The|THE)\s+\p{Lu}/u;

/** A place after a reporter's name, where they filed from ("Helena Smith in Athens"): one to three capitalised words,
 *  before "and", a comma or the end. */
const FILED_FROM = /\s+in\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}(?=\s*(?:,|\band\b|$))/gu;
/** The whole line is names, each with its place: two or three capitalised words, "in", the place. */
const FILED_FROM_LINE = /^(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s+in\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}(?:\s*(?:,|and)\s*|$))+$/u;

/** The label of a news ticker: the line under it is another story. */
const TICKER_LABEL = /^(?:breaking(?: news)?|trending(?: now| stories)?|just in|latest(?: news| headlines)?|top stories)\s*:?$/i;
/** A line that ends with a full stop (or ellipsis), maybe inside quotes or brackets. */
const ENDS_WITH_STOP = /[.…。]["'”’)\]]*$/u;
/** A bare name line is looked for this many blocks under the headline (above the body). */
const BARE_NAME_REACH = 8;
/** A bare name has at most this many words. */
const BARE_NAME_MAX_WORDS = 4;

/** The name heads an author box elsewhere ("Jane Roe is a staff writer …") or a "More by Jane Roe" line. */
function printedElsewhere(blocks: readonly Block[], at: number, name: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const by = new RegExp(`^${n}\\s+(?:is|was|has|writes|covers|joined)\\b|\\b(?:more (?:from|by)|about|articles by|posts by|stories by)\\s+${n}\\b`, 'i');
  for (let i = 0; i < blocks.length; i++) if (i !== at && blocks[i]!.text.includes(name) && by.test(blocks[i]!.text)) return true;
  return false;
}

/**
 * "Local News | Water district approves rate rise": a section's name before the headline, as some templates print
 * it. It is cut when the page prints the section elsewhere, alone on a line (its menu) or before other headlines
 * (its teasers), so a headline that has a bar of its own ("Apple | The cost of a bite") keeps it.
 */
export function withoutSection(title: string, blocks: readonly Block[], at: number): string {
  const bar = title.indexOf(' | ');
  if (bar <= 0 || bar > SECTION_MAX_CHARS) return title;
  const section = title.slice(0, bar).trim();
  if (section.split(/\s+/).length > SECTION_MAX_WORDS) return title;
  const rest = title.slice(bar + 3).trim();
  if (rest.split(/\s+/).length < SECTION_REST_MIN_WORDS) return title;
  const lower = section.toLowerCase();
  for (let i = 0; i < blocks.length; i++) {
    if (i === at) continue;
    const text = blocks[i]!.text;
    if (text.length === section.length ? text.toLowerCase() === lower : text.startsWith(section + ' | ')) return rest;
  }
  return title;
}
/** A section's name is short … */
const SECTION_MAX_CHARS = 30;
const SECTION_MAX_WORDS = 3;
/** … and what follows the bar is a headline, not a one-word label. */
const SECTION_REST_MIN_WORDS = 4;

/** A first line this long at most (words) can be the headline of a pasted article: Title Case … */
const TOP_TITLE_MAX_WORDS = 20;
/** … or sentence case naming someone or something (a capitalised word after the first: "Obama says …"); a short
 *  sentence-case line of common words is the opening paragraph itself. */
const TOP_SENTENCE_TITLE_MAX_WORDS = 16;
/** Share of capitalised words that makes a line Title Case. */
const TITLE_CASE_CAPS = 0.6;
/** The paragraph that proves the first line a headline is looked for this many blocks under it. */
const TOP_BODY_REACH = 3;
/** Score given to a headline taken from the first line (for the confidence). */
const TOP_HEADLINE_SCORE = 5;
/** Two sentences in one line ("Prices rose. Shops closed."): a lede, not a headline. Initials ("U.S. Court",
 *  "Mary J. Blige") do not end a sentence. */
const INNER_SENTENCE = /(?<!(?:^|[\s.(])\p{Lu})[.!?]["'”’)]*\s+["'“‘(]?\p{Lu}/u;
/** A capitalised word after the first word of a line. */
const NAME_AFTER_FIRST = /^\S+\s+(?:\S+\s+)*?["'“‘(]?\p{Lu}/u;
/** "WASHINGTON - …", "LONDON (Reuters) …": a dateline opens a lede, not a headline. */
const DATELINE_OPENER = /^\p{Lu}{2,}(?:[\s,.]+\p{Lu}{2,})*\.?\s*(?:[-–—(]|,\s)/u;

/** The page starts with the article: its first line is a short single sentence (or headline-shaped line) over a
 *  longer paragraph, inside the body region. */
function topHeadline(blocks: readonly Block[], features: readonly Features[], verdicts: readonly Verdict[], region: Region, at: number): boolean {
  const f = features[at];
  const v = verdicts[at];
  if (!f || !v || region.start > at || region.end <= at || f.script || f.bullet || f.headerLine) return false;
  const text = blocks[at]!.text;
  const titleCased = f.caps >= TITLE_CASE_CAPS;
  if (f.words < 3 || f.words > (titleCased ? TOP_TITLE_MAX_WORDS : TOP_SENTENCE_TITLE_MAX_WORDS) || v.reason.startsWith('boilerplate')) return false;
  if (!titleCased && !NAME_AFTER_FIRST.test(text)) return false;
  if (INNER_SENTENCE.test(text) || DATELINE_OPENER.test(text) || isLinkLine(text, f.words) || REGEXPS.caption.test(text)) return false;
  for (let j = at + 1; j <= at + TOP_BODY_REACH && j < blocks.length; j++) {
    if (features[j]!.words > f.words && (verdicts[j]!.cls === 'good' || verdicts[j]!.cls === 'near')) return true;
  }
  return false;
}

/** A year-less date is looked for this many blocks under the headline (byline and date lines sit there). */
const YEARLESS_REACH = 4;
/** Score of a date whose year came from elsewhere on the page (for the confidence: weaker than a printed year). */
const YEARLESS_SCORE = 1;
/** "© 2019", "Copyright © 2000–2019", "(c) 2019": the page's copyright year (the last of a range). */
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–—]\s*)?((?:19|20)\d{2})(?!\d)/i;
/** Only these lines can hold a copyright year (a cheap test before the pattern). */
const COPYRIGHT_HINT = /©|\([cC]\)|opyright|OPYRIGHT/;

/** The latest copyright year printed on the page, or null. */
function copyrightYear(blocks: readonly Block[]): number | null {
  let year: number | null = null;
  for (const b of blocks) {
    if (!COPYRIGHT_HINT.test(b.text)) continue;
    const m = COPYRIGHT_YEAR.exec(b.text);
    if (m && (year === null || Number(m[1]) > year)) year = Number(m[1]);
  }
  return year;
}

/** A day-and-month line under the headline, dated with the capture year (a day after the capture day belongs to the
 *  year before) or else the page's latest copyright year. */
function yearlessDate(blocks: readonly Block[], titleIndex: number, reference: string | null, used: ReadonlySet<number>):
  { index: number; date: FoundDate; from: string } | null {
  // the reference instant is the capture date when one is known (the page's first line or the caller's)
  const refDay = reference && /^\d{4}-\d{2}-\d{2}/.test(reference) ? reference.slice(0, 10) : null;
  const year = refDay ? Number(refDay.slice(0, 4)) : copyrightYear(blocks);
  const from = refDay ? 'the capture date' : 'the copyright line';
  if (year === null) return null;
  for (let j = titleIndex + 1; j <= titleIndex + YEARLESS_REACH && j < blocks.length; j++) {
    if (used.has(j)) continue;
    let date = monthDayLine(blocks[j]!.text, year);
    if (date && refDay && date.day > refDay) date = monthDayLine(blocks[j]!.text, year - 1);
    if (date) return { index: j, date, from };
  }
  return null;
}

interface DateHit {
  index: number;
  date: FoundDate;
  score: number;
  updated: boolean;
}

/** What the header search reads of a page (findHeader's arguments, handed on to readHeader as they are). */
type HeaderPage = [
  blocks: readonly Block[],
  features: readonly Features[],
  verdicts: readonly Verdict[],
  region: Region,
  lang: string,
  dateCtx: DateContext,
  /** the blocks' texts lower-cased, when the page's words pass made them already */
  lowers?: readonly string[],
  /** the blocks' line memos (LINE_TESTS remembered there) */
  memos?: ReadonlyArray<LineMemo | undefined>,
];

export function findHeader(...page: HeaderPage): Header {
  // the header zone is DEFAULT_HEADER_WINDOW blocks above the body; when the best headline there heads a run of
  // dated teasers, the article's own header may stand above a picker or a menu of short lines: read it again with
  // a zone that does not count those (only then: the wider zone costs more)
  const near = readHeader(page, false);
  if (!near.teaserTitle) return near.header;
  return readHeader(page, true).header;
}

function readHeader(
  page: HeaderPage,
  /** the zone counts only lines of ZONE_SHORT_WORDS or more, up to ZONE_MAX_REACH blocks */
  wide: boolean,
): { header: Header; teaserTitle: boolean } {
  const [blocks, features, verdicts, region, lang, dateCtx, lowers, memos] = page;
  const n = blocks.length;
  const lowerOf = (i: number): string => lowers?.[i] ?? blocks[i]!.text.toLowerCase();
  let zoneStart = Math.max(0, region.start - DEFAULT_HEADER_WINDOW);
  // (wide: DEFAULT_HEADER_WINDOW lines above the body not counting one- and two-word lines, and the distance to the
  // body counted so too)
  let zoneDistance: Int32Array | null = null;
  if (wide) {
    zoneStart = region.start;
    for (let counted = 0; zoneStart > 0 && counted < DEFAULT_HEADER_WINDOW && region.start - zoneStart < ZONE_MAX_REACH;) {
      zoneStart--;
      if (features[zoneStart]!.words >= ZONE_SHORT_WORDS) counted++;
    }
    zoneDistance = new Int32Array(Math.max(0, region.start - zoneStart));
    for (let i = region.start - 1, d = 0; i >= zoneStart; i--) {
      if (features[i]!.words >= ZONE_SHORT_WORDS) d++;
      zoneDistance[i - zoneStart] = d;
    }
  }
  const distanceAbove = (i: number): number => (i >= region.start || !zoneDistance ? Math.abs(region.start - i) : zoneDistance[i - zoneStart]!);
  const zoneEnd = Math.min(n, region.start + HEADER_INTO_REGION, region.end === region.start ? n : region.end);
  const warnings: string[] = [];
  const used = new Set<number>();

  // 1. captured: a date-only line at the very top of the page, before anything else
  let captured: FoundDate | null = null;
  let capturedIndex = -1;
  const first = blocks[0];
  if (first && features[0]!.words <= 8) {
    const d = findDates(first.text, dateCtx, lang)[0];
    if (d && d.text.length >= first.text.length * DATE_ONLY_SHARE && !d.relative && region.start > 0) {
      captured = d;
      capturedIndex = 0;
      used.add(0);
    }
  }

  // 2. dates and bylines by shape, in the header zone and a little below the body
  const isDate = new Map<number, FoundDate[]>();
  const isByline = new Map<number, Byline>();
  const scan = (i: number) => {
    if (i === capturedIndex || i < 0 || i >= n) return;
    const f = features[i]!;
    if (f.words > DATE_LINE_MAX_WORDS) return;
    // (most lines hold no date: that answer is remembered in the line memo)
    // (a picture's caption dates the picture: "… on Tuesday, Oct. 8, 2024. (AP Photo/Sam Reed)")
    const dates = lineTest(memos?.[i], LINE_TESTS.mayHoldDate, blocks[i]!.text, mayHoldDate) && !lineTest(memos?.[i], LINE_TESTS.endsWithCredit, blocks[i]!.text, endsWithCredit)
      ? findDates(blocks[i]!.text, dateCtx, lang) : NO_DATES;
    if (dates.length) isDate.set(i, dates);
    const b = bylineOf(blocks[i]!.text, memos?.[i]);
    if (b) isByline.set(i, b);
    // "By" alone on its line, the name on the next (the copy split a link from its label): read them together
    else if (f.words <= 2 && i + 1 < n && LONE_OPENER.test(blocks[i]!.text)) {
      const named = parseByline(`By ${blocks[i + 1]!.text}`);
      // (a name or an agency: not "By" and a stray word, as in "by an insider")
      if (named && (named.authors.length > 0 || AGENCIES.has(named.byline.toLowerCase()) || (CAPITAL_FIRST.test(named.byline) && named.byline.includes(' ')))) isByline.set(i + 1, named);
    }
  };
  // (above the nearest DEFAULT_HEADER_WINDOW blocks, where the zone only reaches past a picker's or a menu's short
  // lines, those short lines themselves are skipped)
  const nearStart = Math.max(zoneStart, region.start - DEFAULT_HEADER_WINDOW);
  for (let i = zoneStart; i < nearStart; i++) if (features[i]!.words >= ZONE_SHORT_WORDS || HAS_DIGIT.test(blocks[i]!.text)) scan(i);
  for (let i = nearStart; i < zoneEnd; i++) scan(i);
  const footStart = Math.max(zoneEnd, region.end - 2);
  for (let i = footStart; i < Math.min(n, region.end + DEFAULT_FOOTER_WINDOW); i++) scan(i);

  // 3. headline: a title-shaped line, close above the body, best right above a byline or date
  const near = (i: number, map: Map<number, unknown>, span: number) => {
    for (let j = i + 1; j <= i + span; j++) if (map.has(j)) return true;
    return false;
  };
  // header lines a headline sits on: a short date line (not a date inside a sentence), a relative date
  // ("1 day ago"), a byline. Distance to the first of each below a line.
  const relativeDate = (j: number): boolean => lineTest(memos?.[j], LINE_TESTS.relativeDate, blocks[j]!.text, isRelativeDateLine);
  const dateLike = (j: number) => (isDate.has(j) && features[j]!.words <= HEADER_DATE_MAX_WORDS) || (j < n && relativeDate(j));
  const below = (i: number, test: (j: number) => boolean, span: number) => {
    for (let j = i + 1; j <= i + span && j < n; j++) if (test(j)) return j - i;
    return Infinity;
  };
  // lines near the article, lower case: a headline is often printed again inside another line
  // ("Share options for: <headline>", a breadcrumb ending in it)
  // (lower-cased only when the length fits: most nearby lines are long paragraphs, never compared)
  const nearFrom = Math.max(0, region.start - CONTAINS_REACH);
  const nearTo = Math.min(n, region.end + CONTAINS_REACH);
  const nearbyLower: Array<string | undefined> = [];
  // (the lengths in one typed array: every headline candidate runs over all of them)
  const nearLengths = new Int32Array(Math.max(0, nearTo - nearFrom));
  for (let k = nearFrom; k < nearTo; k++) nearLengths[k - nearFrom] = blocks[k]!.text.length;
  const containedIn = (lower: string): number => {
    let count = 0;
    for (let k = nearFrom; k < nearTo; k++) {
      const len = nearLengths[k - nearFrom]!;
      if (len <= lower.length || len > lower.length + CONTAINED_EXTRA) continue;
      const other = (nearbyLower[k] ??= lowerOf(k));
      if (other.length > lower.length && other.length <= lower.length + CONTAINED_EXTRA && other.includes(lower)) count++;
    }
    return count;
  };
  // a list of teasers ("More stories": label, headline, date, again and again) prints date lines at an even step:
  // a headline whose date line is one of three or more so spaced is a teaser's, not the article's
  const inDateRun = (j: number): boolean => {
    for (let step = TEASER_STEP_MIN; step <= TEASER_STEP_MAX; step++) {
      const at = (k: number) => k >= 0 && k < n && isDate.has(k) && features[k]!.words <= HEADER_DATE_MAX_WORDS;
      const runs = (at(j - step) ? 1 : 0) + (at(j - 2 * step) && at(j - step) ? 1 : 0) + (at(j + step) ? 1 : 0) + (at(j + 2 * step) && at(j + step) ? 1 : 0);
      if (runs >= 2) return true;
    }
    return false;
  };
  // lines printed right under a share box's label (see SHARED_COPY_BONUS), lower case
  const sharedCopies = new Set<string>();
  for (let k = 1; k < n; k++) if (features[k - 1]!.words <= 6 && SHARE_LABEL.test(blocks[k - 1]!.text)) sharedCopies.add(lowerOf(k));
  const scores = new Map<number, number>();
  const teasers = new Set<number>();
  for (let i = zoneStart; i < zoneEnd; i++) {
    const f = features[i]!;
    const v = verdicts[i]!;
    const text = blocks[i]!.text;
    // (the length first: the zone holds paragraphs, and the patterns below cost more)
    if (f.script ? f.words < 4 || text.length > 150 : f.words < 3 || f.words > DEFAULT_TITLE_MAX_WORDS) continue;
    if (isDate.has(i) || isByline.has(i) || i === capturedIndex || f.headerLine || DATE_LABEL.test(text)) continue;
    if (v.reason.startsWith('boilerplate') || f.bullet || isLinkLine(text, f.words) || lineTest(memos?.[i], LINE_TESTS.noLetters, text, hasNoLetters)) continue;
    if (lineTest(memos?.[i], LINE_TESTS.captionLike, text, isCaptionLike)) continue;
    // a caption (a line over its photo credit) is shaped like a deck, and may stand right under the headline
    // (a byline with its agency, "Jane Roe, Reuters", is no photo credit under a headline)
    if (underCaptionLabel(blocks, i) || (creditBelow(blocks, i, memos) && !isByline.has(i + 1))) continue;
    if (relativeDate(i)) continue;
    // inside the article only a line that heads a byline or date, or the headline printed twice, is a headline
    const repeatedLead = i === region.start && f.repeated > 0 && f.words <= TITLE_GOOD_WORDS * 2 && !/[.]$/.test(text);
    if (i >= region.start && !repeatedLead) {
      // a line of text is no headline, unless a date or byline stands right under it ("… Visitors!" then the date)
      if (v.cls === 'good' || (v.cls === 'near' && Math.min(below(i, dateLike, 2), below(i, (j) => isByline.has(j), 2)) > 2)) continue;
      // headlines may end in "?" or "!", not in a full stop
      if (ENDS_WITH_STOP.test(text) || !(near(i, isDate, 3) || near(i, isByline, 3))) continue;
    }
    let score = 2 * (1 - distanceAbove(i) / DEFAULT_HEADER_WINDOW);
    if (f.repeated > 0) score += 1.5;
    if (f.repeated > 0 && sharedCopies.size > 0 && sharedCopies.has(lowerOf(i))) score += SHARED_COPY_BONUS;
    // right above the byline or date is where a headline stands; a byline and a date both below: a full header
    const toDate = below(i, dateLike, HEADLINE_REACH);
    const toByline = below(i, (j) => isByline.has(j), HEADLINE_REACH);
    const toHeader = Math.min(toDate, toByline);
    if (toHeader <= 2) score += 3;
    else if (toHeader <= HEADLINE_REACH) score += 2;
    else if (near(i, isDate, 4)) score += 1;
    if (toDate <= HEADLINE_REACH && toByline <= HEADLINE_REACH) score += 1;
    if (toDate <= 2 && toByline > HEADLINE_REACH && inDateRun(i + toDate)) { score -= TEASER_PENALTY; teasers.add(i); }
    if (isDate.has(i - 1) || isDate.has(i - 2)) score += 1;
    score += Math.min(f.words, TITLE_GOOD_WORDS) / 4;
    if (/[.]$/.test(text) && !f.script) score -= f.words > 8 ? 3 : 1.5;
    // a ticker item under "Breaking news" / "Trending" is another story's headline
    if (i > 0 && TICKER_LABEL.test(blocks[i - 1]!.text)) score -= 2;
    if (i >= region.start && !repeatedLead) score -= 1;
    // a bare name, a masthead, a breadcrumb or a handle is not a headline
    // ("The Harbour Clock" is a short Title Case headline, not a name: names have no function words)
    if (f.words <= 5 && lineTest(memos?.[i], LINE_TESTS.bareName, text, isBareName)) score -= 2.5;
    // names running into their outlet ("Ann Roe and Tom Lee Valley Courier") are the byline under the headline
    // (two names or more: a Title Case headline splits so only by chance)
    if (f.words > 5 && f.words <= BYLINE_MAX_WORDS && / and |, /.test(text)) {
      const names = parseByline(text, true);
      if (names?.outlet && names.authors.length >= 2) score -= 2.5;
    }
    const lower = lowerOf(i);
    // (only a line opening with "the" needs the replacement)
    if (MASTHEAD_SET.has(lower.startsWith('the') ? lower.replace(/^the\s+/, '') : lower)) score -= 4;
    if (f.words <= 4 && SITE_NAME.test(text)) score -= 2;
    if (/[»›>|@]|\/\s*\S/.test(text)) score -= 2.5;
    if (!f.script && !/\p{Ll}/u.test(text) && f.words <= 4) score -= 1.5;
    // a line closed by a photo credit is a caption ("… (Kent Nishimura for The Washington Post)"; tested last, for
    // the few lines scored)
    if (lineTest(memos?.[i], LINE_TESTS.endsWithCredit, text, endsWithCredit)) continue;
    scores.set(i, score);
  }
  // a headline printed again inside another line: the bonus is counted only for lines it could lift to the top or
  // next to it (within DECK_MARGIN, for the deck check below); the search is the costly part of the scoring
  let maxBase = -Infinity;
  for (const score of scores.values()) if (score > maxBase) maxBase = score;
  for (const [i, score] of scores) {
    if (score + CONTAINED_BONUS >= maxBase - DECK_MARGIN && containedIn(lowerOf(i)) > 0) scores.set(i, score + CONTAINED_BONUS);
  }
  let title: string | null = null;
  let titleIndex = -1;
  let bestScore = -Infinity;
  for (const [i, score] of scores) if (score > bestScore) { bestScore = score; titleIndex = i; }
  const teaserTitle = titleIndex >= 0 && teasers.has(titleIndex);
  // an article pasted from its first line: that line is the headline even with a full stop after it (archives and
  // e-mails print headlines so), when the body starts right under it and nothing above the body was taken
  const top = capturedIndex === 0 ? 1 : 0;
  const topLine = (titleIndex < 0 || titleIndex >= region.start) && topHeadline(blocks, features, verdicts, region, top);
  if (topLine) {
    titleIndex = top;
    bestScore = TOP_HEADLINE_SCORE;
  }
  // headline, then deck, then byline: a title-shaped line right above the winner is the headline, the winner its deck
  // (a deck is the longer of the two, and a sentence-length one)
  const above = titleIndex - 1;
  const sAbove = scores.get(above);
  if (sAbove !== undefined && sAbove >= bestScore - DECK_MARGIN && !/[.]$/.test(blocks[above]!.text)
    && features[titleIndex]!.words >= DECK_CASED_MIN_WORDS
    // (a breadcrumb that ends in the headline is no headline above it)
    && !blocks[above]!.text.includes(blocks[titleIndex]!.text)
    && (features[titleIndex]!.words > features[above]!.words
      ? features[titleIndex]!.words >= DECK_MIN_WORDS || features[above]!.caps - features[titleIndex]!.caps >= DECK_CAPS_GAP || toldInLead(blocks[above]!.text, blocks, region.start)
        // the page prints the line above again (its title, a share box) and not the winner: the headline and its deck
        || (features[above]!.repeated > 0 && features[titleIndex]!.repeated === 0 && features[above]!.words >= REPEATED_HEADLINE_MIN_WORDS)
      // a deck shorter than its headline: the headline must tell the lead
      : toldInLead(blocks[above]!.text, blocks, region.start))) {
    titleIndex = above;
    bestScore = sAbove;
  } else if (titleIndex >= 2) {
    // a headline in Title Case over two summary lines in sentence case, the byline under them (a financial wire's
    // "Copper Climbs to Two-Year High …" / "Traders bet on …" / "Mining stocks led …"): the headline
    const two = titleIndex - 2;
    const sTwo = scores.get(two);
    const caps = features[two]!.caps;
    if (sTwo !== undefined && scores.has(above) && sTwo >= bestScore - DECK_MARGIN && !/[.]$/.test(blocks[two]!.text)
      && features[two]!.words >= REPEATED_HEADLINE_MIN_WORDS
      && caps - features[above]!.caps >= DECK_CAPS_GAP && caps - features[titleIndex]!.caps >= DECK_CAPS_GAP) {
      titleIndex = two;
      bestScore = sTwo;
    }
  }
  if (titleIndex >= 0) title = withoutSection(blocks[titleIndex]!.text.replace(HEADLINE_LABEL, ''), blocks, titleIndex);
  if (titleIndex >= 0) {
    used.add(titleIndex);
    // the headline printed twice (page title + heading): both copies go
    const key = lowerOf(titleIndex);
    for (let i = zoneStart; i < zoneEnd; i++) if (blocks[i]!.text.length === key.length && lowerOf(i) === key) used.add(i);
  }

  // 4. published date: labelled or date-only lines near the headline win; "updated" only as a fallback
  const hits: DateHit[] = [];
  for (const [i, dates] of isDate) {
    const text = blocks[i]!.text;
    for (const d of dates) {
      const updated = REGEXPS.updatedLabel.test(text.slice(0, d.index)) && !REGEXPS.publishedLabel.test(text.slice(0, d.index));
      let score = 1;
      if (REGEXPS.publishedLabel.test(text)) score += 3;
      if (updated) score -= 1.5;
      if (d.text.length >= text.length * DATE_ONLY_SHARE || isByline.has(i)) score += 1;
      if (titleIndex >= 0 && Math.abs(i - titleIndex) <= 4) score += 1.5;
      if (i >= region.end) score -= 1;
      if (d.hasTime) score += 0.3;
      if (d.relative) score -= 0.5;
      // a date inside a sentence (a caption, a teaser's summary) is weaker evidence than a date line
      if (features[i]!.words > HEADER_DATE_MAX_WORDS && !isByline.has(i)) score -= 1.5;
      hits.push({ index: i, date: d, score, updated });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.index - b.index);
  // no full date anywhere near: a day and month under the headline ("Nov 18"), the year from the page
  if (hits.length === 0 && titleIndex >= 0) {
    const yearDate = yearlessDate(blocks, titleIndex, captured?.day ?? dateCtx.reference ?? null, used);
    if (yearDate) {
      hits.push({ index: yearDate.index, date: yearDate.date, score: YEARLESS_SCORE, updated: false });
      warnings.push(`the date "${yearDate.date.text}" has no year; ${yearDate.date.day.slice(0, 4)} taken from ${yearDate.from}`);
    }
  }
  const best = hits[0] ?? null;
  const published = best?.date ?? null;
  const publishedIndex = best?.index ?? -1;
  if (best && best.date.ambiguous) warnings.push(`ambiguous date "${best.date.text}" read as ${dateCtx.order === 'dmy' ? 'day-month' : 'month-day'}`);
  if (best && best.updated) warnings.push('only an "updated" date was found; used as the published date');
  if (best && best.date.relative) warnings.push(`relative date "${best.date.text}" resolved against the capture date`);
  if (best && hits.length > 1 && hits[1]!.date.day !== best.date.day && hits[1]!.score === best.score) {
    warnings.push(`two dates compete for the published date: ${best.date.day} and ${hits[1]!.date.day}`);
  }
  for (const h of hits) {
    const short = features[h.index]!.words <= HEADER_DATE_MAX_WORDS;
    if (short || h.index === publishedIndex) used.add(h.index);
    else if (h.index < region.start + HEADER_INTO_REGION && !REGEXPS.sentenceEnd.test(blocks[h.index]!.text)) used.add(h.index);
  }

  // 5. byline: the one closest to the headline; a bare name line counts when it sits next to the date
  let byline: Byline | null = null;
  let bylineIndex = -1;
  let bylineDist = Infinity;
  let bylineStrength = -1;
  for (const [i, b] of isByline) {
    if (b.deskOnly && (i >= region.start + HEADER_INTO_REGION || i >= region.end)) continue;
    const dist = titleIndex >= 0 ? Math.abs(i - titleIndex) + (i < titleIndex ? 2 : 0) : Math.abs(i - region.start);
    if (b.strength > bylineStrength || (b.strength === bylineStrength && dist < bylineDist)) {
      byline = b; bylineIndex = i; bylineDist = dist; bylineStrength = b.strength;
    }
  }
  // a short line inside a run of short lines that are not header lines is a menu item ("Gold Level" between "Silver
  // Level" and "Account"), not a bare name: the two lines below it are short too, and the one above or a third below
  const shortPlain = (k: number): boolean => k >= 0 && k < n && k !== titleIndex && features[k]!.words <= MENU_ITEM_MAX_WORDS
    && !isDate.has(k) && !isByline.has(k) && !relativeDate(k);
  const inMenuRun = (j: number): boolean => shortPlain(j + 1) && shortPlain(j + 2) && (shortPlain(j - 1) || shortPlain(j + 3));
  // a bare name line (reader view: headline, site, name, reading time) next to the date or under the headline
  const bareNear = [publishedIndex - 1, publishedIndex + 1, titleIndex + 1, titleIndex + 2, titleIndex + 3]
    .filter((j, k) => (k < 2 ? publishedIndex >= 0 : titleIndex >= 0 && j < region.start));
  if (!byline) {
    for (const j of bareNear) {
      if (j < 0 || j >= n || used.has(j) || j === titleIndex || inMenuRun(j)) continue;
      const b = parseByline(blocks[j]!.text, true);
      // (right between the headline and the date, where a byline stands, a longer line of names and an outlet too:
      // "Ann Roe and Tom J. Lee Valley Courier")
      const between = j === titleIndex + 1 && j === publishedIndex - 1;
      if (b && features[j]!.words <= (between && b.authors.length > 0 ? BYLINE_MAX_WORDS : BARE_LINE_MAX_WORDS)) { byline = b; bylineIndex = j; break; }
    }
  }
  // a little further (a name two lines above the date, the last line before the body): only a short name that the
  // page prints again elsewhere (an author box, "More by …"), so a stray Title Case line is not taken for one
  if (!byline) {
    const farther = [publishedIndex - 2, publishedIndex + 2, region.start - 1, region.start - 2];
    if (titleIndex >= 0) for (let j = titleIndex + 4; j <= titleIndex + BARE_NAME_REACH; j++) farther.push(j);
    for (const j of farther) {
      if (j < 0 || j >= n || j >= region.start || used.has(j) || j === titleIndex || (j < publishedIndex - 2 && j < titleIndex) || inMenuRun(j)) continue;
      const f = features[j]!;
      if (f.words < 2 || f.words > BARE_NAME_MAX_WORDS || REGEXPS.sentenceEnd.test(blocks[j]!.text)) continue;
      const b = parseByline(blocks[j]!.text, true);
      if (!b || b.authors.length !== 1 || b.authors[0] !== blocks[j]!.text.trim()) continue;
      if (printedElsewhere(blocks, j, b.authors[0]!)) { byline = b; bylineIndex = j; break; }
    }
  }
  if (bylineIndex >= 0) used.add(bylineIndex);
  // "By Laura Benson" / "and" / "Marcus Webb": a byline the page sets on three lines
  if (byline && bylineIndex + 2 < n && NAME_JOINER.test(blocks[bylineIndex + 1]!.text) && features[bylineIndex + 2]!.words <= BARE_NAME_MAX_WORDS) {
    const more = blocks[bylineIndex + 2]!.text.trim();
    const joined = REGEXPS.personName.test(more) && !hasNotNameWord(more) ? parseByline(`${blocks[bylineIndex]!.text} and ${more}`, true) : null;
    if (joined && joined.authors.length === byline.authors.length + 1) {
      byline = joined;
      used.add(bylineIndex + 1);
      used.add(bylineIndex + 2);
    }
  }
  // other byline-shaped lines at the top are header lines too, but not one inside the body below the whole header
  // (a photo credit "Sam Cole, AP" under a caption): the paragraphs above it stay body
  const headerEnd = Math.max(bylineIndex, publishedIndex);
  for (const i of isByline.keys()) {
    if (i >= region.start + HEADER_INTO_REGION || i >= Math.max(region.end, region.start + 1)) continue;
    if (bylineIndex >= 0 && i > headerEnd && i > region.start) continue;
    used.add(i);
  }

  // 6. deck: a sentence right under the headline, before the byline/date or the body
  let subtitle: string | null = null;
  let subtitleIndex = -1;
  if (titleIndex >= 0 && !topLine) { // (a first-line headline stands right on the body: no deck)
    for (let j = titleIndex + 1; j < Math.min(n, titleIndex + 4); j++) {
      if (used.has(j)) continue;
      const f = features[j]!;
      const text = blocks[j]!.text;
      // (a byline not taken, such as a photo credit inside the body, is no header line below a deck)
      const headerBelow = [...used].some((u) => u > j && u < region.start + HEADER_INTO_REGION && u < region.end && u !== capturedIndex
        && (u === bylineIndex || !isByline.has(u)));
      // (a sentence closed by a photo credit is the lead picture's caption)
      if (f.words >= 6 && f.words <= 60 && !REGEXPS.caption.test(text) && !creditBelow(blocks, j, memos) && !verdicts[j]!.reason.startsWith('boilerplate')
        && !lineTest(memos?.[j], LINE_TESTS.endsWithCredit, text, endsWithCredit)
        && (j < region.start || headerBelow)) {
        subtitle = text;
        subtitleIndex = j;
        used.add(j);
      }
      break;
    }
  }

  const header: Header = {
    title,
    titleIndex,
    subtitle,
    subtitleIndex,
    byline,
    bylineIndex,
    published,
    publishedIndex,
    captured,
    capturedIndex,
    used,
    warnings,
    confidence: {
      title: title ? Math.max(0.2, Math.min(0.95, 0.3 + bestScore / 10)) : 0,
      published: best ? Math.max(0.2, Math.min(0.95, 0.35 + best.score / 8 - (best.date.ambiguous ? 0.3 : 0))) : 0,
      byline: byline ? (bylineDist <= 3 ? 0.9 : 0.6) : 0,
    },
  };
  return { header, teaserTitle };
}
