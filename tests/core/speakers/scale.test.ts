// Linking a quote must cost a few index lookups however large the library is: candidates come from the
// fingerprint keys, never from a scan. Synthetic quotations (many common words, like real speech) stand in for a
// large library; the test counts the work instead of timing it.
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { CANDIDATE_SQL, comparableLengths, DEFAULT_MAX_CANDIDATES, linkQuotes, quoteKeys } from '../../../electron/core/library/speakers';

const CLIPS = 400;
const QUOTES_PER_CLIP = 10;
const COMMON = 'the a of to and in we will is that it for on this not be are with our have has they i do'.split(' ');

let library: Library;
afterEach(() => library?.close());

describe('quote linking at scale', () => {
  it('checks a handful of candidates per quote and still finds the re-reported quotations', () => {
    library = Library.open(':memory:');
    const { db } = library;
    let seed = 11;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const vocabulary = Array.from({ length: 5000 }, (_, i) => `term${i.toString(36)}`);
    const word = () => (rand() < 0.45 ? COMMON[Math.floor(rand() * COMMON.length)]! : vocabulary[Math.floor(vocabulary.length * rand() ** 2)]!);
    const sentence = () => Array.from({ length: 10 + Math.floor(rand() * 25) }, word).join(' ');

    const insertClip = db.prepare(
      `INSERT INTO clips (file_name, original, format, encoding, source_hash, body_hash, body, published, source, imported_at)
       VALUES ('f.txt', '', 'txt', 'utf-8', 'h', ?, '', '2024-01-01', 'Outlet', '2024-01-01')`,
    );
    const insertQuote = db.prepare(
      `INSERT INTO quotes (clip_id, ord, text, kind, speaker, speaker_kind, paragraph, start, end) VALUES (?, ?, ?, 'full', ?, 'person', 0, 0, 1)`,
    );
    const originals: { text: string; speaker: string }[] = [];
    const rereports: { text: string; of: string }[] = [];
    db.transaction(() => {
      for (let c = 0; c < CLIPS; c++) {
        const clipId = Number(insertClip.run(`body-${c}`).lastInsertRowid);
        for (let i = 0; i < QUOTES_PER_CLIP; i++) {
          let text = sentence();
          let speaker = `Speaker ${Math.floor(rand() * 50)}`;
          if (originals.length && rand() < 0.05) {
            // another outlet's report of an earlier quotation: one word changed or the last word cut
            const of = originals[Math.floor(rand() * originals.length)]!;
            const words = of.text.split(' ');
            if (rand() < 0.5) words[Math.floor(rand() * words.length)] = word();
            else words.pop();
            text = words.join(' ');
            speaker = of.speaker;
            rereports.push({ text, of: of.text });
          } else originals.push({ text, speaker });
          insertQuote.run(clipId, i, text, speaker);
        }
        linkQuotes(db, clipId);
      }
    })();

    // work per quote: rows read from quote_keys for its keys, within the comparable lengths
    const lookup = db.prepare(CANDIDATE_SQL).pluck();
    const rows = db.prepare('SELECT id, text FROM quotes').all() as { id: number; text: string }[];
    let total = 0;
    let most = 0;
    for (const row of rows) {
      const { keys, words } = quoteKeys(row.text);
      const [min, max] = comparableLengths(words);
      const found = new Set(keys.flatMap((key) => lookup.all(key, min, max, row.id) as number[]));
      total += found.size;
      most = Math.max(most, found.size);
    }
    expect(total / rows.length).toBeLessThan(2);
    expect(most).toBeLessThan(DEFAULT_MAX_CANDIDATES);

    // the re-reports landed in the group of what they re-report
    const groupOf = db.prepare('SELECT group_id FROM quotes WHERE text = ? ORDER BY id LIMIT 1').pluck();
    const linked = rereports.filter(({ text, of }) => groupOf.get(text) === groupOf.get(of)).length;
    expect(rereports.length).toBeGreaterThan(100);
    expect(linked / rereports.length).toBeGreaterThan(0.95);
    // and unrelated quotations stay apart: groups hold only an original and its re-reports
    const grouped = db.prepare('SELECT count(*) FROM quotes WHERE group_id <> id').pluck().get() as number;
    expect(grouped).toBeLessThanOrEqual(rereports.length);
  }, 60_000);
});

