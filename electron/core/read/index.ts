// Turning a file's bytes into clipping text: decode, refuse what is not text, and pull out the text of
// HTML pages and e-mails along with the hints (dates, headline, byline, source) they carry outside the text.
// Plain Node: no Electron.

import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { decodeBytes } from './decode';
import { readEmail } from './email';
import { ClipReadError, describeFileError } from './errors';
import type { ClippingHints } from './hints';
import { readHtml, sniffHtmlCharset } from './html';
import { DEFAULT_MAX_BYTES, formatSize } from './limits';
import { readMarkdown } from './markdown';

export { ClipReadError, describeFileError } from './errors';
export type { ClippingHints } from './hints';
export { DEFAULT_MAX_BYTES as MAX_CLIPPING_BYTES } from './limits';

export type ClippingFormat = 'text' | 'markdown' | 'html' | 'email';

export interface ClippingSource {
  /** the decoded text that goes to the text cleaner (the original kept verbatim in the library) */
  text: string;
  format: ClippingFormat;
  /** what was detected: 'utf-8', 'utf-8-bom', 'utf-8-lossy', 'utf-16le', 'utf-16be', 'windows-1252', … */
  encoding: string;
  /**
   * hints known from outside the text, passed to the cleaner as CleanOptions: captured (e-mail Date header),
   * published/title/byline/source (HTML metadata, markdown front matter, e-mail From name)
   */
  hints: ClippingHints;
}

export interface ReadOptions {
  /** refuse larger files; default MAX_CLIPPING_BYTES (64 MB) */
  maxBytes?: number;
  /**
   * Read the file with blocking calls: for a thread that has nothing else to do meanwhile (the import worker).
   * There the promise calls' thread-pool round trips cost more CPU than the read itself (a bench clip: 0.37 ms
   * against 0.13 ms, decoding included).
   */
  blocking?: boolean;
}

/** Extension (lower case, with dot) → format. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, ClippingFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.eml': 'email',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(Object.keys(FORMAT_BY_EXTENSION));

const SUPPORTED_LIST = SUPPORTED_EXTENSIONS.join(', ');

/** True when the name (or path) ends in a supported extension, in any letter case. */
export function isSupportedFile(name: string): boolean {
  return extensionOf(name) in FORMAT_BY_EXTENSION;
}

/** Reads a clipping from its bytes; `name` (file name or path) gives the format and prefixes errors. */
export async function readClipping(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ClippingSource> {
  const format = formatOf(name);
  checkSize(name, bytes.length, options.maxBytes);
  if (bytes.length === 0) throw new ClipReadError(name, 'the file is empty');
  try {
    return await readFormat(name, format, bytes);
  } catch (error) {
    if (error instanceof ClipReadError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ClipReadError(name, `could not be read as ${FORMAT_NAMES[format]}: ${detail}`);
  }
}

/** Reads a clipping file: refuses unsupported names and files over the size limit before reading them. */
export async function readClippingFile(path: string, options: ReadOptions = {}): Promise<ClippingSource> {
  formatOf(path);
  let size: number;
  try {
    const info = options.blocking ? statSync(path) : await stat(path);
    if (info.isDirectory()) throw new ClipReadError(path, 'is a folder, not a file');
    if (!info.isFile()) throw new ClipReadError(path, 'is not a regular file');
    size = info.size;
  } catch (error) {
    throw fileError(path, error);
  }
  checkSize(path, size, options.maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = options.blocking ? readFileSync(path) : await readFile(path);
  } catch (error) {
    throw fileError(path, error);
  }
  return readClipping(path, bytes, options);
}

const FORMAT_NAMES: Readonly<Record<ClippingFormat, string>> = {
  text: 'text',
  markdown: 'markdown',
  html: 'HTML',
  email: 'an e-mail',
};

async function readFormat(name: string, format: ClippingFormat, bytes: Uint8Array): Promise<ClippingSource> {
  if (format === 'email') {
    decodeBytes(name, bytes); // refuses binary data; mailparser decodes the parts' own charsets
    const mail = await readEmail(bytes);
    requireText(name, mail.text, 'the e-mail has no text');
    return { text: mail.text, format, encoding: mail.encoding, hints: mail.hints };
  }

  const declaredCharset = format === 'html' ? sniffHtmlCharset(bytes) : null;
  const { text, encoding } = decodeBytes(name, bytes, { declaredCharset });
  requireText(name, text, 'the file contains only whitespace');

  if (format === 'html') {
    const page = readHtml(text);
    requireText(name, page.text, 'the page has no readable text');
    return { text: page.text, format, encoding, hints: page.hints };
  }
  if (format === 'markdown') {
    const doc = readMarkdown(text);
    requireText(name, doc.text, 'the file has front matter but no text');
    return { text: doc.text, format, encoding, hints: doc.hints };
  }
  return { text, format, encoding, hints: {} };
}

function requireText(name: string, text: string, reason: string): void {
  if (!/\S/.test(text)) throw new ClipReadError(name, reason);
}

function formatOf(name: string): ClippingFormat {
  const extension = extensionOf(name);
  const format = FORMAT_BY_EXTENSION[extension];
  if (format) return format;
  if (extension === '') throw new ClipReadError(name, `has no file extension; supported: ${SUPPORTED_LIST}`);
  throw new ClipReadError(name, `"${extension}" files are not supported; supported: ${SUPPORTED_LIST}`);
}

function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function checkSize(name: string, size: number, maxBytes = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes) throw new ClipReadError(name, `is ${formatSize(size)}; the limit is ${formatSize(maxBytes)}`);
}

function fileError(path: string, error: unknown): ClipReadError {
  if (error instanceof ClipReadError) return error;
  return new ClipReadError(path, describeFileError(error));
}
