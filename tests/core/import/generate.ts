// Varied, unique, invented news articles for library tests and the library benchmark. Deterministic:
// article(n) is always the same text; different n give different stories (random sentences from word
// tables, so no two share long runs of words unless made to on purpose by nearDuplicateOf).
import fs from 'node:fs';
import path from 'node:path';

const FIRST = ['Anna', 'Tomas', 'Helen', 'Marek', 'Sofia', 'David', 'Ines', 'Olga', 'Pavel', 'Ruth', 'Samir', 'Yuki', 'Lars', 'Nadia', 'Owen', 'Greta'];
const LAST = ['Berg', 'Reyes', 'Okafor', 'Nowak', 'Lind', 'Chen', 'Moreau', 'Petrov', 'Haddad', 'Kowalski', 'Sato', 'Brennan', 'Dumont', 'Varga', 'Quist', 'Ferreira'];
const TOWNS = ['Northbridge', 'Eastport', 'Millford', 'Lakeside', 'Ashvale', 'Westbury', 'Redhill', 'Stonebay', 'Corran', 'Dunmere', 'Felling', 'Harrowgate'];
const OUTLETS = ['The Northbridge Courier', 'Eastport Evening News', 'Millford Gazette', 'Lakeside Herald', 'The Ashvale Post', 'Westbury Times', 'Reuters', 'The Coastal Record'];
const SUBJECTS = [
  'the council', 'the harbour board', 'local traders', 'the water company', 'rail unions', 'the school trust', 'hospital managers',
  'a residents group', 'the ferry operator', 'farmers', 'the police', 'the fire service', 'museum staff', 'the port authority',
  'bus drivers', 'the energy regulator', 'the university', 'a charity', 'fishermen', 'the planning committee',
];
const VERBS = [
  'approved', 'rejected', 'postponed', 'criticised', 'welcomed', 'questioned', 'funded', 'reviewed', 'announced', 'cancelled',
  'defended', 'extended', 'delayed', 'published', 'challenged', 'praised', 'investigated', 'opposed', 'backed', 'revised',
];
const OBJECTS = [
  'a plan for new cycle lanes', 'the budget for street lighting', 'repairs to the sea wall', 'a rise in parking charges',
  'the closure of two libraries', 'a new bus timetable', 'a study of river pollution', 'longer opening hours', 'a tree planting scheme',
  'plans for a wind farm', 'the sale of the old depot', 'a ban on night flights', 'funding for flood gates', 'a housing estate',
  'the merger of three schools', 'a tourist tax', 'new ambulance stations', 'a footbridge over the estuary', 'the annual regatta',
  'cheaper ferry fares', 'a recycling centre', 'speed cameras on the coast road', 'a heritage trail', 'the airport expansion',
];
const TAILS = [
  'after a long debate', 'despite strong objections', 'on Tuesday evening', 'for the second time this year', 'without a vote',
  'at a crowded public meeting', 'following complaints from residents', 'amid concerns over costs', 'in a surprise move',
  'before the summer recess', 'after months of talks', 'with immediate effect', 'by a narrow margin', 'under pressure from ministers',
];
const EXTRAS = [
  'Officials said the cost would be met from reserves.', 'Critics warned that the timetable was unrealistic.',
  'A consultation will open next month.', 'The decision can still be appealed.', 'Opposition members walked out of the meeting.',
  'Work is expected to start in the spring.', 'Several shops on the high street displayed posters against the scheme.',
  'The figures were disputed by campaigners.', 'A final report is due before the end of the year.', 'Turnout at the meeting was unusually high.',
];
const QUOTE_BITS = [
  'we have listened to people', 'this is the right decision for the town', 'the money is simply not there', 'nobody wanted it to come to this',
  'we will keep fighting', 'the figures speak for themselves', 'it is a good day for families', 'we were never consulted',
  'safety has to come first', 'the work will be finished on time', 'there is no alternative', 'we expect more from our leaders',
];
const CUES = ['said', 'told reporters', 'said in a statement', 'added'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** mulberry32: a small seeded generator, so article(n) never changes */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  n: number;
  title: string;
  source: string;
  /** YYYY-MM-DD */
  published: string;
  speaker: string;
  text: string;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export function generateArticle(n: number): GeneratedArticle {
  const r = rng(n * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const town = pick(TOWNS);
  const source = OUTLETS[n % OUTLETS.length]!;
  const speaker = `${pick(FIRST)} ${pick(LAST)}`;
  const author = `${pick(FIRST)} ${pick(LAST)}`;
  const year = 2019 + (n % 6);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const subject = pick(SUBJECTS);
  const title = `${cap(subject)} in ${town} ${pick(VERBS)} ${pick(OBJECTS)} (report ${n})`;
  const sentence = () => `${cap(pick(SUBJECTS))} in ${pick(TOWNS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`;
  const paragraphs: string[] = [];
  paragraphs.push(`${cap(subject)} in ${town} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}, in a case numbered ${n}. ${pick(EXTRAS)}`);
  paragraphs.push(`"${cap(pick(QUOTE_BITS))}, and ${pick(QUOTE_BITS)}," ${speaker} ${pick(CUES)}.`);
  const count = 3 + Math.floor(r() * 4);
  for (let i = 0; i < count; i++) paragraphs.push(`${sentence()} ${sentence()} ${pick(EXTRAS)}`);
  paragraphs.push(`The item was filed as number ${n} with a budget of ${1000 + Math.floor(r() * 9000)} thousand.`);
  const text = [
    title,
    '',
    `By ${author}`,
    `${day} ${MONTHS[month]} ${year}`,
    '',
    paragraphs.join('\n\n'),
    '',
    // a site's footer; a bare "© Reuters" would read as a photo credit
    `© ${year} ${source}. All rights reserved.`,
    '',
  ].join('\n');
  return { n, title, source, published, speaker, text };
}

/** The same story as printed by another paper: new headline and outlet, a paragraph cut, a word changed. */
export function nearDuplicateOf(n: number, outlet = 'The Coastal Record'): string {
  const original = generateArticle(n);
  const lines = original.text.replace(/© (\d{4}) .*\n$/, `© $1 ${outlet}. All rights reserved.\n`).split('\n');
  lines[0] = `${original.title.replace(/\(report \d+\)/, '')}— updated`;
  const body = lines.slice(5).join('\n').split('\n\n');
  body.splice(body.length - 3, 1); // a paragraph trimmed
  body[0] = body[0]!.replace(' in a case ', ' in a matter ');
  return [...lines.slice(0, 5), body.join('\n\n')].join('\n');
}

/** Writes articles [start, start + count) as .txt files in sub-folders of 100; returns the paths. */
export function writeArticles(dir: string, count: number, start = 0): string[] {
  const files: string[] = [];
  for (let n = start; n < start + count; n++) {
    const sub = path.join(dir, `batch-${String(Math.floor(n / 100)).padStart(3, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `article-${String(n).padStart(6, '0')}.txt`);
    fs.writeFileSync(file, generateArticle(n).text);
    files.push(file);
  }
  return files;
}

/** 1x1 PNG bytes: a picture saved with a .txt name */
export const PNG_BYTES = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);
