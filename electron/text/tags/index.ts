// Automatic tags: the people, organisations and places named in a clip, under canonical names, plus a few
// topics from a phrase table. Pure: reads the cleaned article and its quotations, nothing else.
import type { AutoTag, CleanedText, Quote, TagKind } from '../../shared/article';
import { TOPIC_MIN_MENTIONS, TOPIC_PHRASES } from '../lexicon/topics';
import { ORG_ALIASES, WEAK_ORG_ALIASES } from '../lexicon/organizations';
import { PLACE_ALIASES } from '../lexicon/places';
import { buildRegistry, foldKey } from '../quotes/03-people';
import { tokenize } from '../quotes/tokens';

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

function topics(text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
  const out: string[] = [];
  for (const [topic, phrases] of TOPIC_PHRASES) {
    let hits = 0;
    for (const p of phrases) {
      let at = lower.indexOf(` ${p} `);
      while (at >= 0) {
        hits++;
        at = lower.indexOf(` ${p} `, at + p.length + 1);
      }
    }
    if (hits >= TOPIC_MIN_MENTIONS) out.push(topic);
  }
  return out;
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
    for (const t of tokenize(text)) {
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