describe('a quotation reported by many clips', () => {
  const QUOTE = 'We did everything we could to keep the ferries running through the winter, but the operators walked away from the table';
  const REPORTS = 60;

  function reportMany(db: Library['db'], count: number, from = 0): number[] {
    const insertClip = db.prepare(
      `INSERT INTO clips (file_name, original, format, encoding, source_hash, body_hash, body, published, source, imported_at)
       VALUES ('f.txt', '', 'txt', 'utf-8', 'h', ?, '', '2024-01-01', 'Outlet', '2024-01-01')`,
    );
    const insertQuote = db.prepare(
      `INSERT INTO quotes (clip_id, ord, text, kind, speaker, speaker_kind, paragraph, start, end) VALUES (?, 0, ?, 'full', 'Jane Roe', 'person', 0, 0, 1)`,
    );
    const words = QUOTE.split(' ');
    const clips: number[] = [];
    for (let i = from; i < from + count; i++) {
      // outlets print it whole, cut short by a word or two, or with one word changed
      const variant = i % 3 === 0 ? words : i % 3 === 1 ? words.slice(0, words.length - 1 - (i % 2)) : words.map((w, j) => (j === i % words.length ? 'indeed' : w));
      const clipId = Number(insertClip.run(`body-${i}`).lastInsertRowid);
      insertQuote.run(clipId, variant.join(' '));
      linkQuotes(db, clipId);
      clips.push(clipId);
    }
    return clips;
  }

  it('keeps one key row per key for the group, however often it is reported', () => {
    library = Library.open(':memory:');
    const { db } = library;
    db.transaction(() => reportMany(db, REPORTS))();
    expect(db.prepare('SELECT count(DISTINCT group_id) FROM quotes').pluck().get()).toBe(1);
    const keyRows = db.prepare('SELECT count(*) FROM quote_keys').pluck().get() as number;
    const distinctKeys = db.prepare('SELECT count(DISTINCT key) FROM quote_keys').pluck().get() as number;
    expect(keyRows).toBe(distinctKeys);
    expect(keyRows).toBeLessThan(REPORTS / 2);
    // a lookup reads one row per group that holds the key
    const lookup = db.prepare(CANDIDATE_SQL).pluck();
    const { keys, words } = quoteKeys(QUOTE);
    const [min, max] = comparableLengths(words);
    for (const key of keys) expect((lookup.all(key, min, max, 0) as number[]).length).toBeLessThanOrEqual(1);
  });

  it('hands the keys of a deleted or relinked report to the rest of its group, so later reports still join it', () => {
    library = Library.open(':memory:');
    const { db } = library;
    const clips = reportMany(db, 6);
    const before = db.prepare('SELECT count(*) FROM quote_keys').pluck().get() as number;
    // the first report holds the group's keys: delete its clip, and link the second again
    db.prepare('DELETE FROM clips WHERE id = ?').run(clips[0]);
    expect(db.prepare('SELECT count(*) FROM quote_keys').pluck().get()).toBe(before);
    linkQuotes(db, clips[1]!);
    expect(db.prepare('SELECT count(DISTINCT group_id) FROM quotes').pluck().get()).toBe(1);
    reportMany(db, 3, 6);
    expect(db.prepare('SELECT count(DISTINCT group_id) FROM quotes').pluck().get()).toBe(1);
    // deleting every report leaves no key behind
    db.prepare('DELETE FROM clips').run();
    expect(db.prepare('SELECT count(*) FROM quote_keys').pluck().get()).toBe(0);
  });
});
