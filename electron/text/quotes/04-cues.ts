// Pass 4: attribution cues around each quotation, read on the paragraph with quotations masked out.
// The patterns, strongest first:
//   a. a speaker label opening the quotation            "PENCE: Well, look …"
//   b. right after the quotation                         “…,” Peskov said / “…,” said Peskov / “…,” he told reporters
//   c. "according to X" just before                       according to X, “…”  /  “…,” according to X
//   d. a verb of saying before it in the same sentence   Peskov said: “…” / what he calls “…” / X said that … “…”
//   e. a closing clause of the sentence                   … were “inevitable”, the Kremlin said.
import { ACCORDING_PHRASES, CLITIC_CUE_RE, CUE_TAIL_RE, INVERTIBLE_VERBS, speechVerbsFor, TIME_WORDS_RE, type CueVerbs, VERB_FILLERS, WEAK_SPEECH_VERBS } from '../lexicon/cues';
import { NAME_PARTICLES, OCCUPATIONS, ROLE_NOUNS, isTitleWord, speakerPronounsFor } from '../lexicon/names';
import { DEMONYMS } from '../lexicon/places';
import { ORG_ALIASES } from '../lexicon/organizations';
import { MASK_CHAR, type QuoteSpan } from './02-marks';
import { isAbbreviation, isSpaceCode, lastNonSpace, tokenEnd, tokenize, type Token } from './tokens';

export type CueKind = 'label' | 'right' | 'according' | 'left' | 'tail';

export interface Cue {
  kind: CueKind;
  /** the words naming the speaker, as printed */
  mention: string;
  /** paragraph offset of the mention */
  mentionStart: number;
  /** the attribution words, as printed ("told reporters", "according to") */
  cue: string;
  /** the verb of saying, lower case, when there is one */
  verb: string | null;
  /** the verb came before the quotation at some distance (a paraphrase carrying a fragment) */
  distant: boolean;
}

/** A cue verb after a quotation counts when it is within this many words of the closing mark. */
const MAX_WORDS_BEFORE_RIGHT_VERB = 12;
/** A right context is tokenised only this far when that holds enough words (long contexts are common). */
const RIGHT_SCAN_CHARS = 160;
/** Lower-case modifiers allowed in a described speaker ("a senior campaign adviser"). */
const MAX_LOWER_MODIFIERS = 3;
/** Contexts are read at most this far from the quotation marks (long sentences are rare and slow). */
const MAX_CONTEXT_CHARS = 300;
/** A left cue farther than this many characters from the opening mark is "distant". */
const NEAR_LEFT_CHARS = 40;

const ENGLISH_DETERMINERS: readonly string[] = ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'one', 'another', 'two', 'three', 'several', 'some'];
/** Articles and possessives that open a described speaker abroad ("son secrétaire général", "der Sprecher"). */
const DETERMINERS_ABROAD: Readonly<Record<string, readonly string[]>> = {
  fr: ['le', 'la', 'les', 'l', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'ce', 'cette'],
  de: ['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'sein', 'seine', 'ihr', 'ihre'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus', 'este', 'esta'],
  it: ['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'una', 'uno', 'suo', 'sua', 'questo', 'questa'],
};
const DETERMINERS_BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(DETERMINERS_ABROAD).map(([language, words]) => [language, new Set([...ENGLISH_DETERMINERS, ...words])]),
);
const ENGLISH_DETERMINER_SET: ReadonlySet<string> = new Set(ENGLISH_DETERMINERS);
/** Words that end a noun phrase when reading backwards or forwards. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that', 'what', 'and', 'but', 'or', 'who', 'whom', 'which', 'when', 'while', 'as', 'if', 'because', 'to', 'in',
  'on', 'at', 'with', 'by', 'from', 'after', 'before', 'during', 'where', 'why', 'how', 'than', 'about', 'into',
  'so', 'then', 'also', 'not', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would',
  'could', 'should', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'it', 'there', 'here', 'over', 'under',
  'against', 'since', 'until', 'though', 'although', 'through', 'without', 'like', 'just', 'only', 'even',
]);
/**
 * Prepositions and conjunctions abroad that end a speaker's noun phrase ("sagte Bauministerin Klara Geywitz im Plenum",
 * "a déclaré le ministre Jean Roux lors d'un point presse"). Name particles ("von", "da", "de", "y") and the determiners
 * that open a speaker ("esta") are left out.
 */
