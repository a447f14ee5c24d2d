// Pass 3 — features: what the classifier looks at, measured once per block (linear in the text).
import { BoundedMemo, BoundedSeen } from '../memo';
import { blockWordStats, charCounts, isScriptLanguage, stopShareOf, type BlockWords } from '../language';

export { charCounts };
import { BOILERPLATE, REGEXPS } from './tables';
import type { Block } from './02-blocks';
import type { LineReading } from './09-source';
import { parseByline, type Byline } from './07-header';
import { detached } from '../strings';

export interface Features {
  chars: number;
  words: number;
  /** share of stop words of the page language */
  stop: number;
  /** ends like a sentence */
  sentence: boolean;
  /** sentence punctuation marks inside */
  puncts: number;
  /** share of words that start with a capital (menus and headlines are Title Case) */
  caps: number;
  /** the same text appears elsewhere on the page */
  repeated: number;
  /** first boilerplate table entry that matches, or null */
  boilerplate: string | null;
  /** starts with a bullet */
  bullet: boolean;
  /** letters in a script without spaces (ja, ko, zh): characters count instead of words */
  script: boolean;
  /** a date-only line, a byline or a comment header: the header of some story */
  headerLine: boolean;
}

/** Cheap tests before the byline parser: an opener word, an agency name, or a capitalised name then a digit.
 *  Three patterns, not one alternation: the agency names then scan as plain case-sensitive text. */
const BYLINE_HINT_OPENER = /^\W*(?:by|von|par|por|di|da|door|oleh|от|автор|text|texte|autor|author|reporter|written|reported|words|story|analysis|photos?)\b/u;
const BYLINE_HINT_AGENCY = /\b(?:AFP|Reuters|AP|Associated Press|Bernama|PA|DPA|dpa|Xinhua|PTI|IANS|ANI|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|Bloomberg)\b/;
const BYLINE_HINT_DATED = /^\p{Lu}[\p{L}.'-]+\s+\p{Lu}[^\d]*\d/u;
const bylineHint = (text: string, digit: boolean): boolean =>
  BYLINE_HINT_OPENER.test(text) || BYLINE_HINT_AGENCY.test(text) || (digit && BYLINE_HINT_DATED.test(text));
/** Blocks up to this long are compared for repetition with punctuation ignored. */
const KEY_NORMALIZE_MAX = 200;
/** Byline and date lines are short; longer lines are not checked for that shape. */
const HEADER_LINE_MAX_WORDS = 12;

/** A paper's long notice against copying its articles (the Financial Times prints one under each): furniture
 *  whatever its length. */
const SHARING_NOTICE = /\bcopying articles to share with others is a breach\b|\buse the sharing tools found via the share button\b/i;
/** Boilerplate phrases only judge short blocks: a long paragraph that mentions "subscribe" is still prose. */
const BOILERPLATE_MAX_WORDS = 32;
/**
 * From this many words, a line that reports what someone said (a reporting verb outside its quotation marks) is
 * a story's sentence, whatever furniture word it holds: "'… some risk premium,' said Phil Flynn", "Voters must
 * register by Friday, officials said" were dropped as subscription prompts.
 */
const REPORTED_MIN_WORDS = 12;
const REPORTING_VERB = /\b(?:said|says|told|according to)\b/i;
/** A prompt opens with its imperative ("Subscribe to our newsletter: … readers said"): furniture still. */
const PROMPT_OPENER = /^(?:subscribe|sign (?:up|in)|register|log ?in|join|get|try|support|download|follow|click|tap)\b/i;
/** Quoted words: “…”, "…", « … », „…“ (a reporting verb inside them is part of the quotation). */
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»|„[^“”]*[“”]/g;
/** Does a line report speech: a reporting verb outside quotation marks? */
function reportsSpeech(text: string): boolean {
  return REPORTING_VERB.test(text) && REPORTING_VERB.test(text.replace(QUOTED, ' '));
}
/** A cookie notice is furniture at any length. */
const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:we use|uses cookies|accept|consent|cookie policy|cookie settings)\b/i;

