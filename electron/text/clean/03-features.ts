// Pass 3 — features: what the classifier looks at, measured once per block (linear in the text).
import { isScriptLanguage, stopwordDensity, wordsOf } from '../language';
import { BOILERPLATE, REGEXPS } from './tables';
import type { Block } from './02-blocks';
import { parseByline } from './07-header';

export interface Features {
  chars: number;
  words: number;
  /** share of stop words of the page language */
  stop: number;
  /** ends like a sentence */
  sentence: boolean;
  /** sentence punctuation marks inside */
  puncts: number;
  /** share of words that start with a capital (menus and headlines are Title Case) */
  caps: number;
  /** the same text appears elsewhere on the page */
  repeated: number;
  /** first boilerplate table entry that matches, or null */
  boilerplate: string | null;
  /** starts with a bullet */
  bullet: boolean;
  /** letters in a script without spaces (ja, ko, zh): characters count instead of words */
  script: boolean;
  /** a date-only line, a byline or a comment header: the header of some story */
  headerLine: boolean;
}

/** Byline and date lines are short; longer lines are not checked for that shape. */
const HEADER_LINE_MAX_WORDS = 12;

/** Boilerplate phrases only judge short blocks: a long paragraph that mentions "subscribe" is still prose. */
const BOILERPLATE_MAX_WORDS = 32;
/** A cookie notice is furniture at any length. */
const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:we use|uses cookies|accept|consent|cookie policy|cookie settings)\b/i;

export const normalizeKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function boilerplateReason(text: string, words: number): string | null {
  if (words > BOILERPLATE_MAX_WORDS) return COOKIE.test(text) && COOKIE_CONTEXT.test(text) ? 'cookie notice' : null;
  const bare = text.replace(REGEXPS.bullet, '');
  for (const [reason, re] of BOILERPLATE) if (re.test(bare)) return reason;
  return null;
}

export function measure(blocks: readonly Block[], lang: string): Features[] {
  const counts = new Map<string, number>();
  const keys = blocks.map((b) => normalizeKey(b.text));
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  const script = isScriptLanguage(lang);
  return blocks.map((b, i) => {
    const w = wordsOf(b.text);
    const capital = w.length ? (b.text.match(/(?:^|[\s(“"'‘])\p{Lu}/gu) ?? []).length / w.length : 0;
    return {
      chars: b.text.length,
      words: script ? Math.ceil((b.text.match(/\p{L}/gu) ?? []).length / 2) : w.length,
      stop: stopwordDensity(w, lang),
      sentence: REGEXPS.sentenceEnd.test(b.text),
      puncts: (b.text.match(REGEXPS.sentencePunct) ?? []).length,
      caps: Math.min(1, capital),
      repeated: (counts.get(keys[i]!) ?? 1) - 1,
      boilerplate: boilerplateReason(b.text, w.length),
      bullet: REGEXPS.bullet.test(b.text),
      script,
      headerLine: w.length <= HEADER_LINE_MAX_WORDS
        && (REGEXPS.dateLine.test(b.text) || REGEXPS.commentHeader.test(b.text) || parseByline(b.text) !== null),
    };
  });
}
