// Pass 9 — the source (publication). An e-paper or subscription prompt naming the masthead decides at once;
// otherwise every hint in the page furniture votes for a name: a known masthead, a phrase that names the site
// ("Follow X online", "X homepage"), a printed web address, the name before "©", the copyright holder, the logo
// line at the top. Hints that agree (the logo "Acme", the address acme.com) count more than any one alone.
import { BoundedMemo } from '../memo';
import { AGENCIES, MASTHEADS, REGEXPS } from './tables';
import { detached } from '../strings';
import { readerCase } from './07-header';
import type { LineMemo } from './03-features';
import { AGGREGATORS, CREDIT_HOLDERS, NOT_SITE_NAMES, PLATFORM_DOMAINS, PUBLISHING_GROUPS, SITE_PHRASES, TLDS } from './header-tables';

/** Copyright holders that are not a publication name. */
const NOT_SOURCES = /^(?:all rights reserved|the author|authors?|copyright|\d+|[a-z]{1,2}|reserved|inc|llc|ltd|policy|notice|information|info|terms|statement|permissions?|reprints?|trademarks?|riproduzione riservata|tutti i diritti riservati|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|todos os direitos reservados|все права защищены|hak cipta dilindungi(?: undang-undang)?)$|^(?:and|or|of|for|to|in|on|with|our|this|all)\s/iu;

/** The table by first word, longest names first, so "Daily Express" wins over "Daily" anything shorter. */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const name of [...MASTHEADS].sort((a, b) => b.length - a.length)) {
  const words = name.split(' ');
  const list = BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push(words);
  BY_FIRST_WORD.set(words[0]!, list);
}
/** First two characters of the table's names: a word starting otherwise (with a letter or digit) cannot start one. */
const FIRST_PAIRS = new Set(MASTHEADS.map((m) => m.charCodeAt(0) * 65536 + m.charCodeAt(1)));
/** A hash of the characters from..to of a string (the same for equal words). */
function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
/** Hashes of the first words of the table. */
const FIRST_WORD_HASHES = new Set([...BY_FIRST_WORD.keys()].map((w) => hashOf(w, 0, w.length)));
const TRIM = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** ASCII letter or digit. */
const alnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** punctuation at either end of a token (ASCII or typographic): only then the Unicode trim */
const trimToken = (t: string): string => {
  if (BY_FIRST_WORD.has(t)) return t;
  const a = t.charCodeAt(0);
  const z = t.charCodeAt(t.length - 1);
  return (a < 48 || (a > 57 && a < 65) || a > 122) || (z < 48 || (z > 57 && z < 65) || (z > 90 && z < 97) || z > 122) ? t.replace(TRIM, '') : t;
};

/** Masthead names printed in a line, whole words, case as in the table. Words are walked without splitting the
 *  line (most lines name no masthead); only from a word that starts a name is the rest split to match it out. */
export function mastheadsIn(line: string): string[] {
  if (!MASTHEAD_SIGNATURE.test(line)) return NONE;
  let found: string[] | null = null;
  for (let pos = 0; pos < line.length;) {
    let end = line.indexOf(' ', pos);
    if (end < 0) end = line.length;
    const c = line.charCodeAt(pos);
    if (end > pos && (!alnum(c) || FIRST_PAIRS.has(c * 65536 + line.charCodeAt(pos + 1)))) {
      // a word with a letter or digit at both ends is looked up by its hash first: no string is made for most words
      const plain = alnum(c) && alnum(line.charCodeAt(end - 1));
      if (plain && !FIRST_WORD_HASHES.has(hashOf(line, pos, end))) { pos = end + 1; continue; }
      const list = BY_FIRST_WORD.get(plain ? line.slice(pos, end) : trimToken(line.slice(pos, end)));
      if (list) {
        const tokens = line.slice(pos).split(' ', LONGEST_NAME_WORDS);
        const hit = list.find((words) => words.every((w, k) => k === 0 || (tokens[k] !== undefined && tokens[k] !== '' && trimToken(tokens[k]!) === w)));
        if (hit) {
          (found ??= []).push(hit.join(' '));
          // continue after the name's last word
          for (let k = 1; k < hit.length; k++) end = line.indexOf(' ', end + 1) < 0 ? line.length : line.indexOf(' ', end + 1);
        }
      }
    }
    pos = end + 1;
  }
  return found ?? NONE;
}
const NONE: string[] = [];
/** The longest word of every name, as plain case-sensitive text: a name found in a line has all its words in it, so
 *  a line with none of these (most lines) is not walked word by word. */
