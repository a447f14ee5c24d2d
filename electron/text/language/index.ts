// Language of a text: by script for languages with their own (ja, ko, zh, el, ar, he, th, uk/ru by words),
// else by which stop-word list covers the most words. Pure and linear in the text length.
import { STOPWORDS, STOPWORD_LANGUAGES } from './stopwords';

export { STOPWORDS };

/** Scripts that name a language on their own (share of letters needed: see SCRIPT_SHARE). */
/** Script languages in the order they are tried (ranges in scriptCounts): kana means Japanese, hangul Korean,
 *  han without kana Chinese. */
const SCRIPTS: ReadonlyArray<{ lang: string }> = [
  { lang: 'ja' }, { lang: 'ko' }, { lang: 'zh' }, { lang: 'el' }, { lang: 'ar' }, { lang: 'he' }, { lang: 'th' },
];
/** A script wins when this share of the letters is written in it. */
const SCRIPT_SHARE = 0.2;
/** Japanese text mixes kana with many han characters: a small kana share is enough. */
const KANA_SHARE = 0.05;
/** Only look at this many characters: language does not change half-way through a page. */
const SAMPLE_CHARS = 20000;

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** word → the positions in STOPWORD_LANGUAGES of the lists that hold it (one lookup per word instead of one per
 *  language; counted in a typed array, no map of counts) */
const STOPWORD_INDEX = new Map<string, number[]>();
STOPWORD_LANGUAGES.forEach((lang, k) => {
  for (const w of STOPWORDS[lang]!) {
    const langs = STOPWORD_INDEX.get(w);
    if (langs) langs.push(k);
    else STOPWORD_INDEX.set(w, [k]);
  }
});

/** The longest stop word of each list: longer words need no lookup. */
const LIST_MAX_LENGTH: Readonly<Record<string, number>> = Object.fromEntries(
  STOPWORD_LANGUAGES.map((lang) => [lang, Math.max(...[...STOPWORDS[lang]!].map((w) => w.length))]),
);

/** The longest stop word of any list. */
const STOPWORD_MAX_LENGTH = Math.max(...[...STOPWORD_INDEX.keys()].map((w) => w.length));

/** Everything that separates words: spaces, ASCII punctuation and digits, typographic marks. Not Unicode-aware
 *  on purpose: letters of every script pass through. ASCII by table, the rest by a short list (the same set as
 *  \s plus « » “ ” „ … • · – — € £). */
const SEPARATOR_ASCII = new Uint8Array(128);
for (const ch of ' \t\n\r\v\f.,;:!?"()[]{}<>*_/\\|#@&%$+=~^`0123456789') SEPARATOR_ASCII[ch.charCodeAt(0)] = 1;
const SEPARATOR_OTHER = new Set([...'«»“”„…•·–—€£\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((c) => c.charCodeAt(0)));
const isSeparator = (c: number): boolean =>
  c < 128 ? SEPARATOR_ASCII[c] === 1 : (c >= 0x2000 && c <= 0x200a) || SEPARATOR_OTHER.has(c);
/** apostrophes and hyphens are trimmed from the edges of a word */
const isEdge = (c: number): boolean => c === 39 || c === 45 || c === 0x2019 || c === 0x2018;

/** Lower-cased words of a text (letters with inner apostrophes and hyphens). Runs on every block of every page:
 *  one character loop, no regex. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparator(lower.charCodeAt(i))) i++;
    let a = i;
    while (i < n && !isSeparator(lower.charCodeAt(i))) i++;
    let b = i;
    while (a < b && isEdge(lower.charCodeAt(a))) a++;
    while (b > a && isEdge(lower.charCodeAt(b - 1))) b--;
    if (b > a) out.push(lower.slice(a, b));
  }
  return out;
}

/** The regex form, for callers that need words out of text with any spacing. */
export const WORD_RE = WORD;

/** Counts letters per script in one pass over the text (code-point ranges, no regex arrays). */
function scriptCounts(sample: string): { letters: number; byLang: Map<string, number> } {
  const byLang = new Map<string, number>();
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if (c < 0x80) { if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++; continue; }
    let lang: string | null = null;
    if (c >= 0x3040 && c <= 0x30ff) lang = 'ja';
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) lang = 'ko';
    else if (c >= 0x4e00 && c <= 0x9fff) lang = 'zh';
    else if (c >= 0x0370 && c <= 0x03ff) lang = 'el';
    else if (c >= 0x0600 && c <= 0x06ff) lang = 'ar';
    else if (c >= 0x0590 && c <= 0x05ff) lang = 'he';
    else if (c >= 0x0e00 && c <= 0x0e7f) lang = 'th';
    if (lang) byLang.set(lang, (byLang.get(lang) ?? 0) + 1);
    letters++; // other non-ASCII: Latin with accents, Cyrillic … (punctuation over-counted a little: harmless)
  }
  return { letters, byLang };
}

