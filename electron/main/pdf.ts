// PDF export inside the app: the report is printed by Electron's own Chromium (webContents.printToPDF)
// in a hidden window with JavaScript off, so no system browser is needed and the report's text stays inert.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { electronPrintOptions, type PdfRenderer } from '../core/export/pdf';

export function electronPdfRenderer(): PdfRenderer {
  return async (html) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cuttings-report-'));
    const file = path.join(dir, 'report.html');
    const win = new BrowserWindow({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      await fs.writeFile(file, html);
      await win.loadFile(file);
      return new Uint8Array(await win.webContents.printToPDF(electronPrintOptions()));
    } finally {
      win.destroy();
      await fs.rm(dir, { recursive: true, force: true });
    }
  };
}
