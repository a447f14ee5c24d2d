// File names that are safe to create on Windows, macOS and Linux, made from untrusted text (headlines,
// report titles). Everything that one of the three refuses or treats specially is replaced or removed.

/** Longest name in UTF-8 bytes, extension included (ext4, APFS and NTFS allow 255; leave room for " (2)"). */
export const MAX_FILE_NAME_BYTES = 200;

/** The name used when nothing usable is left of the text. */
export const DEFAULT_FILE_STEM = 'export';

/** Names Windows reserves for devices, with any extension ("con.txt" is as reserved as "CON"). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

const PATTERNS = {
  /** forbidden on Windows (and "/" everywhere), plus C0/C1 controls and DEL */
  forbidden: /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g,
  /** invisible or direction-changing characters that make a name look like something else ("txt.exe") */
  invisible: /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g,
  whitespace: /\s+/g,
  /** Windows drops trailing dots and spaces; a leading dot hides the file, a leading dash reads as an option */
  edgeDotsAndSpaces: /^[\s.-]+|[\s.-]+$/g,
  repeatedDashes: /-{2,}/g,
} as const;

const utf8 = new TextEncoder();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function byteLength(text: string): number {
  return utf8.encode(text).length;
}

/** Cuts to at most `maxBytes` UTF-8 bytes without splitting a character or a grapheme (é, 👍🏽, flags). */
export function truncateBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = byteLength(segment);
    if (bytes + size > maxBytes) break;
    out += segment;
    bytes += size;
  }
  return out;
}

/** The stem part of a file name, cleaned: no forbidden or invisible characters, no edge dots/spaces. */
export function cleanStem(text: string): string {
  return text
    .normalize('NFC')
    .replace(PATTERNS.invisible, '')
    .replace(PATTERNS.whitespace, ' ')
    .replace(PATTERNS.forbidden, '-')
    .replace(PATTERNS.repeatedDashes, '-')
    .replace(PATTERNS.edgeDotsAndSpaces, '');
}

/**
 * A file name made from `text` with the extension `ext` (without dot, e.g. "pdf"; may be empty):
 * safe on Windows, macOS and Linux and at most MAX_FILE_NAME_BYTES bytes in UTF-8.
 */
export function safeFileName(text: string, ext = '', maxBytes = MAX_FILE_NAME_BYTES): string {
  const suffix = ext ? '.' + cleanStem(ext).replace(/\./g, '') : '';
  const budget = Math.max(1, maxBytes - byteLength(suffix));
  const fit = (stem: string) => truncateBytes(stem, budget).replace(PATTERNS.edgeDotsAndSpaces, '');
  let stem = fit(cleanStem(text)) || DEFAULT_FILE_STEM;
  // Windows looks at the part before the first dot: "CON.report" and "nul .txt" are devices too.
  if (WINDOWS_RESERVED.test(stem.split('.')[0]!.trim())) stem = fit('_' + stem);
  return stem + suffix;
}

/** Today's date as YYYY-MM-DD (UTC), for default export names. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
