import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalisedTokens, capitalisedWords, isAbbreviation, isCapitalised, TOKEN_RE, tokenize, WORD_CHARS } from '../../../electron/text/quotes/tokens';

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

describe('tokenize', () => {
  it('reads the words TOKEN_RE matches, characters at the edges of its ranges included', () => {
    // the first and last character of each range of WORD_CHARS, and their neighbours outside it
    const edges = [...WORD_CHARS.matchAll(/(\\u[0-9A-F]{4}|[^\\])-(\\u[0-9A-F]{4}|[^\\])/g)].flatMap(([, a, b]) => {
      const code = (c: string) => (c.length === 1 ? c.charCodeAt(0) : parseInt(c.slice(2), 16));
      return [code(a!) - 1, code(a!), code(b!), code(b!) + 1].map((c) => String.fromCharCode(c));
    });
    const parts = fc.constantFrom(...edges, 'said', 'Mr.', 'U.S.', 'Jones’', 'O’Brien’s', 'x-Ray', 'AT&T', ' ', '.', '’', "'", '-', '&', '—', '\n', '\u25a1', 'é', '\ud83d\ude00');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 16 }), (ps) => {
        const text = ps.join('');
        const got = tokenize(text);
        const want = [...text.matchAll(TOKEN_RE)];
        expect(got.map((t) => t.start)).toEqual(want.map((m) => m.index));
        // a token ends where its match does, less a cut period and a cut possessive ending
        for (const [k, t] of got.entries()) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          const m = want[k]![0];
          expect(m.length - t.text.length).toBe((t.periodAfter ? 1 : 0) + (t.possessive && /['’]s\.?$/.test(m) && !/['’]s\.?$/.test(t.text) ? 2 : 0));
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('reads only the first tokens when given a limit, each as in the whole list', () => {
    const parts = fc.constantFrom('said', 'Mr.', 'U.S.', 'Jones’', 'Jones', 'O’Brien’s', 'x-Ray', ' ', '.', '’', "'", '-', '—', 's');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 16 }), fc.integer({ min: 0, max: 8 }), (ps, limit) => {
        const text = ps.join('');
        expect(tokenize(text, 3, limit)).toEqual(tokenize(text, 3).slice(0, limit));
      }),
      { numRuns: 1000 },
    );
  });
  it('puts each word in lower case as the word alone would be (whatever the rest of the text holds)', () => {
    const parts = fc.constantFrom('Said', 'SAID', 'said', 'İstanbul', 'ΟΔΟΣ', 'Σ', 'ΣΑΣ', 'Straße', 'ÉLAN', 'U.S.', 'Jones’s', 'x-Ray', ' ', '.', '’', '“', 'ǅ');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 12 }), (ps) => {
        const text = ps.join('');
        for (const t of tokenize(text)) expect(t.lower).toBe(t.text.toLowerCase().replace(/\.$/, ''));
        for (const t of capitalisedTokens(text)) expect(t.lower).toBe(t.text.toLowerCase().replace(/\.$/, ''));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isAbbreviation', () => {
  it('keeps the period of titles, months, initials and dotted letters, not of other words', () => {
    for (const w of ['Mr.', 'Sept.', 'messrs.', 'APPROX.', 'J.', 'U.S.', 'a.m.', 'D.C', 'É.']) expect(isAbbreviation(w), w).toBe(true);
    for (const w of ['reporters.', 'Tuesday.', 'Mrs.Smith', 'approxi.', 'U.Sa.', 'Jo.', 'İİİİİİİ.']) expect(isAbbreviation(w), w).toBe(false);
  });
  it('tells long words by the same test as short ones (a period inside may make dotted letters)', () => {
    expect(isAbbreviation('a.b.c.d.e.f.')).toBe(true);
    expect(isAbbreviation('a.b.c.d.e.fg.')).toBe(false);
  });
});
