// The clip report as a Word document, built with `docx`: the same structure as the HTML report, with
// Word's own heading styles (Title, Heading 1 per clip, Heading 1/2 for the quotes by speaker) so the
// navigation pane lists them, and page numbers in the footer.
import {
  AlignmentType, Bookmark, BorderStyle, Document, Footer, HeadingLevel, ImageRun, InternalHyperlink, Packer, PageBreak,
  PageNumber, Paragraph, TextRun,
} from 'docx';
import type { Clip } from '../../shared/api';
import type { Branding } from './branding';
import { stripControls } from './escape';
import { dateRangeOf, displayDate, displayQuote, displayRange, paragraphsOf, quotesBySpeaker } from './model';
import type { ReportLayout } from './report-html';

const UNTITLED = 'Untitled clip';
/** Logo height on the title page, in pixels at 96 dpi. */
const LOGO_HEIGHT_PX = 60;
const MUTED = '4A4A4A';

/** Word rejects XML control characters; strip them from every run. */
const text = (value: string | null | undefined) => stripControls(value ?? '');
const anchorOf = (clip: Clip) => `clip_${clip.id}`;

function metaLine(clip: Clip): string {
  return [clip.source, displayDate(clip.published), clip.byline ? `By ${clip.byline}` : null, clip.dateline].filter(Boolean).join(' · ');
}

/** Pixel size of a PNG or JPEG, read from its header; null for anything else. */
export function imageSize(bytes: Uint8Array): { width: number; height: number; type: 'png' | 'jpg' } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47) return { width: view.getUint32(16), height: view.getUint32(20), type: 'png' };
  if (bytes.length >= 4 && view.getUint16(0) === 0xffd8) {
    let at = 2;
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return null;
      const marker = bytes[at + 1]!;
      const length = view.getUint16(at + 2);
      const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isFrame) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7), type: 'jpg' };
      at += 2 + length;
    }
  }
  return null;
}

function logoParagraph(branding: Branding): Paragraph | null {
  const match = branding.logo?.match(/^data:image\/(?:png|jpeg);base64,(.+)$/);
  if (!match) return null; // SVG logos need a raster fallback in Word; the HTML and PDF reports show them
  const data = Buffer.from(match[1]!, 'base64');
  const size = imageSize(data);
  if (!size || !size.width || !size.height) return null;
  const scale = LOGO_HEIGHT_PX / size.height;
  return new Paragraph({
    children: [
      new ImageRun({
        type: size.type,
        data,
        transformation: { width: Math.round(size.width * scale), height: LOGO_HEIGHT_PX },
        altText: { name: 'Logo', description: `${branding.title} logo`, title: 'Logo' },
      }),
    ],
  });
}

function clipParagraphs(clip: Clip): Paragraph[] {
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: false,
      children: [new Bookmark({ id: anchorOf(clip), children: [new TextRun(text(clip.title ?? UNTITLED))] })],
    }),
  ];
  if (clip.subtitle) out.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(text(clip.subtitle))] }));
  const meta = metaLine(clip);
  if (meta) out.push(new Paragraph({ children: [new TextRun({ text: text(meta), color: MUTED, size: 20 })] }));
  for (const p of paragraphsOf(clip.body)) {
    const lines = text(p).split(/\r?\n/);
    out.push(new Paragraph({ children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) }));
  }
  for (const caption of clip.captions) out.push(new Paragraph({ children: [new TextRun({ text: text(caption), italics: true, color: MUTED })] }));
  return out;
}

function quoteParagraphs(clips: readonly Clip[]): Paragraph[] {
  const groups = quotesBySpeaker(clips);
  if (groups.length === 0) return [];
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('Quotes by speaker')] })];
  for (const group of groups) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text(group.speaker ?? 'Unattributed'))] }));
    for (const { clip, text: quote, role } of group.quotes) {
      out.push(new Paragraph({ indent: { left: 360 }, keepNext: true, children: [new TextRun(`“${text(displayQuote(quote))}”`)] }));
      const source = [role, clip.source, displayDate(clip.published)].filter(Boolean).join(', ');
      out.push(
        new Paragraph({
          indent: { left: 360 },
          spacing: { after: 160 },
          children: [
            new TextRun({ text: text(source ? `${source} — ` : ''), color: MUTED, size: 20 }),
            new InternalHyperlink({ anchor: anchorOf(clip), children: [new TextRun({ text: text(clip.title ?? UNTITLED), style: 'Hyperlink', size: 20 })] }),
          ],
        }),
      );
    }
  }
  return out;
}

export async function reportDocx(clips: readonly Clip[], branding: Branding, layout: ReportLayout = {}): Promise<Uint8Array> {
  const own = dateRangeOf(clips);
  const range = displayRange(layout.from ?? own.from, layout.to ?? own.to);
  const accent = branding.accent.slice(1).toUpperCase();
  const logo = logoParagraph(branding);
  const cover = [
    ...(logo ? [logo] : []),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      border: { bottom: { color: accent, space: 4, style: BorderStyle.SINGLE, size: 18 } },
      children: [new TextRun(text(branding.title))],
    }),
    new Paragraph({ children: [new TextRun({ text: 'Period: ', bold: true }), new TextRun(range)] }),
    new Paragraph({ children: [new TextRun({ text: 'Clips: ', bold: true }), new TextRun(String(clips.length))] }),
    new Paragraph({
      children: [new TextRun({ text: 'Prepared: ', bold: true }), new TextRun(displayDate((layout.generatedAt ?? new Date()).toISOString()) ?? '')],
    }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: 'Contents', bold: true, size: 28 })] }),
    ...clips.map(
      (c) =>
        new Paragraph({
          children: [
            new InternalHyperlink({ anchor: anchorOf(c), children: [new TextRun({ text: text(c.title ?? UNTITLED), style: 'Hyperlink' })] }),
            new TextRun({ text: text([c.source, displayDate(c.published)].filter(Boolean).join(', ').replace(/^(.)/, ' — $1')), color: MUTED }),
          ],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const doc = new Document({
    creator: 'Cuttings',
    title: text(branding.title),
    description: `${clips.length} clips, ${range}`,
    styles: {
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { size: 48, bold: true, color: '1A1A1A' } },
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 32, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 26, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 1 } },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: MUTED })],
              }),
            ],
          }),
        },
        children: [...cover, ...clips.flatMap(clipParagraphs), ...quoteParagraphs(clips)],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