const CLAUSE_WORDS_ABROAD: Readonly<Record<string, readonly string[]>> = {
  de: ['im', 'in', 'am', 'an', 'auf', 'bei', 'beim', 'vor', 'nach', 'mit', 'zum', 'zur', 'für', 'über', 'unter', 'gegenüber', 'laut', 'und', 'oder', 'aber', 'dass', 'als', 'wie', 'während', 'seit', 'aus'],
  fr: ['dans', 'à', 'au', 'aux', 'en', 'lors', 'devant', 'pendant', 'après', 'avant', 'sur', 'et', 'ou', 'mais', 'que', 'qui', 'selon', 'depuis', 'chez', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['en', 'durante', 'ante', 'tras', 'desde', 'o', 'pero', 'que', 'según', 'con', 'sin', 'sobre', 'hasta'],
  it: ['in', 'nel', 'nella', 'nei', 'nelle', 'durante', 'davanti', 'dopo', 'prima', 'al', 'alla', 'e', 'o', 'ma', 'che', 'secondo', 'con', 'su', 'sul', 'sulla'],
};
const CLAUSE_WORDS_BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(CLAUSE_WORDS_ABROAD).map(([language, words]) => [language, new Set([...CLAUSE_WORDS, ...words])]),
);
/** A clause word, unless printed in capitals as an organisation's short name ("the WHO chief", "IS fighters"). */
const isClauseWord = (t: Token): boolean => clipClauseWords.has(t.lower) && !(t.text.length > 1 && t.text === t.text.toUpperCase() && ORG_ALIASES.has(t.text));
/** A comma segment starting with these is a parenthetical that does not hold the subject. */
const PARENTHETICAL_START_RE = /^(?:\p{L}+ing|who|which|whose|where|when|while|though|although|asked|speaking|writing|citing|according|in|on|at|after|before|during|with|for|like|unlike|as|if|meanwhile|however|instead|now|then|again|too|also|later|earlier|moreover|still|yet|of course|for example|for instance|in fact|\p{N}+)\b/iu;

/**
 * The verbs of saying and the pronouns of the clip being read, by its language (lexicon: speechVerbsFor,
 * speakerPronounsFor). Set by readCuesIn once per clip; the passes below are synchronous.
 */
let clipVerbs: CueVerbs = speechVerbsFor(null);
let clipPronouns: ReadonlySet<string> = speakerPronounsFor(null);
let clipDeterminers: ReadonlySet<string> = ENGLISH_DETERMINER_SET;
let clipClauseWords: ReadonlySet<string> = CLAUSE_WORDS;
export function readCuesIn(language: string | null | undefined): void {
  clipVerbs = speechVerbsFor(language);
  clipPronouns = speakerPronounsFor(language);
  clipDeterminers = (language ? DETERMINERS_BY_LANGUAGE.get(language) : undefined) ?? ENGLISH_DETERMINER_SET;
  clipClauseWords = (language ? CLAUSE_WORDS_BY_LANGUAGE.get(language) : undefined) ?? CLAUSE_WORDS;
}
/** A verb of saying of the clip's language anywhere in the text. */
export const hasSpeechVerb = (text: string): boolean => clipVerbs.test.test(text);

const isSpeechVerb = (t: Token | undefined): boolean => t !== undefined && clipVerbs.verbs.has(t.lower) && !t.capitalised;
const isPronoun = (t: Token | undefined): boolean => t !== undefined && clipPronouns.has(t.lower);
const hasMask = (s: string): boolean => s.includes(MASK_CHAR);

/** Noun-phrase tokens that may stand in a speaker mention. */
function npToken(t: Token): boolean {
  return t.capitalised || t.possessive || clipDeterminers.has(t.lower) || ROLE_NOUNS.has(t.lower) || OCCUPATIONS.has(t.lower) || isTitleWord(t.lower) || NAME_PARTICLES.has(t.lower) || DEMONYMS.has(t.text);
}

/** A word like "claims" or "post" is a verb only after its subject: a name, a pronoun, a role or an auxiliary. */
function weakVerbReads(toks: readonly Token[], v: number): boolean {
  const prev = toks[v - 1];
  if (!prev || prev.possessive || clipDeterminers.has(prev.lower)) return false;
  return isPronoun(prev) || VERB_FILLERS.has(prev.lower) || prev.capitalised || ROLE_NOUNS.has(prev.lower);
}