/** The text a repeated line is recognised by: lower case, punctuation ignored (ASCII-only class: fast). */
export function normalizeKey(text: string, lower = text.toLowerCase()): string {
  if (singleSpaced(lower)) return lower; // most short lines: the key is the lower-cased text, flat, no pieces joined
  let out = '';
  let from = 0;
  let gap = false;
  // copy runs of kept characters; each run of separators becomes one space (none at the edges)
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128 ? KEY_SEPARATORS_ASCII[c] !== 1 : !KEY_SEPARATORS.has(c)) continue;
    if (i > from) { out += (gap && out ? ' ' : '') + lower.slice(from, i); gap = false; }
    gap = true;
    from = i + 1;
  }
  if (from === 0) return lower;
  if (lower.length > from) out += (gap && out ? ' ' : '') + lower.slice(from);
  return out;
}
/** Only single spaces between kept characters: normalizeKey would return the text unchanged. */
function singleSpaced(lower: string): boolean {
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128 ? KEY_SEPARATORS_ASCII[c] !== 1 : !KEY_SEPARATORS.has(c)) continue;
    if (c !== 32 || i === 0 || i === n - 1 || lower.charCodeAt(i + 1) === 32) return false;
    const next = lower.charCodeAt(i + 1);
    if (next < 128 ? KEY_SEPARATORS_ASCII[next] === 1 : KEY_SEPARATORS.has(next)) return false;
  }
  return true;
}
/** Characters a repeated line may differ in: white space and punctuation (a code set: no regex per block). */
const KEY_SEPARATORS = new Set([...' \t\n\r\v\f\u00a0\u2028\u2029\u202f\u205f\u3000\ufeff.,;:!?\'"“”‘’()[]|•·–—-'].map((c) => c.charCodeAt(0)));
for (let c = 0x2000; c <= 0x200a; c++) KEY_SEPARATORS.add(c);
/** The ASCII part of KEY_SEPARATORS as a lookup table (most characters of most pages). */
const KEY_SEPARATORS_ASCII = new Uint8Array(128);
for (const c of KEY_SEPARATORS) if (c < 128) KEY_SEPARATORS_ASCII[c] = 1;

/** The top-level alternatives of a pattern's source (split at `|` outside groups and classes). */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(from, i)); from = i + 1; }
  }
  out.push(source.slice(from));
  return out;
}

/** A literal as pattern text (marks that mean something in a pattern get a backslash). */
const escapeLiteral = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|\/]/g, '\\$&');

/**
 * One test instead of one per table entry: most blocks match no boilerplate phrase. The entries are joined into
 * two patterns per set of flags, those anchored at the start (every alternative opens with ^: tried at position 0
 * only) and the rest (one scan of the block). Only a block that matches either is run through the table, in order,
 * for the first matching reason. A case-blind pattern written in lower case is run without the `i` flag on the
 * lower-cased block (V8 scans a case-blind alternation much more slowly): it matches there wherever it matched the
 * block, so the gate lets through all it let through before.
 */
const GATE_KEYS: readonly string[] = BOILERPLATE.map(([, re]) => `${topAlternatives(re.source).every((a) => a.startsWith('^')) ? 'a' : 'u'}${re.flags}`);
const BOILERPLATE_GATES: ReadonlyArray<{ re: RegExp; lower: boolean; trigger: RegExp | null }> = (() => {
  const groups = new Map<string, string[]>();
  BOILERPLATE.forEach(([, re], k) => {
    const key = GATE_KEYS[k]!;
    const list = groups.get(key) ?? [];
    list.push(`(?:${re.source})`);
    groups.set(key, list);
  });
  return [...groups].map(([key, sources]) => {
    const source = sources.join('|');
    const flags = key.slice(1);
    const lower = flags.includes('i') && lowerCaseOnly(source);
    const re = new RegExp(source, lower ? flags.replace('i', '') : flags);
    return { re, lower, trigger: key.startsWith('u') ? triggerOf(re) : null };
  });
})();
/** The gate of each table entry (a bit of the mask boilerplateReason makes, gates in the order of their first
 *  entry as above): an entry is tried only where its gate matched, since a gate matches wherever its entries do. */
