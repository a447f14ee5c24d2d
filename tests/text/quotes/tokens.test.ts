import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalisedTokens, capitalisedWords, isCapitalised, tokenize } from '../../../electron/text/quotes/tokens';

/** The capitalised tokens as a full tokenisation sees them (what capitalisedTokens must return). */
const capitalisedOfAll = (text: string) => tokenize(text).filter((t) => t.text[0] !== t.text[0]!.toLowerCase() || /^\p{Lu}/u.test(t.text));

describe('capitalisedTokens', () => {
  it('finds capitalised words only at word starts', () => {
    const text = 'The U.S. envoy met McDonald’s chief, an iPhone fan, in Łódź; x-Ray and O’Brien’s 3M plant too.';
    expect(capitalisedTokens(text).map((t) => t.text)).toEqual(['The', 'U.S.', 'McDonald', 'Łódź', 'O’Brien']);
  });
  it('returns the same tokens as a full tokenisation filtered to capitals', () => {
    const words = fc.constantFrom('The', 'u.S.', 'U.S.', 'McDonald’s', 'iPhone', 'Łódź', 'x-Ray', 'O’Brien', '3M', 'said', 'É', 'a.B', "Jones'", 'Ñandú', '—', '“Yes,”');
    fc.assert(
      fc.property(fc.array(fc.tuple(words, fc.constantFrom(' ', '', '-', '.', '\n', '’')), { maxLength: 12 }), (parts) => {
        const text = parts.map(([w, sep]) => w + sep).join('');
        expect(capitalisedTokens(text)).toEqual(capitalisedOfAll(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('capitalisedWords', () => {
  const words = fc.constantFrom('The', 'U.S.', 'Britain’s', 'Paris.', 'Jones’', "Mr.", 'Łódź', 'İzmir', 'x-Ray', 'O’Brien’s', 'said', 'É', 'Ñandú', '—', 'Yes’s');
  const texts = fc.array(fc.tuple(words, fc.constantFrom(' ', '', '-', '.', '\n', '’')), { maxLength: 12 }).map((parts) => parts.map(([w, sep]) => w + sep).join(''));
  it('cuts out the texts of the capitalised tokens whose first character and length it is asked for', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 12 }), (text, most) => {
        const wanted = (raw: string, length: number) => length <= most || raw.charCodeAt(0) > 0x7f;
        const expected = capitalisedTokens(text).filter((t) => t.text.length <= most || t.text.charCodeAt(0) > 0x7f).map((t) => t.text);
        expect(capitalisedWords(text, wanted)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
  it('tells capitalised words as the tokenizer does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const t of tokenize(text)) expect(isCapitalised(t.text)).toBe(t.capitalised);
      }),
      { numRuns: 300 },
    );
  });
});
