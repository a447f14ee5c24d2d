import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ClipReadError, readClipping, readClippingFile } from '../../../electron/core/read';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/read/${name}`, import.meta.url));

describe('e-mail (.eml)', () => {
  it('reads the plain-text part, decoding quoted-printable Latin-1, with Date and From hints', async () => {
    const source = await readClippingFile(fixture('newsletter-plain.eml'));
    expect(source.format).toBe('email');
    expect(source.encoding).toBe('iso-8859-1');
    expect(source.hints).toEqual({ captured: '2024-03-05T06:30:00.000Z', source: 'Harbour Times Morning Bulletin' });
    expect(source.text).toContain('The island ferry will leave the quay twenty minutes earlier from Monday, the operator said on Tuesday.');
    expect(source.text).toContain('\u201cWe want to give commuters a realistic connection,\u201d said harbour master Renée Okafor.');
  });

  it('reads the HTML part through the HTML path when the text part is only a stub', async () => {
    const source = await readClippingFile(fixture('alert-html-only.eml'));
    expect(source.hints).toEqual({ captured: '2024-01-12T16:45:10.000Z', source: 'Valley Courier Alerts' });
    expect(source.text).not.toContain('View this alert');
    expect(source.text).not.toContain('tracked');
    expect(source.text).not.toContain('color');
    const paragraphs = source.text.split('\n\n');
    expect(paragraphs).toContain(
      'Councillor Maeve Lindqvist said the new reading room would open “before the autumn term” if building work ran to plan.',
    );
    expect(paragraphs).toContain('Construction is expected to begin in the spring, with the children’s section staying open throughout.');
  });

  it('gives no hints it does not have (no Date header, a bare address)', async () => {
    const source = await readClippingFile(fixture('no-sender-name.eml'));
    expect(source.hints).toEqual({});
    expect(source.text.trim()).toBe('A short digest without a Date header or a sender name.');
  });

  it('refuses an e-mail with no text', async () => {
    await expect(readClippingFile(fixture('attachment-only.eml'))).rejects.toMatchObject({
      reason: 'the e-mail has no text',
    });
  });

  it('reads an e-mail given as bytes', async () => {
    const bytes = await readFile(fixture('no-sender-name.eml'));
    const source = await readClipping('inbox/digest.eml', bytes);
    expect(source.format).toBe('email');
  });
});

describe('markdown', () => {
  it('turns YAML front matter into hints and keeps the rest verbatim', async () => {
    const raw = await readFile(fixture('front-matter-clip.md'), 'utf8');
    const source = await readClippingFile(fixture('front-matter-clip.md'));
    expect(source.format).toBe('markdown');
    expect(source.hints).toEqual({
      title: 'Orchard growers count the cost of late frost',
      source: 'The Fenland Ledger',
      byline: 'Priya Natarajan and Tomas Berg',
      published: '2024-04-18',
      captured: '2024-04-19T08:12:00+01:00',
    });
    expect(source.text).toBe(raw.slice(raw.indexOf('# Orchard')));
  });

  it('handles CRLF front matter, inline lists, quotes and a URL source', async () => {
    const text = "---\r\ntitle: 'Tide gauge: new readings'\r\nauthors: [Ines Duarte, \"Kwame Mensah\"]\r\nsource: https://example.com/tide\r\ndate: 2022-09-01\r\n---\r\nBody text.\r\n";
    const source = await readClipping('tide.markdown', Buffer.from(text));
    expect(source.hints).toEqual({ title: 'Tide gauge: new readings', byline: 'Ines Duarte and Kwame Mensah', published: '2022-09-01' });
    expect(source.text).toBe('Body text.\r\n');
  });

  it('keeps markdown without front matter, or with a rule that is not front matter, unchanged', async () => {
    const plain = '# Heading\n\nSome *markdown* text.\n';
    expect((await readClipping('a.md', Buffer.from(plain))).text).toBe(plain);
    const rule = '---\nJust a paragraph after a rule, not metadata.\n---\nMore.\n';
    const source = await readClipping('b.md', Buffer.from(rule));
    expect(source.text).toBe(rule);
    expect(source.hints).toEqual({});
    const unclosed = '---\ntitle: never closed\n\nText.\n';
    expect((await readClipping('c.md', Buffer.from(unclosed))).text).toBe(unclosed);
  });

  it('reads a UTF-8 BOM before the front matter', async () => {
    const source = await readClipping('bom.md', Buffer.from('\ufeff---\ntitle: With BOM\n---\nText.\n'));
    expect(source.encoding).toBe('utf-8-bom');
    expect(source.hints.title).toBe('With BOM');
    expect(source.text).toBe('Text.\n');
  });

  it('throws only ClipReadError', async () => {
    await expect(readClipping('x.md', new Uint8Array())).rejects.toBeInstanceOf(ClipReadError);
  });
});
