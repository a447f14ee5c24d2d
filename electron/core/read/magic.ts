// Known binary formats, recognised by their first bytes ("magic numbers"), so that a misnamed picture or
// document is refused with a reason a person understands ("looks like a PNG image, not text").

export interface BinarySignature {
  /** what the file looks like, used as "looks like <label>, not text" */
  label: string;
  /** where the signature starts */
  offset: number;
  /** the signature bytes; a string is taken as Latin-1 bytes */
  bytes: readonly number[] | string;
  /** an extra check for short signatures that could also begin a text file */
  also?: (data: Uint8Array) => boolean;
}

const hasNulWithin = (limit: number) => (data: Uint8Array) => data.subarray(0, limit).includes(0);

/** Ordered: the first match wins, so specific signatures come before general ones (ZIP before nothing else). */
export const BINARY_SIGNATURES: readonly BinarySignature[] = [
  // images
  { label: 'a PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { label: 'a JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { label: 'a GIF image', offset: 0, bytes: 'GIF87a' },
  { label: 'a GIF image', offset: 0, bytes: 'GIF89a' },
  { label: 'a WebP image', offset: 0, bytes: 'RIFF', also: (d) => matchesAt(d, 8, 'WEBP') },
  { label: 'a TIFF image', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { label: 'a TIFF image', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { label: 'a BMP image', offset: 0, bytes: 'BM', also: hasNulWithin(14) },
  { label: 'an icon image', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { label: 'a Photoshop image', offset: 0, bytes: '8BPS' },
  { label: 'a HEIC/AVIF image', offset: 4, bytes: 'ftyp', also: (d) => /^(heic|heix|mif1|avif)/.test(latin1(d, 8, 4)) },
  // documents
  { label: 'a PDF document', offset: 0, bytes: '%PDF-' },
  { label: 'an RTF document', offset: 0, bytes: '{\\rtf' },
  { label: 'an old Microsoft Office document (.doc/.xls)', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  {
    label: 'a Word document (.docx)',
    offset: 0,
    bytes: [0x50, 0x4b, 0x03, 0x04],
    also: (d) => latin1(d, 0, 4096).includes('word/'),
  },
  {
    label: 'an EPUB book',
    offset: 0,
    bytes: [0x50, 0x4b, 0x03, 0x04],
    also: (d) => latin1(d, 30, 60).includes('application/epub+zip'),
  },
  {
    label: 'an OpenDocument file',
    offset: 0,
    bytes: [0x50, 0x4b, 0x03, 0x04],
    also: (d) => latin1(d, 30, 80).includes('application/vnd.oasis.opendocument'),
  },
  // archives
  { label: 'a ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { label: 'a ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { label: 'a ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x07, 0x08] },
  { label: 'a gzip archive', offset: 0, bytes: [0x1f, 0x8b] },
  { label: 'a 7-Zip archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { label: 'a RAR archive', offset: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { label: 'an xz archive', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { label: 'a bzip2 archive', offset: 0, bytes: 'BZh', also: (d) => matchesAt(d, 4, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]) },
  { label: 'a Zstandard archive', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  // programs
  { label: 'a Windows program', offset: 0, bytes: 'MZ', also: hasNulWithin(64) },
  { label: 'a Linux program (ELF)', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { label: 'a macOS program (Mach-O)', offset: 0, bytes: [0xfe, 0xed, 0xfa, 0xce] },
  { label: 'a macOS program (Mach-O)', offset: 0, bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { label: 'a macOS program (Mach-O)', offset: 0, bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { label: 'a macOS program (Mach-O)', offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { label: 'a Java class or macOS universal program', offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { label: 'a WebAssembly module', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  // audio, video, fonts, databases
  { label: 'an MP3 audio file', offset: 0, bytes: 'ID3' , also: (d) => d.length > 3 && d[3]! < 0x10 },
  { label: 'a WAV audio file', offset: 0, bytes: 'RIFF', also: (d) => matchesAt(d, 8, 'WAVE') },
  { label: 'an AVI video', offset: 0, bytes: 'RIFF', also: (d) => matchesAt(d, 8, 'AVI ') },
  { label: 'an Ogg audio/video file', offset: 0, bytes: 'OggS' },
  { label: 'a FLAC audio file', offset: 0, bytes: 'fLaC' },
  { label: 'an MP4/QuickTime video', offset: 4, bytes: 'ftyp' },
  { label: 'a Matroska/WebM video', offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { label: 'a font file', offset: 0, bytes: 'wOFF' },
  { label: 'a font file', offset: 0, bytes: 'wOF2' },
  { label: 'a font file', offset: 0, bytes: [0x00, 0x01, 0x00, 0x00, 0x00] },
  { label: 'an SQLite database', offset: 0, bytes: 'SQLite format 3\u0000' },
];

/** The label of the known binary format `data` starts with, or null. */
export function detectBinarySignature(data: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) {
    if (matchesAt(data, sig.offset, sig.bytes) && (!sig.also || sig.also(data))) return sig.label;
  }
  return null;
}

function matchesAt(data: Uint8Array, offset: number, bytes: readonly number[] | string): boolean {
  const length = bytes.length;
  if (data.length < offset + length) return false;
  for (let i = 0; i < length; i++) {
    const expected = typeof bytes === 'string' ? bytes.charCodeAt(i) : bytes[i];
    if (data[offset + i] !== expected) return false;
  }
  return true;
}

function latin1(data: Uint8Array, start: number, length: number): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1', start, start + length);
}