const MASTHEAD_SIGNATURE = new RegExp(
  [...new Set(MASTHEADS.map((m) => m.split(' ').reduce((a, b) => (b.length > a.length ? b : a))))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);
/** Words in the longest masthead name. */
const LONGEST_NAME_WORDS = Math.max(...MASTHEADS.map((m) => m.split(' ').length));

export interface SourceFound {
  source: string;
  how: 'copyright' | 'prompt' | 'masthead' | 'site' | 'domain' | 'byline';
}

/** A line that is only a web address: reader views print the site under the headline. */
const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/?$/i;

/** Copyright holders that are companies (a parent group), not the masthead itself: used only as a last resort. */
const COMPANY = /\b(?:inc|incorporated|corp|corporation|company|co|llc|ltd|limited|plc|gmbh|ag|sa|holdings?|group|media|publishing|publications|communications|newspapers|interactive|broadcasting|enterprises|services|private|organization|network|international|partners)\.?$/i;
/** A company's own words after a publishing group's name ("Hearst Media Services Connecticut"). */
const GROUP_COMPANY_WORD = /\b(?:media|services|newspapers|communications|digital|publishing|interactive|holdings|group)\b/i;

/** A news aggregator (AGGREGATORS): it publishes other publishers' stories. */
export function republishes(name: string): boolean {
  return AGGREGATORS.has(name.trim().toLowerCase());
}

/**
 * A company that owns sites, not a publication: a legal or business form at the end ("Hearst Newspapers"), a
 * publishing group, or a group's name with a company's words ("Hearst Media Services Connecticut").
 */
export function isCompanyName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if (companyOrGroup(lower)) return true;
  return PUBLISHING_GROUPS.has(lower.split(/\s+/)[0]!) && GROUP_COMPANY_WORD.test(lower);
}
/** A business form at the end of a name, or a publishing group's own name (`lower`: lower case). */
const companyOrGroup = (lower: string): boolean => COMPANY.test(lower) || PUBLISHING_GROUPS.has(lower);

/** Words around a holder's name in a copyright line. */
const COPYRIGHT_NOISE = /^(?:copyright|all rights reserved|©|\(c\))\s*|\s*(?:all rights reserved|copyright)\.?$/gi;
/** Legal form after a holder's name ("ScienceAlert Pty Ltd"): not part of the name. */
const LEGAL_FORM = /(?:,?\s+(?:pty|pvt|ltd|limited|inc|llc|plc|gmbh|s\.?a\.?|s\.?l\.?(?:u\.?)?|s\.?p\.?a\.?|s\.?r\.?l\.?|b\.?v\.?|n\.?v\.?|ag|se|sas|sarl|co)\.?)+$/i;

