// Automatic tags: the people, organisations and places named in a clip, under canonical names, plus a few
// topics from a phrase table. Pure: reads the cleaned article and its quotations, nothing else.
import type { AutoTag, CleanedText, Quote, TagKind } from '../../shared/article';
import { TOPIC_MIN_MENTIONS, TOPIC_PHRASES } from '../lexicon/topics';
import { isClubName, ORG_ALIASES, WEAK_ORG_ALIASES } from '../lexicon/organizations';
import { PLACE_ALIASES } from '../lexicon/places';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/names';
import { foldKey, namedEntities, publicFigureOf, type Entity } from '../quotes/03-people';
import { capitalisedWords, isCapitalised } from '../quotes/tokens';
import { WordFilter } from './word-filter';
import { STOPWORDS } from '../language';

/** Order of kinds in the output. */
const KIND_ORDER: readonly TagKind[] = ['person', 'organization', 'place', 'topic'];
/** Each kind's place in KIND_ORDER (looked up by the sort's every comparison). */
const KIND_RANK: Readonly<Record<TagKind, number>> = Object.fromEntries(KIND_ORDER.map((kind, k) => [kind, k])) as Record<TagKind, number>;

/** Canonical place name for a surface form ("US", "U.S." → "United States"), or null. */
export function canonicalPlace(name: string): string | null {
  const n = name.trim().replace(/^the\s+/i, (m) => (PLACE_ALIASES.has(name.trim()) ? m : ''));
  return PLACE_ALIASES.get(name.trim()) ?? PLACE_ALIASES.get(n) ?? null;
}

/** Canonical organisation name for a surface form ("the Kremlin" → "Kremlin"), or null. */
export function canonicalOrganization(name: string): string | null {
  const n = name.trim();
  return ORG_ALIASES.get(n) ?? ORG_ALIASES.get(n.replace(/^the\s+/i, '')) ?? null;
}

/** The place names' pre-test: most capitalised words are passed over without being cut out and looked up. */
const PLACE_WORDS = new WordFilter(PLACE_ALIASES.keys());
const mayBePlace = (raw: string, length: number): boolean => PLACE_WORDS.mayBe(raw, 0, length);

/** Words of the topic table: letters, digits and hyphens, as the phrases are written. */
const TOPIC_WORD = '[\\p{L}\\p{N}-]';
const TOPIC_WORD_CHAR_RE = new RegExp(TOPIC_WORD, 'u');
const TOPIC_GAP_RE = new RegExp(`[^\\p{L}\\p{N}-]+`, 'uy');
const TOPIC_BOUNDARY_RE = new RegExp(`(?!${TOPIC_WORD})`, 'uy');
/** Phrases by first word: [topic index, the words after the first]. */
const PHRASES_BY_FIRST = new Map<string, Array<[number, string[]]>>();
for (const [k, [, phrases]] of TOPIC_PHRASES.entries()) {
  for (const p of phrases) {
    const [first, ...rest] = p.split(' ');
    const list = PHRASES_BY_FIRST.get(first!) ?? [];
    list.push([k, rest]);
    PHRASES_BY_FIRST.set(first!, list);
  }
}

/** The phrases' first words' pre-test: most words of a text are skipped without being cut out. */
const FIRST_WORDS = new WordFilter(PHRASES_BY_FIRST.keys());
/**
 * TOPIC_WORD by character code, filled as characters are met: 0 not yet read, 1 a word character, 2 not, 3 a
 * surrogate (read with its pair). One table look-up per character of the text: the scan of a clip's words for
 * topics is a large share of the tags.
 */
const TOPIC_CLASS = new Uint8Array(0x10000);
const WORD_CLASS = 1;
const NOT_WORD_CLASS = 2;
const SURROGATE_CLASS = 3;
TOPIC_CLASS.fill(SURROGATE_CLASS, 0xd800, 0xe000);

