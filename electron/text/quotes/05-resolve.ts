// Pass 5: from the words that name a speaker to a canonical speaker.
//   1. pronouns ("he") → the nearest compatible person (same sentence first, then the person the sentence before
//      opens with, then the current speaker)
//   2. names ("Peskov", "PENCE", "Mr Putin") → the full name from the clip
//   3. organisations ("the Kremlin") speak as organisations; capitals ("Berlin") too
//   4. descriptions ("the US leader", "the chancellor") → the person whose role matches, named in the clip
import { BoundedMemo } from '../memo';
import type { SpeakerKind } from '../../shared/article';
import { HEAD_NOUNS, HONORIFICS, ROLE_NOUNS, SPEAKER_PRONOUNS, SPOKES_NOUNS, isTitleWord } from '../lexicon/names';
import { ORG_ALIASES } from '../lexicon/organizations';
import { CAPITALS, DEMONYMS, PLACE_ALIASES } from '../lexicon/places';
import { foldKey, publicFigure, readName, type Entity, type NameReading, type Occurrence, type Registry } from './03-people';
import { detached, wordTable } from '../strings';
import { capitalisedRuns, tokenize, type Token } from './tokens';

export interface Speaker {
  name: string | null;
  kind: SpeakerKind | null;
  role: string | null;
  gender: 'm' | 'f' | null;
}

export interface ResolveContext {
  registry: Registry;
  /** body offset of the mention */
  at: number;
  /** body offset where the mention's sentence starts */
  sentenceStart: number;
  /** body offset where the sentence before starts, when it is in the same paragraph */
  previousSentenceStart?: number;
  /** the speaker of the quotation or cue just before, if any */
  current: Speaker | null;
  /** whether a body offset lies inside a quotation (names there are not the narrator's) */
  quoted?: (at: number) => boolean;
}

/** Bound on the role-word cache (a long-running library process reads many clips). */
const ROLE_CACHE_LIMIT = 5000;
const NOBODY: Speaker = { name: null, kind: null, role: null, gender: null };
/** Nouns that make a described speaker a group or an organisation rather than a person. */
const GROUP_HEADS_RE = /\b(?:campaign|administration|government|ministry|office|team|committee|party|agency|department|statement|spokesmen|officials|aides|advisers|sources|people|supporters|critics|democrats|republicans|voters|members|leaders|group|organization|organisation|company|firm|report|poll|survey|study|letter|memo|website|site|paper|newspaper)s?$/i;
/** Determiners that open a description ("The UN chief added"): capitalised at a sentence's start, never its owner. */
const OWNERLESS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);
/** Abbreviated titles → the role noun they stand for. */
const TITLE_NOUNS: Readonly<Record<string, string>> = wordTable({ sen: 'senator', gov: 'governor', rep: 'representative', gen: 'general', pres: 'president', adm: 'admiral' });

/** Role words of a role string, read once per distinct role. */
const roleWordsCache = new Map<string, string[]>();
const roleWords = (role: string | null): string[] => {
  if (!role) return [];
  let words = roleWordsCache.get(role);
  if (!words) {
    const own = detached(role); // (see detached: the cache keeps no clip alive)
    words = tokenize(own).map((t) => TITLE_NOUNS[t.lower] ?? t.lower);
    if (roleWordsCache.size < ROLE_CACHE_LIMIT) roleWordsCache.set(own, words);
  }
  return words;
};

function personSpeaker(e: Entity, role: string | null = null): Speaker {
  return { name: e.name, kind: 'person', role: role ?? e.role, gender: e.gender };
}

/** A sentence's subject is named within this many characters of its start ("Former Secretary of State …"). */
const MAX_SUBJECT_OFFSET = 40;

const compatible = (gender: 'm' | 'f' | null, want: string | null): boolean =>
  want === null || gender === null || gender === want;

export function resolvePronoun(pronoun: string, ctx: ResolveContext): Speaker {
  const want = SPEAKER_PRONOUNS[pronoun.toLowerCase()];
  if (want === 'plural' || want === undefined) return NOBODY;
  if (want === 'org') {
    if (ctx.current?.kind === 'organization') return ctx.current;
    return NOBODY;
  }
  if (pronoun.toLowerCase() === 'i') return ctx.current?.kind === 'person' ? ctx.current : NOBODY;
  const occ = ctx.registry.occurrences;
  // 1. the first person named earlier in the same sentence, outside quotations (the sentence's subject)
  const first = firstPersonBetween(ctx, ctx.sentenceStart, ctx.at, want);
  if (first) return personSpeaker(first);
  // 2. the person the sentence before opens with, its subject ("Trump was defiant. “…,” he said"): a speaker
  // introduced there takes over from whoever was quoted before
  if (ctx.previousSentenceStart !== undefined) {
    const opener = firstPersonBetween(ctx, ctx.previousSentenceStart, Math.min(ctx.sentenceStart, ctx.previousSentenceStart + MAX_SUBJECT_OFFSET), null);
    if (opener && compatible(opener.gender, want)) return personSpeaker(opener);
  }
  // 3. the current speaker
  if (ctx.current?.kind === 'person' && compatible(ctx.current.gender, want)) return ctx.current;
  // 4. the nearest person named before (occurrences are sorted: start at the last one before the pronoun)
  for (let k = firstAtOrAfter(occ, ctx.at) - 1; k >= 0; k--) {
    const o = occ[k]!;
    if (o.entity.kind === 'person' && compatible(o.entity.gender, want)) return personSpeaker(o.entity);
  }
  return NOBODY;
}

