// The benchmark corpus: real clippings (the shared evaluation texts, read at run time and never copied into
// the repo) varied into as many unique clips as asked — paragraphs dropped, mixed in from other articles and
// shuffled, people renamed, dates moved, a different publication in the footer — and written as .txt files.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** folders (relative to the folder beside the repo that holds `shared/`) whose *.txt files seed the corpus */
export const SOURCE_FOLDERS = ['eval/cleaning', 'eval/quotes', 'examples'];
/** clip files per sub-folder of the corpus */
const FILES_PER_FOLDER = 1000;
/** a block counts as article prose from this many characters with sentence punctuation … */
const PROSE_MIN_CHARS = 120;
/** … and this many words (or, in scripts written without spaces, this many of their characters) */
const PROSE_MIN_WORDS = 18;
const PROSE_MIN_CJK = 60;
/** share of an article's own prose paragraphs kept in a variant */
const KEEP_OWN_SHARE = 0.75;
/** prose paragraphs borrowed from other articles into a variant: at least one, at most this many */
const MAX_BORROWED = 4;
/** chance that each detected person gets another surname */
const RENAME_CHANCE = 0.5;
/** years move by up to this much either way */
const YEAR_SHIFT = 6;

const REGEXPS = {
  blockSplit: /\n[ \t]*\n/,
  sentenceEnd: /[.!?]["'”’)]?(\s|$)|[。！？]/,
  words: /\S+/g,
  cjk: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu,
  /** "Firstname Lastname" where the first name is a known given name */
  person: /\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b/g,
  year: /\b(19[89]\d|20[0-2]\d)\b/g,
  month: /\b(January|February|March|April|June|July|August|September|October|November|December)\b/g,
};

const GIVEN_NAMES = new Set(
  `James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer Linda Elizabeth
  Barbara Susan Jessica Sarah Karen Nancy Lisa Donald Hillary Bernie Barack Joe Mike Paul Vladimir Dmitry Sergei
  Boris Emmanuel Angela Theresa Jeremy Nicola Keir Rishi Jill Gary Tim Ted Marco Jeb Chris Kellyanne Huma Bill
  Chelsea Ivanka Melania Michelle Anthony Kevin Nancy Chuck Mitch Rudy Steve Sean Rex Jared Eric Ben Newt Rand
  Scott Mark Peter George Andrew Daniel Matthew Alexander Anna Maria Elena Olga Natalia Sophie Emma Laura Julia`.split(/\s+/),
);
const SURNAMES = `Abernathy Achebe Adeyemi Albrecht Alvarez Amundsen Andersson Aoki Arce Arkwright Baptiste Barros Becker
  Bellamy Benedetti Bergstrom Bianchi Blackwood Bogdan Brennan Brodsky Cabral Caldwell Carvalho Castellano Chowdhury
  Costa Cruz Dalgaard Delacroix Demir Donnelly Dragomir Dubois Eriksen Esposito Falk Farouk Fenwick Ferreira Fitzgerald
  Fonseca Gallagher Garnier Gruber Haddad Halvorsen Hartmann Hayashi Horvat Ibrahim Ivanova Jablonski Jansen Kaminski
  Karlsson Kazemi Keller Kowalczyk Kruger Lachance Lindqvist Lombardi Lund Macari Madsen Marchetti Mazur Mendes Moreau
  Nakamura Navarro Novak Nyberg Okonkwo Olsen Ortega Pappas Pereira Petrov Quintero Rasmussen Reinholt Rossi Sandoval
  Santoro Schreiber Sokolov Strand Takahashi Tanaka Toivonen Valdez Vasquez Vogel Walcott Weber Whitlock Yilmaz Zeller`
  .trim()
  .split(/\s+/);
const OUTLETS = `The Northbridge Courier|Eastport Evening News|Millford Gazette|Lakeside Herald|The Daily Ledger|
  Harbour Times|The Morning Sentinel|Westbury Observer|The Capital Chronicle|Redhill Post|Stonebay Mercury|
  The Valley Tribune|Continental Wire|The Weekly Dispatch|Metro Standard|The Coastal Record|Ashvale Advertiser|
  The National Review Desk|Riverside Echo|The Evening Globe`
  .split('|')
  .map((s) => s.trim());
const MONTHS = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One seed article: its blocks and which of them are prose. */
interface SeedText {
  name: string;
  blocks: string[];
  prose: number[];
}

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so a corpus is the same for the same size. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function shuffle<T>(rand: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function isProse(block: string): boolean {
  if (!REGEXPS.sentenceEnd.test(block)) return false;
  if ((block.match(REGEXPS.cjk)?.length ?? 0) >= PROSE_MIN_CJK) return true;
  return block.length >= PROSE_MIN_CHARS && (block.match(REGEXPS.words)?.length ?? 0) >= PROSE_MIN_WORDS;
}

/** The seed texts under `sharedDir` (…/shared), in a stable order. */
export function loadSeeds(sharedDir: string): SeedText[] {
  const seeds: SeedText[] = [];
  for (const folder of SOURCE_FOLDERS) {
    const dir = path.join(sharedDir, folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8').replace(/\r\n?/g, '\n');
      const blocks = text.split(REGEXPS.blockSplit);
      const prose = blocks.flatMap((b, i) => (isProse(b) ? [i] : []));
      seeds.push({ name: `${folder}/${name}`, blocks, prose });
    }
  }
  if (seeds.length === 0) throw new Error(`no seed texts found under ${sharedDir} (${SOURCE_FOLDERS.join(', ')})`);
  return seeds;
}

/** Clip number `n`: seed article n mod seeds, varied with randomness drawn from n. */
export function variant(seeds: readonly SeedText[], n: number, attempt = 0): string {
  const rand = random(n * 7919 + attempt * 104729 + 1);
  const seed = seeds[n % seeds.length]!;
  let text: string;
  if (seed.prose.length === 0) {
    text = seed.blocks.join('\n\n');
  } else {
    const first = seed.prose[0]!;
    const last = seed.prose[seed.prose.length - 1]!;
    // the lede stays first; the other prose paragraphs are thinned, mixed with borrowed ones and shuffled
    const middle = seed.prose.slice(1).filter(() => rand() < KEEP_OWN_SHARE).map((i) => seed.blocks[i]!);
    const borrowed = 1 + Math.floor(rand() * MAX_BORROWED);
    for (let k = 0; k < borrowed; k++) {
      const other = pick(rand, seeds);
      if (other.prose.length) middle.push(other.blocks[pick(rand, other.prose)]!);
    }
    const between = seed.blocks.slice(first + 1, last + 1).filter((_, i) => !seed.prose.includes(first + 1 + i));
    text = [...seed.blocks.slice(0, first + 1), ...shuffle(rand, [...middle, ...between]), ...seed.blocks.slice(last + 1)].join('\n\n');
  }
  // people renamed (the surname everywhere it appears), dates moved, another publication in the footer
  const renames = new Map<string, string>();
  for (const match of text.matchAll(REGEXPS.person)) {
    const surname = match[2]!;
    if (GIVEN_NAMES.has(match[1]!) && !renames.has(surname)) renames.set(surname, rand() < RENAME_CHANCE ? pick(rand, SURNAMES) : surname);
  }
  for (const [from, to] of renames) if (from !== to) text = text.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  const shift = Math.floor(rand() * (2 * YEAR_SHIFT + 1)) - YEAR_SHIFT;
  const monthShift = Math.floor(rand() * MONTHS.length);
  text = text
    .replace(REGEXPS.year, (y) => String(Math.min(2025, Number(y) + shift)))
    .replace(REGEXPS.month, (m) => MONTHS[(MONTHS.indexOf(m) + monthShift) % MONTHS.length]!);
  const year = 2000 + Math.floor(rand() * 26);
  return `${text.trimEnd()}\n\n© ${year} ${pick(rand, OUTLETS)}. All rights reserved.\n`;
}

/** Writes `count` unique clips into `dir` (sub-folders of FILES_PER_FOLDER) and returns them with their size. */
export function writeCorpus(seeds: readonly SeedText[], dir: string, count: number): Corpus {
  const seen = new Set<string>();
  const files: string[] = [];
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    let text = variant(seeds, n);
    for (let attempt = 1; seen.has(digest(text)); attempt++) text = variant(seeds, n, attempt);
    seen.add(digest(text)); // (a repeat is rare: the digest is cheap next to writing the file)
    const sub = path.join(dir, `batch-${String(Math.floor(n / FILES_PER_FOLDER)).padStart(3, '0')}`);
    if (n % FILES_PER_FOLDER === 0) fs.mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `clip-${String(n).padStart(6, '0')}.txt`);
    const data = Buffer.from(text, 'utf8');
    fs.writeFileSync(file, data);
    files.push(file);
    bytes += data.length;
  }
  return { dir, files, bytes };
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