/** "2019 Spacenews, Inc. All Rights Reserved": a year and a holder without the © sign */
const YEAR_RIGHTS = /^(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s+([^.|,;©]{2,60}?)(?:,?\s*(?:inc|llc|ltd|limited|plc|gmbh)\.?)?\s*[.,]?\s*all rights reserved/i;
/** A publishing house's word before its paper's name ("Ediciones El País", "Verlag Der Tagesspiegel"). */
const PUBLISHING_HOUSE = /^(?:ediciones|editorial|editora|éditions|editions|edizioni|grupo|gruppo|groupe|verlag|verlagsgruppe)\s+/iu;

/** "© 2019 The Real Deal is a registered Trademark of Korangy Publishing Inc.": the mark is the publication. */
const TRADEMARK_TAIL = /\s+is an? (?:registered )?trade ?mark (?:of|owned by)\b.*$/i;
/** What follows a holder's name: a year, a dash, a bar. */
const HOLDER_TAIL = /\s+(?:\d{4}\b|[-–—|]\s).*$/;
/** Copyright lines are read up to this many characters. */
const COPYRIGHT_LINE_MAX = 200;
/** "Acme © 2019 Acme Media LLC": the site's name printed before the sign. */
const BEFORE_COPYRIGHT = /^(\p{L}[\p{L}\p{N}.&' -]{1,40}?)\s*©/u;
/** Words before "©" that label a picture ("Photo © Jane Roe": its owner is no source) … */
const PICTURE_LABEL = /^(?:photo|image|picture|foto|bild|illustration|graphic|video|credit)s?$/i;
/** … or a picture or a text, not a site (no name before the sign). */
const CREDIT_LABEL = /^(?:photo|image|picture|foto|bild|illustration|graphic|video|credit|text|texte|content|all content|copyright)s?$|rights reserved/i;

/** Furniture lines longer than this are prose (teasers, disclaimers): no masthead or site hint is read in them. */
const SOURCE_LINE_MAX = 300;
/** Known mastheads are read in lines up to this long: menus, logos, footers (a longer line is a teaser naming
 *  other papers). */
const MASTHEAD_LINE_MAX = 160;
/** The logo is among the first lines of the page. */
const LOGO_REACH = 4;
/** A logo line has at most this many words. */
const LOGO_MAX_WORDS = 3;

/**
 * Votes per kind of hint. A known masthead counts once per line (a single mention loses to a copyright holder,
 * two win, as a masthead named twice is the site's own); phrases and addresses count per distinct line up to
 * HINT_LINES; each further kind of hint agreeing on the same name adds AGREEMENT.
 */
const VOTES = { masthead: 1, multiWord: 0.5, site: 1.5, domain: 1, beforeSign: 1.5, copyright: 1.9, company: 0.5, logo: 1, byline: 1.5 };
const HINT_LINES = 3;
/** A web address with no other hint must be printed on this many lines. */
const DOMAIN_ALONE_LINES = 2;
const AGREEMENT = 1;
/** Which printed form of a name to show, best first. */
const NAME_RANK = { masthead: 5, copyright: 4, site: 4, beforeSign: 4, byline: 4, company: 3, logo: 2, domain: 1 } as const;
type Kind = keyof typeof NAME_RANK;

/** Printed web addresses (also inside e-mail addresses): group 1 the host, group 2 the name before the top level. */
const DOMAIN_IN_TEXT = new RegExp(
  `(?<![\\w.-])(?:https?://)?((?:[a-z0-9-]+\\.)*?([a-z0-9][a-z0-9-]*)\\.(?:${TLDS.map((t) => t.replace('.', '\\.')).join('|')}))(?![\\w-]|\\.[a-z])`,
  'gi',
);
/** A top level written in capitals is a sentence run together ("said.It"), unless it is one of these. */
const CAPITAL_TLD = /\.(?:Net|Com|Org|NET|COM|ORG)$/;

/** The key names are compared by: lower case, letters and digits only, without a leading "the". */
function keyOf(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
    // copies (see detached): a name cut from a page kept the whole page alive, ~4 KB an entry in an import (the
    // key too can be the name itself, unchanged by lower case and replace)
    KEYS.set(detached(name), (key = detached(key)));
  }
  return key;
}
/** Keys of names already seen (mastheads are voted for at every mention). */
const KEYS_MAX = 2000;
const KEYS = new BoundedMemo<string>(KEYS_MAX);

function copyrightHolder(line: string): string | null {
  // "Photo © Jane Roe": the picture's owner, not the page's
  const label = /^(\p{L}+)\s*©/u.exec(line);
  if (label && PICTURE_LABEL.test(label[1]!)) return null;
  // "© 2000—2019. Acme": an em dash between the years reads like a hyphen
  const text = line.replace(/(\d{4})\s*—\s*(\d{4})/, '$1-$2').replace(TRADEMARK_TAIL, '');
  const m = REGEXPS.copyright.exec(text) ?? YEAR_RIGHTS.exec(text);
  if (!m) return null;
  let name = m[1]!.replace(COPYRIGHT_NOISE, '').replace(/^(?:by)\s+/i, '').trim();
  name = name.replace(/^\d{4}(?:\s*[-–]\s*\d{4})?\s*/, '').trim();
  name = name.replace(HOLDER_TAIL, '').trim(); // "Inexhibit 2019 - ISSN …": the name before a year or a dash
  name = name.replace(LEGAL_FORM, '').trim();
  if (!name || NOT_SOURCES.test(name) || !/^\p{L}/u.test(name) || /[()]/.test(name)) return null;
  if (name.split(/\s+/).length > 6 || !/\p{L}{2}/u.test(name)) return null;
  // a photo or wire credit ("© Reuters", "© Getty Images") names who took the picture, not the publisher
  // (an agency is the publisher on its own site: "© 2019 The Associated Press. All rights reserved.")
  const lower = name.toLowerCase();
  if (CREDIT_HOLDERS.has(lower) || (AGENCIES.has(lower) && !/\d{4}|rights reserved/i.test(line))) return null;
  return name;
}

interface Candidate {
  name: string;
  rank: number;
  votes: number;
  kinds: Set<Kind>;
  lines: Map<Kind, number>;
}

/** A vote a line casts, read from the line alone. */
export interface Hint {
  name: string;
  kind: Kind;
  votes: number;
  key: string;
}

/** What one furniture line (up to SOURCE_LINE_MAX) says about the source, read from the line alone. */
export interface LineReading {
  /** the e-paper or subscription prompt's masthead, when the line is one */
  prompt: SourceFound | null;
  /** known mastheads printed in it */
  names: string[];
  /** it may name a copyright holder */
  copyright: boolean;
  /** site phrases, web addresses, the name before "©", in that order */
  hints: Hint[];
  /** copyrightHolder of the line, once read (undefined: not read yet) */
  holder: string | null | undefined;
}

/** The prompt's masthead, when the line is an e-paper or subscription prompt. */
function promptOf(line: string): SourceFound | null {
  if (!promptHint(line)) return null;
  const m = REGEXPS.masthead.exec(line);
  return m && m[1] ? { source: mastheadsIn(line)[0] ?? m[1].trim(), how: 'prompt' } : null;
}

function readLine(line: string): LineReading {
  const prompt = promptOf(line);
  const names = line.length <= MASTHEAD_LINE_MAX ? mastheadsIn(line) : NONE;
  const any = ANY_HINT.test(line);
  const copyright = any && copyrightHint(line);
  const hints: Hint[] = [];
  if (any && SITE_PHRASE_HINT.test(line)) {
    for (const phrase of SITE_PHRASES) {
      const m = phrase.exec(line);
      const name = m?.[1]?.trim().replace(/[.:,;]+$/, '');
      if (name && !NOT_SITE_NAMES.has(name.toLowerCase())) {
        const domain = DOMAIN_LINE.test(name);
        hints.push({ name, kind: domain ? 'domain' : 'site', votes: domain ? VOTES.domain : VOTES.site, key: hostKey(name) });
      }
    }
  }
  if (any && ADDRESS_HINT.test(line)) {
    const hosts = new Set<string>();
    DOMAIN_IN_TEXT.lastIndex = 0; // (exec in a loop: matchAll would copy the pattern for every line)
    for (let m = DOMAIN_IN_TEXT.exec(line); m; m = DOMAIN_IN_TEXT.exec(line)) {
      const host = m[1]!.replace(/^www\./i, '');
      const stem = m[2]!.toLowerCase();
      if (PLATFORM_DOMAINS.has(stem) || stem.length < 2 || (/[A-Z]/.test(host.slice(host.lastIndexOf('.'))) && !CAPITAL_TLD.test(host))) continue;
      if (!hosts.has(stem)) { hosts.add(stem); hints.push({ name: host, kind: 'domain', votes: VOTES.domain, key: stem }); }
    }
  }
  if (copyright) {
    const before = BEFORE_COPYRIGHT.exec(line)?.[1]?.trim();
    if (before && !CREDIT_LABEL.test(before)) hints.push({ name: before, kind: 'beforeSign', votes: VOTES.beforeSign, key: keyOf(before) });
  }
  return { prompt, names, copyright, hints, holder: undefined };
}

/** The reading of a line kept in its memo (see LineMemo): copies of the strings cut from the line. */
function lineReading(line: string, memo: LineMemo | undefined): LineReading {
  if (!memo) return readLine(line);
  if (memo.source === undefined) {
    const read = readLine(line);
    memo.source = {
      prompt: read.prompt && { ...read.prompt, source: detached(read.prompt.source) },
      names: read.names,
      copyright: read.copyright,
      hints: read.hints.map((h) => ({ ...h, name: detached(h.name), key: detached(h.key) })),
      holder: undefined,
    };
  }
  return memo.source;
}

/** `furniture`: page lines outside the article body, in page order; `header`: the lines between headline and body. */
/** `memos`: the memo of each furniture line, where the page's words pass has one (its reading is kept there). */
/** `fromByline`: the publication the byline names ("By JANE ROE | The Valley Herald"), a hint like a site phrase. */
export function findSource(furniture: readonly string[], header: readonly string[] = [], memos: ReadonlyArray<LineMemo | undefined> = [], fromByline?: string): SourceFound | null {
  // 1. an e-paper or subscription prompt names the masthead itself (read in the same pass as the hints below;
  // the first one decides)
  let prompt: SourceFound | null = null;

  // 2. every hint votes for a name
  const candidates = new Map<string, Candidate>();
  const vote = (name: string, kind: Kind, votes: number, key = keyOf(name)): void => {
    if (!key) return;
    let c = candidates.get(key);
    if (!c) { c = { name, rank: NAME_RANK[kind], votes: 0, kinds: new Set(), lines: new Map() }; candidates.set(key, c); }
    const lines = c.lines.get(kind) ?? 0;
    if (kind !== 'masthead' && lines >= HINT_LINES) return;
    c.lines.set(kind, lines + 1);
    c.votes += votes;
    c.kinds.add(kind);
    if (NAME_RANK[kind] > c.rank) { c.name = name; c.rank = NAME_RANK[kind]; }
  };
  if (fromByline) vote(fromByline, 'byline', VOTES.byline);
  const seen = new Set<string>(); // menus repeat: each distinct line is read once …
  const copyrightAt: boolean[] = [];
  for (let i = 0; i < furniture.length; i++) {
    const line = furniture[i]!;
    if (line.length > SOURCE_LINE_MAX) { copyrightAt[i] = copyrightHint(line); prompt ??= promptOf(line); continue; }
    const r = lineReading(line, memos[i]);
    copyrightAt[i] = r.copyright;
    // … but a known masthead counts each time it is printed
    for (const name of r.names) vote(name, 'masthead', VOTES.masthead);
    // (a line with no prompt and no hint, most lines, has nothing more to read, printed again or not: not kept)
    if (r.prompt === null && r.hints.length === 0) continue;
    if (seen.has(line)) continue;
    seen.add(line);
    prompt ??= r.prompt && { ...r.prompt };
    for (const h of r.hints) vote(h.name, h.kind, h.votes, h.key);
  }
  if (prompt) return prompt;
  // the copyright holder, from the bottom up: the first one that is not a company; companies weakly
  for (let i = furniture.length - 1; i >= 0; i--) {
    const line = furniture[i]!;
    if (!copyrightAt[i]) continue;
    const holder = holderOf(line, memos[i]);
    if (!holder) continue;
    // "© EDICIONES EL PAÍS S.L.": the publishing house named after its paper; the paper is the publication
    const paper = PUBLISHING_HOUSE.test(holder) ? mastheadsIn(readerCase(holder).replace(PUBLISHING_HOUSE, ''))[0] : undefined;
    if (paper) { vote(paper, 'copyright', VOTES.copyright); break; }
    if (companyOrGroup(holder.toLowerCase())) { vote(holder, 'company', VOTES.company); continue; }
    vote(holder, 'copyright', VOTES.copyright);
    break;
  }
  // the logo: a short line at the top, counted only for a name that a site hint names too (network menus list
  // sister mastheads at the top)
  for (let i = 0; i < Math.min(LOGO_REACH, furniture.length); i++) {
    const line = furniture[i]!.trim();
    if (line.split(/\s+/).length > LOGO_MAX_WORDS) continue;
    const c = candidates.get(hostKey(line));
    if (c && !c.kinds.has('logo') && [...c.kinds].some((k) => k !== 'masthead')) vote(line, 'logo', VOTES.logo, hostKey(line));
  }

  let best: Candidate | null = null;
  let bestVotes = 0;
  for (const c of candidates.values()) {
    // an address printed once, and nothing else naming it, is any link
    if (c.kinds.size === 1 && c.kinds.has('domain') && (c.lines.get('domain') ?? 0) < DOMAIN_ALONE_LINES) continue;
    // (a masthead of several words is less likely a word of the text: "Time" against "The Atlantic")
    const votes = c.votes + AGREEMENT * (c.kinds.size - 1) + (c.kinds.has('masthead') && c.name.includes(' ') ? VOTES.multiWord : 0);
    if (votes > bestVotes) { best = c; bestVotes = votes; }
  }
  if (best) {
    const how: SourceFound['how'] = best.kinds.has('masthead') ? 'masthead' : best.kinds.has('copyright') || best.kinds.has('company') ? 'copyright'
      : best.kinds.has('site') || best.kinds.has('beforeSign') ? 'site' : best.kinds.has('byline') ? 'byline' : 'domain';
    return { source: best.name, how };
  }
  for (const line of header) {
    const m = DOMAIN_LINE.exec(line);
    if (m) return { source: m[1]!.toLowerCase(), how: 'domain' };
  }
  return null;
}

/** The copyright holder a line names, remembered in the line's reading when it has a memo (a site's footer comes
 *  back on every page). A long footer paragraph may open with its copyright line: its start only is read. */
function holderOf(line: string, memo: LineMemo | undefined): string | null {
  const read = (): string | null => copyrightHolder(line.length > COPYRIGHT_LINE_MAX ? line.slice(0, COPYRIGHT_LINE_MAX) : line);
  const reading = line.length <= SOURCE_LINE_MAX && memo ? lineReading(line, memo) : null;
  if (!reading) return read();
  if (reading.holder === undefined) {
    const holder = read();
    // (a copy: a piece of the line would keep the whole clip alive)
    reading.holder = holder === null ? null : detached(holder);
  }
  return reading.holder;
}

/** The key of a name or of a web address ("Acme.com", "www.acme.co.uk" → "acme"). */
function hostKey(name: string): string {
  const m = DOMAIN_LINE.exec(name);
  if (!m) return keyOf(name);
  const labels = m[1]!.toLowerCase().split('.');
  // the label before the top level (two-part top levels: co.uk, com.au …)
  const two = labels.length >= 3 && TLDS.includes(labels.slice(-2).join('.'));
  return keyOf(labels[labels.length - (two ? 3 : 2)]!);
}

/** Only a line with one of the prompt's closing words can be a prompt (a cheap test before the pattern). */
const PROMPT_HINT = /paper|app|digital|newsletter|online/;
const promptHint = (line: string): boolean => PROMPT_HINT.test(line);
/** Only these lines can name a copyright holder (a cheap test before the patterns; case-sensitive is faster). */
const COPYRIGHT_HINT = /©|\([cC]\)|opyright|OPYRIGHT|[Rr]ights [Rr]eserved|RIGHTS RESERVED/;
const copyrightHint = (line: string): boolean => COPYRIGHT_HINT.test(line);
/** Words one of SITE_PHRASES needs (one pass before the patterns). */
const SITE_PHRASE_HINT = /home ?page|main menu|follow|by its|subscribe|source|thanks for reading/i;
/** A printed address has a letter or digit, a dot and a letter with no space between. */
const ADDRESS_HINT = /[a-z0-9]\.[a-z]/i;
/** Any of the hints above (one pass for most lines, which have none). */
const ANY_HINT = /[a-z0-9]\.[a-z]|©|\(c\)|opyright|ights reserved|home ?page|main menu|follow|by its|subscribe|source|thanks for reading/i;
