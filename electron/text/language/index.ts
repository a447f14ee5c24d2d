// Language of a text: by script for languages with their own (ja, ko, zh, el, ar, he, th, uk/ru by words),
// else by which stop-word list covers the most words. Pure and linear in the text length.
import { STOPWORDS, STOPWORD_LANGUAGES } from './stopwords';

export { STOPWORDS };

/** Scripts that name a language on their own (share of letters needed: see SCRIPT_SHARE). */
const SCRIPTS: ReadonlyArray<{ lang: string; re: RegExp }> = [
  { lang: 'ja', re: /[\u3040-\u30ff]/gu }, // kana: only Japanese uses it
  { lang: 'ko', re: /[\uac00-\ud7af\u1100-\u11ff]/gu }, // hangul
  { lang: 'zh', re: /[\u4e00-\u9fff]/gu }, // han without kana
  { lang: 'el', re: /[\u0370-\u03ff]/gu },
  { lang: 'ar', re: /[\u0600-\u06ff]/gu },
  { lang: 'he', re: /[\u0590-\u05ff]/gu },
  { lang: 'th', re: /[\u0e00-\u0e7f]/gu },
];
/** A script wins when this share of the letters is written in it. */
const SCRIPT_SHARE = 0.2;
/** Japanese text mixes kana with many han characters: a small kana share is enough. */
const KANA_SHARE = 0.05;
/** Only look at this many characters: language does not change half-way through a page. */
const SAMPLE_CHARS = 20000;

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** word → the languages whose stop-word list holds it (one lookup per word instead of one per language) */
const STOPWORD_INDEX = new Map<string, string[]>();
for (const lang of STOPWORD_LANGUAGES) {
  for (const w of STOPWORDS[lang]!) {
    const langs = STOPWORD_INDEX.get(w);
    if (langs) langs.push(lang);
    else STOPWORD_INDEX.set(w, [lang]);
  }
}

/** Lower-cased words of a text (letters, apostrophes and inner hyphens). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** BCP 47 code of the text's language; `fallback` when there is too little to tell. */
export function detectLanguage(text: string, fallback = 'en'): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return fallback;
  const kana = (sample.match(SCRIPTS[0]!.re) ?? []).length;
  if (kana / letters >= KANA_SHARE) return 'ja';
  for (const { lang, re } of SCRIPTS.slice(1)) {
    if ((sample.match(re) ?? []).length / letters >= SCRIPT_SHARE) return lang;
  }
  const counts = new Map<string, number>();
  for (const w of wordsOf(sample)) {
    const langs = STOPWORD_INDEX.get(w);
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = fallback;
  let bestCount = 2; // fewer hits than this: not enough evidence
  for (const [lang, n] of counts) if (n > bestCount) { best = lang; bestCount = n; }
  return best;
}

/** Share of words that are stop words of `lang` (0 when the language has no list). */
export function stopwordDensity(words: readonly string[], lang: string): number {
  const list = STOPWORDS[lang];
  if (!list || words.length === 0) return 0;
  let n = 0;
  for (const w of words) if (list.has(w)) n++;
  return n / words.length;
}

/** True for languages written without spaces between words (stop-word density means nothing there). */
export function isScriptLanguage(lang: string): boolean {
  return lang === 'ja' || lang === 'ko' || lang === 'zh' || lang === 'th';
}
