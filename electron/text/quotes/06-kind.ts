// Pass 6: is a quoted stretch somebody's words, and is it a full quotation or a fragment?
// Titles of works ("Fox News Sunday"), nicknames (Dwayne “The Rock” Johnson) and terms held at arm's length
// with no one saying them (scare quotes) are not quotations of a speaker; nor are names of events, slogans printed
// on things, terms being defined and terms a sentence is about ("Previous “spring offensives” have failed").
import { NICKNAME_CUE_RE, WORK_CUE_RE } from '../lexicon/cues';
import type { QuoteKind } from '../../shared/article';
import { isSpaceCode, lastNonSpace } from './tokens';

/** End-anchored context patterns read this many characters before the quotation (the longest needs ~100). */
const LEFT_TAIL_CHARS = 160;
/** The short end-anchored patterns (a nickname, work or programme cue: a few words) read only this far. */
const SHORT_TAIL_CHARS = 60;
/** Title-case stretches up to this many words are read as titles of works, slogans or names. */
const MAX_TITLE_WORDS = 8;
const MAX_TITLE_CHARS = 80;
/** Small words that stay lower case in titles ("Face the Nation"). */
const TITLE_SMALL_WORDS_RE = /^(?:a|an|the|and|or|but|nor|of|on|in|at|to|for|with|by|from|is|as|vs\.?|de|la|le|du|y|it)$/;
/** A left context ending like this makes the quotation a complete utterance. */
const FULL_LEFT_RE = /(?:^|[:,;\u2014\u2013]|\bthat|\b(?:said|says|told|added|wrote|asked|tweeted|declared|stated|explained|replied|responded|continued|insisted|argued|warned)\s*[:,]?)\s*$/u;
/** Prepositions after which a work's title follows ("on “Morning Joe”", "broadcast of “Face the Nation”"). */
const TITLE_PREP_RE = /(?:\b(?:on|of|in|from|to|at|called|titled|entitled|named)\s*$)/i;

/**
 * Before a title-case stretch, these make it the name of a programme or publication: a broadcaster's
 * possessive ("MSNBC’s “Morning Joe”"), an appearance ("on “Face the Nation”"), a "show/programme" noun.
 * Quoted titles with no such context stay: annotators often count slogans and book titles as quoted words.
 */