const ENTRY_GATE_BITS: Int32Array = (() => {
  const keys = [...new Set(GATE_KEYS)];
  return Int32Array.from(GATE_KEYS, (key) => 1 << keys.indexOf(key));
})();

/**
 * A cheaper test in front of a case-sensitive gate: every match of the gate holds one of its required literals
 * (requiredLiterals), so a text holding none of them cannot match. One alternation of plain words scans faster
 * than the gate with its word boundaries, optional groups and \d+ (most blocks stop there). Null when some
 * alternative has no required literal, or the gate is case-blind: then the gate runs on every block. Only for
 * unanchored gates: an anchored one is tried at the start of the block only, cheaper than any scan.
 */
export function triggerOf(re: RegExp): RegExp | null {
  if (re.flags.includes('i')) return null;
  const literals = requiredLiterals(re.source);
  if (!literals) return null;
  // a literal that holds a shorter one is implied by it: fewer alternatives to try
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length);
  const kept = sorted.filter((l, k) => !sorted.slice(0, k).some((shorter) => l.includes(shorter)));
  return new RegExp(kept.map(escapeLiteral).join('|'), re.flags.includes('u') ? 'u' : '');
}

/**
 * Literal strings one of which every match of the pattern holds (read for case-sensitive matching), or null when
 * that cannot be told. Reads a sequence of terms: a run of plain characters is one candidate, a required group its
 * alternatives' sets; the candidate whose shortest string is longest is kept. Anything not understood (classes,
 * escapes like \d, assertions, lookarounds, optional parts) is skipped as matching something unknown, which keeps
 * the answer true, only less selective.
 */
export function requiredLiterals(source: string): string[] | null {
  let i = 0;
  const disjunction = (): string[] | null => {
    const all: string[] = [];
    let known = true;
    for (;;) {
      const alt = sequence();
      if (alt) all.push(...alt);
      else known = false;
      if (source[i] !== '|') break;
      i++;
    }
    return known ? all : null;
  };
  const sequence = (): string[] | null => {
    let best: string[] | null = null;
    let run = '';
    const offer = (set: string[] | null): void => {
      if (!set || set.length === 0) return;
      const shortest = Math.min(...set.map((s) => s.length));
      if (shortest > 0 && (!best || shortest > Math.min(...best.map((s) => s.length)))) best = set;
    };
    const close = (): void => { offer(run ? [run] : null); run = ''; };
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      // one atom: a plain character (literal), a group (its set), or something unknown (null)
      let literal: string | null = null;
      let set: string[] | null = null;
      const c = source[i]!;
      if (c === '(') {
        i++;
        let look = false;
        if (source[i] === '?') {
          const kind = source.slice(i, i + 3);
          look = kind.startsWith('?=') || kind.startsWith('?!') || kind === '?<=' || kind === '?<!';
          if (source[i + 1] === ':') i += 2;
          else if (look) i += kind.startsWith('?<') ? 3 : 2;
          else if (source[i + 1] === '<') i = source.indexOf('>', i) + 1; // a named group
          else return null;
        }
        const inner = disjunction();
        if (source[i] !== ')') return null;
        i++;
        set = look ? null : inner;
      } else if (c === '[') {
        i++;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        i++;
      } else if (c === '\\') {
        const e = source[i + 1] ?? '';
        if (/^[pPu]$/.test(e) && source[i + 2] === '{') i = source.indexOf('}', i) + 1;
        else if (e === 'u') i += 6; // \uXXXX
        else if (e === 'x') i += 4; // \xXX
        else if (e === 'c') i += 3; // \cX
        else if (/^\w$/.test(e)) i += 2; // \d \s \b \1 \n …: not read as text
        else { literal = e; i += 2; } // an escaped mark stands for itself
      } else if ('^$.*+?{'.includes(c)) {
        i++;
      } else {
        // (half of a surrogate pair is left unknown: a quantifier after it would bind the whole pair)
        const code = c.charCodeAt(0);
        if (code < 0xd800 || code > 0xdfff) literal = c;
        i++;
      }
      // a quantifier after the atom: optional (min 0) atoms require nothing; repeated ones end the run
      const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i));
      let optional = false;
      let repeated = false;
      if (q) {
        i += q[0].length;
        const min = q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1]) : 0;
        optional = min === 0;
        repeated = !optional && q[0] !== '{1}';
      }
      if (literal !== null && !optional && !repeated) { run += literal; continue; }
      close();
      if (literal !== null && !optional) offer([literal]);
      if (!optional) offer(set);
    }
    close();
    return best;
  };
  const out = disjunction();
  return i === source.length ? out : null;
}