/** A letter of one of the scripts scriptCounts counts (the same ranges). */
const SCRIPT_LETTER = /[\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff\u4e00-\u9fff\u0370-\u03ff\u0600-\u06ff\u0590-\u05ff\u0e00-\u0e7f]/;
/** What scriptCounts counts as a letter: an ASCII letter or any character beyond ASCII. */
const ANY_LETTER = /[A-Za-z\u0080-\uffff]/;

/** A language told by its script alone ('none': no letters at all), or null when stop words must decide. */
export function scriptLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  // most pages hold no letter of these scripts: one scan tells, and the count is not needed
  if (!SCRIPT_LETTER.test(sample)) return ANY_LETTER.test(sample) ? null : 'none';
  const { letters, byLang } = scriptCounts(sample);
  if (letters === 0) return 'none';
  if ((byLang.get('ja') ?? 0) / letters >= KANA_SHARE) return 'ja';
  for (const { lang } of SCRIPTS.slice(1)) {
    if ((byLang.get(lang) ?? 0) / letters >= SCRIPT_SHARE) return lang;
  }
  return null;
}

/** BCP 47 code of the text's language; `fallback` when there is too little to tell. */
export function detectLanguage(text: string, fallback = 'en'): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const script = scriptLanguage(sample);
  if (script) return script === 'none' ? fallback : script;
  return languageOfWords(wordsOf(sample), fallback);
}

/** Words enough to tell the language: the rest of a long page does not change the answer. */
const LANGUAGE_SAMPLE_WORDS = 6000;

/** The language whose stop words cover most of these words (script languages are found by detectLanguage).
 *  Takes one list or the lists of each block (no flattening), read up to LANGUAGE_SAMPLE_WORDS. */
export function languageOfWords(words: readonly string[] | readonly (readonly string[])[], fallback = 'en'): string {
  const counts = new Int32Array(STOPWORD_LANGUAGES.length);
  let seen = 0;
  const add = (w: string) => {
    if (w.length > STOPWORD_MAX_LENGTH) return; // longer than any stop word: no lookup (most content words)
    const langs = STOPWORD_INDEX.get(w);
    if (langs) for (let k = 0; k < langs.length; k++) counts[langs[k]!]!++;
  };
  for (const item of words) {
    if (typeof item === 'string') { add(item); seen++; }
    else { for (let j = 0; j < item.length; j++) add(item[j]!); seen += item.length; }
    if (seen >= LANGUAGE_SAMPLE_WORDS) break;
  }
  let best = fallback;
  let bestCount = 2; // fewer hits than this: not enough evidence
  for (let k = 0; k < counts.length; k++) if (counts[k]! > bestCount) { best = STOPWORD_LANGUAGES[k]!; bestCount = counts[k]!; }
  return best;
}

/**
 * Stop-word hits of every block, looked up once per word for all lists: row i (STOPWORD_LANGUAGES.length wide)
 * holds block i's hits per list. The page's language, each block's stop-word share and an article's own language
 * are all read from it, so no word is looked up twice.
 */
export function stopHits(blocks: readonly (readonly string[])[]): Int32Array {
  const width = STOPWORD_LANGUAGES.length;
  const hits = new Int32Array(blocks.length * width);
  for (let i = 0; i < blocks.length; i++) {
    const words = blocks[i]!;
    const row = i * width;
    for (let j = 0; j < words.length; j++) {
      const w = words[j]!;
      if (w.length > STOPWORD_MAX_LENGTH) continue; // longer than any stop word: no lookup (most content words)
      const langs = STOPWORD_INDEX.get(w);
      if (langs) for (let k = 0; k < langs.length; k++) hits[row + langs[k]!]!++;
    }
  }
  return hits;
}

/**
 * Stop words by hash (open addressing): a word is looked up straight from the lower-cased text, by the hash of its
 * characters, so no string is made for it. Slot → 1 + position in STOPWORD_WORDS (0: empty).
 */
