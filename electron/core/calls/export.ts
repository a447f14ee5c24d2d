import type { CuttingsApi } from '../../shared/api';
import type { Library } from '../library';
import { exportClips, type PdfRenderer } from '../export';

export type ExportCalls = Pick<CuttingsApi, 'exportClips'>;

/** `renderPdf`: how PDFs are printed (Electron: webContents.printToPDF); default Chromium via playwright-core. */
export function exportCalls(library: Library, renderPdf?: PdfRenderer): ExportCalls {
  return { exportClips: (request) => exportClips(library, request, { renderPdf }) };
}