/** The length of the word character at text[i] (2 for a surrogate pair), 0 when there is none. */
function topicCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = TOPIC_CLASS[c]!;
  // (any character but a surrogate answers the same each time: the pattern runs once per character met)
  if (k === 0) TOPIC_CLASS[c] = k = TOPIC_WORD_CHAR_RE.test(text[i]!) ? WORD_CLASS : NOT_WORD_CLASS;
  if (k !== SURROGATE_CLASS) return k === WORD_CLASS ? 1 : 0;
  // a high surrogate is read with the low one after it; a lone surrogate alone
  if (c <= 0xdbff && TOPIC_WORD_CHAR_RE.test(text.slice(i, i + 2))) return 2;
  return TOPIC_WORD_CHAR_RE.test(text[i]!) ? 1 : 0;
}

/** Do `words` follow `at` in `lower`, each after a gap of non-word characters, ending on a word boundary? */
function wordsFollow(lower: string, at: number, words: readonly string[]): boolean {
  let pos = at;
  for (const w of words) {
    TOPIC_GAP_RE.lastIndex = pos;
    if (!TOPIC_GAP_RE.test(lower)) return false;
    pos = TOPIC_GAP_RE.lastIndex;
    if (!lower.startsWith(w, pos)) return false;
    pos += w.length;
  }
  TOPIC_BOUNDARY_RE.lastIndex = pos;
  return TOPIC_BOUNDARY_RE.test(lower);
}

/**
 * Topics whose phrases (whole words) occur at least TOPIC_MIN_MENTIONS times. One pass over the characters
 * finds the words; only a word of the right length and first letter is cut out and looked up among the
 * phrases' first words (a regex match per word, or one alternation of all first words, costs several times more).
 */
function topics(text: string): string[] {
  const lower = text.toLowerCase();
  const hits = new Array<number>(TOPIC_PHRASES.length).fill(0);
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let w = topicCharLength(lower, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    while (i < n && (w = topicCharLength(lower, i)) !== 0) i += w;
    if (!FIRST_WORDS.mayBe(lower, start, i - start)) continue;
    const phrases = PHRASES_BY_FIRST.get(lower.slice(start, i));
    if (!phrases) continue;
    for (const [k, rest] of phrases) {
      if (!rest.length || wordsFollow(lower, i, rest)) hits[k]!++;
    }
  }
  return TOPIC_PHRASES.filter((_, k) => hits[k]! >= TOPIC_MIN_MENTIONS).map(([topic]) => topic);
}

/**
 * Whether the text prints `word` in small letters as a whole word somewhere: it is then a common word ("the moon",
 * "plans"), and a capitalised run holding it is a heading, a product or a programme rather than a person ("Moon
 * Rush", "Private Lunar Lander Plans", "Space Forums").
 */
function printedInSmallLetters(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word || lower.length < 3) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!LETTER.test(text[at - 1] ?? ' ') && !LETTER.test(text[at + lower.length] ?? ' ')) return true;
  }
  return false;
}
const LETTER = /\p{L}/u;

/** A run the names pass read as a person, but whose words the text also uses as common words; a known given name
 *  first ("Theresa May", "Gordon Brown") or a known public figure keeps it a person. */
/** Languages that capitalise every noun. */
const CAPITALISED_NOUN_LANGUAGES: ReadonlySet<string> = new Set(['de']);

function commonWordsName(e: Entity, text: string, printed: Map<string, boolean>, language: string | null): boolean {
  // (the first word cut out alone: most names end here, and need no list of their words)
  const space = e.name.indexOf(' ');
  const first = (space < 0 ? e.name : e.name.slice(0, space)).toLowerCase();
  if (FEMALE_NAMES.has(first) || MALE_NAMES.has(first) || publicFigureOf(e)) return false;
  // German capitalises every noun ("Die Opposition", "Millionen Mieterinnen"): no test by small letters there, so a
  // person needs a known first name, or to be quoted (speakers are tagged from the quotations)
  if (CAPITALISED_NOUN_LANGUAGES.has(language ?? '')) return true;
  return e.name.split(' ').some((w) => {
    // (names of one clip share words, "Donald Trump", "Trump Tower": each word's search of the text is done once)
    let p = printed.get(w);
    if (p === undefined) printed.set(w, (p = printedInSmallLetters(text, w)));
    return p;
  });
}