const STOPWORD_WORDS = [...STOPWORD_INDEX.keys()];
const STOPWORD_LANGS = STOPWORD_WORDS.map((w) => STOPWORD_INDEX.get(w)!);
const HASH_BITS = 12;
const HASH_MASK = (1 << HASH_BITS) - 1;
/** FNV-1a over UTF-16 code units, folded to the table size. */
const FNV_PRIME = 16777619;
const FNV_START = 0x811c9dc5 | 0;
const slotOf = (h: number): number => (h ^ (h >>> HASH_BITS) ^ (h >>> (2 * HASH_BITS))) & HASH_MASK;
const STOPWORD_SLOTS = new Int32Array(1 << HASH_BITS);
STOPWORD_WORDS.forEach((w, k) => {
  let h = FNV_START;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  let s = slotOf(h);
  while (STOPWORD_SLOTS[s] !== 0) s = (s + 1) & HASH_MASK;
  STOPWORD_SLOTS[s] = k + 1;
});

/** Counts taken in one pass over a block's characters. */
export interface CharCounts {
  /** words that start with a capital letter (after an opening quote or bracket) */
  capitals: number;
  /** sentence marks: . ! ? … 。 ！ ？ */
  marks: number;
  /** any ASCII digit */
  digit: boolean;
}

/** Capitalised words, sentence marks and digits of a text in one character loop: no regex, no match arrays. */
export function charCounts(text: string): CharCounts {
  let capitals = 0;
  let marks = 0;
  let digit = false;
  let start = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) { start = true; continue; }
    if (c === 46 || c === 33 || c === 63) marks++; // . ! ?
    else if (c >= 48 && c <= 57) digit = true;
    else if (c > 127 && (c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f)) marks++; // … 。 ！ ？
    if (!start) continue;
    if (c === 40 || c === 34 || c === 39 || c === 0x201c || c === 0x2018) continue; // ( " ' “ ‘ open a word
    start = false;
    if (c < 128 ? c >= 65 && c <= 90 : text[i] !== text[i]!.toLowerCase()) capitals++;
  }
  return { capitals, marks, digit };
}

/** Character classes of the one pass (bits): a word separator, an edge trimmed off words, a sentence mark (charCounts),
 *  a digit, a character that opens a word without starting it (charCounts: ( " ' “ ‘). */
const SEPARATOR = 1;
const EDGE = 2;
const MARK = 4;
const DIGIT = 8;
const OPENER = 16;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = (SEPARATOR_ASCII[c] === 1 ? SEPARATOR : 0) | (isEdge(c) ? EDGE : 0) | (c === 46 || c === 33 || c === 63 ? MARK : 0)
    | (c >= 48 && c <= 57 ? DIGIT : 0) | (c === 40 || c === 34 || c === 39 ? OPENER : 0);
}
/** The classes of a character beyond ASCII: … 。 ！ ？ are sentence marks, “ ‘ open a word, ’ ‘ are edges. */
function otherClass(c: number): number {
  return (isSeparator(c) ? SEPARATOR : 0) | (isEdge(c) ? EDGE : 0)
    | (c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f ? MARK : 0) | (c === 0x201c || c === 0x2018 ? OPENER : 0);
}

/** The classes of every UTF-16 code unit (64 KB, filled once): one table look-up per character, no test of
 *  the set of other separators for each character beyond ASCII. */
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CHAR_CLASS[c] = c < 128 ? ASCII_CLASS[c]! : otherClass(c);

/** What one pass over the blocks of a page reads: their words, stop words and character classes. */
export interface BlockWords {
  /** words per block (wordsOf(text).length) */
  counts: Int32Array;
  /** stop-word hits, rows as in stopHits */
  hits: Int32Array;
  /** each block's text in lower case (read again by later passes instead of lower-casing it once more) */
  lowers: string[];
  /** charCounts of each block: capitalised words, sentence marks, a digit (1) or none (0) */
  capitals: Int32Array;
  marks: Int32Array;
  digit: Uint8Array;
}

/**
 * What wordsOf, stopHits and charCounts give together, without making a string for any word: every block is
 * lower-cased once and read once, character by character; a word no longer than the longest stop word is looked
 * up by its hash; a capital is a character the lower-casing changed. This runs on every block of every page.
 */
