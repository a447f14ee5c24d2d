// Bytes → text: byte-order marks, UTF-16 without a BOM, UTF-8, and legacy single-byte encodings through
// chardet + iconv-lite. Binary data is refused here, before any format-specific work.

import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ClipReadError } from './errors';
import {
  DEFAULT_CHARDET_BYTES,
  DEFAULT_MAX_CONTROL_RATIO,
  DEFAULT_MIN_MULTIBYTE_CONFIDENCE,
  DEFAULT_SNIFF_BYTES,
  DEFAULT_UTF16_MAX_BLOCK_SHARE_LOW,
  DEFAULT_UTF16_MAX_LOW_TO_HIGH_NUL,
  DEFAULT_UTF16_MIN_BLOCK_SHARE,
  DEFAULT_UTF16_MIN_HIGH_NUL_RATIO,
  UTF16_SCRIPT_BLOCK_HIGH_BYTES,
  DEFAULT_UTF8_MIN_VALID_PER_INVALID,
  FALLBACK_SINGLE_BYTE_ENCODING,
} from './limits';
import { detectBinarySignature } from './magic';

export interface DecodedText {
  /** the text, without a byte-order mark, line ends untouched */
  text: string;
  /** 'utf-8', 'utf-8-bom', 'utf-8-lossy', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'windows-1252', … */
  encoding: string;
}

export interface DecodeOptions {
  /** a charset declared inside the file (HTML `<meta charset>`), tried before guessing */
  declaredCharset?: string | null;
}

interface ByteOrderMark {
  bytes: readonly number[];
  /** the name reported in `encoding` */
  encoding: string;
  /** the iconv-lite codec for the bytes after the mark */
  codec: string;
}

/** Ordered: UTF-32 LE starts with the UTF-16 LE mark, so it is tried first. */
const BYTE_ORDER_MARKS: readonly ByteOrderMark[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le', codec: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be', codec: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom', codec: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', codec: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', codec: 'utf-16be' },
];

/** Encodings chardet reports that are already handled above (or cannot be right once UTF-8 has failed). */
const SKIPPED_GUESSES = new Set(['utf-8', 'ascii', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be']);

/** Multi-byte East Asian encodings: chardet guesses them for short Western text at low confidence. */
const MULTIBYTE_GUESSES = new Set(['shift_jis', 'big5', 'euc-jp', 'euc-kr', 'gb18030', 'iso-2022-jp', 'iso-2022-kr', 'iso-2022-cn']);

/**
 * Labels decoded with a superset codec, as browsers do: bytes 0x80–0x9F are C1 controls in ISO-8859-1 but
 * curly quotes and dashes in Windows-1252, and nobody means the controls.
 */
const SUPERSET_CODECS: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254',
};

/** Control characters that ordinary text contains: tab, LF, VT, FF, CR, and ESC (ANSI colours in logs). */
const TEXT_CONTROL_CODES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);
/** TEXT_CONTROL_CODES as one bit per code below 0x20 (tested for every byte sniffed) */
const TEXT_CONTROL_BITS = [...TEXT_CONTROL_CODES].reduce((bits, c) => bits | (1 << c), 0);
/** What looksLikeBinaryText counts: a control code ordinary text does not contain, DEL, a replacement character. */
const SUSPICIOUS = new RegExp(
  `[${[...Array(0x20).keys()].filter((c) => !TEXT_CONTROL_CODES.has(c)).map((c) => `\\x${c.toString(16).padStart(2, '0')}`).join('')}\\x7f\\ufffd]`,
);
/** A code below 0x20 that ordinary text does not contain. */
const isOddControl = (c: number): boolean => c < 0x20 && ((TEXT_CONTROL_BITS >>> c) & 1) === 0;

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes `bytes` (not empty) or throws ClipReadError when they are binary. */
export function decodeBytes(file: string, bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const signature = detectBinarySignature(bytes);
  if (signature) throw new ClipReadError(file, `looks like ${signature}, not text`);

  const decoded = decodeText(bytes, options);
  if (looksLikeBinaryText(decoded.text)) throw new ClipReadError(file, 'looks like binary data, not text');
  return decoded;
}

function decodeText(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  for (const bom of BYTE_ORDER_MARKS) {
    if (startsWith(bytes, bom.bytes)) {
      return { text: decodeWith(bom.codec, bytes.subarray(bom.bytes.length)), encoding: bom.encoding };
    }
  }

  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return { text: stripBom(decodeWith(utf16, bytes)), encoding: utf16 };

  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: a damaged UTF-8 file or a legacy encoding
  }

  if (isMostlyUtf8(bytes)) return { text: utf8Lossy.decode(bytes), encoding: 'utf-8-lossy' };

  const declared = usableLegacyCharset(options.declaredCharset);
  const encoding = declared ?? guessLegacyEncoding(bytes);
  const codec = SUPERSET_CODECS[encoding] ?? encoding;
  return { text: stripBom(iconv.decode(toBuffer(bytes), codec)), encoding };
}

function decodeWith(codec: string, bytes: Uint8Array): string {
  if (codec === 'utf-8') return utf8Lossy.decode(bytes);
  if (codec === 'utf-16le') return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
  return iconv.decode(toBuffer(bytes), codec, { stripBOM: false });
}