/** A named storm is no person ("Hurricane Milton"; "Storm Ciarán" where the text speaks of a storm: Storm is a first
 *  name too). */
const STORM = /^(?:hurricane|typhoon|cyclone|tropical storm|super typhoon|tormenta|tempête|orkan)\s/i;
const namedStorm = (name: string, text: string): boolean => STORM.test(name) || (name.startsWith('Storm ') && /\bstorms?\b/.test(text));

/** A run opening with a function word of the clip's language ("В Москве", "La Protezione civile") is a sentence's
 *  start, not a name (English names are read apart: "Will Smith"). */
function opensWithStopWord(name: string, language: string | null): boolean {
  if (!language || language === 'en') return false;
  const stop = STOPWORDS[language];
  return stop !== undefined && stop.has(name.slice(0, name.indexOf(' ')).toLowerCase());
}

/**
 * Words before a place: a capitalised run printed only after them ("near Pine Hollow", "in Whitby, North Yorkshire":
 * the second part of a town's address too) is a place the names pass did not know, not a person.
 */
const BEFORE_PLACE = /\b(?:in|near|outside|around|across)\s+$/;
/** The same for the second part of an address ("in Whitby, North Yorkshire"), which a punctuation mark ends (not
 *  " and …": "in Leeds, Jon Bon Jovi and Katy Perry" lists people) */
const BEFORE_ADDRESS_PART = /\b(?:in|near|outside|around|across)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+$/u;
const ENDS_ADDRESS = /^(?:[,.;:)]|$)/;
/** A possessive after the run makes it someone's ("a stake in Kylie Jenner's company") */
const POSSESSIVE = /^['’]s\b/;
/** After a place: a US state as the wire services abbreviate it ("Pine Hollow, Colo."). */
const AFTER_PLACE = /^,\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\./;
/** Characters before a mention read for BEFORE_PLACE (the words and a town before a comma) */
const PLACE_CONTEXT_CHARS = 60;

/** Is every mention of `name` in `text` in a place's words (BEFORE_PLACE, BEFORE_ADDRESS_PART, AFTER_PLACE)? */
function printedAsPlace(name: string, text: string): boolean {
  let mentions = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    mentions++;
    const before = text.slice(Math.max(0, at - PLACE_CONTEXT_CHARS), at);
    const after = text.slice(at + name.length, at + name.length + 8);
    if (POSSESSIVE.test(after)) return false;
    if (!BEFORE_PLACE.test(before) && !(BEFORE_ADDRESS_PART.test(before) && ENDS_ADDRESS.test(after)) && !AFTER_PLACE.test(after)) return false;
  }
  return mentions > 0;
}

/**
 * Photo credits in a caption name the photographer and the agency, not anyone in the story:
 * "(Photo by Luca Rossi/Getty Images)", "Photograph: Jo Marsh/Reuters", "Ann Lee/AFP via Getty Images",
 * "(AP Photo/Jo Marsh)". They are left out of the text read for tags; the rest of the caption is read.
 */
