// Pass 3: who is named in the clip. Capitalised runs are read as people, organisations or places; people get
// their role from titles before the name ("French President Emmanuel Macron", "Kremlin spokesman Dmitry
// Peskov") or an apposition after it ("Len Burman, head of …,"). Every later mention ("Peskov", "Mr Putin")
// is recorded as an occurrence, for pronouns and descriptions.
import { BoundedMemo } from '../memo';
import {
  ADDRESS_TITLES, EAST_ASIAN_FAMILY_NAMES, FEMALE_NAMES, HONORIFICS, MALE_NAMES, NAME_LIKE_SENTENCE_WORDS, NAME_PARTICLES, NAME_SUFFIXES,
  NOT_NAME_WORDS, NOT_PERSON_WORDS, OCCUPATIONS, PAGEANT_TITLES, ROLE_NOUNS, isTitleWord,
} from '../lexicon/names';
import { isClubName, ORG_ALIASES, ORG_ARTICLES, ORG_FIRST_WORDS, ORG_HEAD_WORDS, ORG_LINK_WORDS } from '../lexicon/organizations';
import { DEMONYMS, PLACE_ALIASES, PLACE_HEAD_WORDS, PLACE_TAIL_WORDS } from '../lexicon/places';
import { PUBLIC_FIGURES, type PublicFigure } from '../lexicon/public-figures';
import { detached } from '../strings';
import { capitalisedRuns, tokenize, UPPER_CHARS, WORD_CHARS, type Token } from './tokens';

export type EntityKind = 'person' | 'organization' | 'place';
export type Gender = 'm' | 'f' | null;

export interface Entity {
  kind: EntityKind;
  /** canonical name */
  name: string;
  /** last word of a person's name, lower case */
  surname: string;
  role: string | null;
  gender: Gender;
  /** body offset of the first mention */
  firstAt: number;
  /** foldKey(name): the registry's key, kept for the look-ups that follow (the knowledge base, the tags) */
  key: string;
}

export interface Occurrence {
  start: number;
  end: number;
  entity: Entity;
}

export interface NameReading {
  kind: EntityKind | 'single' | 'none';
  /** canonical name (people: without titles) */
  name: string;
  /** titles, places and demonyms stripped from the front ("French President") */
  prefix: string;
  gender: Gender;
  /** the tokens of the name itself */
  tokens: Token[];
}

/**
 * Capitalised words joined by spaces or name particles: where names may be. Tokenised further by capitalisedRuns.
 * The look-behind (no letter before the capital) comes after the capital so that V8 can skip to capitals fast.
 */
const CAPITALISED_STRETCH_SOURCE = `[${UPPER_CHARS}](?<![${WORD_CHARS}][${UPPER_CHARS}])[${WORD_CHARS}]*(?:[.'’\\-&][${WORD_CHARS}]+)*[.'’]?s?(?:(?: (?:de|van|von|der|den|da|di|du|la|le|del|bin|al|ibn|ben|dos|das|ter|zu|y))* [${UPPER_CHARS}][${WORD_CHARS}]*(?:[.'’\\-&][${WORD_CHARS}]+)*[.'’]?s?)*`;
const CAPITALISED_STRETCH_RE = new RegExp(CAPITALISED_STRETCH_SOURCE, 'g');
/** The same, read on from a given place (a stretch that an organisation's link word continues). */
const STRETCH_ON_RE = new RegExp(CAPITALISED_STRETCH_SOURCE, 'y');
/** An organisation's link word between two stretches ("Bank| of |England"), read where a stretch ends in a head noun. */
const LINK_ON_RE = new RegExp(` (?:${[...ORG_LINK_WORDS].join('|')}) (?=[${UPPER_CHARS}])`, 'y');

/** `stretch` (found at `at`) and the stretches an organisation's link words join to it: "Bank of England", "Commission
 *  on Presidential Debates" (capitalisedRuns then decides where each link word belongs). */
function withLinkedStretches(body: string, at: number, stretch: string): string {
  let end = at + stretch.length;
  let last = stretch;
  for (;;) {
    // (the link word first: it is rare after a stretch, and cheaper to test than cutting out the last word)
    // (and a space before it first: most stretches end at a comma or before a small word, and need no pattern)
    if (body.charCodeAt(end) !== 0x20) break;
    LINK_ON_RE.lastIndex = end;
    if (!LINK_ON_RE.test(body) || !ORG_HEAD_WORDS.has(last.slice(last.lastIndexOf(' ') + 1))) break;
    STRETCH_ON_RE.lastIndex = LINK_ON_RE.lastIndex;
    const next = STRETCH_ON_RE.exec(body);
    if (!next) break;
    end = next.index + next[0].length;
    last = next[0];
  }
  return last === stretch ? stretch : body.slice(at, end);
}
/** Headlines are shorter than this. */
const MAX_HEADLINE_CHARS = 200;
/** A line whose words are capitalised at least this often is a headline. */
const HEADLINE_CAPS_RATIO = 0.7;
/** A title may follow this many capitalised words ("Senate Minority Leader Harry Reid"). */
const MAX_WORDS_BEFORE_TITLE = 4;
/** How far before a name its role is looked for, in characters. */
const ROLE_WINDOW_CHARS = 80;
/** Up to this many words before a name may form its role ("the German leader’s spokesman"). */
const MAX_ROLE_WORDS_BEFORE = 4;
/** An apposition after a name is read as its role when it is at most this many words long. */
const MAX_APPOSITION_WORDS = 9;

