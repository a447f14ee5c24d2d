// Tunables of the reader, in one place.

/** Files larger than this are refused before they are read. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** How many bytes from the start are inspected for binary content and UTF-16 without a BOM. */
export const DEFAULT_SNIFF_BYTES = 64 * 1024;

/** How many bytes are given to chardet when the text is not UTF-8 (it is slow on large inputs). */
export const DEFAULT_CHARDET_BYTES = 256 * 1024;

/** Above this share of control characters (NUL, C0 other than tab/newline/CR/FF/VT/ESC) the data is binary. */
export const DEFAULT_MAX_CONTROL_RATIO = 0.05;

/**
 * UTF-16 without a BOM: the share of NUL bytes needed at the high-byte positions (ASCII-range characters
 * such as spaces and digits put a NUL there), and how much rarer NULs must be at the low-byte positions.
 */
export const DEFAULT_UTF16_MIN_HIGH_NUL_RATIO = 0.1;
export const DEFAULT_UTF16_MAX_LOW_TO_HIGH_NUL = 0.1;

/**
 * UTF-16 without a BOM in one non-Latin alphabet (Cyrillic, Greek, Hebrew, Arabic, Indic, Thai…): nearly every
 * high byte is the alphabet's block (0x01–0x1F, below the ASCII printables) or NUL (spaces, digits). The share needed at the high-byte
 * positions, and the most the same bytes may occupy at the low-byte positions.
 */
export const DEFAULT_UTF16_MIN_BLOCK_SHARE = 0.6;
export const DEFAULT_UTF16_MAX_BLOCK_SHARE_LOW = 0.2;
export const UTF16_SCRIPT_BLOCK_HIGH_BYTES = { min: 0x01, max: 0x1f } as const;

/**
 * Invalid UTF-8 that is still mostly UTF-8 (a few damaged bytes) is decoded as UTF-8 with replacement
 * characters when there are at least this many well-formed multi-byte sequences per invalid byte.
 */
export const DEFAULT_UTF8_MIN_VALID_PER_INVALID = 4;

/**
 * chardet's guess of a multi-byte East Asian encoding is only believed at or above this confidence (0–100);
 * below it, short Western text is often mistaken for Shift_JIS or Big5.
 */
export const DEFAULT_MIN_MULTIBYTE_CONFIDENCE = 50;

/** The encoding used when nothing better is known for text that is not UTF-8 (what browsers do). */
export const FALLBACK_SINGLE_BYTE_ENCODING = 'windows-1252';

/** How far into an HTML file a `<meta charset>` declaration is looked for. */
export const DEFAULT_HTML_CHARSET_SCAN_BYTES = 4096;

/** How far into a markdown file the closing line of YAML front matter is looked for. */
export const DEFAULT_FRONT_MATTER_MAX_CHARS = 16 * 1024;

/** Human-readable size: "512 bytes", "3.5 KB", "80 MB" (binary units). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = Number.isInteger(value) ? String(value) : value < 100 ? value.toFixed(1) : String(Math.round(value));
  return `${shown} ${units[unit]}`;
}