const SHOW_CONTEXT_RE =
  /(?:\b(?:MSNBC|CNN|Fox|Fox News|CBS|NBC|ABC|PBS|NPR|BBC|HBO|Netflix|Comedy Central|Bravo|ESPN|Sky|ITV|Channel \d)['’]s?|\b(?:[Oo]n|appeared on|appearance on|interview on|broadcast of|episode of|edition of|host of|anchor of|co-host of|[Dd]uring)|\b(?:show|program|programme|series|podcast|newspaper|magazine|column)(?: called| titled| named)?)\s*$/u;
/** A quotation that is all bracketed stage direction: "(CROSSTALK.)", "[Applause]". */
const STAGE_DIRECTION_RE = /^[([][^()[\]]*[)\]][.,]?$/su;
/** A publisher's footer in a transcript: "Follow Jane Roe on Twitter @jroe". */
const FOLLOW_LINE_RE = /^Follow\b.{1,60}\bon (?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b.{0,40}$/su;
/**
 * A thing given a name: a noun phrase with an article, then "called"/"dubbed"/"named" ("a phenomenon called",
 * "a programme dubbed"). "An email titled “…”" stays (someone wrote those words), and so does a role noun
 * before "called" ("a spokesman called"): that may be the speaker.
 */
const NAMED_THING_RE = /\b(?:a|an|the|this|that|its|their)\s+(?:[a-z][a-z-]*\s+){0,2}(?!(?:spokesman|spokeswoman|spokesperson|official|aide|adviser|advisor|senator|president|leader|candidate|minister|governor|lawmaker|critic|source)s?\s)[a-z][a-z-]*\s+(?:called|dubbed|named|labelled|labeled|branded)\s*$/u;
/** The words NAMED_THING_RE ends with. */
const NAMING_WORDS: readonly string[] = ['called', 'dubbed', 'named', 'labelled', 'labeled', 'branded'];
/** Does `text` end with a naming word (then spaces)? NAMED_THING_RE is tried only then: it is slow to fail. */
function endsWithNamingWord(text: string): boolean {
  let e = text.length;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  for (const w of NAMING_WORDS) if (text.endsWith(w, e)) return true;
  return false;
}
/** What a title is the title of, right after it ("“…” radio show", "“…” documentary"). */
const WORK_NOUN_AFTER_RE = /^,?\s+(?:(?:radio|television|tv|talk|web|news|reality|comedy|late-night|morning|evening|weekly|daily|new|hit|popular)\s+)?(?:show|program|programme|podcast|series|sitcom|documentary|film|movie|book|memoir|novel|album|song|musical|play|segment|column|newsletter|magazine|exhibit|exhibition)s?\b/iu;
/** One or two lower-case words (a hyphenated compound counts as one) with no closing punctuation. */
const MODIFIER_QUOTE_RE = /^(?!\p{L}+ly\b)\p{Ll}[\p{L}-]*(?: \p{Ll}[\p{L}-]*)?$/u;
const LOWER_WORD_RE = /^\p{Ll}[\p{L}-]*$/u;
/** Words that may follow a quoted word without its being a modifier ("“stupid” and", "“unfit” to"). */
const NOT_NOUN_AFTER_RE = /^(?:and|or|but|nor|to|of|for|in|on|at|by|with|from|as|than|that|which|who|is|was|are|were|be|been|has|have|had|will|would|could|should|can|may|might|must|do|does|did|not|about|because|if|when|while|after|before|since|until|so|then|too|also|even|just|only|again|instead|over|into|onto|through|against|among|said|says|according|the|a|an|this|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you|millions|billions|thousands|hundreds)$/;
/** A number or an ordinal alone ("13th", "1984", "9/11") names a thing (a title, a date); nobody says only that. */
const NUMBER_ONLY_RE = /^[\p{N}.,:/%\u2013-]+(?:st|nd|rd|th|s)?[.,!?]?$/u;
/** Section headings in capitals ("OBAMA FOCUSED “ON HIS GOLF GAME”"): at least this many letters, none lower case. */
const MIN_CAPS_HEADING_LETTERS = 8;
const MAX_HEADING_CHARS = 120;
/** A paragraph that is only a quoted title-case phrase of at least this many words is a section heading. */
const MIN_QUOTED_HEADING_WORDS = 3;
/** A publisher's note about the article ("Correction: …", "Editor’s note: …"): its quoted words are the article's. */
export const EDITOR_NOTE_RE = /^\s*(?:correction|clarification|editor['’]s note|update|updated|note)s?\b[^:\n]{0,30}:/i;
/**
 * A term followed at once by its definition ("a “blue zone,” which is defined as …", "“net zero,” defined by law
 * as …"): the writer explains a term; nobody is being quoted.
 */
const DEFINITION_AFTER_RE = /^,?\s+(?:(?:which|that)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:(?:legally|officially|formally|loosely|broadly|narrowly)\s+)?defined\s+(?:(?:by|in)\s+(?:law|statute|the\s+\p{L}+)\s+)?as\b/iu;
/**
 * Nouns that name an occasion. A title-case quotation ending in one ("“Small Business Saturday Day”",
 * "the “Harbour Jobs Forum”") is the name of an event, not words anyone said.
 */
const EVENT_NAME_END_RE = /[\s-](?:Day|Week|Weekend|Forum|Summit|Conference|Festival|Gala|Awards|Expo|Symposium|Tour|Rally|Parade|Marathon|Fair)[.,!?]?$/u;
/**
 * Things with words printed on them. A short quotation right before one ("a “Vote Early” cap", "“Keep Calm”
 * mugs") is the slogan on the thing, not somebody's speech.
 */
const PRINTED_THING_AFTER_RE = /^\s+(?:(?:baseball|trucker|campaign|lawn|yard|bumper|protest|red|white|blue|black|green)\s+)?(?:caps?|hats?|t-shirts?|tee-shirts?|shirts?|sweatshirts?|hoodies?|signs?|placards?|banners?|stickers?|buttons?|badges?|mugs?|posters?|flags?|jerseys?|billboards?|pins?|wristbands?|tattoos?|masks?|tote\s+bags?)\b/iu;
/** Quotations up to this many words can be slogans on a thing. */
const MAX_PRINTED_WORDS = 8;
/**
 * A notion nobody in particular holds: "what had long been considered a “…”", "is widely seen as the “…”".
 * With no agent ("by …" after) and no verb of saying in the sentence, there is no one to quote.
 */
export const AGENTLESS_VIEW_RE = /\b(?:is|was|are|were|been|being|be)\s+(?:(?:long|widely|generally|commonly|often|once|largely|traditionally|usually|now)\s+)?(?:considered|regarded\s+as|seen\s+as|viewed\s+as|thought\s+of\s+as|deemed)\s+(?:(?:a|an|the)\s+)?$/iu;
/** A year right before a title-case quotation dates a named thing: "his 1994 “Contract for Harbours”". */
const YEAR_BEFORE_RE = /(?:^|\s)(?:1[89]|20)\d\d\s+$/u;
/**
 * A term standing as its sentence's subject, with only a capitalised determiner (the sentence's first word) and a
 * word or two before it: "Previous
 * “spring offensives” have failed", "The only “records” that were released …". With no verb of saying in the
 * sentence, the writer names a thing.
 */
const SUBJECT_LEAD_RE = /^\s*(?:(?:And|But|Yet|So|Still)\s+(?:the|a|an|this|that|these|those|such|previous|earlier|past|other|only)|The|A|An|This|That|These|Those|Such|Previous|Earlier|Past|Other|Only)(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+$/u;
/**
 * The word after a subject term: a verb or a relative word in lower case, not a comma or an apposition, and not
 * a personal pronoun ("the “loopholes” he cited": the term is someone's, in a clause of their own).
 */
const SUBJECT_VERB_AFTER_RE = /^\s+(?!(?:he|she|they|we|i|you)\b)\p{Ll}/u;
/** Subject terms are short. */
const MAX_SUBJECT_TERM_WORDS = 3;
/** A quotation-only paragraph that repeats an earlier quotation of at least this many words is a pull quote. */
export const MIN_PULL_QUOTE_WORDS = 6;
/** A lone pronoun or article in quotation marks is a word under discussion. */
const LONE_PRONOUN_RE = /^(?:he|she|it|they|him|her|them|we|us|the|a|an)[.,]?$/i;

export type Verdict = { keep: true; kind: QuoteKind } | { keep: false; reason: string };

export interface KindInput {
  text: string;
  /** masked text before the quotation in its sentence */
  left: string;
  /** masked text after the quotation in its sentence */
  right: string;
  /** the word right after the closing mark (unmasked) */
  nextWord: string;
  /** a cue was found in the same sentence */
  cued: boolean;
  /** the quotation's cue came right before or after it */
  cueAdjacent: boolean;
  /** the paragraph reads like a headline (most words capitalised) */
  headline: boolean;
  /** the paragraph is a section heading inside the body (see isSectionHeading) */
  heading?: boolean;
  /** the paragraph is a publisher's note (EDITOR_NOTE_RE) */
  note?: boolean;
  closed: boolean;
}

export function isTitleCase(text: string): boolean {
  if (text.length > MAX_TITLE_CHARS) return false;
  const words = text.replace(/[.,!?;:…]+$/u, '').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > MAX_TITLE_WORDS) return false;
  if (/[.!?]\s/.test(text)) return false;
  let caps = 0;
  for (const [i, w] of words.entries()) {
    const letter = /\p{L}/u.exec(w)?.[0];
    if (!letter) continue;
    if (letter === letter.toUpperCase()) caps++;
    else if (i === 0 || !TITLE_SMALL_WORDS_RE.test(w.toLowerCase())) return false;
  }
  return caps > 0;
}

/**
 * A section heading inside the body: a short paragraph in capitals ("OBAMA FOCUSED “ON HIS GOLF GAME”"), or a
 * paragraph that is nothing but one quoted title-case phrase ('Coal Isn't the Villain.'). Quoted words in a
 * heading repeat or tease the article; the quotation itself, with its speaker, is in the text.
 */
const ASCII_SMALL_LETTER_RE = /[a-z]/;
export function isSectionHeading(paragraph: string, spans: ReadonlyArray<{ open: number; close: number; textStart: number; textEnd: number; closed: boolean }>): boolean {
  const text = paragraph.trim();
  if (!text || text.length > MAX_HEADING_CHARS || /\n/.test(text)) return false;
  // (a small ASCII letter means the letters are not all capitals: most paragraphs are not cut into letters)
  const letters = ASCII_SMALL_LETTER_RE.test(text) ? '' : text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= MIN_CAPS_HEADING_LETTERS && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && /\s/.test(text)) return true;
  if (spans.length !== 1) return false;
  const s = spans[0]!;
  const inner = paragraph.slice(s.textStart, s.textEnd);
  const outside = (paragraph.slice(0, s.open) + paragraph.slice(s.close + 1)).trim();
  return s.closed && !outside && inner.split(/\s+/).length >= MIN_QUOTED_HEADING_WORDS && isTitleCase(inner);
}

/**
 * Does `text` end like `re` (an end-anchored pattern)? Only the last `tail` characters are tried: an end-anchored
 * regex is otherwise tried at every position of a long context. A match at the very start of the tail may
 * owe itself to the cut (a word boundary, "^"), so it is checked on the whole text.
 */
function endsLike(re: RegExp, text: string, tail: number): boolean {
  if (text.length <= tail) return re.test(text);
  const m = re.exec(text.slice(-tail));
  if (!m) return false;
  return m.index > 0 || re.test(text);
}

/**
 * Whether the last character before trailing spaces is one that ends NICKNAME_CUE_RE, WORK_CUE_RE or
 * AGENTLESS_VIEW_RE: their words end in ASCII letters, matched regardless of case (and, under the u flag, by the
 * long s and the Kelvin sign, which fold to ASCII letters). The work cue's text has a preposition cut off the end
 * first (TITLE_PREP_RE): a context not ending in a letter has none.
 */
function endsInLetter(text: string): boolean {
  const c = lastNonSpace(text);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x17f || c === 0x212a;
}

/** The last `n` characters of a context once mask characters are taken out (without cleaning all of a long one). */
function unmaskedTail(text: string, n: number): string {
  if (text.length > 2 * n) {
    const tail = text.slice(-2 * n).replace(/\u25a1/g, '');
    if (tail.length >= n) return tail.slice(-n);
  }
  const whole = text.replace(/\u25a1/g, '');
  return whole.length > n ? whole.slice(-n) : whole;
}

export function judgeQuote(q: KindInput): Verdict {
  const full = !q.closed || (endsLike(FULL_LEFT_RE, q.left, SHORT_TAIL_CHARS)
    && (/^[\s,.;:!?\u2014\u2013-]*$/u.test(q.right) || q.cueAdjacent || /^\s*[,\u2014\u2013]/u.test(q.right) || /^[\p{Lu}\p{N}]/u.test(q.text)));
  const kind: QuoteKind = full ? 'full' : 'fragment';
  // "(CROSSTALK)", "[applause]" and "Follow X on Twitter @x" open transcript and footer paragraphs too
  if (STAGE_DIRECTION_RE.test(q.text)) return { keep: false, reason: 'a stage direction in brackets' };
  if (FOLLOW_LINE_RE.test(q.text)) return { keep: false, reason: 'a follow-us line' };
  if (q.heading) return { keep: false, reason: 'a section heading' };
  if (q.note && !q.cueAdjacent) return { keep: false, reason: 'a publisher’s note about the article' };
  if (NUMBER_ONLY_RE.test(q.text.trim())) return { keep: false, reason: 'a number or an ordinal alone' };
  if (!q.closed) return { keep: true, kind };
  // the patterns below end at the quotation: they read the context's last few words only (an end-anchored
  // regex would otherwise be tried at every position of a long sentence)
  const left = unmaskedTail(q.left, LEFT_TAIL_CHARS);
  // the nickname, work and agentless-view cues end in a letter (then spaces): skipped when the context does not
  const wordBefore = endsInLetter(left);
  let titleCaseMemo: boolean | undefined;
  const titleCase = (): boolean => (titleCaseMemo ??= isTitleCase(q.text));
  if (wordBefore && endsLike(NICKNAME_CUE_RE, left, SHORT_TAIL_CHARS)) return { keep: false, reason: 'nickname or term' };
  if (wordBefore && endsLike(WORK_CUE_RE, left.replace(TITLE_PREP_RE, ''), SHORT_TAIL_CHARS)) return { keep: false, reason: 'title of a work' };
  // "a phenomenon called “…”": a thing being named, not a speaker calling something
  if (!q.headline && endsWithNamingWord(left) && NAMED_THING_RE.test(left)) return { keep: false, reason: 'a name given to a thing' };
  // "On “The Breakfast Club” radio show": a title followed by what it is the title of
  if (!q.headline && WORK_NOUN_AFTER_RE.test(q.right) && titleCase()) return { keep: false, reason: 'title of a work' };
  // "promoting “quack” cures", "the “fact-checking” website": a word or two held at arm's length inside a noun
  // phrase (a lower-case noun follows at once), with no verb of saying in the sentence
  if (!q.cued && MODIFIER_QUOTE_RE.test(q.text) && LOWER_WORD_RE.test(q.nextWord) && !NOT_NOUN_AFTER_RE.test(q.nextWord) && /^\s/u.test(q.right)) {
    return { keep: false, reason: 'scare quotes on a modifier' };
  }
  // Dwayne “The Rock” Johnson: between two parts of a name
  if (!q.headline && /^\p{Lu}/u.test(q.nextWord) && !/[,.!?]$/.test(q.text) && q.text.split(/\s+/).length <= 4 && titleCase() && /\p{Lu}[\p{L}.]*\s*$/u.test(left)) {
    return { keep: false, reason: 'nickname inside a name' };
  }
  if (!q.headline && endsLike(SHOW_CONTEXT_RE, left, SHORT_TAIL_CHARS) && titleCase()) {
    return { keep: false, reason: 'title of a programme or publication' };
  }
  // "a “blue zone,” which is defined as …": a term and its definition
  if (DEFINITION_AFTER_RE.test(q.right)) return { keep: false, reason: 'a term being defined' };
  // (titles are short: the length test spares the title-case test on most quotations)
  if (!q.headline && q.text.length <= MAX_TITLE_CHARS && EVENT_NAME_END_RE.test(q.text) && titleCase()) return { keep: false, reason: 'the name of an event' };
  if (!q.cueAdjacent && PRINTED_THING_AFTER_RE.test(q.right) && q.text.split(/\s+/).length <= MAX_PRINTED_WORDS && !/[.!?]$/.test(q.text)) {
    return { keep: false, reason: 'a slogan printed on a thing' };
  }
  if (!q.cued && wordBefore && !/^\s*by\b/i.test(q.right) && endsLike(AGENTLESS_VIEW_RE, left, SHORT_TAIL_CHARS)) return { keep: false, reason: 'a notion nobody in particular holds' };
  if (!q.cued && !q.headline && endsLike(YEAR_BEFORE_RE, left, SHORT_TAIL_CHARS) && titleCase()) return { keep: false, reason: 'a dated name or title' };
  if (!q.cued && SUBJECT_LEAD_RE.test(left) && SUBJECT_VERB_AFTER_RE.test(q.right) && !/[,.;:!?]$/.test(q.text) && q.text.split(/\s+/).length <= MAX_SUBJECT_TERM_WORDS) {
    return { keep: false, reason: 'a term as the subject of its sentence' };
  }
  if (!/\p{L}{2}/u.test(q.text)) return { keep: false, reason: 'no words: a number, a date or an id' };
  if (/^@\w+[.,]?$/u.test(q.text)) return { keep: false, reason: 'a social-media handle' };
  if (LONE_PRONOUN_RE.test(q.text)) return { keep: false, reason: 'a word being discussed, not quoted' };
  return { keep: true, kind };
}
