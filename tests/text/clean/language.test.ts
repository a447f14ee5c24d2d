import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockWordStats, charCounts, detectLanguage, scriptLanguage, hitRows, languageOfHits, languageOfWords, stopHits, stopShareOf, stopwordDensity, wordsOf } from '../../../electron/text/language';
import { STOPWORD_LANGUAGES } from '../../../electron/text/language/stopwords';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The council said on Thursday that the new bridge would be open to traffic by the end of the year.'],
    ['de', 'Der Stadtrat hat am Mittwoch beschlossen, dass die Busse für Schüler in Zukunft kostenlos sind und nicht mehr bezahlt werden.'],
    ['fr', 'Le maire a annoncé que le pont sera de nouveau ouvert aux piétons dans les prochains jours, selon la mairie.'],
    ['es', 'El ayuntamiento dijo que el nuevo puente estará abierto al tráfico antes de que termine el año, según la alcaldía.'],
    ['it', 'Il sindaco ha detto che il ponte sarà di nuovo aperto ai pedoni nei prossimi giorni, secondo il comune della città.'],
    ['pt', 'O prefeito disse que a ponte vai ser aberta para os pedestres nos próximos dias, segundo a prefeitura da cidade.'],
    ['ru', 'Мэр сказал, что мост снова будет открыт для пешеходов в ближайшие дни, и это уже решено.'],
    ['id', 'Wali kota mengatakan bahwa jembatan itu akan dibuka kembali untuk pejalan kaki dalam beberapa hari ini dan tidak akan ditutup lagi.'],
    ['ja', '市長は、橋が数日のうちに歩行者に再び開放されると述べました。'],
    ['ko', '시장은 다리가 며칠 안에 보행자에게 다시 개방될 것이라고 말했습니다.'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('tells a language by its script only when enough letters are in it', () => {
    expect(scriptLanguage('Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.')).toBe('el');
    expect(scriptLanguage('The Greek word αγορά means market, said the guide in the old town of Athens today.')).toBeNull();
    expect(scriptLanguage('Tokyo 東京')).toBe('zh');
    expect(scriptLanguage('Tokyo 東京 is large')).toBeNull();
    expect(scriptLanguage('Café, naïve')).toBeNull();
    expect(scriptLanguage('12:30 - 3/4')).toBe('none');
    expect(scriptLanguage('€ 12 …')).toBeNull(); // characters beyond ASCII count as letters
  });

  it('falls back when there is nothing to go on', () => {
    expect(detectLanguage('12345 ---', 'de')).toBe('de');
    expect(detectLanguage('')).toBe('en');
  });
});

describe('words and stop words', () => {
  it('splits on punctuation and digits, keeps inner apostrophes and hyphens', () => {
    expect(wordsOf("It's a well-known fact: 3 “quoted” words—and more.")).toEqual(["it's", 'a', 'well-known', 'fact', 'quoted', 'words', 'and', 'more']);
  });
  it('prose has more stop words than a menu', () => {
    expect(stopwordDensity(wordsOf('The mayor said that the bridge would be open in the spring'), 'en')).toBeGreaterThan(0.3);
    expect(stopwordDensity(wordsOf('Home News Sport Business Weather Opinion'), 'en')).toBe(0);
  });

  const texts = ['Home News Sport', 'Der Stadtrat hat am Mittwoch beschlossen, dass die Busse kostenlos sind.',
    'The mayor said that the bridge would be open in the spring.', '', "Le maire a dit qu'il l'ouvrira.", 'Мэр сказал, что мост открыт.',
    "“It's OVER,” she said — and THE 3 of us left: ‘'tis’ -the- DAS, dass, ЧТО-ТО."];

  it('stop-word hits per block give the languages and shares the word lists give', () => {
    const blocks = texts.map(wordsOf);
    const counts = blocks.map((w) => w.length);
    const hits = stopHits(blocks);
    for (const indices of [[0, 1, 2, 3, 4, 5], [2], [1, 4], [0, 3], [4, 5]]) {
      expect(languageOfHits(counts, hits, indices, 'xx')).toBe(languageOfWords(indices.map((i) => blocks[i]!), 'xx'));
    }
    for (let i = 0; i < blocks.length; i++) {
      for (const lang of [...STOPWORD_LANGUAGES, 'ja']) expect(stopShareOf(counts, hits, i, lang)).toBeCloseTo(stopwordDensity(blocks[i]!, lang), 12);
    }
    // a part's rows are a view on the page's rows
    expect(languageOfHits(counts.slice(1, 3), hitRows(hits, 1, 3), [0], 'xx')).toBe('de');
  });

  it('counts words and stop-word hits in one pass as wordsOf and stopHits do', () => {
    const stats = blockWordStats(texts);
    expect([...stats.counts]).toEqual(texts.map((t) => wordsOf(t).length));
    expect([...stats.hits]).toEqual([...stopHits(texts.map(wordsOf))]);
    expect(stats.lowers).toEqual(texts.map((t) => t.toLowerCase()));
    const cc = texts.map(charCounts);
    expect([...stats.capitals]).toEqual(cc.map((c) => c.capitals));
    expect([...stats.marks]).toEqual(cc.map((c) => c.marks));
    expect([...stats.digit]).toEqual(cc.map((c) => (c.digit ? 1 : 0)));
  });

  it('the one-pass count agrees with wordsOf, stopHits and charCounts on any text of stop words, edges, marks and capitals', () => {
    const piece = fc.constantFrom('the', 'THE', 'der', 'dass', 'que', 'что', 'ЧТО', 'it\'s', "'", '’', '-', '--', ' ', '  ', '.', '“', '‘', '(', '"',
      '»', '3', 'é', 'É', 'x', 'Über', '\u00a0', '\u2009', '!', '?', '…', '。', 'İ', 'Σ', '𐐀');
    fc.assert(fc.property(fc.array(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), { maxLength: 6 }), (blocks) => {
      const stats = blockWordStats(blocks);
      expect([...stats.counts]).toEqual(blocks.map((t) => wordsOf(t).length));
      expect([...stats.hits]).toEqual([...stopHits(blocks.map(wordsOf))]);
      const cc = blocks.map(charCounts);
      expect([...stats.capitals]).toEqual(cc.map((c) => c.capitals));
      expect([...stats.marks]).toEqual(cc.map((c) => c.marks));
      expect([...stats.digit]).toEqual(cc.map((c) => (c.digit ? 1 : 0)));
    }), { numRuns: 500 });
  });
});
