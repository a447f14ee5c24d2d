// Pass 8 — the body: kept blocks minus header lines, captions taken out, the dateline cut off the first
// paragraph. Paragraphs are joined with one blank line.
import { DATELINE_NOT_PLACES, REGEXPS } from './tables';
import { readerCase } from './07-header';
import { LINE_TESTS, lineTest, type Features, type LineMemo } from './03-features';
import { endsWithCredit, isGalleryCaption } from './credits';

/** A caption is short: longer blocks with "(left)" in them are prose. */
const CAPTION_MAX_WORDS = 45;
/** A block that ends in a photo credit is a caption up to this many words. */
const CAPTION_CREDIT_MAX_WORDS = 90;
/** News agencies that sign a dateline after its dash, with a full stop ("МОСКВА, 14 ноя — РИА Новости. …"). */
const AGENCY_AFTER_DASH = /^(РИА Новости|ТАСС|Интерфакс|Прайм|RIA Novosti|TASS|Interfax|ANSA|Adnkronos|Europa Press|EFE|Antara|Bernama|Xinhua|PTI|IANS)\.\s+(?=\S)/u;
/** A dateline names a place in at most this many words. */
const DATELINE_MAX_WORDS = 4;


/** `memo`: the memo of the line `text`, if it has one. */
export function isCaption(text: string, f: Features, memo?: LineMemo): boolean {
  if (f.words <= CAPTION_CREDIT_MAX_WORDS && (lineTest(memo, LINE_TESTS.endsWithCredit, text, endsWithCredit) || lineTest(memo, LINE_TESTS.galleryCaption, text, isGalleryCaption))) return true;
  if (f.words > CAPTION_MAX_WORDS) return false;
  return lineTest(memo, LINE_TESTS.captionShape, text, hasCaptionShape);
}
const opensWithDateline = (paragraph: string): boolean => REGEXPS.dateline.test(paragraph);
const hasCaptionShape = (text: string): boolean => REGEXPS.captionOpener.test(text) || REGEXPS.caption.test(text);

export interface Dateline {
  place: string;
  /** agency named in brackets: "LONDON (Reuters) -", or a press-release wire between slashes ("/PRNewswire/") */
  agency: string | null;
  /** the date printed in it, when it has a year: "LIVERPOOL, England, 14 March 2024 /PRNewswire/ --" */
  date: string | null;
  /** the paragraph without the dateline */
  rest: string;
}

/** Agencies and broadcasters that sign a story's opening without a place, or a dateline on its own line. */
const STORY_AGENCIES = ['CNN', 'AP', 'AFP', 'Reuters', 'Bloomberg', 'UPI', 'dpa', 'Xinhua'].join('|');

/**
 * A dateline on a line of its own above the story, as a broadcaster's page copies ("Des Moines, Iowa CNN —",
 * "WASHINGTON (AP) —", "New Delhi:"): the place (its state or country after a comma), then a news agency and a
 * dash, or a colon; nothing after.
 */
const DATELINE_LINE = new RegExp(`^((?:\\p{Lu}[\\p{L}.'’-]*)(?:[ -]\\p{Lu}[\\p{L}.'’-]*){0,3})(?:,\\s*\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)?(?:\\s+\\(?(${STORY_AGENCIES})\\)?\\s*[—–-]{1,2}|:)$`, 'u');

/** A story that opens with its agency and no place: "(Bloomberg) -- Copper rose …". */
const AGENCY_OPENER = new RegExp(`^\\((${STORY_AGENCIES})\\)\\s*(?:--|[—–-])\\s+(?=[\\p{Lu}\\p{N}"“‘'])`, 'u');

/** Reads an agency opener (AGENCY_OPENER): the agency and the paragraph without it. */
export function readAgencyOpener(paragraph: string): { agency: string; rest: string } | null {
  const m = AGENCY_OPENER.exec(paragraph);
  return m ? { agency: m[1]!, rest: paragraph.slice(m[0].length) } : null;
}

/** Reads a dateline line (DATELINE_LINE): its place and agency. */
export function readDatelineLine(line: string): Pick<Dateline, 'place' | 'agency'> | null {
  const m = DATELINE_LINE.exec(line);
  if (!m || DATELINE_NOT_PLACES.has(m[1]!.split(/[\s-]+/)[0]!.toLowerCase())) return null;
  return { place: readerCase(m[1]!), agency: m[2] ?? null };
}

/** Reads a dateline at the start of a paragraph: "MOSCOW:", "Moscow:", "LONDON (Reuters) -", "KUALA LUMPUR, Dec 3 —",
 *  "LIVERPOOL, England, 14 March 2024 /PRNewswire/ --". */
/** `memo`: the memo of the line `paragraph`, if it has one (most paragraphs open without a dateline: that answer is
 *  remembered). */
export function readDateline(paragraph: string, memo?: LineMemo): Dateline | null {
  if (!lineTest(memo, LINE_TESTS.dateline, paragraph, opensWithDateline)) return null;
  const m = REGEXPS.dateline.exec(paragraph);
  if (!m) return null;
  const place = m[1]!.trim();
  const words = place.split(/[\s-]+/);
  if (words.length > DATELINE_MAX_WORDS) return null;
  if (DATELINE_NOT_PLACES.has(words[0]!.toLowerCase())) return null;
  const rest = paragraph.slice(m[0].length);
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(rest)) return null; // the sentence after a dateline starts afresh
  const allCaps = !/\p{Ll}/u.test(place);
  const sep = m[0].trim().slice(-1);
  // "Moscow: President …" is a dateline only with a colon and a short place; "Title Case —" needs a date or agency
  if (!allCaps && sep !== ':' && !m[2] && !m[3]) return null;
  if (!allCaps && words.length > 3) return null;
  // "МОСКВА, 14 ноя — РИА Новости. Десятки …": the agency after the dash, closed by a full stop
  const after = AGENCY_AFTER_DASH.exec(rest);
  const agency = m[3] ? m[3].slice(1, -1).trim() : after ? after[1]! : null;
  const date = m[2] && /\d{4}/.test(m[2]) ? m[2].replace(/^,\s*/, '') : null;
  return { place: readerCase(place), agency, date, rest: after ? rest.slice(after[0].length) : rest };
}
