// Word tokens with offsets, and capitalised runs (candidate names). Shared by the passes and by ../tags.
import { NAME_PARTICLES, NOT_NAME_WORDS } from '../lexicon/names';
import { ON_HEADS, ORG_HEAD_WORDS, ORG_LINK_WORDS } from '../lexicon/organizations';

export interface Token {
  /** the word as printed, without a trailing sentence period or possessive ending */
  text: string;
  /** lower case, without dots, for table look-ups */
  lower: string;
  start: number;
  end: number;
  /** "Biden’s", "Sanders’" */
  possessive: boolean;
  capitalised: boolean;
  /** the token was followed by a sentence period that is not part of an abbreviation */
  periodAfter: boolean;
}

/** Abbreviations that keep their period (lower case, without the period). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'st', 'jr', 'sr', 'gen', 'lt', 'col', 'sgt', 'capt', 'prof',
  'rev', 'vs', 'no', 'adm', 'maj', 'cmdr', 'gov', 'pres', 'supt', 'fr', 'mt', 'ft', 'inc', 'corp', 'co', 'ltd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n',
  'e.u', 'd.c', 'a.m', 'p.m', 'etc', 'approx', 'dept', 'est', 'ave', 'blvd', 'messrs',
]);

/**
 * Letters and digits as explicit ranges (Latin, Latin extended, Greek, Cyrillic, kana, CJK): the same words as
 * \p{L}\p{N} for the news we read, and several times faster in V8 than Unicode property classes.
 */
export const WORD_CHARS = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u3040-\\u30FF\\u4E00-\\u9FFF';
/** Capital letters in the same ranges. */
export const UPPER_CHARS = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F';
/** What a token is, as a pattern: tokenize reads the same words by character codes (the tests hold it to this). */
export const TOKEN_RE = new RegExp(`[${WORD_CHARS}]+(?:[.'’\\-&][${WORD_CHARS}]+)*\\.?`, 'g');
/**
 * The tokens of TOKEN_RE that start with a capital (Latin Extended letters too, sorted out after): a scan of a
 * whole clip for capitalised words then skips the lower-case words instead of matching each one. The
 * look-behind (no word, and no word joined by a period, apostrophe or hyphen, before the capital) comes after
 * the capital so that V8 can skip to capitals fast.
 */
const CAPITAL_START = `[${UPPER_CHARS}\\u0100-\\u024F]`;
const CAPITALISED_TOKEN_RE = new RegExp(
  `${CAPITAL_START}(?<![${WORD_CHARS}]${CAPITAL_START}|[${WORD_CHARS}][.'’\\-&]${CAPITAL_START})[${WORD_CHARS}]*(?:[.'’\\-&][${WORD_CHARS}]+)*\\.?`,
  'g',
);
const UPPER_RE = /^\p{Lu}/u;
const PLURAL_POSSESSIVE_RE = /^['’](?![\p{L}\p{N}])/u;

export const lowerKey = (s: string): string => s.toLowerCase().replace(/\.$/, '');

/** "U.S", "a.m": single letters joined by periods (the last period already cut). */
const DOTTED_LETTERS_RE = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_LETTER_RE = /^\p{L}$/u;

/** The longest of the ABBREVIATIONS. */
const MAX_ABBREVIATION_CHARS = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

export function isAbbreviation(word: string): boolean {
  // a word longer than any abbreviation, with no period inside, is none (most words before a sentence's full stop):
  // told before the word is put in lower case (which never makes it shorter nor adds a period)
  const n = word.endsWith('.') ? word.length - 1 : word.length;
  if (n > MAX_ABBREVIATION_CHARS && word.lastIndexOf('.', n - 1) < 0) return false;
  const w = n < word.length ? word.slice(0, -1).toLowerCase() : word.toLowerCase();
  return ABBREVIATIONS.has(w) || SINGLE_LETTER_RE.test(w) || (w.includes('.') && DOTTED_LETTERS_RE.test(w));
}

/**
 * Called very often on short stretches (contexts, noun phrases): a scan by character codes (TOKEN_CHARS), which
 * finds the same tokens as TOKEN_RE without a regex call and a match array per word.
 */
export function tokenize(text: string, offset = 0, limit = Infinity): Token[] {
  const out: Token[] = [];
  const n = text.length;
  const lowers = new LowerCase(text);
  let i = 0;
  // (`limit`: only the first tokens, for callers that read no further: each is the same as in the whole list)
  while (i < n && out.length < limit) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    i = tokenEnd(text, i + 1);
    pushToken(out, text, offset, at, text.slice(at, i), lowers);
  }
  return out;
}

