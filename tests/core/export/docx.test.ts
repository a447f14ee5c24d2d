import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { decode, fixtureLibrary, HEADLINES, type TestLibrary } from './library';

let t: TestLibrary;
afterEach(() => t?.library.close());

/** Paragraphs of word/document.xml: style id and text. */
function paragraphs(xml: string): { style: string | null; text: string }[] {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

describe('DOCX export', () => {
  it('unzips to a Word document whose headlines carry real heading styles', async () => {
    t = await fixtureLibrary();
    const file = await t.api.exportClips({ format: 'docx', selection: {}, report: { title: 'Weekly cuttings', accent: '#aa3300' } });
    expect(file.fileName).toMatch(/^Weekly-cuttings-\d{4}-\d{2}-\d{2}\.docx$/);
    const zip = unzipSync(new Uint8Array(decode(file)));
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const xml = strFromU8(zip['word/document.xml']!);
    const paras = paragraphs(xml);
    expect(paras.find((p) => p.style === 'Title')?.text).toBe('Weekly cuttings');
    const h1 = paras.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual([HEADLINES.ferry, HEADLINES.budget, HEADLINES.hostile, 'Quotes by speaker']);
    const h2 = paras.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(h2).toEqual(expect.arrayContaining(['Alan Whitfield', 'Maria Lopes', 'Priya Nair', 'Ruth Okafor']));
    // the styles exist with outline levels, which is what Word's navigation pane reads
    const styles = strFromU8(zip['word/styles.xml']!);
    for (const id of ['Title', 'Heading1', 'Heading2']) expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    // the clip's markup is text, escaped in the XML
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script');
    expect(paras.some((p) => p.text.includes('<img src=x onerror=alert(1)>'))).toBe(true);
    // page numbers in the footer
    const footer = Object.keys(zip).find((k) => /^word\/footer\d*\.xml$/.test(k))!;
    expect(strFromU8(zip[footer]!)).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });
});
