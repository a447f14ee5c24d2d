// Automatic tags: the people, organisations and places named in a clip, under canonical names, plus a few
// topics from a phrase table. Pure: reads the cleaned article and its quotations, nothing else.
import type { AutoTag, CleanedText, Quote, TagKind } from '../../shared/article';
import { TOPIC_MIN_MENTIONS, TOPIC_PHRASES } from '../lexicon/topics';
import { ORG_ALIASES, WEAK_ORG_ALIASES } from '../lexicon/organizations';
import { PLACE_ALIASES } from '../lexicon/places';
import { buildRegistry, foldKey } from '../quotes/03-people';
import { capitalisedTokens } from '../quotes/tokens';

/** Order of kinds in the output. */
const KIND_ORDER: readonly TagKind[] = ['person', 'organization', 'place', 'topic'];

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

/** Words of the topic table: letters, digits and hyphens, as the phrases are written. */
const TOPIC_WORD = '[\\p{L}\\p{N}-]';
/** The first words of all topic phrases, found in one scan of the lower-cased text. */
const TOPIC_FIRST_WORD_RE = new RegExp(
  `(?<!${TOPIC_WORD})(?:${[...new Set(TOPIC_PHRASES.flatMap(([, ps]) => ps.map((p) => p.split(' ')[0]!)))].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?!${TOPIC_WORD})`,
  'gu',
);
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

/** Escaped for a /u regex (where "-" outside a class must stay as it is). */
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

/** Topics whose phrases (whole words) occur at least TOPIC_MIN_MENTIONS times: one scan for first words. */
function topics(text: string): string[] {
  const lower = text.toLowerCase();
  const hits = new Array<number>(TOPIC_PHRASES.length).fill(0);
  const re = TOPIC_FIRST_WORD_RE;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    for (const [k, rest] of PHRASES_BY_FIRST.get(m[0]) ?? []) {
      if (!rest.length || wordsFollow(lower, m.index + m[0].length, rest)) hits[k]!++;
    }
  }
  return TOPIC_PHRASES.filter((_, k) => hits[k]! >= TOPIC_MIN_MENTIONS).map(([topic]) => topic);
}

export function extractTags(article: CleanedText, quotes: Quote[]): AutoTag[] {
  const parts = [article.title ?? '', article.subtitle ?? '', article.body ?? '', ...(article.captions ?? [])].filter(Boolean);
  const text = parts.join('\n\n');
  const tags = new Map<string, AutoTag>();
  const add = (name: string, kind: TagKind): void => {
    const key = `${kind}:${foldKey(name)}`;
    if (!tags.has(key) && name.trim()) tags.set(key, { name: name.trim(), kind });
  };
  if (text.trim()) {
    const registry = buildRegistry(text);
    const people = new Set<string>();
    for (const e of registry.entities) {
      if (e.kind === 'person') {
        // a person tag needs a first and a last name, or to be quoted
        if (e.name.includes(' ')) {
          add(e.name, 'person');
          people.add(foldKey(e.name));
        }
      } else if (e.kind === 'organization') {
        if (!WEAK_ORG_ALIASES.has(e.name)) add(e.name, 'organization');
      } else add(e.name, 'place');
    }
    // places written in forms that are not capitalised runs of their own ("the US leader")
    for (const t of capitalisedTokens(text)) {
      const place = PLACE_ALIASES.get(t.text);
      if (place && t.text.length > 1 && t.capitalised) add(place, 'place');
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
  return [...tags.values()].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}
