// Invented, varied news articles for volume tests: every one unique, each with a quotation.
import fs from 'node:fs';
import path from 'node:path';

const TOWNS = ['Northbridge', 'Eastport', 'Millford', 'Lakeside', 'Ashvale', 'Westbury', 'Redhill', 'Stonebay'];
const TOPICS = ['bus shelters', 'cycle lanes', 'school roofs', 'library hours', 'harbour walls', 'park benches', 'street lights', 'flood gates'];
const PEOPLE = ['Anna Berg', 'Tomas Reyes', 'Helen Okafor', 'Marek Nowak', 'Sofia Lind', 'David Chen'];
const OUTLETS = ['The Northbridge Courier', 'Eastport Evening News', 'Millford Gazette', 'Lakeside Herald'];

export function article(n: number): string {
  const town = TOWNS[n % TOWNS.length]!;
  const topic = TOPICS[Math.floor(n / TOWNS.length) % TOPICS.length]!;
  const person = PEOPLE[n % PEOPLE.length]!;
  const outlet = OUTLETS[n % OUTLETS.length]!;
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  return [
    `${town} approves plan number ${n} for ${topic}`,
    `Published ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2023`,
    '',
    `The ${town} council approved plan number ${n} for new ${topic} on Tuesday, after a debate that lasted most of the evening.`,
    '',
    `"We will finish the work on the ${topic} before the winter of ${2023 + (n % 3)}," said council leader ${person}.`,
    '',
    `Residents had asked for the ${topic} for ${2 + (n % 9)} years, and the budget of ${1000 + n} thousand was agreed without objection.`,
    '',
    `© ${outlet}`,
    '',
  ].join('\n');
}

/** Writes `count` articles as .txt files into `dir` (in sub-folders of 100). */
export function writeCorpus(dir: string, count: number, start = 0): string[] {
  const files: string[] = [];
  for (let n = start; n < start + count; n++) {
    const sub = path.join(dir, `batch-${Math.floor(n / 100)}`);
    fs.mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `article-${String(n).padStart(6, '0')}.txt`);
    fs.writeFileSync(file, article(n));
    files.push(file);
  }
  return files;
}