/** Only the capitalised tokens of a text (table look-ups over a whole clip, without a token per word). */
export function capitalisedTokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const lowers = new LowerCase(text);
  const re = CAPITALISED_TOKEN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (opensCapitalised(m[0])) pushToken(out, text, offset, m.index, m[0], lowers);
  }
  return out;
}

/** WORD_CHARS by character code (all of them lie below U+A000): 1 for a word character. */
const WORD_CODES = new Uint8Array(0xa000);
// (filled from the ranges of WORD_CHARS, all of the form a-b: testing each code with the class is slow at startup)
for (const [, a, b] of WORD_CHARS.matchAll(/(\\u[0-9A-F]{4}|[^\\])-(\\u[0-9A-F]{4}|[^\\])/g)) WORD_CODES.fill(1, rangeCode(a!), rangeCode(b!) + 1);
function rangeCode(c: string): number {
  return c.length === 1 ? c.charCodeAt(0) : parseInt(c.slice(2), 16);
}
const isWordCode = (c: number): boolean => c < 0xa000 && WORD_CODES[c] === 1;
/** The characters that join words into one token: . ' ’ - & */
const isJoinerCode = (c: number): boolean => c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x26;
/** The end of the token that holds the word character before `i` (tokenize's scan, continued from `i`). */
export function tokenEnd(text: string, i: number): number {
  const n = text.length;
  i = wordEnd(text, i, n);
  // TOKEN_RE's (?:[.'’\-&][WORD]+)* and \.?: a joiner counts when a word character follows it
  while (i + 1 < n && isJoinerCode(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i = wordEnd(text, i + 2, n);
  if (i < n && text.charCodeAt(i) === 0x2e) i++;
  return i;
}
/** The end of the run of word characters from `i`. */
function wordEnd(text: string, i: number, n: number): number {
  while (i < n && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

/** The characters String.prototype.trim cuts, the same as \s matches: by character code. */
export const isSpaceCode = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/** The code of the last character of `text` before `end` that is not a space (-1: none). */
export function lastNonSpace(text: string, end = text.length): number {
  let e = end;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e > 0 ? text.charCodeAt(e - 1) : -1;
}

/** Whether text[from, to) is blank (what trim() would leave empty). */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The lower case of the words of one text. A word of plain lower-case ASCII is its own (most words: no call).
 * The others are cut from the whole text put in lower case once: toLowerCase is slow on the two-byte strings
 * that most clips are (curly quotation marks), and called once per text rather than per word. Each character
 * maps to one of its own in the whole text's lower case, the same as in the word's, unless the text holds a
 * character whose lower case is longer (the lengths then differ) or a capital sigma (its lower case depends
 * on what follows it): those texts' words are put in lower case one by one.
 */
class LowerCase {
  private whole: string | null | undefined;
  constructor(private readonly text: string) {}

  /** word.toLowerCase(), for the word at `at` in the text. */
  of(word: string, at: number): string {
    let plain = true;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 0x41 && (c <= 0x5a || c >= 0x80)) {
        plain = false;
        break;
      }
    }
    if (plain) return word;
    if (this.whole === undefined) {
      const whole = this.text.toLowerCase();
      this.whole = whole.length === this.text.length && !this.text.includes('\u03a3') ? whole : null;
    }
    return this.whole === null ? word.toLowerCase() : this.whole.slice(at, at + word.length);
  }
}

/** The token of `raw`, matched at `at` in `text`: a sentence period and a possessive ending cut off. */
function pushToken(out: Token[], text: string, offset: number, at: number, raw: string, lowers: LowerCase): void {
  let word = raw;
  let periodAfter = false;
  if (word.charCodeAt(word.length - 1) === 0x2e && !isAbbreviation(word)) {
    word = word.slice(0, -1);
    periodAfter = true;
  }
  let possessive = false;
  const last = word.charCodeAt(word.length - 1);
  if (last === 0x73 /* s */) {
    const apo = word.charCodeAt(word.length - 2);
    if (word.length > 2 && (apo === 0x2019 || apo === 0x27)) {
      word = word.slice(0, -2);
      possessive = true;
    } else {
      const after = text.charCodeAt(at + raw.length);
      if ((after === 0x2019 || after === 0x27) && PLURAL_POSSESSIVE_RE.test(text.slice(at + raw.length, at + raw.length + 2))) possessive = true;
    }
  }
  const start = offset + at;
  const lower = lowers.of(word, at);
  out.push({
    text: word,
    lower: lower.charCodeAt(lower.length - 1) === 0x2e ? lower.slice(0, -1) : lower,
    start,
    end: start + word.length,
    possessive,
    capitalised: isCapitalised(word, lower),
    periodAfter,
  });
}

/**
 * The `text` of each token capitalisedTokens would return that `wanted` accepts (given the token as matched and
 * the length of its text), in order. The length is worked out before any string is cut, so a caller looking
 * words up in a table (the tags' places) cuts out only the few that may be in it, and makes no Token for the rest.
 */
export function capitalisedWords(text: string, wanted: (raw: string, length: number) => boolean): string[] {
  const out: string[] = [];
  const re = CAPITALISED_TOKEN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    // the same tests and cuts as scanTokens, on lengths
    if (!opensCapitalised(raw)) continue;
    let length = raw.length;
    if (raw.charCodeAt(length - 1) === 0x2e && !isAbbreviation(raw)) length--;
    if (length > 2 && raw.charCodeAt(length - 1) === 0x73 /* s */) {
      const apo = raw.charCodeAt(length - 2);
      if (apo === 0x2019 || apo === 0x27) length -= 2;
    }
    if (wanted(raw, length)) out.push(length === raw.length ? raw : raw.slice(0, length));
  }
  return out;
}

/** A token's `capitalised` flag, from its text (and its lower case, when made already). */
export function isCapitalised(word: string, lower: string = word.toLowerCase()): boolean {
  const c0 = word.charCodeAt(0);
  return c0 !== lower.charCodeAt(0) || (c0 > 0x7f && UPPER_RE.test(word));
}

/** Whether a matched token opens with a capital, as the capitalised-only scans keep them (ASCII by code). */
function opensCapitalised(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : raw[0]!.toLowerCase() !== raw[0] || UPPER_RE.test(raw);
}

/**
 * Runs of capitalised tokens separated by single spaces ("French President Emmanuel Macron"). Lower-case name
 * particles may sit inside a run ("Ursula von der Leyen"); a possessive ends a run.
 */
/** A link word inside an organisation's name: after its head noun, before a capitalised word that is no sentence word
 *  ("Bank of England", "Institute for Fiscal Studies"; not "the Council on Monday"). */
function orgLink(t: Token, prev: Token, next: Token | undefined): boolean {
  if (!ORG_LINK_WORDS.has(t.lower) || !ORG_HEAD_WORDS.has(prev.text) || !next?.capitalised || NOT_NAME_WORDS.has(next.lower)) return false;
  return t.lower !== 'on' || ON_HEADS.has(prev.text);
}

export function capitalisedRuns(text: string, tokens: readonly Token[], offset = 0): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length && !run[run.length - 1]!.capitalised) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end - offset, t.start - offset) : '';
    const joins = prev !== undefined && !prev.possessive && !prev.periodAfter && gap === ' ';
    const usable = t.capitalised || (prev !== undefined && (NAME_PARTICLES.has(t.lower) || orgLink(t, prev, tokens[k + 1])));
    if (!usable || (prev && !joins)) flush();
    if (usable && (t.capitalised || run.length)) run.push(t);
    if (t.possessive) flush();
  }
  flush();
  return runs;
}