export function blockWordStats(texts: readonly string[]): BlockWords {
  const width = STOPWORD_LANGUAGES.length;
  const counts = new Int32Array(texts.length);
  const hits = new Int32Array(texts.length * width);
  const lowers = new Array<string>(texts.length);
  const capitals = new Int32Array(texts.length);
  const marks = new Int32Array(texts.length);
  const digit = new Uint8Array(texts.length);
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t]!;
    const lower = text.toLowerCase();
    lowers[t] = lower;
    // (a few characters lower-case to two: "İ"; then charCounts reads the text itself)
    const aligned = lower.length === text.length;
    const n = lower.length;
    const row = t * width;
    let words = 0;
    let caps = 0;
    let sentenceMarks = 0;
    let digits = 0;
    let start = true; // at the start of a space-separated word (as charCounts)
    // the word being read: the run of non-separators without apostrophes and hyphens at its edges, hashed as it is
    // read (the hash up to the last non-edge character is the word's)
    let a = -1;
    let b = -1;
    let h = FNV_START;
    let hash = h;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? lower.charCodeAt(i) : 32; // (a space after the end closes the last word)
      const k = CHAR_CLASS[c]!;
      if (c === 32) start = true;
      else {
        if (k & MARK) sentenceMarks++;
        else if (k & DIGIT) digits = 1;
        if (start && !(k & OPENER)) {
          start = false;
          if (aligned && text.charCodeAt(i) !== c) caps++;
        }
      }
      if (k & SEPARATOR) {
        if (a < 0) continue;
        words++;
        if (b - a <= STOPWORD_MAX_LENGTH) countStopWord(lower, a, b, hash, hits, row);
        a = -1;
        continue;
      }
      const edge = (k & EDGE) !== 0;
      if (a < 0) {
        if (edge) continue;
        a = i;
        h = FNV_START;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      if (!edge) { b = i + 1; hash = h; }
    }
    counts[t] = words;
    if (aligned) {
      capitals[t] = caps;
      marks[t] = sentenceMarks;
      digit[t] = digits;
    } else {
      const cc = charCounts(text);
      capitals[t] = cc.capitals;
      marks[t] = cc.marks;
      digit[t] = cc.digit ? 1 : 0;
    }
  }
  return { counts, hits, lowers, capitals, marks, digit };
}

/** Adds the lists of the stop word lower[a, b) (found by its hash) to the row of hits. */
function countStopWord(lower: string, a: number, b: number, hash: number, hits: Int32Array, row: number): void {
  for (let s = slotOf(hash); STOPWORD_SLOTS[s] !== 0; s = (s + 1) & HASH_MASK) {
    const k = STOPWORD_SLOTS[s]! - 1;
    const w = STOPWORD_WORDS[k]!;
    if (w.length !== b - a || !lower.startsWith(w, a)) continue;
    const langs = STOPWORD_LANGS[k]!;
    for (let l = 0; l < langs.length; l++) hits[row + langs[l]!]!++;
    return;
  }
}

/** The rows of blocks [start, end) (a view, no copy). */
export const hitRows = (hits: Int32Array, start: number, end: number): Int32Array =>
  hits.subarray(start * STOPWORD_LANGUAGES.length, end * STOPWORD_LANGUAGES.length);

/** languageOfWords over the blocks at `indices` (in order), from their stop-word hits and word counts. */
export function languageOfHits(words: ArrayLike<number>, hits: Int32Array, indices: readonly number[], fallback = 'en'): string {
  const width = STOPWORD_LANGUAGES.length;
  const counts = new Int32Array(width);
  let seen = 0;
  for (const i of indices) {
    for (let k = 0; k < width; k++) counts[k]! += hits[i * width + k]!;
    seen += words[i]!;
    if (seen >= LANGUAGE_SAMPLE_WORDS) break;
  }
  let best = fallback;
  let bestCount = 2; // fewer hits than this: not enough evidence
  for (let k = 0; k < width; k++) if (counts[k]! > bestCount) { best = STOPWORD_LANGUAGES[k]!; bestCount = counts[k]!; }
  return best;
}

/** stopwordDensity of block i from its hits and word counts. */
export function stopShareOf(counts: ArrayLike<number>, hits: Int32Array, i: number, lang: string): number {
  const k = STOPWORD_LANGUAGES.indexOf(lang);
  const n = counts[i]!;
  return k < 0 || n === 0 ? 0 : hits[i * STOPWORD_LANGUAGES.length + k]! / n;
}

/** Share of words that are stop words of `lang` (0 when the language has no list). */
export function stopwordDensity(words: readonly string[], lang: string): number {
  const list = STOPWORDS[lang];
  if (!list || words.length === 0) return 0;
  const max = LIST_MAX_LENGTH[lang]!;
  let n = 0;
  for (let i = 0; i < words.length; i++) { const w = words[i]!; if (w.length <= max && list.has(w)) n++; }
  return n / words.length;
}

/** True for languages written without spaces between words (stop-word density means nothing there). */
export function isScriptLanguage(lang: string): boolean {
  return lang === 'ja' || lang === 'ko' || lang === 'zh' || lang === 'th';
}
