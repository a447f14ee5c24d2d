import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEAR_SAME_QUOTE_THRESHOLD, normalizeSpeakerKey, quoteFingerprint, quotesNearlySame } from '../../../electron/text/speakers';

// The whole-text form of a fingerprint: fingerprints are stored in libraries (quote_keys), so the one-pass form
// must give exactly this.
const referenceFingerprint = (text: string) =>
  (text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

describe('quoteFingerprint', () => {
  it('gives the whole-text fold of any text', () => {
    const pieces = ['We', ' will ', 'NOT', "don't", 'l\u2019\u00e9t\u00e9', 'cafe\u0301', '\u00a0', '\u2014', '\u201c', 'Ёлка',
      'ΟΔΟΣ', '\u03f9', '\ufb01', '\u00bd', '\uff07', '\uff9e', '\ufa6c', '\ud83d\ude00', '2\u00b2', ' \n'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
      const text = parts.join('');
      expect(quoteFingerprint(text)).toBe(referenceFingerprint(text));
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      expect(quoteFingerprint(text)).toBe(referenceFingerprint(text));
    }), { numRuns: 500 });
  });
});

describe('normalizeSpeakerKey', () => {
  it('gives one key to one full name however it is written', () => {
    const key = normalizeSpeakerKey('Dmitry Peskov');
    expect(normalizeSpeakerKey('dmitry  PESKOV')).toBe(key);
    expect(normalizeSpeakerKey('Mr. Dmitry Peskov')).toBe(key);
    expect(normalizeSpeakerKey(' Dmitry Peskov ')).toBe(key);
  });
  it('folds accents and drops titles, keeps different people apart', () => {
    expect(normalizeSpeakerKey('François Hollande')).toBe(normalizeSpeakerKey('Francois Hollande'));
    expect(normalizeSpeakerKey('President Joe Biden')).toBe('joe biden');
    expect(normalizeSpeakerKey('Hillary Clinton')).not.toBe(normalizeSpeakerKey('Bill Clinton'));
  });
  it('keeps a name made only of a title', () => {
    expect(normalizeSpeakerKey('President')).toBe('president');
  });
});

describe('quotation fingerprints', () => {
  it('ignores case, punctuation, quote marks and spacing', () => {
    expect(quoteFingerprint('“We will win,” ')).toBe(quoteFingerprint('we   will WIN.'));
    expect(quoteFingerprint('It’s over')).toBe(quoteFingerprint("It's over"));
  });
  it('finds the same quotation reported by several outlets', () => {
    const a = 'The president of the Russian Federation has always been, is and remains open to negotiations';
    const b = 'The President of the Russian Federation has always been, is, and remains open to negotiations.';
    const c = 'the president of the Russian Federation has always been and remains open to negotiations';
    expect(quotesNearlySame(a, b)).toBe(true);
    expect(quotesNearlySame(a, c)).toBe(true);
    expect(quotesNearlySame(a, 'Russia will not pull out of Ukraine under any circumstances')).toBe(false);
  });
  it('needs short quotations to match exactly', () => {
    expect(quotesNearlySame('inevitable', 'Inevitable.')).toBe(true);
    expect(quotesNearlySame('very bad deal', 'very good deal')).toBe(false);
  });
  it('has a sane threshold and is symmetric', () => {
    expect(NEAR_SAME_QUOTE_THRESHOLD).toBeGreaterThan(0.5);
    expect(NEAR_SAME_QUOTE_THRESHOLD).toBeLessThan(1);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(quotesNearlySame(a, b)).toBe(quotesNearlySame(b, a));
        if (quoteFingerprint(a)) expect(quotesNearlySame(a, a)).toBe(true);
      }),
    );
  });
});