const CAPTION_CREDITS: readonly RegExp[] = [
  // a parenthesis holding a credit word
  /\([^()]*\b(?:photo|photograph|picture|image|credit|foto|bild|getty|shutterstock|alamy)[^()]*\)/giu,
  // a credit label and what follows it
  /\b(?:photo(?:graph)?s?|pictures?|images?|credits?|foto|bild)(?:\s+by|\s*:)[^]*$/giu,
  // a credit glued on with an ellipsis ("….Credit...Jane Roe for The New York Times")
  /\bcredit(?:\.\.\.|…)[^]*$/giu,
  // "Name/Agency" at the end
  /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*\/\s*(?:Getty|AFP|Reuters|AP|EPA|Shutterstock|Alamy|PA|Bloomberg|Xinhua|ANP|dpa|SIPA)\b[^]*$/gu,
  // "AGENCY/Name" at the end, as Reuters credits ("REUTERS/Kacper Pempel/File Photo")
  /\bREUTERS\s*\/\s*\p{Lu}[^]*$/gu,
  // a photographer in brackets with the paper: "(Kent Nishimura for The Washington Post)", "(ABC News: Michael Lloyd)"
  /\((?:\p{Lu}[\p{L}'’.-]+ ){1,3}for (?:The |the )?\p{Lu}[^()]*\)\s*$/gu,
  /\((?:\p{Lu}\p{L}* ){0,3}(?:News|Photo|Pictures|Images|TV)(?: \p{Lu}\p{L}*)?:[^()]*\)\s*$/gu,
];
const withoutCredits = (caption: string): string => CAPTION_CREDITS.reduce((text, credit) => text.replace(credit, ''), caption);

export function extractTags(article: CleanedText, quotes: Quote[]): AutoTag[] {
  const captions = (article.captions ?? []).map(withoutCredits);
  const parts = [article.title ?? '', article.subtitle ?? '', article.body ?? '', ...captions].filter(Boolean);
  const text = parts.join('\n\n');
  // where the body sits in the text (the names read for its quotations are reused from there)
  const bodyAt = article.title || article.subtitle ? [article.title, article.subtitle].filter(Boolean).join('\n\n').length + 2 : 0;
  const tags = new Map<string, AutoTag>();
  // (`folded`: foldKey(name), when the caller has it: the names pass keeps it with each entity)
  const add = (name: string, kind: TagKind, folded = foldKey(name)): void => {
    const key = `${kind}:${folded}`;
    if (!tags.has(key) && name.trim()) tags.set(key, { name: name.trim(), kind });
  };
  if (text.trim()) {
    const printed = new Map<string, boolean>();
    const clubs: string[] = [];
    for (const e of namedEntities(text, article.body ?? '', bodyAt)) {
      // (a club's name has two words at least: a name of one is not cut into words)
      if (e.kind === 'organization' && e.name.includes(' ') && isClubName(e.name.split(' '))) clubs.push(e.name);
      if (e.kind === 'person') {
        // a person tag needs a first and a last name, or to be quoted
        if (e.name.includes(' ') && !namedStorm(e.name, text) && !opensWithStopWord(e.name, article.language) && !commonWordsName(e, text, printed, article.language) && !printedAsPlace(e.name, text)) add(e.name, 'person', e.key);
      } else if (e.kind === 'organization') {
        if (!WEAK_ORG_ALIASES.has(e.name)) add(e.name, 'organization', e.key);
      } else add(e.name, 'place', e.key);
    }
    // places written in forms that are not capitalised runs of their own ("the US leader"), but not the city in a
    // club's name ("Manchester" of "Manchester United")
    const clubWords = new Set(clubs.flatMap((name) => name.split(' ')));
    for (const word of capitalisedWords(text, mayBePlace)) {
      const place = PLACE_ALIASES.get(word);
      if (place && word.length > 1 && isCapitalised(word) && !clubWords.has(word)) add(place, 'place');
    }
    for (const topic of topics(text)) add(topic, 'topic');
  }
  for (const q of quotes ?? []) {
    if (!q?.speaker) continue;
    if (q.speakerKind === 'organization') {
      const place = PLACE_ALIASES.get(q.speaker);
      add(canonicalOrganization(q.speaker) ?? place ?? q.speaker, place ? 'place' : 'organization');
    } else if (q.speaker.includes(' ')) add(q.speaker, 'person');
  }
  return [...tags.values()].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}
