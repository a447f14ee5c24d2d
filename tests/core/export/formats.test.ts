import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { brandingOf, contrastRatio, textColourOn } from '../../../electron/core/export/branding';
import { FORMATS } from '../../../electron/core/export';
import type { PrintToPDFOptions } from 'electron';
import { electronPrintOptions } from '../../../electron/core/export/pdf';
import { reportHtml } from '../../../electron/core/export/report-html';
import type { ExportFormat } from '../../../electron/shared/api';
import { decode, fixtureLibrary, type TestLibrary } from './library';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let t: TestLibrary;
afterEach(() => t?.library.close());

describe('every format', () => {
  const noBrowser = (Object.keys(FORMATS) as ExportFormat[]).filter((f) => f !== 'pdf');

  it.each(noBrowser)('%s: a file with a safe dated name and its MIME type, also when nothing is selected', async (format) => {
    t = await fixtureLibrary();
    for (const selection of [{}, { ids: [t.ids.trashed] }]) {
      const file = await t.api.exportClips({ format, selection });
      expect(file.mimeType).toBe(FORMATS[format].mimeType);
      expect(file.fileName).toMatch(new RegExp(`^${FORMATS[format].defaultStem}-\\d{4}-\\d{2}-\\d{2}\\.${FORMATS[format].ext}$`));
      expect(decode(file).length).toBeGreaterThan(0);
    }
    expect((await t.api.exportClips({ format, selection: { ids: [t.ids.trashed] } })).clips).toBe(0);
  });

  it('refuses an unknown format, a bad accent or a logo that is not an image data: URL', async () => {
    t = await fixtureLibrary();
    await expect(t.api.exportClips({ format: 'exe' as ExportFormat, selection: {} })).rejects.toThrow(/unknown export format/);
    await expect(t.api.exportClips({ format: 'html', selection: {}, report: { accent: 'red;}body{display:none' } })).rejects.toThrow(/#rrggbb/);
    await expect(t.api.exportClips({ format: 'html', selection: {}, report: { logo: 'javascript:alert(1)' } })).rejects.toThrow(/data: URL/);
    await expect(t.api.exportClips({ format: 'html', selection: {}, report: { logo: 'data:text/html;base64,PHNjcmlwdD4=' } })).rejects.toThrow(/data: URL/);
  });
});

describe('branding apart from layout', () => {
  it('changes only the title, logo and colours of the same layout', async () => {
    t = await fixtureLibrary();
    const clips = await t.clips();
    const layout = { generatedAt: new Date('2024-06-01T00:00:00Z') };
    const plain = reportHtml(clips, brandingOf({}), layout);
    const branded = reportHtml(clips, brandingOf({ title: 'Press office weekly', logo: PNG, accent: '#FFD700' }), layout);
    expect(branded).toContain('--accent: #ffd700; --on-accent: #000000;');
    expect(branded).toContain(`<img src="${PNG}" alt="Press office weekly logo">`);
    const strip = (html: string, title: string) =>
      html.replaceAll(title, 'TITLE').replace(/<img [^>]*>/, '').replace(/--accent: #[0-9a-f]{6}; --on-accent: #[0-9a-f]{6};/, '');
    expect(strip(branded, 'Press office weekly')).toBe(strip(plain, 'Clip report'));
  });

  it('puts text on the accent in black or white, whichever passes WCAG AA (4.5:1)', () => {
    for (const accent of ['#000000', '#ffffff', '#ffd700', '#1f3a5f', '#777777', '#ff0000', '#00ff00', '#0000ff', '#808080', '#7f7f7f']) {
      expect(contrastRatio(accent, textColourOn(accent))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('embeds a PNG logo in the Word document', async () => {
    t = await fixtureLibrary();
    const file = await t.api.exportClips({ format: 'docx', selection: {}, report: { logo: PNG } });
    const zip = unzipSync(new Uint8Array(decode(file)));
    expect(Object.keys(zip).some((k) => /^word\/media\/.+\.png$/.test(k))).toBe(true);
  });
});

describe('Electron printing', () => {
  it('gives printToPDF the same A4 page, margins (inches) and page-number footer', () => {
    const options: PrintToPDFOptions = electronPrintOptions('Weekly <b>');
    expect(options).toMatchObject({ pageSize: 'A4', displayHeaderFooter: true, printBackground: true });
    expect(options.margins!.bottom).toBeCloseTo(18 / 25.4);
    expect(options.footerTemplate).toContain('<span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(options.footerTemplate).toContain('Weekly &lt;b&gt;');
  });
});
