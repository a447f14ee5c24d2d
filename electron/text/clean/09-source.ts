// Pass 9 — the source (publication): a copyright line, an e-paper or subscription prompt naming the
// masthead, else a known masthead printed outside the article. Counted over the whole page in one pass each.
import { MASTHEADS, REGEXPS } from './tables';

/** Copyright holders that are not a publication name. */
const NOT_SOURCES = /^(?:all rights reserved|the author|authors?|copyright|\d+|[a-z]{1,2}|reserved|inc|llc|ltd)$/i;

/** The table by first word, longest names first, so "Daily Express" wins over "Daily" anything shorter. */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const name of [...MASTHEADS].sort((a, b) => b.length - a.length)) {
  const words = name.split(' ');
  const list = BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push(words);
  BY_FIRST_WORD.set(words[0]!, list);
}
const TRIM = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Masthead names printed in a line, whole words, case as in the table (one pass over the tokens). */
function mastheadsIn(line: string): string[] {
  const found: string[] = [];
  const tokens = line.split(' ');
  const token = (i: number): string | undefined => {
    const t = tokens[i];
    if (t === undefined || t === '' || BY_FIRST_WORD.has(t)) return t;
    const a = t.charCodeAt(0);
    const z = t.charCodeAt(t.length - 1);
    // punctuation at either end (ASCII or typographic): only then the Unicode trim
    return (a < 48 || (a > 57 && a < 65) || a > 122) || (z < 48 || (z > 57 && z < 65) || (z > 90 && z < 97) || z > 122) ? t.replace(TRIM, '') : t;
  };
  for (let i = 0; i < tokens.length; i++) {
    const list = BY_FIRST_WORD.get(token(i)!);
    if (!list) continue;
    for (const words of list) {
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = token(i + k) === words[k];
      if (ok) { found.push(words.join(' ')); i += words.length - 1; break; }
    }
  }
  return found;
}

export interface SourceFound {
  source: string;
  how: 'copyright' | 'prompt' | 'masthead' | 'domain';
}

/** A line that is only a web address: reader views print the site under the headline. */
const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;

/** Copyright holders that are companies (a parent group), not the masthead itself: used only as a last resort. */
const COMPANY = /\b(?:inc|incorporated|corp|corporation|company|co|llc|ltd|limited|plc|gmbh|ag|sa|holdings?|group|media|publishing|publications|communications|newspapers|interactive|broadcasting|enterprises|services|private|organization|network|international|partners)\.?$/i;
/** Words around a holder's name in a copyright line. */
const COPYRIGHT_NOISE = /^(?:copyright|all rights reserved|©|\(c\))\s*|\s*(?:all rights reserved|copyright)\.?$/gi;

/** "2019 Spacenews, Inc. All Rights Reserved": a year and a holder without the © sign */
const YEAR_RIGHTS = /^(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s+([^.|,;©]{2,60}?)(?:,?\s*(?:inc|llc|ltd|limited|plc|gmbh)\.?)?\s*[.,]?\s*all rights reserved/i;
/** What follows a holder's name: a year, a dash, a bar. */
const HOLDER_TAIL = /\s+(?:\d{4}\b|[-–—|]\s).*$/;
/** Copyright lines are read up to this many characters. */
const COPYRIGHT_LINE_MAX = 200;

function copyrightHolder(line: string): string | null {
  const m = REGEXPS.copyright.exec(line) ?? YEAR_RIGHTS.exec(line);
  if (!m) return null;
  let name = m[1]!.replace(COPYRIGHT_NOISE, '').replace(/^(?:by)\s+/i, '').trim();
  name = name.replace(/^\d{4}(?:\s*[-–]\s*\d{4})?\s*/, '').trim();
  name = name.replace(HOLDER_TAIL, '').trim(); // "Inexhibit 2019 - ISSN …": the name before a year or a dash
  if (!name || NOT_SOURCES.test(name) || !/^\p{L}/u.test(name) || /[()]/.test(name)) return null;
  if (name.split(/\s+/).length > 6 || !/\p{L}{2}/u.test(name)) return null;
  return name;
}

/** `furniture`: page lines outside the article body; `header`: the lines between headline and body. */
export function findSource(furniture: readonly string[], header: readonly string[] = []): SourceFound | null {
  // 1. an e-paper or subscription prompt names the masthead itself
  for (const line of furniture) {
    const m = REGEXPS.masthead.exec(line);
    if (m && m[1]) {
      const table = mastheadsIn(line);
      return { source: table[0] ?? m[1].trim(), how: 'prompt' };
    }
  }
  // 2. a known masthead printed in the page furniture (logo text, footer, "More from …")
  const counts = new Map<string, number>();
  const seen = new Map<string, string[]>(); // menus repeat: each distinct line is read once
  for (const line of furniture) {
    if (line.length > 300) continue;
    let names = seen.get(line);
    if (!names) { names = mastheadsIn(line); seen.set(line, names); }
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestN = 0;
  for (const [name, count] of counts) {
    const weight = count + (name.includes(' ') ? 0.5 : 0);
    if (weight > bestN) { best = name; bestN = weight; }
  }
  // 3. the copyright holder, from the bottom up; a company name only when nothing better turns up
  let company: string | null = null;
  for (let i = furniture.length - 1; i >= 0; i--) {
    const line = furniture[i]!;
    // a long footer paragraph may open with its copyright line: read its start only
    const holder = copyrightHolder(line.length > COPYRIGHT_LINE_MAX ? line.slice(0, COPYRIGHT_LINE_MAX) : line);
    if (!holder) continue;
    if (!COMPANY.test(holder)) return best && bestN >= 2 ? { source: best, how: 'masthead' } : { source: holder, how: 'copyright' };
    company ??= holder;
  }
  if (best) return { source: best, how: 'masthead' };
  if (company) return { source: company, how: 'copyright' };
  for (const line of header) {
    const m = DOMAIN_LINE.exec(line);
    if (m) return { source: m[1]!.toLowerCase(), how: 'domain' };
  }
  return null;
}
