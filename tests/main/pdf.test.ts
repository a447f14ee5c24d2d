import { electronMock } from '../setup/electron-mock';
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronPdfRenderer } from '../../electron/main/pdf';
import { electronPrintOptions } from '../../electron/core/export/pdf';

const { BrowserWindow } = electronMock.electron;
type FakeWindow = InstanceType<typeof BrowserWindow> & Record<string, any>;
const proto = BrowserWindow.prototype as unknown as Record<string, unknown>;

afterEach(() => {
  delete proto.loadFile;
  delete proto.destroy;
});

describe('PDF export in the app', () => {
  it('prints the report in a hidden window with JavaScript off and cleans up after itself', async () => {
    let loaded = '';
    let printedWith: unknown;
    proto.loadFile = vi.fn(async function (this: FakeWindow, file: string) {
      loaded = fs.readFileSync(file, 'utf8');
      (this.webContents as unknown as Record<string, unknown>).printToPDF = vi.fn(async (options: unknown) => {
        printedWith = options;
        return Buffer.from('%PDF-1.7 fake');
      });
    });
    proto.destroy = vi.fn(function (this: FakeWindow) {
      this.destroyed = true;
    });

    const pdf = await electronPdfRenderer()('<html><body><h1>Weekly report</h1></body></html>');

    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    expect(loaded).toContain('<h1>Weekly report</h1>');
    expect(printedWith).toEqual(electronPrintOptions());
    const win = BrowserWindow.instances.at(-1) as FakeWindow;
    expect(win.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(win.destroyed).toBe(true);
  });

  it('closes the window even when printing fails', async () => {
    proto.loadFile = vi.fn(async () => {
      throw new Error('load failed');
    });
    proto.destroy = vi.fn(function (this: FakeWindow) {
      this.destroyed = true;
    });
    await expect(electronPdfRenderer()('<p>x</p>')).rejects.toThrow('load failed');
    expect((BrowserWindow.instances.at(-1) as FakeWindow).destroyed).toBe(true);
  });
});
