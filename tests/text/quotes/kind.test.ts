import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NICKNAME_CUE_RE, WORK_CUE_RE } from '../../../electron/text/lexicon/cues';
import { AGENTLESS_VIEW_RE, judgeQuote } from '../../../electron/text/quotes/06-kind';

describe('context patterns that judgeQuote tries only after a letter', () => {
  it('never match a context whose last character before spaces is not a letter', () => {
    const words = fc.constantFrom('known as', 'nicknamed', 'the show', 'is widely seen as', 'was considered a', 'titled', 'aka', 'the', 'said', 'film');
    const ends = fc.constantFrom(',', ':', '—', '(', '1', '’', '"', '.', '□', 'é');
    fc.assert(
      fc.property(words, ends, fc.constantFrom('', ' ', '  '), (w, end, space) => {
        const text = `They ${w}${end}${space}`;
        for (const re of [NICKNAME_CUE_RE, WORK_CUE_RE, AGENTLESS_VIEW_RE]) expect(re.test(text)).toBe(false);
      }),
    );
    // and they do match after their words
    expect(NICKNAME_CUE_RE.test('the man known as ')).toBe(true);
    expect(AGENTLESS_VIEW_RE.test('what is widely seen as a ')).toBe(true);
  });
  it('turns a nickname away and keeps a quotation after a colon', () => {
    const base = { right: '.', nextWord: '', cued: false, cueAdjacent: false, headline: false, closed: true };
    expect(judgeQuote({ ...base, text: 'The Rock', left: 'a wrestler known as ' }).keep).toBe(false);
    expect(judgeQuote({ ...base, text: 'We will win.', left: 'He said: ', cued: true }).keep).toBe(true);
  });
});
