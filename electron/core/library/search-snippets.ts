// Snippets of a page of search hits, made here from the clips' indexed text rather than by FTS5's snippet().
//
// Why: at 100,000 clips FTS5's snippet() cost 11–18 ms a page of 100: it tokenizes every column of every clip
// twice (once to find sentence starts, once to mark the words), and it can only run inside a MATCH over the
// hits, which walks every hit between the page's lowest and highest id (the whole index, for a page in bm25
// order). Here the words are found with one regular expression over each column, and only the few hundred
// characters around them are split into tokens: about 2 ms a page, reading the text included.
//
// The choice of fragment follows FTS5's snippet() (fts5_aux.c), so the snippets read the same:
// - a window of SNIPPET_TOKENS tokens is scored for each hit: 1000 for each search phrase it holds, 1 for each
//   repeat; a window starting at the sentence start just before the hit gets SCORE.sentence (more at the
//   column's start) when the column is longer than a window; the best score wins, the first on ties, in column
//   order (title, body, byline, source, quotes);
// - a hit's own window is centred on the hits it holds, and kept inside the column;
// - the text keeps its punctuation, the hits are marked \u0002 … \u0003, and "…" stands for the text left out.
// Tokens are runs of letters, digits and marks (the index's unicode61 tokenizer), compared folded (fold()).

/** A search phrase: folded words in order, the last one a word start when `prefix`; `column` restricts it. */
export interface SnippetPhrase {
  words: string[];
  prefix: boolean;
  /** index of the only column it is looked for in (source: filters), or null for every column */
  column: number | null;
}

/** words in a snippet (FTS5 snippet()'s last argument) */
export const SNIPPET_TOKENS = 16;
const OPEN = '\u0002';
const CLOSE = '\u0003';
const ELLIPSIS = '…';
/** FTS5's scores: a phrase seen for the first time in a window, a repeat, and a window opening a sentence */
const SCORE = { phrase: 1000, repeat: 1, sentence: 100, columnStart: 120 } as const;
/** hits of one column that are scored (a long clip can hold hundreds of a common word; the first ones decide) */
const MAX_HITS_SCORED = 32;

const TOKEN_CHAR = /[\p{L}\p{N}\p{M}]/u;
/**
 * Characters the fold may change: outside ASCII, Latin-1's symbols (U+00A0–U+00BF) and the general punctuation
 * block (U+2000–U+206F: curly quotes, dashes, "…"), which nearly every clip holds and which only separate tokens
 * (the phrase pattern skips any separators), so a clip with only those is searched as ASCII.
 */
const FOLDABLE = /[^\x00-\x7f\u00a0-\u00bf\u2000-\u206f]/;
const FOLDABLE_RUN = /[^\x00-\x7f\u00a0-\u00bf\u2000-\u206f]+/g;
/** ASCII letters and digits (the rest of ASCII separates tokens) */
const ASCII_TOKEN = new Uint8Array(128).map((_, c) => Number((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)));
const COMBINING_MARKS = /\p{M}+/gu;

const foldText = (text: string) => text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();

/**
 * A column's text folded as the index folds it, with a map back to the original's offsets. ASCII text is its
 * own fold (the regular expression ignores case); other runs are folded apart and anchored at their ends.
 */
function foldedView(text: string): { folded: string; toOriginal: (i: number) => number } {
  if (!FOLDABLE.test(text)) return { folded: text.toLowerCase(), toOriginal: (i) => i };
  let folded = '';
  let last = 0;
  // [folded offset, original offset] where the two agree again, in order
  const anchors: [number, number][] = [[0, 0]];
  for (const m of text.matchAll(FOLDABLE_RUN)) {
    folded += text.slice(last, m.index);
    const run = foldText(m[0]);
    if (run.length !== m[0].length) anchors.push([folded.length, m.index!]);
    folded += run;
    last = m.index! + m[0].length;
    if (run.length !== m[0].length) anchors.push([folded.length, last]);
  }
  folded += text.slice(last);
  return {
    // (ASCII letters keep their length in lower case; the other runs are folded already)
    folded: folded.toLowerCase(),
    toOriginal: (i) => {
      let lo = 0;
      for (let hi = anchors.length - 1; lo < hi; ) {
        const mid = (lo + hi + 1) >> 1;
        if (anchors[mid]![0] <= i) lo = mid;
        else hi = mid - 1;
      }
      const [f, o] = anchors[lo]!;
      const next = anchors[lo + 1];
      // inside a folded run whose length changed: its end (a token boundary is never inside such a run)
      return next && next[0] - f !== next[1] - o && i > f ? next[1] : o + (i - f);
    },
  };
}