/** A pattern source whose letters are all lower case outside escapes (no \p{Lu}, no capitals): case-blind matching
 *  of it is plain matching on lower-cased text. */
export function lowerCaseOnly(source: string): boolean {
  const letters = source.replace(/\\(?:[pPux]\{?[\w=]*\}?|.)/g, '');
  return letters === letters.toLowerCase() && !/\\[pPux]/.test(source);
}

/** `lower`: the text lower-cased (the page's words pass made it already). */
export function boilerplateReason(text: string, words: number, bullet = REGEXPS.bullet.test(text), lower?: string): string | null {
  if (words > BOILERPLATE_MAX_WORDS) {
    // (COOKIE and SHARING_NOTICE match ASCII letters only, so a paragraph whose lower case lacks "cookie" and
    // "share" cannot match: an indexOf each instead of the case-blind patterns' scan of every long paragraph)
    if (lower !== undefined && !lower.includes('cookie') && !lower.includes('share')) return null;
    if (COOKIE.test(text) && COOKIE_CONTEXT.test(text)) return 'cookie notice';
    return SHARING_NOTICE.test(text) ? 'sharing notice' : null;
  }
  const bare = bullet ? text.replace(REGEXPS.bullet, '') : text;
  let bareLower: string | null = null;
  const gate = (g: { re: RegExp; lower: boolean; trigger: RegExp | null }): boolean => {
    if (!g.lower) return (!g.trigger || g.trigger.test(bare)) && g.re.test(bare);
    bareLower ??= lower === undefined ? bare.toLowerCase() : bullet ? lower.replace(REGEXPS.bullet, '') : lower;
    return (!g.trigger || g.trigger.test(bareLower)) && g.re.test(bareLower);
  };
  let matched = 0;
  for (let g = 0; g < BOILERPLATE_GATES.length; g++) if (gate(BOILERPLATE_GATES[g]!)) matched |= 1 << g;
  if (matched === 0) return null;
  // (tested only where a phrase matched: most lines match none)
  if (words >= REPORTED_MIN_WORDS && !PROMPT_OPENER.test(bare) && reportsSpeech(bare)) return null;
  for (let k = 0; k < BOILERPLATE.length; k++) if ((ENTRY_GATE_BITS[k]! & matched) !== 0 && BOILERPLATE[k]![1].test(bare)) return BOILERPLATE[k]![0];
  return null;
}

/** The last word of a line, without white space and one colon after it (up to CLOSING_CHARS characters): a
 *  comment's header ends in "said:", "wrote" …, which is tested on this instead of the pattern backtracking over
 *  the whole line. */
export function closingWord(text: string): string {
  let t = text.trimEnd();
  if (t.endsWith(':')) t = t.slice(0, -1).trimEnd();
  return t.length <= CLOSING_CHARS ? t : t.slice(-CLOSING_CHARS);
}
/** The longest closing word ("commented") and one character more. */
const CLOSING_CHARS = 10;
/** How REGEXPS.commentHeader ends (same flags). */
const COMMENT_CLOSING = /(?:said|says|wrote|commented|replied)$/i;

/** A line that starts with an ASCII letter has no bullet (the pattern needs white space, a mark or a digit first). */
function startsWithAsciiLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return c >= 97 && c <= 122;
}

/** The end of a sentence lies in the last characters (closing quotes, brackets, emoji after the mark): the
 *  end-anchored pattern is run on this tail only, not scanned over a whole paragraph. */
const SENTENCE_END_TAIL = 64;
export function endsLikeSentence(text: string): boolean {
  return REGEXPS.sentenceEnd.test(text.length <= SENTENCE_END_TAIL ? text : text.slice(-SENTENCE_END_TAIL));
}

