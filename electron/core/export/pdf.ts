// PDF of the clip report through Chromium's print engine. In the app, the Electron shell passes its own
// renderer (webContents.printToPDF); the CLI and tests use Chromium driven by playwright-core.
import { escapeHtml } from './escape';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, chromiumPath } from '../chromium';

/** Renders a report's HTML to PDF bytes. */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;


/** Page margins: the footer with the page numbers sits in the bottom one. */
export const PDF_MARGINS = { top: '16mm', right: '15mm', bottom: '18mm', left: '15mm' } as const;
/** Rendering 500 clips takes seconds; a stuck browser must not hang an export forever. */
const RENDER_TIMEOUT_MS = 180_000;

/** "Page 3 of 12" in the footer; Chromium fills the pageNumber/totalPages spans. Styles must be inline. */
export function footerTemplate(title: string): string {
  return `<div style="font: 8px Arial, sans-serif; color: #444; width: 100%; padding: 0 15mm; display: flex; justify-content: space-between;">
<span>${escapeHtml(title)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

export class ChromiumMissingError extends Error {
  constructor() {
    super(`PDF export needs Chromium: ${HOW_TO_GET_CHROMIUM}`);
  }
}

export function findChromium(): string {
  const found = chromiumPath();
  if (!found) throw new ChromiumMissingError();
  return found;
}

/** A renderer using Chromium through playwright-core; the page runs with JavaScript disabled. */
export function chromiumPdfRenderer(footerTitle = ''): PdfRenderer {
  return async (html) => {
    // loaded on first use: playwright-core costs ~80 MB and seconds to load in every process that imports it
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS], timeout: RENDER_TIMEOUT_MS });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(footerTitle),
        margin: PDF_MARGINS,
        outline: true,
        tagged: true,
      });
    } finally {
      await browser.close();
    }
  };
}

/**
 * The same page setup for Electron's `webContents.printToPDF` (the shell's renderPdf hook): load the report
 * in a hidden window with `javascript: false`, then `printToPDF(electronPrintOptions())`. Margins in inches.
 */
export function electronPrintOptions(footerTitle = '') {
  const inches = (mm: string) => Number.parseFloat(mm) / 25.4;
  return {
    pageSize: 'A4' as const,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(footerTitle),
    margins: { top: inches(PDF_MARGINS.top), right: inches(PDF_MARGINS.right), bottom: inches(PDF_MARGINS.bottom), left: inches(PDF_MARGINS.left) },
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  };
}