/**
 * One regular expression for all phrases over folded text; group n + 1 is phrase n. Words are folded letters
 * and digits only. Token boundaries are checked apart (isTokenChar): a look-behind made the scan 3 times slower.
 */
export function phrasesPattern(phrases: readonly SnippetPhrase[]): RegExp {
  const parts = phrases.map((p) => {
    const words = p.words.join('[^\\p{L}\\p{N}]+');
    return `(${words}${p.prefix ? '[\\p{L}\\p{N}]*' : ''})`;
  });
  return new RegExp(parts.join('|'), 'giu');
}

interface Hit {
  start: number;
  end: number;
  phrase: number;
  /** tokens the hit spans */
  size: number;
}

/** The hits of the phrases in one column, in order (original offsets). */
function findHits(text: string, pattern: RegExp, phrases: readonly SnippetPhrase[], column: number, fold: boolean): Hit[] {
  const { folded, toOriginal } = fold ? foldedView(text) : { folded: text, toOriginal: (i: number) => i };
  const hits: Hit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    const end = m.index + m[0].length;
    if (isTokenChar(folded, m.index - 1) || isTokenChar(folded, end)) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    let phrase = 0;
    while (m[phrase + 1] === undefined) phrase++;
    const p = phrases[phrase]!;
    if (p.column !== null && p.column !== column) continue;
    hits.push({ start: toOriginal(m.index), end: toOriginal(end), phrase, size: p.words.length });
    if (hits.length >= MAX_HITS_SCORED) break;
  }
  return hits;
}

/** Is the UTF-16 unit at i part of a token (a letter, digit or mark)? ASCII is tested by table, fast. */
function isTokenChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_TOKEN[c] === 1;
  // a surrogate is tested as its whole code point
  if (c >= 0xd800 && c <= 0xdfff) {
    const at = c >= 0xdc00 && i > 0 ? i - 1 : i;
    return TOKEN_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
  }
  return TOKEN_CHAR.test(text[i]!);
}

// Token walks: a snippet only needs the tokens near its hits, so it never splits a whole column (a clip's body
// is thousands of characters; splitting all of it cost as much as FTS5's snippet()).

/** start of the token before offset `at` (a token start), or -1 at the column's start */
function previousToken(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !isTokenChar(text, i)) i--;
  if (i < 0) return -1;
  while (i > 0 && isTokenChar(text, i - 1)) i--;
  return i;
}

/** start of the token after the one at `at`, or -1 past the column's last token */
function nextToken(text: string, at: number): number {
  let i = at;
  while (i < text.length && isTokenChar(text, i)) i++;
  while (i < text.length && !isTokenChar(text, i)) i++;
  return i < text.length ? i : -1;
}

/** end of the token starting at `at` */
function tokenEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isTokenChar(text, i)) i++;
  return i;
}

/** tokens from the one at `from` up to offset `to` (exclusive), counting no further than `limit` */
function tokensBetween(text: string, from: number, to: number, limit: number): number {
  let n = 0;
  for (let at = from; at >= 0 && at < to && n < limit; at = nextToken(text, at)) n++;
  return n;
}

/** Does the token at `at` open a sentence: the column's first token, or after "." or ":" and white space? */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  const space = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  if (i >= 0 && space(text.charCodeAt(i))) {
    while (i >= 0 && space(text.charCodeAt(i))) i--;
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x3a) return true;
  }
  return previousToken(text, at) < 0;
}

interface Candidate {
  score: number;
  column: number;
  /** offset of the window's first token */
  start: number;
}

/**
 * The best window of one column: each hit's own window and the window from the sentence start before it,
 * scored as FTS5 scores them (the first best wins). Unlike FTS5, a sentence start is looked for within one
 * window before the hit only, and the column stops at the first window that holds every phrase and opens a
 * sentence (only repeats could beat it).
 */