/** A time word in subject position: a day or month name, "on", "last" before one, "today". */
function isTimeWord(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (!TIME_WORDS_RE.test(t.lower)) return false;
  if (/^(?:on|in|at|last|this|next|early|late)$/.test(t.lower)) return k + 1 < toks.length && TIME_WORDS_RE.test(toks[k + 1]!.lower);
  if (/^(?:may|march)$/.test(t.lower) && t.capitalised && k > 0 && toks[k - 1]!.capitalised) return false; // Theresa May
  return true;
}

export interface NP {
  text: string;
  start: number;
}

const MASK_CODE = MASK_CHAR.charCodeAt(0);
/** Where a sentence breaks into comma segments (a subject lies within one). */
const SEGMENT_BREAK_RE = /[,;()\u2014\u2013]|\s-\s/g;
/** Whether text[from, to) holds only spaces (and mask characters, when `mask`). */
function onlySpaceOrMask(text: string, from: number, to: number, mask: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c) && !(mask && c === MASK_CODE)) return false;
  }
  return true;
}

/** The noun phrase that ends `text` (the words right before a verb of saying). Offsets are in `text` + base. */
export function subjectBefore(text: string, base: number): NP | null {
  // the comma segments, last first; skip parentheticals and appositions
  const segments: Array<{ from: number; to: number }> = [];
  let from = 0;
  // (exec on one module-level regex: matchAll would copy the regex on every call)
  const re = SEGMENT_BREAK_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    segments.push({ from, to: m.index });
    from = m.index + m[0].length;
  }
  segments.push({ from, to: text.length });
  for (let s = segments.length - 1; s >= 0; s--) {
    const seg = segments[s]!;
    // a segment of nothing but spaces and masked quotations holds no subject (told by character codes, uncut)
    const blank = onlySpaceOrMask(text, seg.from, seg.to, false);
    if (blank || onlySpaceOrMask(text, seg.from, seg.to, true)) {
      if (s === segments.length - 1) continue;
      if (blank) continue;
      return null;
    }
    const raw = text.slice(seg.from, seg.to);
    const trimmed = raw.trim();
    const isLast = s === segments.length - 1;
    if (!isLast && (PARENTHETICAL_START_RE.test(trimmed) || (s > 0 && isApposition(trimmed)))) continue;
    const np = npAtEnd(raw, base + seg.from);
    if (!np && !isLast) return null;
    if (np && !isLast && np.text !== trimmed) return null; // "…, X was furious, said" is not a subject
    return np;
  }
  return null;
}

/** A verb of saying after "and" or "but": a second predicate of the sentence's subject. */
const COORDINATED_VERB_RE = /\b(?:and|but)\s+$/i;

/** The subject that opens a sentence, when its first comma segment is a name and nothing else ("Clinton, the former
 *  secretary of State, stressed … and said"). */
function sentenceSubject(text: string, base: number): NP | null {
  const comma = text.indexOf(',');
  if (comma <= 0) return null;
  const first = text.slice(0, comma);
  if (PARENTHETICAL_START_RE.test(first.trim())) return null; // "However, …"
  const np = npAtEnd(first, base);
  return np && np.text === first.trim() && /^\p{Lu}/u.test(np.text) ? np : null;
}

/** An apposition is at most this many words long. */
const MAX_APPOSITION_WORDS = 10;
/** "Sanders’ campaign manager", "head of the centrist Tax Policy Center": a description with no own name. */
function isApposition(seg: string): boolean {
  const toks = tokenize(seg, 0, MAX_APPOSITION_WORDS + 1); // (one more tells a longer segment)
  if (!toks.length || toks.length > MAX_APPOSITION_WORDS) return false;
  if (!toks.some((t) => ROLE_NOUNS.has(t.lower))) return false;
  const first = toks[0]!;
  return clipDeterminers.has(first.lower) || first.possessive || ROLE_NOUNS.has(first.lower) || /^(?:former|senior|top|longtime|chief)$/.test(first.lower) || (first.capitalised && toks.length > 1 && toks.some((t) => ROLE_NOUNS.has(t.lower) && !t.capitalised));
}