/**
 * UTF-16 without a BOM: spaces, digits and Latin letters put a NUL in every other byte. NULs mostly at odd
 * offsets → little-endian; mostly at even offsets → big-endian. Text in one non-Latin alphabet has few NULs
 * but the same high byte (0x04 for Cyrillic) over and over.
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, DEFAULT_SNIFF_BYTES) & ~1;
  if (length < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  // bytes below 0x20 at either position: NUL and the alphabet blocks' high bytes are among them
  let low = 0;
  for (let i = 0; i < length; i += 2) {
    const even = bytes[i]!;
    const odd = bytes[i + 1]!;
    if (even === 0) evenNul++;
    if (odd === 0) oddNul++;
    if (even < 0x20) low++;
    if (odd < 0x20) low++;
  }
  const units = length / 2;
  if (oddNul / units >= DEFAULT_UTF16_MIN_HIGH_NUL_RATIO && evenNul <= oddNul * DEFAULT_UTF16_MAX_LOW_TO_HIGH_NUL) {
    return 'utf-16le';
  }
  if (evenNul / units >= DEFAULT_UTF16_MIN_HIGH_NUL_RATIO && oddNul <= evenNul * DEFAULT_UTF16_MAX_LOW_TO_HIGH_NUL) {
    return 'utf-16be';
  }
  // too few such bytes for either position to be mostly one block's high byte or NUL (nearly every text file):
  // isScriptBlockHighBytes would say no twice, after two passes over the bytes
  if (low / units < DEFAULT_UTF16_MIN_BLOCK_SHARE) return null;
  if (isScriptBlockHighBytes(bytes, length, 1)) return 'utf-16le';
  if (isScriptBlockHighBytes(bytes, length, 0)) return 'utf-16be';
  return null;
}

/**
 * True when the bytes at `parity` are mostly one alphabet block's high byte or NUL, and the others are not.
 * Bytes that could all be ASCII text (printables, tab, newlines) are left to the UTF-8 reading: Devanagari in
 * UTF-16 and "a<TAB>b<TAB>c" are the same bytes, and the ASCII reading is the likelier one.
 */
function isScriptBlockHighBytes(bytes: Uint8Array, length: number, parity: 0 | 1): boolean {
  const counts = new Uint32Array(256);
  let nonAscii = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i]!;
    if (i % 2 === parity) counts[b]!++;
    if (b >= 0x80 || isOddControl(b)) nonAscii++;
  }
  if (nonAscii === 0) return false;
  let block: number = UTF16_SCRIPT_BLOCK_HIGH_BYTES.min;
  for (let b = block + 1; b <= UTF16_SCRIPT_BLOCK_HIGH_BYTES.max; b++) if (counts[b]! > counts[block]!) block = b;
  const units = length / 2;
  if (counts[block]! === 0 || (counts[block]! + counts[0]!) / units < DEFAULT_UTF16_MIN_BLOCK_SHARE) return false;
  let other = 0;
  for (let i = 1 - parity; i < length; i += 2) if (bytes[i] === block || bytes[i] === 0) other++;
  return other / units < DEFAULT_UTF16_MAX_BLOCK_SHARE_LOW;
}

/**
 * True when the bytes are UTF-8 with a few damaged bytes (a truncated or badly concatenated file) rather
 * than a legacy encoding: well-formed multi-byte sequences clearly outnumber invalid bytes. One linear pass.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const trail = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = trail > 0;
    for (let k = 1; ok && k <= trail; k++) ok = i + k < n && (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += trail + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return valid > 0 && valid >= invalid * DEFAULT_UTF8_MIN_VALID_PER_INVALID;
}

function usableLegacyCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const name = label.trim().toLowerCase();
  if (SKIPPED_GUESSES.has(name) || name === 'utf8' || name.startsWith('utf-16') || name.startsWith('utf-32')) return null;
  return iconv.encodingExists(name) ? name : null;
}

/** chardet's best single-byte guess, or a confident multi-byte one, else Windows-1252. */
function guessLegacyEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, DEFAULT_CHARDET_BYTES);
  for (const match of chardet.analyse(sample)) {
    const name = match.name.toLowerCase();
    if (SKIPPED_GUESSES.has(name)) continue;
    if (MULTIBYTE_GUESSES.has(name) && match.confidence < DEFAULT_MIN_MULTIBYTE_CONFIDENCE) continue;
    if (!iconv.encodingExists(SUPERSET_CODECS[name] ?? name)) continue;
    return name;
  }
  return FALLBACK_SINGLE_BYTE_ENCODING;
}

/** Too many control characters (or replacement characters) near the start → not text. */
function looksLikeBinaryText(text: string): boolean {
  const length = Math.min(text.length, DEFAULT_SNIFF_BYTES);
  if (length === 0) return false;
  // nearly every text has none at all: one regex search finds that faster than a loop over its characters
  const first = text.search(SUSPICIOUS);
  if (first < 0 || first >= length) return false;
  let suspicious = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (isOddControl(c) || c === 0x7f || c === 0xfffd) suspicious++;
  }
  return suspicious / length > DEFAULT_MAX_CONTROL_RATIO;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