/** Bound on the cache of name keys. */
const FOLD_CACHE_LIMIT = 20000;
/** ASCII with no period or apostrophe and no space at either end: the key is the lower case (checked by hand). */
function isPlainName(s: string): boolean {
  const n = s.length;
  if (!n || s.charCodeAt(0) === 0x20 || s.charCodeAt(n - 1) === 0x20) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x2e || c === 0x27 || c < 0x20) return false;
  }
  return true;
}
const ASCII_RE = /^[\x00-\x7f]*$/;
const FOLD_KEYS = new BoundedMemo<string>(FOLD_CACHE_LIMIT);
/** A name's look-up key: lower case, no accents, no periods or apostrophes (other names cached: they recur). */
export const foldKey = (s: string): string => {
  if (isPlainName(s)) return s.toLowerCase();
  let k = FOLD_KEYS.get(s);
  if (k === undefined) {
    k = (ASCII_RE.test(s) ? s : s.normalize('NFKD').replace(/\p{M}+/gu, '')).toLowerCase().replace(/[.’']/g, '').trim();
    FOLD_KEYS.set(detached(s), k);
  }
  return k;
};

/** The knowledge base by folded name. */
const FIGURES_BY_KEY = new Map(PUBLIC_FIGURES.map((f) => [foldKey(f.name), f] as const));
export const publicFigure = (name: string): PublicFigure | undefined => FIGURES_BY_KEY.get(foldKey(name));
/** publicFigure(e.name), by the key the entity keeps. */
export const publicFigureOf = (e: Entity): PublicFigure | undefined => FIGURES_BY_KEY.get(e.key);

const isTitle = (t: Token): boolean => isTitleWord(t.lower) || t.lower in HONORIFICS || OCCUPATIONS.has(t.lower);
const placeOf = (s: string): string | undefined => PLACE_ALIASES.get(s);
const orgOf = (s: string): string | undefined => ORG_ALIASES.get(s) ?? (s.startsWith('The ') ? ORG_ALIASES.get(s.slice(4)) : undefined);

/** Read a capitalised run: an organisation, a place, a person (with titles split off), or neither. */
export function readName(run: readonly Token[]): NameReading {
  let toks = [...run];
  const joined = (ts: readonly Token[]): string => ts.map((t) => t.text).join(' ');
  const none = (kind: NameReading['kind'] = 'none'): NameReading => ({ kind, name: joined(toks), prefix: '', gender: null, tokens: toks });
  // known organisations and places first: "Reuters", "The Times" are names even though they open sentences
  const full = joined(toks);
  const knownOrg = orgOf(full);
  if (knownOrg) return { kind: 'organization', name: knownOrg, prefix: '', gender: null, tokens: toks };
  while (toks.length && NOT_NAME_WORDS.has(toks[0]!.lower) && !(toks[0]!.lower in HONORIFICS) && !isTitleWord(toks[0]!.lower)) {
    // ("the New York businessman": "New" opens sentences, but "New York" is a place; stop at a known name)
    // (the whole run was looked up as an organisation already)
    if (toks.length > 1 && (toks.length === run.length ? placeOf(full) : placeOf(joined(toks)) || orgOf(joined(toks)))) break;
    // "Jan Torvik": a month's short form before a capitalised word is a first name (the month stands before a number)
    if (toks.length > 1 && NAME_LIKE_SENTENCE_WORDS.has(toks[0]!.lower) && toks[1]!.capitalised && !toks[0]!.periodAfter) break;
    toks = toks.slice(1);
  }
  if (!toks.length) return none();
  // "Miss Universe", "Miss World": a pageant's title, not a woman's name
  if (toks.length === 2 && toks[0]!.lower === 'miss' && PAGEANT_TITLES.has(toks[1]!.text)) return none();
  // (nothing cut from the front: the run is the one already looked up)
  const cutFront = toks.length !== run.length;
  const whole = cutFront ? joined(toks) : full;
  const org = cutFront ? orgOf(whole) : undefined;
  if (org) return { kind: 'organization', name: org, prefix: '', gender: null, tokens: toks };
  const place = placeOf(whole);
  if (place) return { kind: 'place', name: place, prefix: '', gender: null, tokens: toks };
  // a head noun, a link word, the rest: "Commission on Presidential Debates", "American Federation of Teachers" (a run
  // holds a link word only after an organisation's head noun: capitalisedRuns)
  const headFirst = toks.length > 2 && toks.some((t) => ORG_LINK_WORDS.has(t.text));
  if (headFirst || (toks.length > 1 && ORG_HEAD_WORDS.has(toks[toks.length - 1]!.text))) {
    return { kind: 'organization', name: whole.replace(/^The /, ''), prefix: '', gender: null, tokens: toks };
  }
  // "Mount Parnitha", "Black Sea" (after the organisations: "Mount Sinai Hospital" is one)
  if (toks.length > 1 && (PLACE_HEAD_WORDS.has(toks[0]!.text) || PLACE_TAIL_WORDS.has(toks[toks.length - 1]!.text))) return { kind: 'place', name: whole, prefix: '', gender: null, tokens: toks };
  if (isClubName(toks.map((t) => t.text))) return { kind: 'organization', name: whole.replace(/^The /, ''), prefix: '', gender: null, tokens: toks };
  // head noun first ("el Ministerio de Trabajo"): an organisation without its article; the head alone ("el Gobierno")
  // is the government of the story's country, too vague for a name
  const head = ORG_ARTICLES.has(toks[0]!.lower) && toks.length > 1 ? 1 : 0;
  if (ORG_FIRST_WORDS.has(toks[head]!.text)) {
    if (toks.length === head + 1) return none();
    // an office before its holder ("presidente del Consiglio Giorgia Meloni" reads "Consiglio Giorgia Meloni"): the person
    const holder = toks.length >= head + 3 && !ORG_LINK_WORDS.has(toks[head + 1]!.lower) && !NAME_PARTICLES.has(toks[head + 1]!.lower) ? readName(toks.slice(head + 1)) : null;
    if (holder?.kind === 'person' && holder.tokens.length > 1) return holder;
    const orgToks = toks.slice(head);
    return { kind: 'organization', name: joined(orgToks), prefix: '', gender: null, tokens: orgToks };
  }
  // strip titles, honorifics, places, demonyms and organisations from the front
  let gender: Gender = null;
  let cut = 0;
  let titled = false;
  // "Democratic Sen. Claire McCaskill", "Retired Lt. Gen. Michael Flynn": everything up to the last title
  for (let k = Math.min(toks.length - 2, MAX_WORDS_BEFORE_TITLE); k >= 1; k--) {
    if (isTitle(toks[k]!) && toks[k]!.text !== toks[k]!.text.toLowerCase() && !isTitle(toks[k + 1]!)) {
      cut = k + 1;
      titled = true;
      if (toks[k]!.lower in HONORIFICS) gender = HONORIFICS[toks[k]!.lower] ?? null;
      break;
    }
  }
  while (cut < toks.length) {
    const t = toks[cut]!;
    if (t.lower in HONORIFICS) {
      gender = HONORIFICS[t.lower] ?? gender;
      titled = true;
    } else if (isTitle(t)) {
      // "Baker said": an occupation that is the whole name is a surname; so is a title after a courtesy title
      // ("Mr. King", "Ms. Bishop"), but for the forms of address ("Mr. President", "Madam Speaker")
      const afterHonorific = cut > 0 && toks[cut - 1]!.lower in HONORIFICS;
      if (cut === toks.length - 1 && (!isTitleWord(t.lower) || (afterHonorific && !ADDRESS_TITLES.has(t.lower)))) break;
      titled = true;
    }
    else {
      // a two-word place or organisation ("New York Gov. …", "White House press secretary …", "European Union
      // Ambassador …": read as two words before "European" alone)
      const two = cut + 1 < toks.length ? `${t.text} ${toks[cut + 1]!.text}` : '';
      if (two && (placeOf(two) || orgOf(two)) && cut + 2 < toks.length) {
        cut += 2;
        continue;
      }
      if (!DEMONYMS.has(t.text) && !placeOf(t.text) && !orgOf(t.text)) break;
    }
    cut++;
  }
  const prefix = joined(toks.slice(0, cut));
  const rest = toks.slice(cut);
  if (!rest.length) {
    if (toks.length === 1 && DEMONYMS.has(toks[0]!.text)) return none();
    return none();
  }
  if (rest.some((t, k) => NOT_NAME_WORDS.has(t.lower) && !NAME_SUFFIXES.has(t.lower) && !(k === 0 && rest.length > 1 && NAME_LIKE_SENTENCE_WORDS.has(t.lower)))) return none();
  if (rest.some((t) => /^\p{N}/u.test(t.text))) return none();
  if (rest.slice(1).some((t) => NOT_PERSON_WORDS.has(t.lower))) return none();
  if (rest.some((t) => DEMONYMS.has(t.text) || ORG_ALIASES.has(t.text))) return none();
  const name = joined(rest);
  const first = rest[0]!.lower;
  if (gender === null) gender = FEMALE_NAMES.has(first) ? 'f' : MALE_NAMES.has(first) ? 'm' : null;
  if (rest.length === 1) {
    return { kind: titled ? 'person' : 'single', name, prefix, gender, tokens: rest };
  }
  // all-caps runs of several words are headings, not names ("BREAKING NEWS")
  if (rest.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase())) return none();
  return { kind: 'person', name, prefix, gender, tokens: rest };
}

/**
 * The headline, when the body starts with one (a first line whose words are mostly capitalised): its
 * capitalised runs are not names by themselves. Only the first line is looked at — headlines come first.
 */
function titleCaseLines(body: string): Array<[number, number]> {
  const nl = body.indexOf('\n');
  const line = nl < 0 ? body : body.slice(0, nl);
  if (line.length > MAX_HEADLINE_CHARS) return [];
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length >= 3 && words.filter((w) => /^[“"‘'(]?\p{Lu}/u.test(w)).length / words.length >= HEADLINE_CAPS_RATIO) return [[0, line.length]];
  return [];
}

/**
 * In a headline every word is capitalised ("Trump Warns Clinton"): a pair of words is a person's name only
 * when the pair comes again in the text, or it starts with a known first name and the surname comes again.
 */
function readHeadlineName(run: readonly Token[], body: string, lineEnd: number): NameReading {
  for (let k = 0; k + 1 < run.length; k++) {
    const r = readNameOfRun(run.slice(k, k + 2));
    if (r.kind !== 'person' || r.tokens.length !== 2) continue;
    const [first, last] = r.tokens as [Token, Token];
    const knownFirst = FEMALE_NAMES.has(first.lower) || MALE_NAMES.has(first.lower);
    if (body.includes(`${first.text} ${last.text}`, lineEnd) || (knownFirst && hasWord(body, last.text, lineEnd))) return r;
  }
  const r = readNameOfRun(run);
  return r.kind === 'person' && r.tokens.length > 1 ? { ...r, kind: 'none' } : r;
}

const ASCII_WORD_CHAR_RE = /\w/;
/** Is `word` in `text` after `from`, as a whole word (the \b of an ASCII regex: [A-Za-z0-9_] on neither side)? */
function hasWord(text: string, word: string, from: number): boolean {
  if (!word) return false;
  const isW = (ch: string | undefined): boolean => ch !== undefined && ASCII_WORD_CHAR_RE.test(ch);
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i > from ? text[i - 1] : undefined;
    if (isW(before) !== isW(word[0]) && isW(text[i + word.length]) !== isW(word[word.length - 1])) return true;
  }
  return false;
}

/** Tokens moved by `by` characters. */
function shift(tokens: readonly Token[], by: number): Token[] {
  // spelled out in the tokenizer's field order: one object shape for every token keeps the hot loops monomorphic;
  // pushed, not mapped (see PACKED_ARRAYS)
  const out: Token[] = [];
  for (const t of tokens) out.push({ text: t.text, lower: t.lower, start: t.start + by, end: t.end + by, possessive: t.possessive, capitalised: t.capitalised, periodAfter: t.periodAfter });
  return out;
}

export function surnameOf(name: string): string {
  // the last word that is not a suffix ("Jr.", "III"), read from the end
  const parts = name.split(/\s+/);
  for (let k = parts.length - 1; k >= 0; k--) if (!NAME_SUFFIXES.has(parts[k]!.toLowerCase())) return foldKey(parts[k]!);
  return foldKey(name);
}

export class Registry {
  readonly entities: Entity[] = [];
  readonly occurrences: Occurrence[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity[]>();
  /** offsets where each person's full name is printed */
  readonly fullMentions = new Map<Entity, number[]>();
  /** how many entities the scan of capitalised stretches found (the later ones come from surnames and the title) */
  scanned = 0;

  /**
   * `namesOnly`: the entities alone are wanted (the tags' names), not where each is mentioned nor who a surname
   * stands for: no occurrences, mentions or surnames are recorded (entities get an empty `surname`).
   */
  constructor(readonly namesOnly = false) {}

  /** `key`: foldKey(name), when the caller has it already (the scan keeps it with each cached reading). */
  get(name: string, key = foldKey(name)): Entity | undefined {
    return this.byKey.get(key);
  }

  add(kind: EntityKind, name: string, at: number, role: string | null, gender: Gender, key = foldKey(name)): Entity {
    let e = this.byKey.get(key);
    if (!e) {
      e = { kind, name, surname: this.namesOnly ? '' : kind === 'person' ? surnameOf(name) : key, role, gender, firstAt: at, key };
      this.byKey.set(key, e);
      this.entities.push(e);
      if (kind === 'person' && !this.namesOnly) {
        const list = this.bySurname.get(e.surname) ?? [];
        list.push(e);
        this.bySurname.set(e.surname, list);
      }
    } else {
      e.role ??= role;
      e.gender ??= gender;
    }
    return e;
  }

  /** The one person named family name first ("Liu Xiaming", later "Liu said"), if exactly one is. */
  private byFamilyNameFirst(key: string): Entity | undefined {
    let found: Entity | undefined;
    for (const e of this.entities) {
      if (e.kind !== 'person' || !e.key.startsWith(key + ' ')) continue;
      if (found) return undefined;
      found = e;
    }
    return found;
  }

  private positionsMemo: Map<Entity, number[]> | null = null;

  /** The last offset before `at` where the entity is mentioned (-1: none). */
  lastMentionBefore(e: Entity, at: number): number {
    if (!this.positionsMemo) {
      this.positionsMemo = new Map();
      for (const o of this.occurrences) {
        const list = this.positionsMemo.get(o.entity) ?? [];
        list.push(o.start);
        this.positionsMemo.set(o.entity, list);
      }
      for (const list of this.positionsMemo.values()) list.sort((a, b) => a - b);
    }
    const list = this.positionsMemo.get(e);
    return list ? lastBefore(list, at) : -1;
  }

  /** A surname ("Peskov", "PENCE") → the person, the one named last before `at` when several share it. */
  bySurnameAt(surname: string, at: number, key = foldKey(surname), gender: Gender = null): Entity | undefined {
    let list = this.bySurname.get(key);
    if (!list?.length) return EAST_ASIAN_FAMILY_NAMES.has(key) ? this.byFamilyNameFirst(key) : undefined;
    // "Mr. Obama" where Michelle Obama is named: only the people the courtesy title's gender fits
    if (gender) {
      list = list.filter((e) => e.gender === null || e.gender === gender);
      if (!list.length) return undefined;
    }
    if (list.length === 1) return list[0];
    // the one whose full name was printed last before `at` (mention offsets are pushed in reading order)
    let best: Entity | undefined;
    let bestAt = -1;
    for (const e of list) {
      const offsets = this.fullMentions.get(e);
      if (!offsets?.length) continue;
      const o = lastBefore(offsets, at);
      if (o >= 0 && o > bestAt) {
        best = e;
        bestAt = o;
      }
    }
    return best ?? list[0];
  }
}

/** Lower-case words that may qualify a role before a name ("senior campaign adviser"). */
const ROLE_MODIFIERS_RE = /^(?:campaign|press|national|security|foreign|policy|senior|top|former|chief|deputy|longtime|political|communications|government|party|vice|presidential|state|defense|defence|finance)$/;

/** Words before a name that describe the person ("Kremlin spokesman", "the German leader’s spokesman"). */
function roleBefore(body: string, tokens: readonly Token[], index: number, prefix: string): string | null {
  const words: Token[] = [];
  for (let k = index - 1; k >= 0 && words.length < MAX_ROLE_WORDS_BEFORE; k--) {
    const t = tokens[k]!;
    const nextStart = (words[0] ?? tokens[index]!).start;
    const gap = body.slice(t.end, nextStart);
    if (!(gap === ' ' || (t.possessive && /^['’]s? $/.test(gap)))) break;
    const ok = ROLE_NOUNS.has(t.lower) || isTitleWord(t.lower) || DEMONYMS.has(t.text) || ROLE_MODIFIERS_RE.test(t.lower)
      || (t.capitalised && !NOT_NAME_WORDS.has(t.lower));
    if (!ok) break;
    words.unshift(t);
  }
  const hasRole = words.some((w) => ROLE_NOUNS.has(w.lower) || isTitleWord(w.lower));
  const before = hasRole ? body.slice(words[0]!.start, tokens[index]!.start).trim() : '';
  const role = [before, prefix].filter(Boolean).join(' ').trim();
  return role || null;
}

/** A character of a word before a name: letters, digits, periods, apostrophes, hyphens. */
const WORD_BEFORE_CHAR_RE = /[\p{L}\p{N}.'’-]/u;
/** WORD_BEFORE_CHAR_RE for ASCII, by character code (the regex only for the rest). */
const WORD_BEFORE_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (WORD_BEFORE_CHAR_RE.test(String.fromCharCode(c))) WORD_BEFORE_ASCII[c] = 1;
function isWordBeforeChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? WORD_BEFORE_ASCII[c] === 1 : WORD_BEFORE_CHAR_RE.test(text[i]!);
}
/** Longest word looked at before a name. */
const MAX_WORD_BEFORE_CHARS = 40;
/**
 * Can roleBefore find anything before `at`? Only when a single space separates the name from a word that may
 * be part of a role (capitalised, a role noun, a title or a modifier). Most names follow "said", "and" or a
 * punctuation mark: those skip tokenising the window before them.
 */
function mayHaveRoleBefore(body: string, at: number): boolean {
  if (body.charCodeAt(at - 1) !== 0x20) return false;
  // the word before the space, read backwards (an end-anchored regex would be tried at every position)
  let from = at - 1;
  while (from > 0 && at - from <= MAX_WORD_BEFORE_CHARS && isWordBeforeChar(body, from - 1)) from--;
  if (from === at - 1) return false;
  const word = body.slice(from, at - 1).replace(/['’]s?$/u, '').replace(/\.$/, '');
  if (!word) return false;
  const lower = word.toLowerCase();
  // roleBefore's test for its first word
  return ROLE_NOUNS.has(lower) || isTitleWord(lower) || DEMONYMS.has(word) || ROLE_MODIFIERS_RE.test(lower) || (word[0] !== lower[0] && !NOT_NAME_WORDS.has(lower));
}

/** ", the chancellor’s spokesman," after a name. */
function appositionAfter(body: string, end: number): string | null {
  if (body.charCodeAt(end) !== 0x2c) return null; // the pattern opens with a comma
  const m = /^,\s+((?:a|an|the|his|her|its|their)\s+)?([^,.;:!?“”"()]{2,90}?)(?=,|\.(?:\s|$)|;)/u.exec(body.slice(end, end + 120));
  if (!m) return null;
  const words = m[2]!.trim().split(/\s+/);
  if (words.length > MAX_APPOSITION_WORDS) return null;
  // one loop, no mapped list (see PACKED_ARRAYS)
  let role = false;
  for (const w of words) {
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    if (/^(?:said|says|told|is|was|who|which|and|but)$/.test(lower)) return null;
    role ||= ROLE_NOUNS.has(lower);
  }
  if (!role) return null;
  return m[2]!.trim();
}

/**
 * PACKED_ARRAYS: lists that hot loops read are built with push, not Array.prototype.map. V8's map builds a holey
 * array in plain code and a packed one once its caller is optimised: a loop that saw one kind meets the other,
 * and the large functions around it are thrown back to the interpreter and compiled again (seen with
 * --trace-deopt: "wrong map" in extractQuotes and scanNames, each compile taking a large share of a bench run).
 */
/**
 * Bound on the process-wide caches of readings (a long-running library process reads many clips). A stretch's
 * readings take ~1.1 KB: at 20,000 the table held 22 MB of an import worker's bounded heap when full.
 */
const READING_CACHE_LIMIT = 10000;
/** How each distinct capitalised stretch reads, offsets relative to the stretch. Readings are never mutated. */
const STRETCH_READINGS = new BoundedMemo<readonly RunReading[]>(READING_CACHE_LIMIT);
/**
 * One capitalised run of a stretch and how it reads, with the offsets the scan needs kept as plain fields
 * (relative to the stretch): the scan of a clip reads only these, not the tokens behind them.
 */
interface RunReading {
  kind: NameReading['kind'];
  /** the run's first token: its start, and the token itself for the role look-up before it */
  start: number;
  first: Token;
  /** end of the run's last token, and whether it is a possessive ("Putin’s") */
  end: number;
  possessive: boolean;
  /** the name's own tokens: how many, where the first starts and ends, its text */
  nameTokens: number;
  nameStart: number;
  nameEnd: number;
  nameText: string;
  /** foldKey(nameText), for the surname look-up of a one-word name */
  nameTextKey: string;
  reading: NameReading;
  /** foldKey of the reading's name, made once with the reading */
  nameKey: string;
}
/** What a stretch that is a lone not-a-name word ("Mr.", "It’s") reads as: nothing. */
const NO_RUNS: readonly RunReading[] = [];

function runReading(run: readonly Token[], reading: NameReading): RunReading {
  const last = run[run.length - 1]!;
  const first = reading.tokens[0];
  return {
    kind: reading.kind, start: run[0]!.start, first: run[0]!, end: last.end, possessive: last.possessive,
    nameTokens: reading.tokens.length, nameStart: first?.start ?? 0, nameEnd: first?.end ?? 0, nameText: first?.text ?? '', nameTextKey: foldKey(first?.text ?? ''), reading,
    nameKey: foldKey(reading.name),
  };
}
/** How a lone capitalised word reads: a known organisation or place, a possible surname, or nothing. */
type LoneReading = { kind: 'organization' | 'place'; name: string; key: string } | { kind: 'single'; key: string } | { kind: 'none' };
const LONE_READINGS = new BoundedMemo<LoneReading>(READING_CACHE_LIMIT);

/**
 * The capitalised and upper-case forms of the short NOT_NAME_WORDS ("The", "But", "HE"): the commonest
 * capitalised words of any text, turned away by a small table before the large cache of readings is consulted.
 */
/** How a common not-a-name word reads (loneWord reads them so too). */
const NOT_A_NAME: LoneReading = { kind: 'none' };
const COMMON_NOT_NAMES: ReadonlyMap<string, LoneReading> = new Map(
  [...NOT_NAME_WORDS].filter((w) => w.length < 12).flatMap((w) => [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).map((w) => [w, NOT_A_NAME] as const),
);

/** A stretch with no space, period or apostrophe (the scan's fast path), by character codes. */
function isLoneWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x20 || c === 0x2e || c === 0x27 || c === 0x2019) return false;
  }
  return true;
}

function loneWord(word: string): LoneReading {
  let r = LONE_READINGS.get(word);
  if (r) return r;
  const lower = word.toLowerCase();
  const org = orgOf(word);
  const place = org ? undefined : placeOf(word);
  if (word.length < 12 && NOT_NAME_WORDS.has(lower)) r = { kind: 'none' };
  else if (org) r = { kind: 'organization', name: org, key: foldKey(org) };
  else if (place) r = { kind: 'place', name: place, key: foldKey(place) };
  else r = !isTitleWord(lower) && !DEMONYMS.has(word) && !(lower in HONORIFICS) ? { kind: 'single', key: foldKey(word) } : { kind: 'none' };
  LONE_READINGS.set(detached(word), r);
  return r;
}

/** Two lists sorted by start, merged (stable: the first list's item first on a tie, as a stable sort would). */
function mergeByStart(a: readonly Occurrence[], b: readonly Occurrence[]): Occurrence[] {
  const out: Occurrence[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** A one-word name found by the scan, matched against surnames once every full name is known. */
interface Single {
  text: string;
  start: number;
  end: number;
  runStart: number;
  reading: NameReading | null;
  /** foldKey(text) */
  key: string;
}

/**
 * Romance languages name an office by its institution before the holder's name: "presidente del Consiglio Mario
 * Draghi", "ministro dell'Economia Daniele Franco", "ministre de l'Intérieur Gérald Darmanin", "ministra de
 * Hacienda María Jesús Montero". After these links the first capitalised word is the institution's, when the
 * words after it read as a person.
 */
const OFFICE_LINK_BEFORE = /(?:^|[^\p{L}])(?:del|della|dello|dei|degli|delle|di|da|do|de|du|des)\s$|(?:^|[^\p{L}])(?:dell|dall|nell|sull|l|d)['’]$/iu;
const OFFICE_LINK_REACH = 8;
function officeCut(body: string, at: number, stretch: string): string {
  const space = stretch.indexOf(' ');
  if (space < 0 || stretch.indexOf(' ', space + 1) < 0) return stretch;
  if (!OFFICE_LINK_BEFORE.test(body.slice(Math.max(0, at - OFFICE_LINK_REACH), at))) return stretch;
  const first = stretch.slice(0, space).toLowerCase();
  if (FEMALE_NAMES.has(first) || MALE_NAMES.has(first)) return stretch;
  const rest = stretch.slice(space + 1);
  const runs = capitalisedRuns(rest, tokenize(rest, 0));
  const reading = runs.length === 1 ? readName(runs[0]!) : null;
  return reading?.kind === 'person' && reading.tokens.length > 1 ? rest : stretch;
}

/**
 * The scan: every capitalised stretch of text[from, to) read as people, organisations and places, added to the
 * registry in reading order. `singles` collects one-word names for the caller (null: not wanted); `roles` looks
 * for each person's role (tags need names only). Stretches never cross a blank line, so a range that starts
 * and ends at a paragraph break reads exactly as it does inside the whole text.
 */
function scanNames(reg: Registry, body: string, from: number, to: number, headlines: ReadonlyArray<readonly [number, number]>, singles: Single[] | null, roles: boolean): void {
  /** people whose role was looked for once without success (the look-up is not repeated) */
  const roleLooked = new Set<Entity>();
  const re = CAPITALISED_STRETCH_RE;
  re.lastIndex = from;
  for (let m = re.exec(body); m !== null && m.index < to; m = re.exec(body)) {
    const stretch = withLinkedStretches(body, m.index, m[0]);
    if (stretch.length !== m[0].length) re.lastIndex = m.index + stretch.length;
    const word = officeCut(body, m.index, stretch);
    const index = m.index + stretch.length - word.length;
    // fast path: one word ("The", "Reuters", "Peskov"), read once per process
    if (isLoneWord(word)) {
      const lone = COMMON_NOT_NAMES.get(word) ?? loneWord(word);
      if (lone.kind === 'organization' || lone.kind === 'place') {
        const e = reg.add(lone.kind, lone.name, index, null, null, lone.key);
        if (!reg.namesOnly) reg.occurrences.push({ start: index, end: index + word.length, entity: e });
      } else if (lone.kind === 'single') {
        singles?.push({ text: word, start: index, end: index + word.length, runStart: index, reading: null, key: lone.key });
      }
      continue;
    }
    // a lone sentence-opening word with a period or apostrophe (remembered as reading nothing)
    let parsed = STRETCH_READINGS.get(word);
    if (parsed === NO_RUNS) continue;
    if (parsed === undefined && word.length < 12 && !word.includes(' ') && NOT_NAME_WORDS.has(word.toLowerCase())) {
      STRETCH_READINGS.set(word, NO_RUNS); // the table holds single words
      continue;
    }
    const base = index;
    const headline = headlineAt(headlines, base);
    // the same stretch ("Donald Trump") recurs within and across clips: read it once, offsets relative to it
    if (headline) {
      const readings: RunReading[] = [];
      for (const run of capitalisedRuns(word, tokenize(word, 0))) {
        const r = readHeadlineName(shift(run, base), body, headline[1]);
        // spelled out, not spread: every reading keeps one object shape (see shift)
        readings.push(runReading(run, { kind: r.kind, name: r.name, prefix: r.prefix, gender: r.gender, tokens: shift(r.tokens, -base) }));
      }
      parsed = readings;
    } else if (!parsed) {
      // (read from a copy: the cache keeps the stretch and its tokens, not the clip they were cut from)
      const own = detached(word);
      const readings: RunReading[] = [];
      for (const run of capitalisedRuns(own, tokenize(own, 0))) readings.push(runReading(run, readName(run)));
      // a stretch with no runs reads as nothing
      parsed = readings.length ? readings : NO_RUNS;
      STRETCH_READINGS.set(own, parsed);
    }
    if (parsed === NO_RUNS) continue;
    for (let k = 0; k < parsed.length; k++) {
      const r = parsed[k]!;
      const at = base + r.start;
      const lastEnd = base + r.end;
      const kind = r.kind;
      if (kind === 'person' && r.nameTokens > 1) {
        const reading = r.reading;
        const nameAt = base + r.nameStart;
        const known = reg.get(reading.name, r.nameKey);
        let role: string | null = null;
        if (roles && (!known || (!known.role && !roleLooked.has(known)))) {
          if (known) roleLooked.add(known);
          role = appositionAfter(body, lastEnd + (r.possessive ? 2 : 0));
          if (role === null && mayHaveRoleBefore(body, at)) {
            const windowStart = Math.max(0, at - ROLE_WINDOW_CHARS);
            const before = tokenize(body.slice(windowStart, at), windowStart);
            role = roleBefore(body, [...before, shift([r.first], base)[0]!], before.length, reading.prefix);
          } else role ??= reading.prefix || null;
        }
        const e = reg.add('person', reading.name, at, role, reading.gender, r.nameKey);
        if (!reg.namesOnly) {
          reg.occurrences.push({ start: nameAt, end: lastEnd, entity: e });
          const list = reg.fullMentions.get(e) ?? [];
          list.push(nameAt);
          reg.fullMentions.set(e, list);
        }
      } else if (kind === 'organization' || kind === 'place') {
        const e = reg.add(kind, r.reading.name, at, null, null, r.nameKey);
        if (!reg.namesOnly) reg.occurrences.push({ start: at, end: lastEnd, entity: e });
      } else if (kind === 'person' || kind === 'single') {
        singles?.push({ text: r.nameText, start: base + r.nameStart, end: base + r.nameEnd, runStart: at, reading: r.reading, key: r.nameTextKey });
      }
    }
  }
}

/** The headline range holding `at`, if any (a loop: a closure per stretch would be made for find). */
function headlineAt(headlines: ReadonlyArray<readonly [number, number]>, at: number): readonly [number, number] | undefined {
  for (const h of headlines) if (at >= h[0] && at < h[1]) return h;
  return undefined;
}

/**
 * A run's words as readName reads them: each token's text (its lower case and capital follow from it, see
 * tokenize) and whether a sentence period follows it. Tokens hold no space nor U+0001.
 */
function runKey(run: readonly Token[]): string {
  let key = '';
  for (let k = 0; k < run.length; k++) key += (k ? ' ' : '') + run[k]!.text + (run[k]!.periodAfter ? '\u0001' : '');
  return key;
}
/** Bound on the cache of runs read outside the scan's stretches (a couple of hundred bytes each). */
const RUN_READING_CACHE_LIMIT = 3000;
/** readName's answer for a run, its tokens as a count: they are always the run's last ones (readName only cuts
 *  words from the front, or reads the words after an office). Names and prefixes are copies, not cut from a clip. */
interface RunNameReading {
  kind: NameReading['kind'];
  name: string;
  prefix: string;
  gender: Gender;
  count: number;
}
/**
 * readName by runKey, for the runs the scan's cache of stretches does not hold: those of a headline (read word
 * pair by word pair, see readHeadlineName) and of the deck and captions. The same names recur in them from clip
 * to clip, and readName is slow beside a look-up.
 */
const RUN_READINGS = new BoundedMemo<RunNameReading>(RUN_READING_CACHE_LIMIT);
function readNameOfRun(run: readonly Token[]): NameReading {
  const key = runKey(run);
  let c = RUN_READINGS.get(key);
  if (c === undefined) {
    const r = readName(run);
    c = { kind: r.kind, name: detached(r.name), prefix: detached(r.prefix), gender: r.gender, count: r.tokens.length };
    RUN_READINGS.set(key, c);
  }
  return { kind: c.kind, name: c.name, prefix: c.prefix, gender: c.gender, tokens: run.slice(run.length - c.count) };
}

/**
 * The registry built last, kept for the tags of the same article (extractTags runs right after extractQuotes on
 * the same body): its scan already holds every name of the body. One entry; outputs never depend on it.
 */
let lastBuilt: { body: string; registry: Registry; headlines: number } | null = null;

/** Build the registry from the whole body (and the headline, when given). */
export function buildRegistry(body: string, title?: string | null, names: ReadonlyArray<string | null | undefined> = []): Registry {
  const reg = new Registry();
  const singles: Single[] = [];
  const headlines = titleCaseLines(body);
  scanNames(reg, body, 0, body.length, headlines, singles, true);
  reg.scanned = reg.entities.length;
  // surnames alone ("Peskov", "Mr Putin"): an occurrence of the full name, or a person known only by surname
  const scanned = reg.occurrences.length;
  for (const { text, start, end, runStart, reading, key } of singles) {
    const known = reg.bySurnameAt(text, start, key, reading?.gender ?? null);
    if (known) {
      reg.occurrences.push({ start, end, entity: known });
      if (reading?.gender && !known.gender) known.gender = reading.gender;
    } else if (reading?.kind === 'person') {
      const e = reg.add('person', reading.name, runStart, reading.prefix || null, reading.gender);
      reg.occurrences.push({ start, end, entity: e });
    }
  }
  // the scan pushed its occurrences in reading order, the surnames after it in reading order too: merge the two
  const merged = mergeByStart(reg.occurrences.slice(0, scanned), reg.occurrences.slice(scanned));
  for (let k = 0; k < merged.length; k++) reg.occurrences[k] = merged[k]!;
  // the knowledge base fills gaps in gender
  for (const e of reg.entities) {
    const kb = publicFigureOf(e);
    if (kb && !e.gender) e.gender = kb.gender;
  }
  // names in the headline ("Pence: …"), the deck and the captions count as known people too (after the body's own)
  for (const line of [title, ...names]) {
    if (!line) continue;
    for (const run of capitalisedRuns(line, tokenize(line))) {
      // (a reading's tokens are some of its run's: a run of one word never reads as a full name, and is not read)
      if (run.length < 2) continue;
      const r = readNameOfRun(run);
      if (r.kind === 'person' && r.tokens.length > 1) reg.add('person', r.name, body.length, null, r.gender);
    }
  }
  lastBuilt = { body, registry: reg, headlines: headlines.length };
  return reg;
}

/**
 * The people (full names), organisations and places named in `text`, in order of first mention, each once (the
 * first spelling wins), as buildRegistry(text) names them before it matches surnames. `text` holds `body` at
 * `bodyAt` between blank lines (the tags read title, standfirst, body and captions together): when the body's
 * registry was just built and its first line is no headline, its names are taken from there and only the rest
 * of the text is read. The entities returned record no mentions nor surnames (see Registry.namesOnly).
 * The caller joined `text` from its parts, `body` at `bodyAt`: that is not checked again (comparing the body
 * with the text cost a few per cent of the tags).
 */
export function namedEntities(text: string, body: string, bodyAt: number): Entity[] {
  const reg = new Registry(true);
  const headlines = titleCaseLines(text);
  const memo = lastBuilt;
  if (memo && body && memo.body === body && memo.headlines === 0 && bodyAt + body.length <= text.length) {
    scanNames(reg, text, 0, bodyAt, headlines, null, false);
    const known = memo.registry.entities;
    for (let k = 0; k < memo.registry.scanned; k++) reg.add(known[k]!.kind, known[k]!.name, bodyAt + known[k]!.firstAt, null, null, known[k]!.key);
    scanNames(reg, text, bodyAt + body.length, text.length, headlines, null, false);
  } else scanNames(reg, text, 0, text.length, headlines, null, false);
  return reg.entities;
}

/** The last of the ascending offsets that lies before `at` (binary search), or -1. */
function lastBefore(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : -1;
}