/** Index of the first occurrence that starts at or after `at` (binary search; occurrences are sorted). */
function firstAtOrAfter(occ: readonly Occurrence[], at: number): number {
  let lo = 0;
  let hi = occ.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (occ[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first person named between two body offsets, outside quotations, of a compatible gender. */
export function firstPersonBetween(ctx: ResolveContext, from: number, to: number, want: string | null): Entity | null {
  const occ = ctx.registry.occurrences;
  for (let k = firstAtOrAfter(occ, from); k < occ.length && occ[k]!.start < to; k++) {
    const o = occ[k]!;
    if (o.entity.kind === 'person' && compatible(o.entity.gender, want) && !ctx.quoted?.(o.start)) return o.entity;
  }
  return null;
}

/** The country a role names ("French President" → France), read once per distinct role. */
const roleCountryCache = new Map<string, string | null>();
function roleCountry(role: string | null): string | null {
  if (!role) return null;
  let c = roleCountryCache.get(role);
  if (c === undefined) {
    c = tokenize(role).map((t) => DEMONYMS.get(t.text) ?? PLACE_ALIASES.get(t.text)).find(Boolean) ?? null;
    if (roleCountryCache.size < ROLE_CACHE_LIMIT) roleCountryCache.set(detached(role), c);
  }
  return c;
}

/** People of a registry by the words of their roles and the last words of their knowledge-base roles. */
const ROLE_HEAD_INDEX = new WeakMap<Registry, { size: number; byHead: Map<string, Entity[]> }>();
function peopleByRoleHead(registry: Registry): Map<string, Entity[]> {
  let memo = ROLE_HEAD_INDEX.get(registry);
  if (!memo || memo.size !== registry.entities.length) {
    const byHead = new Map<string, Entity[]>();
    for (const e of registry.entities) {
      if (e.kind !== 'person') continue;
      const heads = new Set(roleWords(e.role));
      for (const r of publicFigure(e.name)?.roles ?? []) heads.add(r.slice(r.lastIndexOf(' ') + 1));
      for (const h of heads) {
        const list = byHead.get(h);
        if (list) list.push(e);
        else byHead.set(h, [e]);
      }
    }
    memo = { size: registry.entities.length, byHead };
    ROLE_HEAD_INDEX.set(registry, memo);
  }
  return memo.byHead;
}

/** "the US leader" → the person named in the clip whose role (from the text or the knowledge base) fits. */
export function resolveDescription(mention: string, ctx: ResolveContext, toks: readonly Token[] = tokenize(mention)): Speaker {
  const heads = toks.filter((t) => ROLE_NOUNS.has(t.lower) && !t.possessive);
  const head = heads[heads.length - 1];
  if (!head || GROUP_HEADS_RE.test(mention.trim())) return NOBODY;
  // "a Clinton spokesman", "the chancellor’s spokesman": someone speaking for another is not that person
  // ("The" opening a sentence is capitalised too, and owns nothing)
  const owner = toks.find((t) => t.start < head.start && (t.possessive || t.capitalised) && !OWNERLESS.has(t.lower) && !DEMONYMS.has(t.text) && !PLACE_ALIASES.has(t.text));
  const countries = toks.map((t) => DEMONYMS.get(t.text) ?? PLACE_ALIASES.get(t.text)).filter((c): c is string => Boolean(c));
  const country = countries[0] ?? null;
  const words = toks.map((t) => t.lower);
  let best: Entity | null = null;
  let bestScore = 0;
  let bestAt = -1;
  // only people whose role (from the text or the knowledge base) ends in the head noun can score
  for (const e of peopleByRoleHead(ctx.registry).get(head.lower) ?? []) {
    const rw = roleWords(e.role);
    const kb = publicFigure(e.name);
    let score = 0;
    if (rw.includes(head.lower)) score += 2;
    if (kb?.roles.some((r) => r === head.lower || r.endsWith(' ' + head.lower))) score += 2;
    if (!score) continue;
    if (owner && SPOKES_NOUNS.has(head.lower)) {
      const ownerKey = owner.lower;
      if (!rw.includes(ownerKey) && !(e.role ?? '').toLowerCase().includes(ownerKey)) continue;
    }
    const personCountry = roleCountry(e.role) ?? kb?.country ?? null;
    if (country) {
      if (personCountry === country) score += 1;
      else if (personCountry) continue;
    }
    // other modifiers of the description must fit the role ("former president")
    if (words.includes('former') && !rw.includes('former')) score -= 1;
    const lastAt = ctx.registry.lastMentionBefore(e, ctx.at);
    if (score > bestScore || (score === bestScore && lastAt > bestAt)) {
      best = e;
      bestScore = score;
      bestAt = lastAt;
    }
  }
  if (!best && owner && HEAD_NOUNS.has(head.lower)) best = headOf(owner, ctx);
  return best ? personSpeaker(best) : NOBODY;
}

/** "the UN chief" when the clip names "UN Secretary-General António Guterres": the person the clip last named
 *  whose role holds the organisation ("UN", or its full name), whatever the role's own head noun. */
function headOf(owner: Token, ctx: ResolveContext): Entity | null {
  const org = ORG_ALIASES.get(owner.text)?.toLowerCase();
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of ctx.registry.entities) {
    if (e.kind !== 'person' || !e.role) continue;
    if (!roleWords(e.role).includes(owner.lower) && !(org && e.role.toLowerCase().includes(org))) continue;
    const at = ctx.registry.lastMentionBefore(e, ctx.at);
    if (at > bestAt) { best = e; bestAt = at; }
  }
  return best;
}

/** The head of what a description names ("the Fed chair"): the person, or nobody by name, with the role as printed. */
function headSpeaker(mention: string, ctx: ResolveContext, parsed: ParsedMention): Speaker {
  return { ...resolveDescription(mention, ctx, parsed.toks), role: parsed.descriptionRole };
}

/** Clean a mention: drop parentheses ("(R-IN)", "(left)") and edge punctuation. */
function cleanMention(mention: string): string {
  return mention.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').replace(/^[\s,;:]+|[\s,;:]+$/g, '');
}

/** A capitalised run of a mention, read: its name reading, its role words, and what follows it. */
interface MentionRun {
  reading: NameReading;
  role: string | null;
  lastTok: Token;
  /** a role noun or group noun follows the run ("a Clinton spokesman") */
  modifier: boolean;
  spokesAfter: boolean;
  /** a noun for the head of the organisation follows ("the Kremlin chief") */
  headAfter: boolean;
  groupAfter: boolean;
}

/**
 * What a mention says by itself, before the clip is consulted: kept per distinct mention (they recur), each
 * part worked out only when resolution gets to it (most mentions are decided by their first test or last run).
 */
class ParsedMention {
  readonly lower: string;
  private toksMemo: Token[] | undefined;
  private runsMemo: Token[][] | undefined;
  private readonly readRuns: Array<MentionRun | undefined> = [];
  private describedMemo: boolean | undefined;
  private roleMemo: string | null | undefined;

  constructor(readonly mention: string) {
    this.lower = mention.toLowerCase();
  }

  get toks(): Token[] {
    return (this.toksMemo ??= tokenize(this.mention));
  }

  /** capitalised runs, last first */
  get runCount(): number {
    return (this.runsMemo ??= capitalisedRuns(this.mention, this.toks).reverse()).length;
  }

  run(k: number): MentionRun {
    let r = this.readRuns[k];
    if (!r) {
      this.runCount; // fills runsMemo
      const run = this.runsMemo![k]!;
      const lastTok = run[run.length - 1]!;
      const after = this.toks.filter((t) => t.start > lastTok.start);
      const reading = readName(run);
      r = {
        reading,
        role: roleOf(this.mention, reading.tokens[0]?.start ?? 0, reading.prefix),
        lastTok,
        modifier: after.some((t) => ROLE_NOUNS.has(t.lower) || GROUP_HEADS_RE.test(t.lower)),
        spokesAfter: after.some((t) => SPOKES_NOUNS.has(t.lower)),
        headAfter: after.some((t) => HEAD_NOUNS.has(t.lower)),
        groupAfter: after.some((t) => GROUP_HEADS_RE.test(t.lower)),
      };
      this.readRuns[k] = r;
    }
    return r;
  }

  /** gender from an honorific in the mention ("Mr"), if any */
  get honorific(): 'm' | 'f' | null {
    const t = this.toks.find((x) => x.lower in HONORIFICS);
    return t ? HONORIFICS[t.lower]! : null;
  }

  /** the mention holds a role noun or title: a description to resolve */
  get described(): boolean {
    return (this.describedMemo ??= this.toks.some((t) => ROLE_NOUNS.has(t.lower) || isTitleWord(t.lower)));
  }

  /** the role words of a description */
  get descriptionRole(): string | null {
    if (this.roleMemo === undefined) this.roleMemo = roleOf(this.mention, this.mention.length, '');
    return this.roleMemo;
  }
}

/** Bound on the cache of parsed mentions (a parsed mention takes ~1.7 KB). */
const MENTION_CACHE_LIMIT = 2500;
const PARSED_MENTIONS = new BoundedMemo<ParsedMention | null>(MENTION_CACHE_LIMIT);

function parseMention(rawMention: string): ParsedMention | null {
  let parsed = PARSED_MENTIONS.get(rawMention);
  if (parsed === undefined) {
    const own = detached(rawMention); // (see detached: the cache keeps no clip alive)
    const mention = cleanMention(own);
    parsed = mention ? new ParsedMention(mention) : null;
    PARSED_MENTIONS.set(own, parsed);
  }
  return parsed;
}

export function resolveMention(rawMention: string, ctx: ResolveContext): Speaker {
  const parsed = parseMention(rawMention);
  if (!parsed) return NOBODY;
  const { mention, lower } = parsed;
  if (lower in SPEAKER_PRONOUNS) return resolvePronoun(lower, ctx);
  if (/\band\b/.test(lower) && !ORG_ALIASES.has(mention)) return NOBODY; // several speakers
  const org = ORG_ALIASES.get(mention) ?? ORG_ALIASES.get(mention.replace(/^the\s+/i, 'The '));
  if (org) return { name: org, kind: 'organization', role: null, gender: null };
  // the last named run that is not a modifier of a later role noun ("a Clinton spokesman")
  for (let k = 0; k < parsed.runCount; k++) {
    const { reading, role, lastTok, modifier, spokesAfter, groupAfter, headAfter } = parsed.run(k);
    if (reading.kind === 'organization') {
      if (modifier && spokesAfter) return resolveDescription(mention, ctx, parsed.toks);
      // its head speaks, not the organisation: the person when the clip names them, else nobody by name
      if (modifier && headAfter) return headSpeaker(mention, ctx, parsed);
      return { name: reading.name, kind: 'organization', role: null, gender: null };
    }
    if (reading.kind === 'place') {
      if (modifier) continue;
      const capital = CAPITALS.has(reading.name) || PLACE_ALIASES.has(reading.name);
      if (capital && !modifier) return { name: reading.name, kind: 'organization', role: null, gender: null };
      continue;
    }
    if (reading.kind === 'person' || reading.kind === 'single') {
      if (modifier && !lastTok.possessive && (spokesAfter || groupAfter)) {
        return resolveDescription(mention, ctx, parsed.toks);
      }
      // "the Fed chair", "the Tesla boss": a lone word before a head noun names what they head
      if (modifier && headAfter && reading.kind === 'single') return headSpeaker(mention, ctx, parsed);
      if (modifier && lastTok.possessive) return resolveDescription(mention, ctx, parsed.toks);
      const name = reading.name;
      const full = ctx.registry.get(name) ?? (reading.tokens.length === 1 ? ctx.registry.bySurnameAt(reading.tokens[0]!.text, ctx.at, undefined, reading.gender ?? parsed.honorific) : undefined)
        ?? (reading.tokens.length > 1 ? ctx.registry.bySurnameAt(reading.tokens[reading.tokens.length - 1]!.text, ctx.at) : undefined);
      if (full && (reading.tokens.length === 1 || foldKey(full.name).endsWith(foldKey(reading.tokens[reading.tokens.length - 1]!.text)))) {
        if (full.kind === 'organization') return { name: full.name, kind: 'organization', role: null, gender: null };
        return personSpeaker(full, role);
      }
      if (reading.kind === 'single' && (ORG_ALIASES.has(name))) return { name: ORG_ALIASES.get(name)!, kind: 'organization', role: null, gender: null };
      const single = reading.tokens.length === 1 ? reading.tokens[0]!.text : null;
      const display = single && single === single.toUpperCase() && single.length > 2 ? single[0] + single.slice(1).toLowerCase() : name;
      const gender = reading.gender ?? parsed.honorific;
      return { name: display, kind: 'person', role, gender };
    }
  }
  if (parsed.described) return { ...resolveDescription(mention, ctx, parsed.toks), role: parsed.descriptionRole };
  return NOBODY;
}

/** The role words of a mention: everything but the determiner and the name ("Kremlin spokesman"). */
function roleOf(mention: string, nameStart: number, prefix: string): string | null {
  const before = mention.slice(0, nameStart).replace(/^(?:the|a|an|his|her|their|its)\s+/i, '').trim();
  const role = [before, prefix && !before.endsWith(prefix) ? prefix : ''].filter(Boolean).join(' ').trim().replace(/,$/, '');
  if (!role) return null;
  return tokenize(role).some((t) => ROLE_NOUNS.has(t.lower) || isTitleWord(t.lower)) ? role : null;
}