/**
 * What is read from a short line's text alone, remembered across pages: a site's menus, footers, share prompts and
 * date lines come back on every clip copied from it, and one look-up then serves the words pass, the features and
 * the source pass (each look-up of a line costs about as much as reading a short one). Filled as the passes read
 * the line; never changed once a field is set. Strings kept are copies (see detached).
 */
export interface LineMemo {
  /** the words pass's figures for the line (BlockWords, one row) */
  words: number;
  hits: Int32Array;
  lower: string;
  capitals: number;
  marks: number;
  digit: number;
  /** measure's TextFeatures (outside script languages) */
  features: TextFeatures | undefined;
  /** the source pass's reading of the line */
  source: LineReading | undefined;
  /** keyHash of the line's lower case (null: an empty key), and normalizeKey of the line, for repetitions */
  keyHash: number | null | undefined;
  key: string | undefined;
  /** the line's shape as a table row (05-region rowKeyOf) */
  rowKey: number | undefined;
  /** parseByline of the line (strict), once read by the header search */
  byline: Byline | null | undefined;
  /** the answers of the LINE_TESTS run on the line so far (see lineTest): tests 0–15, then 16–31 */
  tests: number;
  tests2: number;
}
/* (every field is set when a memo is made, so all memos share one shape: the passes read them in hot loops) */

/**
 * Tests of a line's text alone that later passes run on the page's blocks, remembered in the line's memo like its
 * features: each has two bits of LineMemo.tests (tests 16 on: of tests2), one that it was run, the next its answer.
 */
export const LINE_TESTS = {
  /** REGEXPS.gluedTeaser (markTeaserRuns) */
  gluedTeaser: 0,
  /** REGEXPS.noLetters (classify) */
  noLetters: 1,
  /** REGEXPS.url (classify) */
  url: 2,
  /** REGEXPS.captionOpener or REGEXPS.caption (isCaption) */
  captionShape: 3,
  /** endsWithCredit (isCaption, the body pass) */
  endsWithCredit: 4,
  /** isGalleryCaption (isCaption, the body pass) */
  galleryCaption: 5,
  /** REGEXPS.creditOnly (the body pass) */
  creditOnly: 6,
  /** a photo credit line under a caption (the body pass) */
  photoCredit: 7,
  /** an "about the company" line (tailStart) */
  aboutTail: 8,
  /** REGEXPS.caption, captionOpener or captionCredit (the headline search) */
  captionLike: 9,
  /** REGEXPS.dateline (readDateline) */
  dateline: 10,
  /** REGEXPS.digestSeparator or digestCounter (splitDigest) */
  digestSeparator: 11,
  /** a hard end of the article: comments, "Related" (articleLimit) */
  endMarker: 12,
  /** a paragraph opened by an agency dateline (classify) */
  agencyDateline: 13,
  /** "5 hours ago" alone on the line (the headline search) */
  relativeDate: 14,
  /** a person's name alone (the headline search) */
  bareName: 15,
  /** the line may hold a date (mayHoldDate: the header's date search) */
  mayHoldDate: 16,
  /** a list item led by a day ("June 9 – Tampa"): introducedLists */
  datedItem: 17,
} as const;

/** `run(text)`, remembered in the memo of the line `text` (undefined: a line not remembered, run afresh). The
 *  memo must be the memo of this very text. */
export function lineTest(memo: LineMemo | undefined, test: number, text: string, run: (text: string) => boolean): boolean {
  if (memo === undefined) return run(text);
  const done = 1 << (2 * (test & 15));
  const bits = test < 16 ? memo.tests : memo.tests2;
  if ((bits & done) !== 0) return (bits & (done << 1)) !== 0;
  const answer = run(text);
  const now = bits | (answer ? done | (done << 1) : done);
  if (test < 16) memo.tests = now;
  else memo.tests2 = now;
  return answer;
}
/** Lines up to this long are remembered: menus, labels, date lines and most paragraphs. */
const MEMO_MAX_CHARS = 400;
/** Bound on the lines remembered (a line's memo takes ~0.7 KB; see BoundedMemo). */
const MEMO_MAX = 16000;
const LINE_MEMOS = new BoundedMemo<LineMemo>(MEMO_MAX);
/**
 * A line gets a memo the second time it is read (within this many lines read afresh), not the first: most lines
 * read afresh are a clip's own paragraphs, never seen again, and a memo for each of them pushed out the site's
 * menus and footers that do come back (on the benchmark's clips 26 % of the lines missed the memo, 18 % so, and
 * 60 % fewer memos are made). Only a hash per line is kept (~50 bytes).
 */