function bestWindow(text: string, hits: readonly Hit[], column: number, phraseCount: number): Candidate | null {
  if (hits.length === 0) return null;
  const firstToken = nextTokenFrom(text, 0);
  const sentences = firstToken >= 0 && tokensBetween(text, firstToken, text.length, SNIPPET_TOKENS + 1) > SNIPPET_TOKENS;
  const complete = SCORE.phrase * phraseCount + SCORE.sentence;
  const seen = new Uint8Array(phraseCount);
  /** the score of the window opening at token offset `first`, and the last hit it holds */
  const score = (first: number) => {
    // the window ends where its (SNIPPET_TOKENS + 1)th token starts
    let end = first;
    for (let n = 0; n < SNIPPET_TOKENS && end >= 0; n++) end = nextToken(text, end);
    if (end < 0) end = text.length;
    seen.fill(0);
    let total = 0;
    let lastHit = -1;
    for (let j = 0; j < hits.length && hits[j]!.start < end; j++) {
      const h = hits[j]!;
      if (h.start < first) continue;
      total += seen[h.phrase] ? SCORE.repeat : SCORE.phrase;
      seen[h.phrase] = 1;
      lastHit = j;
    }
    return { total, lastHit };
  };
  let best: Candidate | null = null;
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    const own = score(hit.start);
    // centred on the hits it holds (C's integer division): back half the tokens it leaves free
    const last = hits[own.lastHit]!;
    const span = tokensBetween(text, hit.start, last.start, SNIPPET_TOKENS) + last.size;
    let start = hit.start;
    for (let back = Math.trunc((SNIPPET_TOKENS - span) / 2); back > 0; back--) {
      const before = previousToken(text, start);
      if (before < 0) break;
      start = before;
    }
    if (!best || own.total > best.score) best = { score: own.total, column, start };
    // the sentence start before the hit (none when the hit opens one)
    if (!sentences || opensSentence(text, hit.start)) continue;
    let first = hit.start;
    for (let back = 1; back < SNIPPET_TOKENS; back++) {
      first = previousToken(text, first);
      if (first < 0 || opensSentence(text, first)) break;
    }
    if (first < 0 || !opensSentence(text, first)) continue;
    const bonus = previousToken(text, first) < 0 ? SCORE.columnStart : SCORE.sentence;
    const sentence = score(first).total + bonus;
    if (sentence > best.score) best = { score: sentence, column, start: first };
    if (best.score >= complete) break;
  }
  return best;
}

/** first token start at or after offset `at` (-1 if none) */
function nextTokenFrom(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isTokenChar(text, i)) i++;
  return i < text.length ? i : -1;
}

/**
 * The snippet text of a window: SNIPPET_TOKENS tokens from its start (moved back when the column ends first, as
 * FTS5 keeps its window inside the column), hits marked, "…" for what is left out.
 */
function render(text: string, window: Candidate, hits: readonly Hit[]): string {
  let start = window.start;
  let last = start;
  let n = 1;
  for (let next = nextToken(text, last); next >= 0 && n < SNIPPET_TOKENS; next = nextToken(text, next)) {
    last = next;
    n++;
  }
  const toEnd = nextToken(text, last) < 0;
  for (; n < SNIPPET_TOKENS; n++) {
    const before = previousToken(text, start);
    if (before < 0) break;
    start = before;
  }
  const fromStart = previousToken(text, start) < 0;
  const from = fromStart ? 0 : start;
  const to = toEnd ? text.length : tokenEnd(text, last);
  let out = fromStart ? '' : ELLIPSIS;
  let at = from;
  for (const h of hits) {
    if (h.end <= at || h.start >= to) continue;
    const a = Math.max(h.start, at);
    const b = Math.min(h.end, to);
    out += `${text.slice(at, a)}${OPEN}${text.slice(a, b)}${CLOSE}`;
    at = b;
  }
  out += text.slice(at, to);
  return toEnd ? out : out + ELLIPSIS;
}

/**
 * The snippet of one clip from its indexed columns (title, body, byline, source, quotes), or null when none of
 * the phrases is found (the caller falls back to FTS5's snippet()).
 */
export function makeSnippet(columns: readonly (string | null)[], phrases: readonly SnippetPhrase[], pattern = phrasesPattern(phrases)): string | null {
  if (phrases.length === 0) return null;
  let best: Candidate | null = null;
  let bestHits: Hit[] = [];
  // the text as it is first (case aside, most clips spell the words as the search does), folded when that finds
  // nothing (folding every column of every clip cost more than the rest of the snippet)
  for (const fold of [false, true]) {
    columns.forEach((text, column) => {
      if (!text) return;
      const hits = findHits(text, pattern, phrases, column, fold);
      const window = bestWindow(text, hits, column, phrases.length);
      if (window && (!best || window.score > best.score)) {
        best = window;
        bestHits = hits;
      }
    });
    if (best) break;
  }
  if (!best) return null;
  const window: Candidate = best;
  return render(columns[window.column]!, window, bestHits);
}
