// Pass 4 — classify each block on its own features (jusText's context-free step): good, near-good, short or
// bad, with the reason that decided it.
import {
  DEFAULT_LENGTH_HIGH,
  DEFAULT_LENGTH_LOW,
  DEFAULT_SCRIPT_CHARS_GOOD,
  DEFAULT_SCRIPT_CHARS_NEAR,
  DEFAULT_SENTENCE_WORDS_GOOD,
  DEFAULT_STOPWORDS_HIGH,
  DEFAULT_STOPWORDS_LOW,
  QUOTED_SENTENCE_MIN_WORDS,
  REGEXPS,
} from './tables';
import { LINE_TESTS, lineTest, type Features, type LineMemo } from './03-features';
import { ATTRIBUTION_PHRASE_RE, speechVerbsFor } from '../lexicon/cues';

/** A dateline paragraph has at least this many words. */
const DATELINE_PROSE_WORDS = 8;
/** "CITY, State (AP) —": an agency dateline in capitals */
const DATELINE_AGENCY = /^[\p{Lu}][\p{Lu} .'-]{2,30}(?:,\s*[\p{L}. ]{2,20})?\s*\((?:AP|AFP|Reuters|UPI|CNN|Bloomberg|dpa|PA|Xinhua|Bernama)\)\s*[—–-]{1,2}\s/u;
const opensWithAgencyDateline = (text: string): boolean => REGEXPS.agencyOpener.test(text) || DATELINE_AGENCY.test(text);
/** Script languages: a sentence of this many characters is text. */
const SCRIPT_SENTENCE_CHARS = 16;
/** A line that ends with an ideographic comma runs on into the next: part of a paragraph. */
const SCRIPT_RUN_ON = /[、，,]$/u;
/** A teaser cut short ("…", ".."): not a sentence end. */
const TRUNCATED = /(?:\.\.|…)$/u;
/** Sentence marks that make a block with few stop words text after all (sports results, fact lists). */
const PUNCTUATED_MIN = 3;
/** A sentence this long with at least this share of stop words is text, however many names it carries. */
const NAMED_SENTENCE_WORDS = 8;
const NAMED_SENTENCE_STOP = 0.1;
/** Lines up to this many words without a sentence end read as headlines. */
const HEADLINE_MAX_WORDS = 25;

export type BlockClass = 'good' | 'near' | 'short' | 'bad';

export interface Verdict {
  cls: BlockClass;
  reason: string;
}

/** "boilerplate: <reason>", one string per table reason (made once: later passes look these up and compare them). */
const BOILERPLATE_VERDICTS = new Map<string, string>();
function boilerplateVerdict(reason: string): string {
  let verdict = BOILERPLATE_VERDICTS.get(reason);
  if (verdict === undefined) BOILERPLATE_VERDICTS.set(reason, (verdict = `boilerplate: ${reason}`));
  return verdict;
}

/** A quotation in the text (a pair of marks around words) and a verb of saying or "according to" beside it. */
const QUOTATION_RE = /[“"«„‘][^“”"«»„]{3,}[”"»“’]/;
const ANY_SPEECH_VERB = speechVerbsFor(null).test;
const quotedWithCue = (text: string): boolean => QUOTATION_RE.test(text) && (ANY_SPEECH_VERB.test(text.replace(QUOTATION_RE, ' ')) || ATTRIBUTION_PHRASE_RE.test(text));

const hasNoLetters = (text: string): boolean => REGEXPS.noLetters.test(text);
const hasUrl = (text: string): boolean => REGEXPS.url.test(text);

/** A stop-word list exists for the language (else judge on length and punctuation only). `memo`: the memo of the
 *  line `text`, if it has one. */
export function classify(text: string, f: Features, hasStopwords: boolean, memo?: LineMemo): Verdict {
  if (f.boilerplate) return { cls: 'bad', reason: boilerplateVerdict(f.boilerplate) };
  if (lineTest(memo, LINE_TESTS.noLetters, text, hasNoLetters)) return { cls: 'bad', reason: 'no letters' };
  if (f.words <= 6 && lineTest(memo, LINE_TESTS.url, text, hasUrl)) return { cls: 'bad', reason: 'link' };
  if (f.script) {
    const letters = f.words * 2;
    if (letters >= DEFAULT_SCRIPT_CHARS_GOOD && f.puncts >= 1) return { cls: 'good', reason: 'long text with sentences' };
    if (letters >= DEFAULT_SCRIPT_CHARS_NEAR && f.puncts >= 1) return { cls: 'near', reason: 'sentence' };
    // a short sentence ends with its full stop ("。") or runs on with a comma ("、"): prose, where menus have neither
    if (letters >= SCRIPT_SENTENCE_CHARS && ((f.sentence && !TRUNCATED.test(text)) || SCRIPT_RUN_ON.test(text))) return { cls: 'near', reason: 'short sentence' };
    return { cls: 'short', reason: 'short' };
  }
  // "HAYWARD, Calif. (AP) — The Latest on …": a dateline opens an article paragraph, whatever follows
  if (f.words >= DATELINE_PROSE_WORDS && lineTest(memo, LINE_TESTS.agencyDateline, text, opensWithAgencyDateline)) {
    return { cls: f.chars >= DEFAULT_LENGTH_HIGH ? 'good' : 'near', reason: 'paragraph opened by a dateline' };
  }
  if (f.chars < DEFAULT_LENGTH_LOW && !(f.sentence && f.words >= 8)) {
    // a short paragraph that quotes someone ("“We will see,” she said.", 'Según X, "…".') is article text, often its
    // last line: menus, labels and teasers carry no attributed quotation
    if (f.sentence && f.words >= QUOTED_SENTENCE_MIN_WORDS && quotedWithCue(text)) return { cls: 'near', reason: 'short quoted sentence' };
    return { cls: 'short', reason: f.sentence ? 'short sentence' : 'short line' };
  }
  const stopHigh = hasStopwords ? DEFAULT_STOPWORDS_HIGH : 0;
  const stopLow = hasStopwords ? DEFAULT_STOPWORDS_LOW : 0;
  if (f.stop < stopLow) {
    // results, scores, lists of facts: sentences without function words are still text, menus have no full stops
    if (f.sentence && f.puncts >= PUNCTUATED_MIN) return { cls: 'near', reason: `punctuated text, few stop words (${f.stop.toFixed(2)})` };
    // a sentence full of names ("Director Jane Roe responded: \"Take the money!\"") still has a few function words
    if (f.sentence && f.words >= NAMED_SENTENCE_WORDS && f.stop >= NAMED_SENTENCE_STOP) return { cls: 'near', reason: `sentence of names (${f.stop.toFixed(2)})` };
    return { cls: 'bad', reason: `few stop words (${f.stop.toFixed(2)})` };
  }
  if (f.stop >= stopHigh && (f.chars >= DEFAULT_LENGTH_HIGH || (f.sentence && f.words >= DEFAULT_SENTENCE_WORDS_GOOD))) {
    return { cls: 'good', reason: 'prose' };
  }
  if (f.sentence || f.puncts >= 2) return { cls: 'near', reason: 'sentence-like' };
  // a long line that never ends a sentence is a headline (teasers, related stories) unless it is long prose
  if (f.words <= HEADLINE_MAX_WORDS) return { cls: 'short', reason: 'headline-like line' };
  return { cls: 'near', reason: 'long line without sentence end' };
}

/**
 * Teaser lists: runs of blocks in which a headline is glued to its summary ("Bridge To Close For RepairsThe county
 * said …"). Two or more close together (at most one other block between) are a list of links whatever their prose; a single one may be an article paragraph
 * with a glued link card, and keeps its verdict.
 */
export function markTeaserRuns(texts: readonly string[], verdicts: Verdict[], memos?: ReadonlyArray<LineMemo | undefined>): void {
  // the pattern is anchored and fails within the first words of prose; no pre-test (an unanchored search for the
  // glue point over every paragraph cost six times the pattern itself). A remembered line keeps its answer.
  const glued = texts.map((t, i) => t.length >= TEASER_MIN_CHARS && lineTest(memos?.[i], LINE_TESTS.gluedTeaser, t, isGluedTeaser));
  for (let i = 0; i < texts.length; i++) {
    if (glued[i] && (glued[i - 1] || glued[i + 1] || glued[i - 2] || glued[i + 2])) verdicts[i] = { cls: 'bad', reason: 'teaser: a headline glued to its summary' };
  }
}

const isGluedTeaser = (text: string): boolean => REGEXPS.gluedTeaser.test(text);
/** A glued teaser has a headline and some summary. */
const TEASER_MIN_CHARS = 40;

/**
 * Card lists after a "related" heading ("You may also like"): each card opens with the same line (share buttons,
 * a category) and holds a teaser that may read as prose. When the blocks after such a heading repeat one line at
 * least CARD_MIN times, every block from the heading to the last card's teaser is a teaser.
 */
export function markCardLists(texts: readonly string[], verdicts: Verdict[]): void {
  for (let h = 0; h < texts.length; h++) {
    if (verdicts[h]!.reason !== 'boilerplate: related heading') continue;
    const opener = texts[h + 1];
    if (opener === undefined) continue;
    let last = -1;
    let cards = 0;
    for (let j = h + 1; j < texts.length && j <= h + CARD_SCAN_BLOCKS; j++) {
      if (texts[j] !== opener) continue;
      if (j > h + 1 && j - last > CARD_MAX_BLOCKS + 1) break;
      cards++;
      last = j;
    }
    if (cards < CARD_MIN) continue;
    const end = Math.min(texts.length, last + 1 + CARD_MAX_BLOCKS);
    for (let j = h + 1; j < end; j++) {
      if (j > last && texts[j] === opener) break;
      if (verdicts[j]!.cls === 'good' || verdicts[j]!.cls === 'near') verdicts[j] = { cls: 'bad', reason: 'teaser: a card after a related heading' };
    }
  }
}

/** A card list has at least this many cards … */
const CARD_MIN = 3;
/** … each at most this many blocks long (its opener line, then a headline or a teaser) … */
const CARD_MAX_BLOCKS = 2;
/** … looked for this far after the heading. */
const CARD_SCAN_BLOCKS = 40;

