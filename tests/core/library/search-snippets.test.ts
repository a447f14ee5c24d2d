// Snippets made from the clips' text (search-snippets.ts): the fragment FTS5's snippet() would choose, with the
// hits marked, made without splitting whole columns into tokens.
import { describe, expect, it } from 'vitest';
import { makeSnippet, SNIPPET_TOKENS, type SnippetPhrase } from '../../../electron/core/library/search-snippets';

const phrase = (words: string, prefix = false, column: number | null = null): SnippetPhrase => ({ words: words.split(' '), prefix, column });
/** title, body, byline, source, quotes */
const clip = (body: string, title = 'A title', source = 'Coast Gazette'): (string | null)[] => [title, body, null, source, null];
const words = (n: number, word = 'filler') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const tokens = (snippet: string) => snippet.replace(/[\u0002\u0003…]/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];

describe('makeSnippet', () => {
  it('shows a short column whole, the hit marked, without ellipses', () => {
    expect(makeSnippet(clip('The ferry leaves at noon.'), [phrase('ferry')])).toBe('The \u0002ferry\u0003 leaves at noon.');
  });

  it('opens at the sentence that holds the hit, SNIPPET_TOKENS tokens long, "…" for the rest', () => {
    const body = `${words(30)}. The harbour board met on Monday to set the new fees for the boats. ${words(30, 'tail')}.`;
    const snippet = makeSnippet(clip(body), [phrase('fees')])!;
    expect(snippet).toBe('…The harbour board met on Monday to set the new \u0002fees\u0003 for the boats. tail0 tail1…');
    expect(tokens(snippet)).toHaveLength(SNIPPET_TOKENS);
  });

  it('centres the window on a hit that opens no nearby sentence', () => {
    const body = `${words(40)} harbour ${words(40, 'tail')}`;
    const snippet = makeSnippet(clip(body), [phrase('harbour')])!;
    expect(snippet.startsWith('…filler33 ')).toBe(true);
    expect(snippet).toContain('\u0002harbour\u0003');
    expect(tokens(snippet)).toHaveLength(SNIPPET_TOKENS);
  });

  it('prefers the window holding more of the search phrases', () => {
    const body = `Ferry news. ${words(30)}. The ferry was late. ${words(30, 'mid')}. The ferry timetable changes in May. ${words(30, 'end')}.`;
    const snippet = makeSnippet(clip(body), [phrase('ferry'), phrase('timetable')])!;
    expect(snippet).toContain('\u0002ferry\u0003 \u0002timetable\u0003');
  });

  it('marks a phrase as one hit, prefixes to the end of the word, and name variants', () => {
    expect(makeSnippet(clip('Talks at the White House ended.'), [phrase('white house')])).toBe('Talks at the \u0002White House\u0003 ended.');
    expect(makeSnippet(clip('Investors and investment rose.'), [phrase('invest', true)])).toBe('\u0002Investors\u0003 and \u0002investment\u0003 rose.');
    expect(makeSnippet(clip('Shelling near Kiev overnight.'), [phrase('kyiv'), phrase('kiev')])).toBe('Shelling near \u0002Kiev\u0003 overnight.');
  });

  it('finds words whatever their case and accents, as the index folds them, and only whole words', () => {
    expect(makeSnippet(clip('Macron spoke at the ÉLYSÉE palace.'), [phrase('elysee')])).toBe('Macron spoke at the \u0002ÉLYSÉE\u0003 palace.');
    expect(makeSnippet(clip('Naïve café owners in Zürich.'), [phrase('zurich')])).toBe('Naïve café owners in \u0002Zürich\u0003.');
    expect(makeSnippet(clip('The warehouse burned.'), [phrase('war')])).toBeNull();
  });

  it('looks for a column-bound phrase in that column only (source:)', () => {
    const columns = clip('The Coast Gazette reported rain.', 'Rain', 'Coast Gazette');
    expect(makeSnippet(columns, [phrase('coast gazette', false, 3)])).toBe('\u0002Coast Gazette\u0003');
  });

  it('gives null when no phrase is in the text (the caller falls back to FTS5)', () => {
    expect(makeSnippet(clip('Nothing here.'), [phrase('ferry')])).toBeNull();
    expect(makeSnippet(clip('Nothing here.'), [])).toBeNull();
  });
});
