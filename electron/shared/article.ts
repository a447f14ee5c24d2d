// The article the text engine produces — the fields of `cuttings clean` (see CONTRACT.md).
// Plain serialisable data only: this file is shared by every layer, the renderer included.

export type QuoteKind = 'full' | 'fragment';
export type SpeakerKind = 'person' | 'organization';
export type TagKind = 'person' | 'organization' | 'place' | 'topic';

export interface Quote {
  /** the quoted words without the quote marks */
  text: string;
  kind: QuoteKind;
  /** canonical name ("Dmitry Peskov", "Kremlin"), null when nobody can be named */
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  /** the words that name the speaker here ("the US leader") */
  mention: string | null;
  /** the speaker's role ("Kremlin spokesman") */
  role: string | null;
  /** the attribution words ("told reporters") */
  cue: string | null;
  /** 0-based body paragraph */
  paragraph: number;
  /** character offsets (UTF-16 code units) of `text` in the body */
  start: number;
  end: number;
}

export interface AutoTag {
  name: string;
  kind: TagKind;
}

export interface Confidence {
  title: number;
  published: number;
  byline: number;
  body: number;
}

/** What the cleaner finds, before quotes and tags. */
export interface CleanedText {
  title: string | null;
  subtitle: string | null;
  /** YYYY-MM-DD, or full ISO 8601 when a time is known */
  published: string | null;
  /** when the page was saved or printed */
  captured: string | null;
  byline: string | null;
  authors: string[];
  source: string | null;
  dateline: string | null;
  /** BCP 47 */
  language: string;
  captions: string[];
  /** paragraphs separated by one blank line */
  body: string;
  confidence: Confidence;
  warnings: string[];
}

export interface Article extends CleanedText {
  quotes: Quote[];
  tags: AutoTag[];
}

export type DateOrder = 'dmy' | 'mdy';

export interface CleanOptions {
  /** the file name, a hint for format and title */
  fileName?: string;
  /** a capture date known from outside the text (e-mail Date header, file time), ISO 8601 */
  captured?: string | null;
  /** a publication date known from outside the text (HTML metadata), ISO 8601 */
  published?: string | null;
  /** a headline known from outside the text (HTML metadata) */
  title?: string | null;
  /** a byline known from outside the text (HTML metadata) */
  byline?: string | null;
  /** a publication name known from outside the text (HTML metadata, e-mail sender) */
  source?: string | null;
  /** reference date for relative dates ("5 hours ago") when nothing is captured, ISO 8601 */
  now?: string;
  /** how to read an ambiguous numeric date such as 03/12/2022 */
  dateOrder?: DateOrder;
  /** collect a decision trace (cuttings clean --explain) */
  explain?: boolean;
}

/** One line of the cleaner's debug trace: why a block was kept or dropped. */
export interface TraceLine {
  block: number;
  text: string;
  label: string;
  reason: string;
}
