// Export: the selected clips in one of the formats. One module per format; this file picks the
// clips, the branding and the layout, and names the file.
import type { Clip, ExportFormat, ExportRequest, ExportedFile } from '../../shared/api';
import { ApiArgumentError } from '../../shared/api-schema';
import type { Library } from '../library';
import { brandingOf, type Branding } from './branding';
import { clipsCsv, quotesCsv } from './csv';
import { reportDocx } from './docx';
import { safeFileName, today } from './filenames';
import { exportJson } from './json';
import { combinedMarkdown, splitMarkdown, type SplitFile } from './markdown';
import { loadClips } from './model';
import { chromiumPdfRenderer, type PdfRenderer } from './pdf';
import { reportHtml, type ReportLayout } from './report-html';
import { selectClipIds } from './select';

export type { PdfRenderer } from './pdf';

interface FormatInfo {
  ext: string;
  mimeType: string;
  /** stem of the file name when the report has no title of its own */
  defaultStem: string;
}

export const FORMATS: Readonly<Record<ExportFormat, FormatInfo>> = {
  md: { ext: 'md', mimeType: 'text/markdown; charset=utf-8', defaultStem: 'cuttings-clips' },
  html: { ext: 'html', mimeType: 'text/html; charset=utf-8', defaultStem: 'cuttings-report' },
  pdf: { ext: 'pdf', mimeType: 'application/pdf', defaultStem: 'cuttings-report' },
  docx: { ext: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', defaultStem: 'cuttings-report' },
  json: { ext: 'json', mimeType: 'application/json', defaultStem: 'cuttings-export' },
  csv: { ext: 'csv', mimeType: 'text/csv; charset=utf-8', defaultStem: 'cuttings-clips' },
  'quotes-csv': { ext: 'csv', mimeType: 'text/csv; charset=utf-8', defaultStem: 'cuttings-quotes' },
};

export interface ExportDeps {
  /** PDF renderer (the Electron shell passes webContents.printToPDF); default: Chromium via playwright-core */
  renderPdf?: PdfRenderer;
  now?: () => Date;
}

/** The clips a request selects, in report order. */
export async function selectedClips(library: Library, request: Pick<ExportRequest, 'selection'>): Promise<Clip[]> {
  return loadClips(library.db, await selectClipIds(library, request.selection));
}

export function exportFileName(format: ExportFormat, title: string | undefined, now: Date): string {
  const info = FORMATS[format];
  const stem = title?.trim() ? title : info.defaultStem;
  return safeFileName(`${stem} ${today(now)}`.replace(/\s+/g, '-'), info.ext);
}

async function render(
  library: Library,
  format: ExportFormat,
  clips: Clip[],
  branding: Branding,
  layout: ReportLayout,
  deps: ExportDeps,
): Promise<Uint8Array | string> {
  switch (format) {
    case 'html':
      return reportHtml(clips, branding, layout);
    case 'pdf':
      return (deps.renderPdf ?? chromiumPdfRenderer(branding.title))(reportHtml(clips, branding, layout));
    case 'docx':
      return reportDocx(clips, branding, layout);
    case 'md':
      return combinedMarkdown(clips, branding, layout);
    case 'json':
      return exportJson(library.db, clips, layout.generatedAt);
    case 'csv':
      return clipsCsv(clips);
    case 'quotes-csv':
      return quotesCsv(clips);
  }
}

/** Exports the selected clips (trashed ones never) as one file. */
export async function exportClips(library: Library, request: ExportRequest, deps: ExportDeps = {}): Promise<ExportedFile> {
  const info = FORMATS[request.format];
  if (!info) throw new ApiArgumentError(`exportClips: format: unknown export format "${String(request.format)}"`);
  const branding = brandingOf(request.report);
  const now = deps.now?.() ?? new Date();
  const clips = await selectedClips(library, request);
  // the cover shows the period asked for when it names days, else the clips' own first and last dates
  const day = (d: string | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);
  const layout: ReportLayout = { from: day(request.selection.from), to: day(request.selection.to), generatedAt: now };
  const data = await render(library, request.format, clips, branding, layout, deps);
  return {
    fileName: exportFileName(request.format, request.report?.title, now),
    mimeType: info.mimeType,
    dataBase64: Buffer.from(data).toString('base64'),
    clips: clips.length,
  };
}

/** Markdown, one file per clip (CLI --split). */
export async function exportMarkdownSplit(library: Library, request: Pick<ExportRequest, 'selection'>): Promise<SplitFile[]> {
  return splitMarkdown(await selectedClips(library, request));
}
