// resources/icons (committed, made by scripts/icons.mjs from resources/icon.svg): every size is there and
// the .ico/.icns containers are well formed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface IconScript {
  PNG_SIZES: number[];
  ICO_SIZES: number[];
  ICNS_TYPES: [string, number][];
  pngSize(png: Buffer): { width: number; height: number };
  buildIco(pngs: Buffer[]): Buffer;
  buildIcns(elements: [string, Buffer][]): Buffer;
}

const script = (await import(/* @vite-ignore */ path.resolve('scripts/icons.mjs'))) as IconScript;
const dir = path.resolve('resources/icons');

function readIco(ico: Buffer) {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const size = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    const png = ico.subarray(offset, offset + size);
    return { declared: ico.readUInt8(at) || 256, ...script.pngSize(png) };
  });
}

function readIcns(icns: Buffer) {
  expect(icns.toString('ascii', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const elements: { type: string; width: number }[] = [];
  for (let at = 8; at < icns.length; ) {
    const length = icns.readUInt32BE(at + 4);
    elements.push({ type: icns.toString('ascii', at, at + 4), width: script.pngSize(icns.subarray(at + 8, at + length)).width });
    at += length;
  }
  return elements;
}

describe('icons', () => {
  it('has a square PNG for every size', () => {
    for (const size of script.PNG_SIZES) {
      const png = fs.readFileSync(path.join(dir, 'png', `${size}x${size}.png`));
      expect(script.pngSize(png)).toEqual({ width: size, height: size });
    }
    expect(script.pngSize(fs.readFileSync(path.join(dir, 'icon.png'))).width).toBe(1024);
  });

  it('has a Windows .ico with 16 … 256', () => {
    const entries = readIco(fs.readFileSync(path.join(dir, 'icon.ico')));
    expect(entries.map((e) => e.width)).toEqual(script.ICO_SIZES);
    for (const entry of entries) expect(entry.declared).toBe(entry.width);
  });

  it('has a macOS .icns whose every element holds a PNG of its type’s size', () => {
    const elements = readIcns(fs.readFileSync(path.join(dir, 'icon.icns')));
    expect(elements).toEqual(script.ICNS_TYPES.map(([type, width]) => ({ type, width })));
  });

  it('comes from an SVG source with a square view box', () => {
    const svg = fs.readFileSync(path.resolve('resources/icon.svg'), 'utf8');
    expect(svg).toMatch(/<svg[^>]+viewBox="0 0 1024 1024"/);
    expect(svg).not.toMatch(/<text|<image|href="http/);
  });

  it('writes containers a reader can walk (round trip)', () => {
    const png = fs.readFileSync(path.join(dir, 'png', '16x16.png'));
    expect(readIco(script.buildIco([png, png]))).toHaveLength(2);
    expect(readIcns(script.buildIcns([['icp4', png]]))).toEqual([{ type: 'icp4', width: 16 }]);
    expect(() => script.pngSize(Buffer.from('GIF89a............................'))).toThrow(/not a PNG/);
  });
});
