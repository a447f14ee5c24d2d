import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACE_ALIASES } from '../../../electron/text/lexicon/places';
import { TOPIC_PHRASES } from '../../../electron/text/lexicon/topics';
import { WordFilter } from '../../../electron/text/tags/word-filter';

const word = fc.string({ unit: fc.constantFrom(...'aAbBtTzZ-’0éÉ\u0416\u00e0'), minLength: 1, maxLength: 40 });

describe('WordFilter', () => {
  it('never turns away a word of its table, wherever it stands in a text', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.string({ maxLength: 5 }), fc.nat(), (words, before, pick) => {
        const filter = new WordFilter(words);
        const w = words[pick % words.length]!;
        expect(filter.mayBe(w, 0, w.length)).toBe(true);
        expect(filter.mayBe(before + w + ' tail', before.length, w.length)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it('lets through every place name and topic first word of the tables', () => {
    const firstWords = TOPIC_PHRASES.flatMap(([, phrases]) => phrases.map((p) => p.split(' ')[0]!));
    for (const words of [[...PLACE_ALIASES.keys()], firstWords]) {
      const filter = new WordFilter(words);
      for (const w of words) expect(filter.mayBe(`x ${w}.`, 2, w.length), w).toBe(true);
    }
  });
  it('turns away words whose first letters, last letter or length no table word has', () => {
    const filter = new WordFilter(['tax', 'taxes', 'trial', 'élan']);
    expect(filter.mayBe('the', 0, 3)).toBe(false); // same length, other second letter
    expect(filter.mayBe('tap', 0, 3)).toBe(false); // same first letters, other last letter
    expect(filter.mayBe('tariff', 0, 6)).toBe(false); // no word of that length
    expect(filter.mayBe('oil', 0, 3)).toBe(false); // no word of that first letter
    expect(filter.mayBe('étal', 0, 4)).toBe(false); // beyond ASCII too
    expect(filter.mayBe('Tax', 0, 3)).toBe(false); // a table of lower-case words: capitals differ
    expect(filter.mayBe('a tax!', 2, 3)).toBe(true);
  });
  it('lets few of the capitalised words of a text through to the place names', () => {
    const filter = new WordFilter(PLACE_ALIASES.keys());
    const words = ['The', 'President', 'Trump', 'Smith', 'Monday', 'But', 'He', 'Senate', 'Reuters', 'January'].filter((w) => !PLACE_ALIASES.has(w));
    expect(words.filter((w) => filter.mayBe(w, 0, w.length)).length).toBeLessThanOrEqual(1);
  });
});