const SEEN_MAX = 16000;
const SEEN_LINES = new BoundedSeen(SEEN_MAX);
/** FNV-1a of a line's length and of at most LINE_HASH_CHARS characters spread over it (for SEEN_LINES: two lines
 *  sharing a hash only give the second its memo one reading early, so the whole line need not be read). */
function lineHash(text: string): number {
  const step = Math.max(1, Math.floor(text.length / LINE_HASH_CHARS));
  let h = Math.imul(FNV_START ^ text.length, FNV_PRIME);
  for (let i = 0; i < text.length; i += step) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
const LINE_HASH_CHARS = 32;
/** The stop-word row of a line without stop words (shared: rows are never written to). */
let ZERO_ROW = new Int32Array(0);
const zeroRow = (width: number): Int32Array => (ZERO_ROW.length === width ? ZERO_ROW : (ZERO_ROW = new Int32Array(width)));

/** BlockWords of a page, with the memo of each remembered line (undefined: a long line, read afresh). */
export interface PageWords extends BlockWords {
  memos: Array<LineMemo | undefined>;
}

/** Word counts and stop-word hits of every block: computed once, used for the language and for the features.
 *  Lines seen on earlier pages are taken from their memo; the rest are read in one pass and remembered. */
export function blockWords(blocks: readonly Block[]): PageWords {
  const n = blocks.length;
  const memos = new Array<LineMemo | undefined>(n).fill(undefined);
  const fresh: number[] = [];
  for (let i = 0; i < n; i++) {
    const text = blocks[i]!.text;
    const memo = text.length <= MEMO_MAX_CHARS ? LINE_MEMOS.get(text) : undefined;
    if (memo) memos[i] = memo;
    else fresh.push(i);
  }
  const read = blockWordStats(fresh.map((i) => blocks[i]!.text));
  const width = n === 0 ? 0 : fresh.length ? read.hits.length / fresh.length : memos[0]!.hits.length;
  const allFresh = fresh.length === n;
  const out: PageWords = allFresh ? { ...read, memos } : {
    counts: new Int32Array(n), hits: new Int32Array(n * width), lowers: new Array<string>(n), capitals: new Int32Array(n),
    marks: new Int32Array(n), digit: new Uint8Array(n), memos,
  };
  fresh.forEach((i, k) => {
    const text = blocks[i]!.text;
    if (!allFresh) {
      out.counts[i] = read.counts[k]!;
      for (let l = 0; l < width; l++) out.hits[i * width + l] = read.hits[k * width + l]!; // (a row of a few: no subarray)
      out.lowers[i] = read.lowers[k]!;
      out.capitals[i] = read.capitals[k]!;
      out.marks[i] = read.marks[k]!;
      out.digit[i] = read.digit[k]!;
    }
    if (text.length > MEMO_MAX_CHARS || !SEEN_LINES.seenBefore(lineHash(text))) return;
    const key = detached(text);
    // (a line already in lower case is its own lower case, a piece of the clip: the key is kept instead; any other
    // lower case is a string of its own)
    const lower = read.lowers[k]!;
    let any = 0;
    for (let l = 0; l < width; l++) any |= read.hits[k * width + l]!;
    memos[i] = {
      // (most remembered lines, menus and labels, hold no stop word: they share one row of zeros)
      words: read.counts[k]!, hits: any === 0 ? zeroRow(width) : read.hits.slice(k * width, (k + 1) * width), lower: lower === text ? key : lower,
      capitals: read.capitals[k]!, marks: read.marks[k]!, digit: read.digit[k]!,
      features: undefined, source: undefined, keyHash: undefined, key: undefined, rowKey: undefined, byline: undefined, tests: 0, tests2: 0,
    };
    LINE_MEMOS.set(key, memos[i]!);
  });
  for (let i = 0; i < n; i++) {
    const memo = memos[i];
    if (!memo || out.lowers[i] !== undefined) continue;
    out.counts[i] = memo.words;
    // (the shared row of zeros, most lines', is already there: the page's rows start as zeros)
    if (memo.hits !== ZERO_ROW) for (let l = 0; l < width; l++) out.hits[i * width + l] = memo.hits[l]!;
    out.lowers[i] = memo.lower;
    out.capitals[i] = memo.capitals;
    out.marks[i] = memo.marks;
    out.digit[i] = memo.digit;
  }
  return out;
}

/**
 * How many other blocks print the same text. Short blocks are compared by their punctuation-blind key, long blocks
 * (which repeat rarely and then word for word) by their text. Neither is hashed as a string: short blocks are grouped
 * by a number hash of their key (made without making the key), long ones by their length, and only blocks that
 * share a group are compared (most share none).
 */
export function repetitions(blocks: readonly Block[], lowers: readonly string[], memos?: ReadonlyArray<LineMemo | undefined>): Int32Array {
  const out = new Int32Array(blocks.length);
  // the first block of each hash or length; a group is made only when a second block shares it (most blocks share
  // none: no list per block, and only the groups are walked below)
  const firstByHash = firstBlocks(blocks.length);
  const firstByLength = new Map<number, number>();
  const byHash = new Map<number, number[]>();
  const byLength = new Map<number, number[]>();
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    const long = text.length > KEY_NORMALIZE_MAX;
    const memo = long ? undefined : memos?.[i];
    const h = long ? text.length : memo ? (memo.keyHash === undefined ? (memo.keyHash = keyHash(memo.lower)) : memo.keyHash) : keyHash(lowers[i] ?? text.toLowerCase());
    if (h === null) continue; // an empty key (punctuation only) repeats nothing
    const first = long ? firstByLength.get(h) : firstByHash.firstOr(h, i);
    if (first === undefined) { if (long) firstByLength.set(h, i); continue; }
    const groups = long ? byLength : byHash;
    const group = groups.get(h);
    if (group) group.push(i);
    else groups.set(h, [first, i]);
  }
  const same = (group: readonly number[], keyOf: (i: number) => string): void => {
    if (group.length < 2) return;
    if (group.length <= PAIRWISE_MAX) {
      const keys = group.map(keyOf);
      for (let a = 0; a < group.length; a++) for (let b = 0; b < group.length; b++) if (a !== b && keys[a] === keys[b]) out[group[a]!]!++;
      return;
    }
    // many blocks in one group (a menu printed twice, a page of equal paragraphs): counted by a map after all
    const counts = new Map<string, number>();
    const keys = group.map(keyOf);
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    group.forEach((i, k) => { out[i] = counts.get(keys[k]!)! - 1; });
  };
  const keyOf = (i: number): string => {
    const memo = memos?.[i];
    if (memo === undefined) return normalizeKey(blocks[i]!.text, lowers[i]);
    // (a copy: the key may be the line itself, a piece of the clip)
    return (memo.key ??= detached(normalizeKey(blocks[i]!.text, lowers[i])));
  };
  for (const group of byHash.values()) same(group, keyOf);
  for (const group of byLength.values()) same(group, (i) => blocks[i]!.text);
  return out;
}