function npAtEnd(seg: string, base: number): NP | null {
  const toks = tokenize(seg);
  if (!toks.length) return null;
  // auxiliaries and adverbs between subject and verb
  let end = toks.length - 1;
  // auxiliaries, adverbs and time phrases between subject and verb ("Obama on Tuesday also said")
  while (end >= 0 && ((VERB_FILLERS.has(toks[end]!.lower) && !toks[end]!.capitalised) || isTimeWord(toks, end))) end--;
  if (end < 0) return null;
  // nothing but spaces may separate the last word from the verb
  if (seg.slice(toks[end]!.end, toks[toks.length - 1]!.end).replace(/[\p{L}\p{N}\s]/gu, '') !== '') return null;
  if (!/^\s*$/u.test(seg.slice(toks[toks.length - 1]!.end).replace(/^['’]s?/u, ''))) return null;
  const last = toks[end]!;
  if (isPronoun(last) && !last.capitalised || (isPronoun(last) && last.lower !== 'i' && (end === 0 || !toks[end - 1]!.capitalised))) {
    return { text: last.text, start: base + last.start };
  }
  if (!npToken(last) || clipDeterminers.has(last.lower)) return null;
  let k = end;
  let lower = 0;
  while (k - 1 >= 0) {
    const t = toks[k - 1]!;
    const gap = seg.slice(t.end, toks[k]!.start);
    if (!/^(?:\s|['’]s?\s)$/u.test(gap)) break;
    if (clipDeterminers.has(t.lower)) {
      k--;
      break;
    }
    if ((t.lower === 'of' || t.lower === 'for') && k - 2 >= 0 && ROLE_NOUNS.has(toks[k - 2]!.lower)) {
      k--;
      continue;
    }
    if (isClauseWord(t) || isSpeechVerb(t)) break;
    if (!npToken(t)) {
      if (lower >= MAX_LOWER_MODIFIERS || !toks.slice(k, end + 1).some((x) => ROLE_NOUNS.has(x.lower))) break;
      if (/(?:ed|ly)$/.test(t.lower) && !/^(?:red|united)$/.test(t.lower)) break;
      lower++;
    }
    k--;
  }
  const first = toks[k]!;
  // "X and Y said": several speakers
  if (k - 2 >= 0 && toks[k - 1]!.lower === 'and' && toks[k - 2]!.capitalised) {
    const a = toks[k - 2]!;
    return { text: seg.slice(a.start, last.end), start: base + a.start };
  }
  return { text: seg.slice(first.start, last.end + (last.possessive ? 0 : 0)), start: base + first.start };
}

/** The noun phrase right after a verb of saying ("said Peskov", "said the German leader’s spokesman"). */
export function subjectAfter(input: string, base: number): NP | null {
  let text = input;
  const lead = /^\s+/.exec(text);
  if (!lead) return null;
  let toks = tokenize(text);
  if (!toks.length || toks[0]!.start !== lead[0].length) return null;
  // "said Tuesday", "said on Monday night"
  let skip = 0;
  while (skip < toks.length && isTimeWord(toks, skip)) skip++;
  if (skip) {
    if (skip >= toks.length || !/^\s+$/.test(text.slice(toks[skip - 1]!.end, toks[skip]!.start))) return null;
    text = text.slice(0, toks[skip]!.start).replace(/[^]/g, ' ') + text.slice(toks[skip]!.start);
    toks = toks.slice(skip);
  }
  const first = toks[0]!;
  if (isPronoun(first) && first.lower !== 'it' && first.lower !== 'i') return { text: first.text, start: base + first.start };
  // "project manager Tomas Lind": up to two lower-case words before a capitalised name
  const leadsToName = (toks[1]?.capitalised && !isClauseWord(first)) || (toks[2]?.capitalised && !isClauseWord(first) && !isClauseWord(toks[1]!) && !isSpeechVerb(toks[1]));
  if ((!npToken(first) && !leadsToName) || first.lower === 'that' || first.lower === 'this') return null;
  let k = 0;
  let lower = 0;
  while (k + 1 < toks.length) {
    const t = toks[k + 1]!;
    const gap = text.slice(toks[k]!.end, t.start);
    if (!/^(?:\s|['’]s?\s)$/u.test(gap)) break;
    if ((t.lower === 'of' || t.lower === 'for') && ROLE_NOUNS.has(toks[k]!.lower)) {
      k++;
      continue;
    }
    if (isClauseWord(t) || isSpeechVerb(t)) break;
    if (!npToken(t) || clipDeterminers.has(t.lower) && !/^(?:of|for)$/.test(toks[k]!.lower)) {
      const beforeName = toks[k + 2]?.capitalised === true && !/^(?:of|for|at|from|with|by|in|on)$/.test(t.lower) && /^\s+$/.test(text.slice(t.end, toks[k + 2]!.start));
      if (lower >= MAX_LOWER_MODIFIERS || (!ROLE_NOUNS.has(t.lower) && !beforeName && !toks.slice(k + 2, k + 4).some((x) => ROLE_NOUNS.has(x.lower)))) break;
      lower++;
    }
    k++;
  }
  const last = toks[k]!;
  if (clipDeterminers.has(last.lower)) return null;
  return { text: text.slice(first.start, last.end), start: base + first.start };
}

/** A description that opens with a possessive name and ends in small letters ("Clinton’s communications director"). */
const POSSESSIVE_DESCRIPTION_RE = /^\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Ll}[\p{L}-]*\s*)+$/u;
/** A description that opens with an organisation's or place's name and ends in small letters ("Cornwall council’s
 *  leader", "Cornwall Council leader"): a role, whose holder the name after the comma is. */
const NAMED_ROLE_RE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:\p{Ll}[\p{L}'’-]*\s*)+$/u;
/** ", Jennifer Palmieri," right after a described speaker. */
const APPOSED_NAME_RE = /^,\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*[,.;]/u;

/**
 * The start of the run of letters and periods that ends text[from, to) (/[\p{L}.]+$/u), read backwards by
 * character codes; -1 when a surrogate is met (the regex then decides).
 */
function letterRunBefore(text: string, from: number, to: number): number {
  let i = to;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c < 0x80) {
      if (!(c === 0x2e || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) break;
    } else if (c >= 0xd800 && c <= 0xdfff) return -1;
    else if (!LETTER_RE.test(text[i - 1]!)) break;
    i--;
  }
  return i;
}
const LETTER_RE = /\p{L}/u;

/** Sentence starts in a masked paragraph (offsets of the first character of each sentence). */
const SENTENCE_END_RE = /[.!?][)\]'’"”]*\s+(?=[\p{Lu}\p{N}"“‘'(\u25a1])/gu;
export function sentenceStarts(masked: string): number[] {
  const starts = [0];
  const re = SENTENCE_END_RE;
  re.lastIndex = 0;
  for (let m = re.exec(masked); m !== null; m = re.exec(masked)) {
    if (masked.charCodeAt(m.index) === 0x2e) {
      const from = Math.max(0, m.index - 12);
      const run = letterRunBefore(masked, from, m.index + 1);
      const before = run >= 0 ? masked.slice(run, m.index + 1) : /[\p{L}.]+$/u.exec(masked.slice(from, m.index + 1))?.[0];
      if (before && isAbbreviation(before)) continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** The sentence around `at`: [start, end) from the sorted sentence starts (binary search). */
export function sentenceBounds(starts: readonly number[], at: number, length: number): [number, number] {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? starts[lo - 1]! : 0, lo < starts.length ? starts[lo]! : length];
}

/** The speaker label that opens a transcript quotation ("WALLACE: …"). */
const LABEL_RE = /^((?:\p{Lu}[\p{Lu}.'’\-]+)(?: \p{Lu}[\p{Lu}.'’\-]+){0,2}):\s/u;
/** Words in capitals that are not speaker labels. */
const NOT_LABELS: ReadonlySet<string> = new Set(['UPDATE', 'NOTE', 'BREAKING', 'WATCH', 'READ', 'EDITOR', 'CORRECTION', 'PHOTOS', 'VIDEO', 'Q', 'A', 'UPDATED']);
/** A headline or lead-in attribution: "Pence: …" at the start of the sentence. */
const LEAD_LABEL_RE = /^\s*((?:\p{Lu}[\p{L}.'’\-]+)(?: \p{Lu}[\p{L}.'’\-]+){0,3}):\s*$/u;

/** "according to X, “…”" (the phrases of ACCORDING_PHRASES, English and abroad) */
const ACCORDING_LEFT_RE = new RegExp(`(?<![\\p{L}])(${ACCORDING_PHRASES})\\s+([^,\\u25a1]{2,90}?),?\\s*$`, 'iu');
/** "“…,” according to X" */
const ACCORDING_RIGHT_RE = new RegExp(`^(${ACCORDING_PHRASES})\\s`, 'i');

export function findCues(text: string, masked: string, spans: readonly QuoteSpan[], j: number, starts: readonly number[]): Cue | null {
  const q = spans[j]!;
  const quoted = text.slice(q.textStart, q.textEnd);
  // a. transcript label
  const label = LABEL_RE.exec(quoted);
  if (label && !NOT_LABELS.has(label[1]!)) {
    return { kind: 'label', mention: label[1]!, mentionStart: q.textStart, cue: `${label[1]}:`, verb: null, distant: false };
  }
  const [sStart, sEnd] = sentenceBounds(starts, q.open, masked.length);
  const prev = spans[j - 1];
  const next = spans[j + 1];
  const endsSentence = /[.!?]['’"”]?$/.test(quoted);
  const leftFrom = Math.max(sStart, prev && prev.close + 1 > sStart ? prev.close + 1 : 0, q.open - MAX_CONTEXT_CHARS);
  const left = masked.slice(leftFrom, q.open);
  const closeEnd = Math.min(masked.length, q.close + 1);
  const rightTo = Math.min(next && next.open > q.close ? next.open : masked.length, Math.max(sEnd, closeEnd), closeEnd + MAX_CONTEXT_CHARS);
  const right = masked.slice(closeEnd, rightTo);

  // b. right after the closing mark
  const r = rightCue(right, closeEnd, /\.['’"”]?$/.test(quoted));
  if (r) return r;
  // c. "according to X, “…”"
  const acc = ACCORDING_LEFT_RE.exec(left);
  if (acc) {
    const np = subjectAfter(' ' + acc[2]!, leftFrom + acc.index + acc[1]!.length);
    if (np) return { kind: 'according', mention: np.text, mentionStart: np.start, cue: acc[1]!, verb: null, distant: false };
  }
  // lead-in label: "Pence: “…”" (headlines)
  // (the label's colon ends the context: only then is the pattern tried)
  const lead = lastNonSpace(left) === 0x3a ? LEAD_LABEL_RE.exec(left) : null;
  if (lead) return { kind: 'label', mention: lead[1]!, mentionStart: leftFrom + lead.index + lead[0].indexOf(lead[1]!), cue: ':', verb: null, distant: false };
  // d. a verb of saying before it in the sentence
  const l = leftCue(left, leftFrom, q.open);
  if (l) return l;
  // e. the sentence's closing clause (", the Kremlin said.")
  if (!endsSentence || !q.closed) {
    const tail = masked.slice(closeEnd, Math.min(Math.max(sEnd, closeEnd), closeEnd + MAX_CONTEXT_CHARS));
    const t = tailCue(tail, closeEnd);
    if (t) return t;
  }
  return null;
}

function cueText(after: string): string {
  const m = CUE_TAIL_RE.exec(after);
  return m ? m[0].replace(/\s+$/, '') : '';
}

/** A name (two to four capitalised words, after up to three words of description: "Republican pollster Bill Roe"),
 *  one to three appositions between commas, a comma and a word (the verb). */
const APPOSITIONS_CUE_RE = /^((?:[\p{L}-]+\s+){0,3}?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)((?:,\s+[^,.;:!?“”"«»\n]{2,80}){1,3}),\s+(\p{Ll}+)\b/u;

/**
 * After a quotation that ends its own sentence with a full stop (“… nonsense.”), a cue comes in a short clause right
 * after it (“… .” Smith said.) or not at all: a verb further on is the next sentence's ("Not that anyone on the
 * business side of TV is arguing").
 */
const AFTER_FULL_STOP_MAX_WORDS = 5;

function rightCue(right: string, base: number, afterFullStop = false): Cue | null {
  const lead = /^\s*[,;:\u2014\u2013-]*\s*/.exec(right)![0];
  const body = right.slice(lead.length);
  if (!body || hasMask(body.slice(0, 3))) return null;
  // "Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing, said": a name, appositions
  // between commas, then the verb, further on than the verb is looked for below
  // (the pattern holds two commas at least: tried only when the context does)
  const comma = body.indexOf(',');
  const apposed = comma >= 0 && body.indexOf(',', comma + 1) >= 0 ? APPOSITIONS_CUE_RE.exec(body) : null;
  if (apposed && clipVerbs.verbs.has(apposed[3]!) && !WEAK_SPEECH_VERBS.has(apposed[3]!)) {
    return { kind: 'right', mention: apposed[1]!, mentionStart: base + lead.length, cue: apposed[0], verb: apposed[3]!, distant: false };
  }
  // the verb is among the first few words: read a prefix that holds them (all of it when the prefix is short of
  // words; the prefix's last word may be cut, so it must hold two more than are read)
  const scan = body.length > RIGHT_SCAN_CHARS ? body.slice(0, RIGHT_SCAN_CHARS) : body;
  if (!hasSpeechVerb(scan) && !ACCORDING_RIGHT_RE.test(body)) {
    if (scan === body || tokenize(scan, 0, MAX_WORDS_BEFORE_RIGHT_VERB + 3).length > MAX_WORDS_BEFORE_RIGHT_VERB + 2) return null;
    if (!hasSpeechVerb(body)) return null;
  }
  // only the first words are read for the verb (and the word before it)
  const toks = tokenize(body, 0, MAX_WORDS_BEFORE_RIGHT_VERB + 1);
  // "according to X"
  const acc = ACCORDING_RIGHT_RE.exec(body);
  if (acc) {
    const np = subjectAfter(body.slice(acc[1]!.length), base + lead.length + acc[1]!.length);
    if (np) return { kind: 'according', mention: np.text, mentionStart: np.start, cue: acc[1]!, verb: null, distant: false };
  }
  // "a-t-il ajouté", "dit-elle": the French verb with its pronoun
  const clitic = CLITIC_CUE_RE.exec(body);
  if (clitic) {
    const verb = (clitic[2] ?? clitic[3])!.toLowerCase();
    const pronoun = (clitic[1] ?? clitic[4])!;
    if (clipVerbs.verbs.has(verb)) {
      // the pronoun stands after "a-t-", or ends the match ("dit-il")
      const at = base + lead.length + (clitic[1] ? 'a-t-'.length : clitic[0].length - pronoun.length);
      return { kind: 'right', mention: pronoun, mentionStart: at, cue: clitic[0], verb, distant: false };
    }
  }
  for (let v = 0; v < Math.min(toks.length, MAX_WORDS_BEFORE_RIGHT_VERB + 1); v++) {
    const t = toks[v]!;
    if (/[.!?;]/.test(body.slice(toks[v - 1]?.end ?? 0, t.start)) && v > 0) return null;
    if (!isSpeechVerb(t)) continue;
    if (afterFullStop && v > AFTER_FULL_STOP_MAX_WORDS && !lead.trim()) return null;
    // "«…», a déclaré Macron", "«…», ha detto Draghi": only an auxiliary before the verb, the subject after it
    if (v === 0 && !INVERTIBLE_VERBS.has(t.lower)) return null;
    const auxiliaryOnly = v > 0 && toks.slice(0, v).every((x) => VERB_FILLERS.has(x.lower) && !x.capitalised);
    const subject = v === 0 || auxiliaryOnly ? subjectAfter(body.slice(t.end), base + lead.length + t.end) : null;
    if (v === 0 || subject) {
      if (!INVERTIBLE_VERBS.has(t.lower) || !subject) return null;
      let np = subject;
      let after = body.slice(np.start - base - lead.length + np.text.length);
      // "said Clinton’s communications director, Jennifer Palmieri": the name in apposition
      // (also after a possessive description: "said Clinton’s communications director, Jennifer Palmieri")
      const named = APPOSED_NAME_RE.exec(after);
      if (named && (!/\p{Lu}/u.test(np.text[0]!) || POSSESSIVE_DESCRIPTION_RE.test(np.text) || NAMED_ROLE_RE.test(np.text))) {
        np = { text: `${np.text}, ${named[1]}`, start: np.start };
        after = after.slice(named[0].length - 1);
      }
      // with the auxiliary before the verb, if any ("a déclaré Macron")
      return { kind: 'right', mention: np.text, mentionStart: np.start, cue: (body.slice(toks[0]!.start, t.end) + ' ' + np.text + cueText(after)).trim(), verb: t.lower, distant: false };
    }
    if (WEAK_SPEECH_VERBS.has(t.lower) && !weakVerbReads(toks, v)) return null;
    const np = subjectBefore(body.slice(0, t.start), base + lead.length);
    if (!np) return null;
    const after = body.slice(t.end);
    return { kind: 'right', mention: np.text, mentionStart: np.start, cue: (body.slice(np.start - base - lead.length, t.end) + cueText(after)).trim(), verb: t.lower, distant: false };
  }
  return null;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0';

export function leftCue(left: string, base: number, openAt: number): Cue | null {
  // The last verb of saying decides. Tokens never hold a space, so the tokens after a space are the same whether
  // the whole context or only its end is tokenised: read from the word before that verb, and the whole context
  // only when the end does not decide (a weak verb that does not read as one, or a verb opening the context).
  let last = -1;
  let lastEnd = -1;
  const every = clipVerbs.all;
  every.lastIndex = 0;
  for (let m = every.exec(left); m !== null; m = every.exec(left)) {
    last = m.index;
    lastEnd = m.index + m[0].length;
  }
  if (last < 0) return null;
  let cut = last;
  while (cut > 0 && !isSpace(left[cut - 1])) cut--;
  while (cut > 0 && isSpace(left[cut - 1])) cut--;
  while (cut > 0 && !isSpace(left[cut - 1])) cut--;
  // Only the verbs among the tokens decide, and the words after the last one the regex found hold no verb of
  // saying (see verbTokenPossible): the context is tokenised only to the end of that verb's token.
  const verbTokenEnd = tokenEnd(left, lastEnd);
  const end = verbTokenPossible(left, verbTokenEnd) ? left.length : verbTokenEnd;
  if (cut > 0) {
    const decided = decideLeftCue(left, base, openAt, tokenize(left.slice(cut, end), cut), true);
    if (decided !== undefined) return decided;
  }
  return decideLeftCue(left, base, openAt, tokenize(end === left.length ? left : left.slice(0, end)), false) ?? null;
}

/**
 * May a token from `from` on be a verb of saying that the clip's verb pattern (speechVerbsFor) does not find? A
 * lower-case verb token is a whole word the pattern matches, unless an underscore joins it to the word beside it
 * (\b sees no boundary) or it has capitals after its first letter ("saiD", "déClaré": the token's lower case is a
 * verb, the pattern matches lower case only). Neither in the text: no such token. (Letters beyond ASCII, as in
 * "déclaré", continue a run of letters.)
 */
function verbTokenPossible(text: string, from: number): boolean {
  let inRun = false;
  let runStartsLower = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f) return true;
    const lower = (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
    const upper = c >= 0x41 && c <= 0x5a;
    if (!lower && !upper) inRun = false;
    else if (!inRun) {
      inRun = true;
      runStartsLower = lower;
    } else if (upper && runStartsLower) return true;
  }
  return false;
}

/** The left cue read from `toks` (the last verb of saying decides); undefined when a partial list cannot tell. */
function decideLeftCue(left: string, base: number, openAt: number, toks: readonly Token[], partial: boolean): Cue | null | undefined {
  for (let v = toks.length - 1; v >= 0; v--) {
    const t = toks[v]!;
    if (!isSpeechVerb(t)) continue;
    if (partial && v === 0) return undefined; // the word before it is needed
    if (WEAK_SPEECH_VERBS.has(t.lower) && !weakVerbReads(toks, v)) continue;
    const distant = openAt - (base + t.end) > NEAR_LEFT_CHARS;
    const before = left.slice(0, t.start);
    // "Clinton, the former secretary of State, stressed her support … and said": the subject of the sentence
    const np = (COORDINATED_VERB_RE.test(before) ? sentenceSubject(before, base) : null) ?? subjectBefore(before, base);
    if (np) {
      return { kind: 'left', mention: np.text, mentionStart: np.start, cue: (left.slice(np.start - base, t.end) + cueText(left.slice(t.end))).trim(), verb: t.lower, distant };
    }
    // "said Peskov: “…”"
    const after = INVERTIBLE_VERBS.has(t.lower) ? subjectAfter(left.slice(t.end), base + t.end) : null;
    if (after && /^[\s,:]*$/.test(left.slice(after.start - base + after.text.length))) {
      return { kind: 'left', mention: after.text, mentionStart: after.start, cue: `${t.text} ${after.text}`, verb: t.lower, distant };
    }
    // a participle with no subject of its own ("She says Trump’s tweets accusing Machado … are “…”") qualifies a
    // noun: the verb of saying, if any, is further back
    if (t.lower.length > 4 && t.lower.endsWith('ing')) continue;
    return null;
  }
  return partial ? undefined : null;
}

function tailCue(tail: string, base: number): Cue | null {
  // the last comma clause of the sentence: ", the Kremlin said." / ", said Peskov."
  const m = /,\s*([^,\u25a1]{1,100}?)\s*[.!?]?['’"”]?\s*$/u.exec(tail);
  if (!m) return null;
  const clause = m[1]!;
  if (!hasSpeechVerb(clause)) return null;
  const cbase = base + m.index + m[0].indexOf(clause);
  const toks = tokenize(clause);
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    if (!isSpeechVerb(t)) continue;
    if (v === 0) {
      if (!INVERTIBLE_VERBS.has(t.lower)) return null;
      const np = subjectAfter(clause.slice(t.end), cbase + t.end);
      return np ? { kind: 'tail', mention: np.text, mentionStart: np.start, cue: clause, verb: t.lower, distant: true } : null;
    }
    const np = subjectBefore(clause.slice(0, t.start), cbase);
    return np ? { kind: 'tail', mention: np.text, mentionStart: np.start, cue: clause.trim(), verb: t.lower, distant: true } : null;
  }
  return null;
}
