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

/** Cheap test before the byline parser: an opener word, an agency name, or a capitalised name then a digit. */
const BYLINE_HINT = /^\W*(?:by|von|par|por|di|da|door|oleh|от|автор|text|texte|autor|author|reporter|written|reported|words|story|analysis|photos?)\b|\b(?:AFP|Reuters|AP|Associated Press|Bernama|PA|DPA|dpa|Xinhua|PTI|IANS|ANI|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|Bloomberg)\b|^\p{Lu}[\p{L}.'-]+\s+\p{Lu}[^\d]*\d/u;
/** Blocks up to this long are compared for repetition with punctuation ignored. */
const KEY_NORMALIZE_MAX = 200;
/** Byline and date lines are short; longer lines are not checked for that shape. */
const HEADER_LINE_MAX_WORDS = 12;

/** Boilerplate phrases only judge short blocks: a long paragraph that mentions "subscribe" is still prose. */
const BOILERPLATE_MAX_WORDS = 32;
/** A cookie notice is furniture at any length. */
const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:we use|uses cookies|accept|consent|cookie policy|cookie settings)\b/i;

/** The text a repeated line is recognised by: lower case, punctuation ignored (ASCII-only class: fast). */
export const normalizeKey = (text: string): string => text.toLowerCase().replace(/[\s.,;:!?'"“”‘’()[\]|•·–—-]+/g, ' ').trim();

export function boilerplateReason(text: string, words: number): string | null {
  if (words > BOILERPLATE_MAX_WORDS) return COOKIE.test(text) && COOKIE_CONTEXT.test(text) ? 'cookie notice' : null;
  const bare = text.replace(REGEXPS.bullet, '');
  for (const [reason, re] of BOILERPLATE) if (re.test(bare)) return reason;
  return null;
}

/** Words that start with a capital letter (after an opening quote or bracket). A character loop: no regex. */
function capitalised(text: string): number {
  let n = 0;
  let start = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ') { start = true; continue; }
    if (!start) continue;
    if (ch === '(' || ch === '“' || ch === '"' || ch === "'" || ch === '‘') continue;
    start = false;
    const c = ch.charCodeAt(0);
    if (c < 128 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase()) n++;
  }
  return n;
}

/** Words of every block: computed once, used for the language and for the features. */
export function blockWords(blocks: readonly Block[]): string[][] {
  return blocks.map((b) => wordsOf(b.text));
}

export function measure(blocks: readonly Block[], lang: string, words: readonly string[][] = blockWords(blocks)): Features[] {
  const counts = new Map<string, number>();
  // long blocks repeat rarely and then word for word: only short ones get the punctuation-blind key
  const keys = blocks.map((b) => (b.text.length <= KEY_NORMALIZE_MAX ? normalizeKey(b.text) : b.text));
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  const script = isScriptLanguage(lang);
  return blocks.map((b, i) => {
    const w = words[i]!;
    const capital = w.length ? capitalised(b.text) / w.length : 0;
    return {
      chars: b.text.length,
      words: script ? Math.ceil(b.text.length / 2) : w.length,
      stop: stopwordDensity(w, lang),
      sentence: REGEXPS.sentenceEnd.test(b.text),
      puncts: (b.text.match(REGEXPS.sentencePunct) ?? []).length,
      caps: Math.min(1, capital),
      repeated: (counts.get(keys[i]!) ?? 1) - 1,
      boilerplate: boilerplateReason(b.text, w.length),
      bullet: REGEXPS.bullet.test(b.text),
      script,
      headerLine: w.length <= HEADER_LINE_MAX_WORDS && w.length > 0
        && (REGEXPS.dateLine.test(b.text) || REGEXPS.commentHeader.test(b.text) || (BYLINE_HINT.test(b.text) && parseByline(b.text) !== null)),
    };
  });
}
