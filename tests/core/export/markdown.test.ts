import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeMarkdown, yamlString } from '../../../electron/core/export/escape';
import { exportMarkdownSplit } from '../../../electron/core/export';
import { decode, fixtureLibrary, HEADLINES, IMG, SCRIPT, type TestLibrary } from './library';

/** js-yaml (installed with the dev tools) reads the front matter as any YAML tool would. */
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

let t: TestLibrary;
afterEach(() => t?.library.close());

describe('Markdown escaping', () => {
  it.each([
    [SCRIPT, '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [IMG, '&lt;img src=x onerror=alert(1)&gt;'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['*bold* _em_ `code`', '\\*bold\\* \\_em\\_ \\`code\\`'],
    ['AT&T &amp; co', 'AT&T &amp;amp; co'],
    ['<!-- hidden -->', '&lt;!-- hidden --&gt;'],
  ])('%j → %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'],
    ['a "quoted": value', 'a "quoted": value'],
    ['line\nbreak', 'line\nbreak'],
    ['--- \n---', '--- \n---'],
    ['yes', 'yes'],
    ['null', 'null'],
    ['2024-03-12', '2024-03-12'],
    ['#comment', '#comment'],
    ['tricky\u2028separator\u0085', 'tricky\u2028separator'], // NEL is a control character: dropped
    ["&anchor *alias !tag {a: b} [c] 'q' \\ back", "&anchor *alias !tag {a: b} [c] 'q' \\ back"],
  ])('YAML string %j reads back as %j', (value, expected) => {
    expect(yaml.load(`v: ${yamlString(value)}`)).toEqual({ v: expected });
  });
});

describe('Markdown export', () => {
  it('writes one combined file with contents, clips and quotes by speaker; clip text stays inert', async () => {
    t = await fixtureLibrary();
    const file = await t.api.exportClips({ format: 'md', selection: {}, report: { title: 'Weekly <b>cuttings</b>' } });
    expect(file.mimeType).toMatch(/^text\/markdown/);
    expect(file.fileName).toMatch(/^Weekly-b-cuttings-b-\d{4}-\d{2}-\d{2}\.md$/);
    const md = decode(file).toString('utf8');
    expect(md.startsWith('# Weekly &lt;b&gt;cuttings&lt;/b&gt;\n')).toBe(true);
    expect(md).toContain(`## ${HEADLINES.ferry}`);
    expect(md).toContain(`## ${HEADLINES.budget}`);
    expect(md).toContain('## Council website hacked with &lt;script&gt;alert(1)&lt;/script&gt; in headline');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toMatch(/<script|<img|<b>/i);
    expect(md).toContain('## Quotes by speaker');
    expect(md).toContain('### Ruth Okafor');
    expect(md).not.toContain(HEADLINES.trashed);
  });

  it('splits into one file per clip with YAML front matter that any YAML reader parses', async () => {
    t = await fixtureLibrary();
    const files = await exportMarkdownSplit(t.library, { selection: {} });
    expect(files.map((f) => f.fileName)).toEqual([
      `0001-${HEADLINES.ferry}.md`,
      `0002-${HEADLINES.budget}.md`,
      '0003-Council website hacked with -script-alert(1)-script- in headline.md',
    ]);
    const hostile = files[2]!.content;
    const [, front, body] = hostile.split(/^---$/m) as [string, string, string];
    expect(yaml.load(front)).toEqual({
      title: HEADLINES.hostile,
      source: 'Valley Times',
      published: '2024-05-20',
      captured: null,
      byline: 'Sam Hill',
      tags: expect.arrayContaining(['Priya Nair']),
      speakers: ['Priya Nair'],
      clip_id: t.ids.hostile,
    });
    expect(body).not.toMatch(/<script|<img/i);
    const ferry = yaml.load(files[0]!.content.split(/^---$/m)[1]!) as { tags: string[]; byline: string };
    expect(ferry.tags).toContain('Weekly report');
    expect(ferry.byline).toBe('Jane Doe, Transport Editor');
  });
});