/**
 * The first block of each key hash on a page: open addressing in two typed arrays kept from page to page (a Map
 * grown for every page cost more than the rest of the repetition count). Slot: the hash, and 1 + the block (0: empty).
 */
class FirstBlocks {
  keys = new Int32Array(FIRST_BLOCKS_MIN);
  blocks = new Int32Array(FIRST_BLOCKS_MIN);
  mask = FIRST_BLOCKS_MIN - 1;
  /** The first block with hash h, or undefined when block i is the first (then it is entered). */
  firstOr(h: number, i: number): number | undefined {
    let s = (h ^ (h >>> 16)) & this.mask;
    for (let b = this.blocks[s]!; b !== 0; s = (s + 1) & this.mask, b = this.blocks[s]!) if (this.keys[s] === h) return b - 1;
    this.keys[s] = h;
    this.blocks[s] = i + 1;
    return undefined;
  }
}
const FIRST_BLOCKS_MIN = 256;
const FIRST_BLOCKS = new FirstBlocks();
/** The table emptied for a page of n blocks, at most half full (its first slots only: a long page once does not
 *  make every later page clear a large table). */
function firstBlocks(n: number): FirstBlocks {
  const t = FIRST_BLOCKS;
  let size = FIRST_BLOCKS_MIN;
  while (size < 2 * n) size *= 2;
  if (t.blocks.length < size) {
    t.keys = new Int32Array(size);
    t.blocks = new Int32Array(size);
  } else t.blocks.fill(0, 0, size);
  t.mask = size - 1;
  return t;
}

