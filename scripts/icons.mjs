#!/usr/bin/env node
// Renders resources/icon.svg into everything the installers want, under resources/icons/ (committed):
//   png/<n>x<n>.png   16 … 1024 (Linux takes the folder; electron-builder picks the sizes)
//   icon.png          1024 px
//   icon.ico          Windows: 16 … 256, PNG-compressed entries
//   icon.icns         macOS: PNG-based icp4 … ic10 entries (16 … 1024, with the @2x types)
// SVG → PNG with @resvg/resvg-js (pure npm, prebuilt), or Debian's rsvg-convert when that is what is there.
// ICO and ICNS are simple containers of PNGs; they are written here, so no further package is needed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE = path.join(ROOT, 'resources', 'icon.svg');
export const OUT_DIR = path.join(ROOT, 'resources', 'icons');

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS element types holding PNG data, and the pixel size each holds */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png) {
  if (png.readUInt32BE(0) !== 0x89504e47 || png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** An .ico holding the given PNGs (Vista+ reads PNG entries; 256 px is written as 0). */
export function buildIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const png of pngs) {
    const { width, height } = pngSize(png);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(width >= 256 ? 0 : width, 0);
    entry.writeUInt8(height >= 256 ? 0 : height, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...pngs]);
}

/** An .icns of [type, png] elements. */
export function buildIcns(elements) {
  const parts = elements.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 4, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 4, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

/** A renderer svg → png at `size` px: @resvg/resvg-js, else rsvg-convert. */
export async function svgRenderer() {
  try {
    const { Resvg } = await import('@resvg/resvg-js');
    return (svg, size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
  } catch {
    const probe = spawnSync('rsvg-convert', ['--version']);
    if (probe.status !== 0) throw new Error('install @resvg/resvg-js (npm) or librsvg2-bin (apt) to render the icon');
    return (svg, size) => {
      const result = spawnSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-f', 'png'], { input: svg, maxBuffer: 1 << 26 });
      if (result.status !== 0) throw new Error(`rsvg-convert failed: ${result.stderr}`);
      return result.stdout;
    };
  }
}

export async function generateIcons({ source = SOURCE, outDir = OUT_DIR, log = console.log } = {}) {
  const svg = fs.readFileSync(source);
  const render = await svgRenderer();
  const pngs = new Map(PNG_SIZES.map((size) => [size, render(svg, size)]));
  fs.mkdirSync(path.join(outDir, 'png'), { recursive: true });
  for (const [size, png] of pngs) fs.writeFileSync(path.join(outDir, 'png', `${size}x${size}.png`), png);
  fs.writeFileSync(path.join(outDir, 'icon.png'), pngs.get(1024));
  fs.writeFileSync(path.join(outDir, 'icon.ico'), buildIco(ICO_SIZES.map((size) => pngs.get(size))));
  fs.writeFileSync(path.join(outDir, 'icon.icns'), buildIcns(ICNS_TYPES.map(([type, size]) => [type, pngs.get(size)])));
  log(`icons written to ${path.relative(process.cwd(), outDir) || '.'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  generateIcons().catch((error) => {
    console.error(`[icons] ${error.message}`);
    process.exit(1);
  });
}
