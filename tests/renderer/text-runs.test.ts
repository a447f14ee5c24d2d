import { describe, expect, it } from 'vitest';
import type { Quote } from '../../electron/shared/article';
import { locateQuotes, paragraphRuns, snippetRuns, splitParagraphs } from '../../renderer/src/lib/text-runs';

const quote = (text: string, body: string, extra: Partial<Quote> = {}): Quote => {
  const start = body.indexOf(text);
  return { text, kind: 'full', speaker: 'Helen Okafor', speakerKind: 'person', mention: null, role: null, cue: null, paragraph: 0, start, end: start + text.length, ...extra };
};

describe('snippetRuns', () => {
  it('splits \\u0002…\\u0003 marks into plain and marked runs', () => {
    expect(snippetRuns('the \u0002bridge\u0003 and the \u0002harbour\u0003.')).toEqual([
      { text: 'the ', mark: false },
      { text: 'bridge', mark: true },
      { text: ' and the ', mark: false },
      { text: 'harbour', mark: true },
      { text: '.', mark: false },
    ]);
  });
  it('keeps markup as text and tolerates unbalanced marks', () => {
    expect(snippetRuns('<b>\u0002x')).toEqual([{ text: '<b>', mark: false }, { text: 'x', mark: true }]);
    expect(snippetRuns('')).toEqual([]);
    expect(snippetRuns('a\u0003b')).toEqual([{ text: 'a', mark: false }, { text: 'b', mark: false }]);
  });
});

describe('splitParagraphs', () => {
  it('finds paragraphs and their offsets in the body', () => {
    const body = 'One.\n\nTwo two.\n  \nThree.';
    const paragraphs = splitParagraphs(body);
    expect(paragraphs.map((p) => p.text)).toEqual(['One.', 'Two two.', 'Three.']);
    for (const p of paragraphs) expect(body.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });
});

describe('paragraphRuns', () => {
  const body = 'Intro line.\n\n“We will build it,” Okafor said. “Soon,” she added.\n\nThe end.';
  it('splits a paragraph into text and quote runs that join back to the paragraph', () => {
    const quotes = [quote('We will build it,', body), quote('Soon,', body, { kind: 'fragment', speaker: null })];
    const paragraphs = paragraphRuns(body, quotes);
    expect(paragraphs).toHaveLength(3);
    const runs = paragraphs[1]!.runs;
    expect(runs.map((r) => r.text).join('')).toBe('“We will build it,” Okafor said. “Soon,” she added.');
    expect(runs.filter((r) => r.quote).map((r) => [r.text, r.quote!.speaker, r.quote!.index])).toEqual([
      ['We will build it,', 'Helen Okafor', 0],
      ['Soon,', null, 1],
    ]);
    expect(paragraphs[0]!.runs).toEqual([{ text: 'Intro line.', quote: null }]);
  });
  it('finds a quote by its text when the offsets are stale, and drops one that is gone', () => {
    const stale = { ...quote('We will build it,', body), start: 0, end: 5 };
    const gone = { ...quote('We will build it,', body), text: 'not in the body', start: 0, end: 3 };
    const runs = paragraphRuns(body, [stale, gone])[1]!.runs;
    expect(runs.filter((r) => r.quote).map((r) => r.text)).toEqual(['We will build it,']);
  });
  it('cuts overlapping quotes so no text is shown twice', () => {
    const q1 = quote('We will build it,', body);
    const q2 = { ...quote('build it,” Okafor', body) };
    const spans = locateQuotes(body, [q1, q2]);
    expect(spans[1]!.start).toBe(q1.end);
    const runs = paragraphRuns(body, [q1, q2])[1]!.runs;
    expect(runs.map((r) => r.text).join('')).toBe('“We will build it,” Okafor said. “Soon,” she added.');
  });
  it('keeps hostile markup as plain text runs', () => {
    const hostile = '<script>alert(1)</script> “<img src=x onerror=alert(1)>,” he said.';
    const runs = paragraphRuns(hostile, [quote('<img src=x onerror=alert(1)>,', hostile)])[0]!.runs;
    expect(runs.map((r) => r.text).join('')).toBe(hostile);
  });
});