/** FNV-1a over the characters of normalizeKey(text), read from the lower-cased text without making the key:
 *  runs of kept characters, one space between runs. Null when nothing is kept (an empty key). */
export function keyHash(lower: string): number | null {
  let h = FNV_START;
  let kept = false;
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128 ? KEY_SEPARATORS_ASCII[c] === 1 : KEY_SEPARATORS.has(c)) { gap = true; continue; }
    if (gap && kept) h = Math.imul(h ^ 32, FNV_PRIME);
    h = Math.imul(h ^ c, FNV_PRIME);
    kept = true;
    gap = false;
  }
  return kept ? h : null;
}
const FNV_PRIME = 16777619;
const FNV_START = 0x811c9dc5 | 0;

/** Long blocks of one length are compared pair by pair up to this many. */
const PAIRWISE_MAX = 8;

/** What measure reads from a block's text alone (its word count, digits and lower case are its text's too). */
interface TextFeatures {
  bullet: boolean;
  sentence: boolean;
  boilerplate: string | null;
  headerLine: boolean;
}

/*
 * Remembered lines keep their TextFeatures in their memo: menus, footers, share prompts and date lines of a site
 * come back on every clip copied from it, and their boilerplate and header-line tests cost more than a look-up;
 * a paragraph that comes back (an agency story on two sites, a teaser) is not tested again either.
 */

function textFeatures(text: string, w: number, script: boolean, words: BlockWords, i: number): TextFeatures {
  const bullet = !startsWithAsciiLetter(text) && REGEXPS.bullet.test(text);
  const digit = words.digit[i] === 1;
  return {
    bullet,
    // (a sentence ends in one of the marks the words pass counted: without any, no pattern needs to look)
    sentence: words.marks[i]! > 0 && endsLikeSentence(text),
    // script languages write words without spaces: the length in characters decides what is short
    boilerplate: boilerplateReason(text, script ? Math.ceil(text.length / 2) : w, bullet, words.lowers[i]),
    // a header line is short and has a digit (date, comment header) or a byline's opener or agency
    headerLine: w <= HEADER_LINE_MAX_WORDS && w > 0
      && ((digit && (REGEXPS.dateLine.test(text) || (COMMENT_CLOSING.test(closingWord(text)) && REGEXPS.commentHeader.test(text)))) || (bylineHint(text, digit) && parseByline(text) !== null)),
  };
}

/** `remember`: false reads every block afresh, past pages aside (the tests compare the two). */
export function measure(blocks: readonly Block[], lang: string, words: PageWords = blockWords(blocks), remember = true): Features[] {
  const repeats = repetitions(blocks, words.lowers, remember ? words.memos : undefined);
  const script = isScriptLanguage(lang);
  return blocks.map((b, i) => {
    const w = words.counts[i]!;
    const text = b.text;
    const memo = words.memos[i];
    let t: TextFeatures | undefined;
    if (script || !remember || !memo) t = textFeatures(text, w, script, words, i);
    else t = memo.features ??= textFeatures(text, w, script, words, i);
    return {
      chars: text.length,
      words: script ? Math.ceil(text.length / 2) : w,
      stop: stopShareOf(words.counts, words.hits, i, lang),
      sentence: t.sentence,
      puncts: words.marks[i]!,
      caps: w ? Math.min(1, words.capitals[i]! / w) : 0,
      repeated: repeats[i]!,
      boilerplate: t.boilerplate,
      bullet: t.bullet,
      script,
      headerLine: t.headerLine,
    };
  });
}
