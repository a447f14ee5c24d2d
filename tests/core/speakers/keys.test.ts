import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/library/migrate';
import { MIGRATIONS } from '../../../electron/core/library/migrations';
import {
  CANDIDATE_SQL,
  comparableLengths,
  GROUP_SPEAKERS_SQL,
  listSpeakers,
  prepareQuote,
  quoteKeys,
  quoteTimeline,
  relinkAllQuotes,
} from '../../../electron/core/library/speakers';
import { normalizeSpeakerKey, quoteFingerprint, quotesNearlySame } from '../../../electron/text/speakers';

const shareKey = (a: string, b: string): boolean => {
  const kb = new Set(quoteKeys(b).keys);
  return quoteKeys(a).keys.some((k) => kb.has(k));
};

const QUOTE = 'We did everything we could to keep the ferries running, but the operators walked away from the table.';

describe('quotation fingerprint keys', () => {
  it('gives reported variants of one quotation a common key', () => {
    const variants = [
      '“We did everything we could to keep the ferries running but the operators walked away from the table”',
      'We did everything we could to keep the ferries running, but the operators walked away from the talks.',
      'did everything we could to keep the ferries running, but the operators walked away from the table.',
      'We did everything we could to keep the ferries running, but the operators walked away.',
      'WE DID EVERYTHING WE COULD TO KEEP THE FERRIES RUNNING, BUT THE OPERATORS WALKED AWAY FROM THE TABLE!',
    ];
    for (const v of variants) {
      expect(quotesNearlySame(QUOTE, v), v).toBe(true);
      expect(shareKey(QUOTE, v), v).toBe(true);
    }
  });

  it('keeps unrelated quotations apart, even when they share common words', () => {
    const others = [
      'We will not allow the council to close the harbour while families still depend on it.',
      'The operators have not been paid for the extra winter sailings, and that is the real problem.',
      'We did not expect the talks to go so badly.',
    ];
    for (const o of others) expect(shareKey(QUOTE, o), o).toBe(false);
  });

  it('finds almost every copy with one word changed (random quotations)', () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const words = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}`);
    const pick = () => words[Math.floor(rand() * words.length)]!;
    let found = 0;
    const trials = 300;
    for (let i = 0; i < trials; i++) {
      const original = Array.from({ length: 12 + Math.floor(rand() * 20) }, pick);
      const copy = [...original];
      copy[Math.floor(rand() * copy.length)] = pick();
      if (shareKey(original.join(' '), copy.join(' '))) found++;
    }
    expect(found / trials).toBeGreaterThan(0.97);
  });

  it('gives short quotations one exact key and no key to empty text', () => {
    expect(quoteKeys('Not guilty.')).toEqual({ words: 2, keys: [expect.any(Number)] });
    expect(quoteKeys('not  GUILTY').keys).toEqual(quoteKeys('Not guilty.').keys);
    expect(quoteKeys('…')).toEqual({ words: 0, keys: [] });
    expect(quoteKeys(QUOTE).keys).toHaveLength(4);
  });

  it('prepares in one pass what placing a quote reads: its keys, fingerprint and speaker key', () => {
    for (const [text, speaker] of [
      [QUOTE, 'Mr. Dmitry Peskov'],
      ['Not guilty.', null],
      ['…', 'Ms Ana Núñez'],
    ] as const) {
      expect(prepareQuote(text, speaker)).toEqual({
        keyed: quoteKeys(text),
        fingerprint: quoteFingerprint(text),
        speakerKey: speaker ? normalizeSpeakerKey(speaker) : '',
      });
    }
  });

  it('bounds the lengths a near-identical quotation can have', () => {
    expect(comparableLengths(3)).toEqual([3, 3]);
    const [min, max] = comparableLengths(20);
    expect([min, max]).toEqual([15, 27]);
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(quotesNearlySame(words(20), words(min))).toBe(true);
    expect(quotesNearlySame(words(20), words(min - 1))).toBe(false);
    expect(quotesNearlySame(words(20), words(max))).toBe(true);
    expect(quotesNearlySame(words(20), words(max + 1))).toBe(false);
  });

  it('looks candidates up through one range of the quote_keys primary key (EXPLAIN QUERY PLAN)', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${CANDIDATE_SQL}`).all(1, 2, 3, 4) as { detail: string }[]).map((r) => r.detail);
    expect(plan).toEqual([expect.stringMatching(/^SEARCH quote_keys USING (COVERING INDEX|PRIMARY KEY) .*\(key=\? AND words>\? AND words<\?\)/)]);
    db.close();
  });

  it("reads a group's speakers with two seeks of quotes_group, not its members' rows (EXPLAIN QUERY PLAN)", () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${GROUP_SPEAKERS_SQL}`).all(1, 1) as { detail: string }[]).map((r) => r.detail);
    expect(plan.filter((d) => d.startsWith('SEARCH'))).toEqual([
      'SEARCH quotes USING COVERING INDEX quotes_group (group_id=? AND speaker_id>?)',
      'SEARCH quotes USING COVERING INDEX quotes_group (group_id=?)',
    ]);
    db.close();
  });
});

/** An in-memory library as versions before `version` left it (migrations up to version − 1). */
function libraryBefore(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, ':memory:', MIGRATIONS.filter((m) => m.version < version));
  return db;
}

describe('migration 0003', () => {
  it('links the quotes of a library written before it', () => {
    const db = libraryBefore(3);
    const clip = db.prepare(
      `INSERT INTO clips (file_name, original, format, encoding, source_hash, body_hash, body, published, source, imported_at)
       VALUES ('a.txt', '', 'txt', 'utf-8', 'h', ?, '', ?, ?, '2024-01-01')`,
    );
    const quote = db.prepare(
      `INSERT INTO quotes (clip_id, ord, text, kind, speaker, speaker_kind, paragraph, start, end) VALUES (?, 0, ?, 'full', ?, 'person', 0, 0, 1)`,
    );
    const a = Number(clip.run('a', '2024-03-12', 'Courier').lastInsertRowid);
    const b = Number(clip.run('b', '2024-03-11', 'Gazette').lastInsertRowid);
    quote.run(a, QUOTE, 'Jane Roe');
    quote.run(b, QUOTE.replace(',', ''), 'Ms Jane Roe');
    migrate(db, ':memory:');
    expect(listSpeakers(db)).toEqual([{ name: 'Jane Roe', kind: 'person', quotes: 1, first: '2024-03-11', last: '2024-03-12', aliases: [] }]);
    expect(quoteTimeline(db, null).map((q) => [q.clipId, q.alsoIn.map((s) => s.clipId)])).toEqual([[b, [a]]]);
    db.close();
  });
});

describe('migration 0006', () => {
  it('keeps one key row per key and group of a library written before it, and groups later reports the same', () => {
    const db = libraryBefore(6);
    const clip = db.prepare(
      `INSERT INTO clips (file_name, original, format, encoding, source_hash, body_hash, body, published, source, imported_at)
       VALUES ('a.txt', '', 'txt', 'utf-8', 'h', ?, '', '2024-03-12', 'Courier', '2024-01-01')`,
    );
    const quote = db.prepare(
      `INSERT INTO quotes (clip_id, ord, text, kind, speaker, speaker_kind, paragraph, start, end) VALUES (?, 0, ?, 'full', 'Jane Roe', 'person', 0, 0, 1)`,
    );
    for (let i = 0; i < 5; i++) quote.run(Number(clip.run(`b${i}`).lastInsertRowid), QUOTE);
    relinkAllQuotes(db);
    // as versions before 0006 stored them: every report holds every key of its quotation
    const ids = db.prepare('SELECT id FROM quotes').pluck().all() as number[];
    const { keys, words } = quoteKeys(QUOTE);
    const add = db.prepare('INSERT OR IGNORE INTO quote_keys (key, words, quote_id) VALUES (?, ?, ?)');
    for (const id of ids) for (const key of keys) add.run(key, words, id);
    expect(db.prepare('SELECT count(*) FROM quote_keys').pluck().get()).toBe(5 * keys.length);
    migrate(db, ':memory:');
    expect(db.prepare('SELECT DISTINCT quote_id FROM quote_keys').pluck().all()).toEqual([ids[0]]);
    expect(db.prepare('SELECT count(*) FROM quote_keys').pluck().get()).toBe(keys.length);
    db.prepare('DELETE FROM quotes WHERE id = ?').run(ids[0]);
    expect(db.prepare('SELECT DISTINCT quote_id FROM quote_keys').pluck().all()).toEqual([ids[1]]);
    db.close();
  });
});
