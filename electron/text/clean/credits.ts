// Photo credits under captions: "Photo: Jane Roe", "Jane Roe/Getty Images", "(Jane Roe / Associated Press)". A line
// over one is a caption — for the body pass (kept as a caption, not a paragraph) and for the headline search (a
// caption right under the headline is shaped like a deck, but it is the picture's).
import type { Block } from './02-blocks';
import { LINE_TESTS, lineTest, type LineMemo } from './03-features';
import { REGEXPS } from './tables';

/** Picture agencies a photographer is credited with, after a comma or a slash. */
const PICTURE_AGENCIES = ['AP', 'AFP', 'Reuters', 'EPA(?:-EFE)?', 'Getty Images', 'Shutterstock', 'Alamy', 'Bloomberg', 'The Associated Press', 'Associated Press', 'ASSOCIATED PRESS', 'dpa', 'picture alliance'];
/** "Jane Roe, AP", "Jane Roe/Getty Images", "Jane Roe/Daily Planet/Getty Images": a photographer and a picture agency
 *  (a writer's byline names a person alone or "By …": not one). */
const AGENCY_CREDIT_BODY = `(?!By\\s|BY\\s)\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}(?:\\s*\\/\\s*\\p{Lu}[\\p{L}.'’ -]{1,40})?\\s*[,/]\\s*(?:${PICTURE_AGENCIES.join('|')})`;
/** The credit alone on its line, bare or in parentheses ("(Jane Roe / Associated Press)", as some papers print it). */
const AGENCY_CREDIT = new RegExp(`^(?:${AGENCY_CREDIT_BODY}|\\(\\s*${AGENCY_CREDIT_BODY}\\s*\\))$`, 'u');
/** A photo credit names a picture ("Photo: …", "Image credit …"); "Source: news agencies" closes an article. */
const PHOTO_WORD = /^\(?(?:photo|image|picture|foto|bild|illustration|credit|courtesy)/i;
/** "… more" closing a shortened caption (the full caption ends in "less"). */
const CAPTION_TOGGLE = /\s*(?:\.\.\.|…)\s*more$/i;
/** A shortened caption keeps at least this many characters of the full one. */
const CAPTION_PREFIX_MIN = 20;

/** A picture agency alone on its line, in capitals, as British papers credit under a caption ("ALAMY"). */
const AGENCY_ALONE = /^(?:ALAMY|GETTY IMAGES|GETTY|SHUTTERSTOCK|REUTERS|AFP|AFP VIA GETTY IMAGES|EPA|EPA-EFE|PA|PA WIRE|PA MEDIA|REX|REX FEATURES|REX\/SHUTTERSTOCK|AP|AP PHOTO|BLOOMBERG|NEWS SYNDICATION)$/;

/** A photo credit line: "Photo: Jane Roe", "Jane Roe/Getty Images", "ALAMY". */
export const isPhotoCredit = (t: string): boolean => (PHOTO_WORD.test(t) && REGEXPS.creditOnly.test(t)) || AGENCY_CREDIT.test(t) || AGENCY_ALONE.test(t.trim());
export const isCreditOnly = (t: string): boolean => REGEXPS.creditOnly.test(t);

/** The next block is a photo credit alone (maybe after a second copy of this caption: galleries print it twice).
 *  `memos`: the blocks' line memos. */
export function creditBelow(blocks: readonly Block[], i: number, memos: ReadonlyArray<LineMemo | undefined> | undefined): boolean {
  const next = blocks[i + 1]?.text;
  if (photoCreditAt(blocks, i + 1, memos)) return !captionLabelAfter(blocks, i + 1) && !lineTest(memos?.[i], LINE_TESTS.creditOnly, blocks[i]!.text, isCreditOnly);
  return next !== undefined && sameCaption(blocks[i]!.text, next) && photoCreditAt(blocks, i + 2, memos);
}
/**
 * Some pages print the credit above the picture and label its caption below ("Image source, Getty Images" /
 * "Image caption," / the caption): the line over such a credit is whatever came before the picture ("About
 * sharing"), not its caption.
 */
const captionLabelAfter = (blocks: readonly Block[], credit: number): boolean =>
  credit + 1 < blocks.length && REGEXPS.captionLabel.test(blocks[credit + 1]!.text);

/** Block k is a photo credit alone (a function of its own, not a closure made on every call: the headline and body
 *  passes ask this of most blocks). */
const photoCreditAt = (blocks: readonly Block[], k: number, memos: ReadonlyArray<LineMemo | undefined> | undefined): boolean =>
  k < blocks.length && lineTest(memos?.[k], LINE_TESTS.photoCredit, blocks[k]!.text, isPhotoCredit);

/** The text ends in "more", any case (only ASCII letters lower-case to these four, so no lower-cased copy is made). */
function endsWithMore(s: string): boolean {
  const n = s.length;
  return n >= 4 && (s.charCodeAt(n - 4) | 32) === 109 && (s.charCodeAt(n - 3) | 32) === 111 && (s.charCodeAt(n - 2) | 32) === 114 && (s.charCodeAt(n - 1) | 32) === 101;
}

/** The second print of a caption is the same text, or its shortened form ("… more" opens the full one). */
function sameCaption(full: string, next: string): boolean {
  if (full === next) return true;
  // (the pattern is anchored at the end, which a regex cannot start from: the last word is checked first)
  if (next.length < CAPTION_PREFIX_MIN || !endsWithMore(next)) return false;
  const m = CAPTION_TOGGLE.exec(next);
  return m !== null && m.index >= CAPTION_PREFIX_MIN && full.startsWith(next.slice(0, m.index));
}

/** A photo credit closing a block is short: only the block's tail (from a word start) is searched for it. */
const CREDIT_TAIL_CHARS = 200;
/** REGEXPS.captionCredit on the end of the text only (the pattern is anchored at the end; scanning a whole
 *  paragraph for it costs more than everything else the body pass does). */
export function endsWithCredit(text: string): boolean {
  const credited = withoutLinkLabel(text);
  const tail = credited.length <= CREDIT_TAIL_CHARS ? credited : credited.slice(credited.indexOf(' ', credited.length - CREDIT_TAIL_CHARS) + 1 || credited.length);
  if (CREDIT_WORD.test(tail) && REGEXPS.captionCredit.test(tail)) return true;
  if (tail.endsWith(')')) {
    const open = tail.lastIndexOf('(');
    if (open >= 0 && REGEXPS.bracketCredit.test(tail.slice(open))) return true;
  }
  // (a wire credit is short: its slash is among the last characters, and it ends with Reuters' photographer or
  // the agency: a word-set test before the pattern, which most paragraphs would otherwise run)
  const end = tail.length > WIRE_CREDIT_CHARS ? tail.slice(tail.length - WIRE_CREDIT_CHARS) : tail;
  if (!end.includes('/')) return false;
  const trimmed = end.trimEnd();
  const lastWord = trimmed.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('/')) + 1);
  return (end.includes('REUTERS/') || WIRE_CREDIT_LAST_WORDS.has(lastWord)) && REGEXPS.wireCredit.test(end);
}
/** The last word of a wire credit after its slash (REGEXPS.wireCredit's agencies). */
const WIRE_CREDIT_LAST_WORDS = new Set(['AFP', 'AP', 'EPA', 'REUTERS', 'ANP', 'SIPA', 'ABACA', 'XINHUA', 'Xinhua', 'dpa', 'Images', 'Lucas']);
/** A wire credit after a slash ends a line within this many characters ("… FRANÇOIS LO PRESTI / AFP"). */
const WIRE_CREDIT_CHARS = 90;

/**
 * Link labels a page prints after a picture's credit, copied with the caption: Reuters' "Purchase Licensing
 * Rights, opens new tab" (the screen reader's ", opens new tab" comes along in a copy).
 */
const LINK_LABEL_TAIL = /\s+Purchase Licensing Rights(?:,? opens new tab)?$/;
/** A caption without the link label closing it (the end is tested first: most captions have none). */
export const withoutLinkLabel = (caption: string): string =>
  caption.endsWith('new tab') || caption.endsWith('Rights') ? caption.replace(LINK_LABEL_TAIL, '') : caption;
/** A word every form of REGEXPS.captionCredit holds (one quick scan before the end-anchored pattern, which is tried
 *  from every position of the tail). */
const CREDIT_WORD = /photo|image|picture|credit|getty|shutterstock|alamy|epa-efe/i;

/**
 * The length of the gallery counter opening a caption ("1 of 3 | "), 0 when there is none: "24/7 News" counts
 * nothing (24 > 7), and "1/2 tsp ground cloves" is a recipe's fraction (no capital follows it).
 */
function counterLength(text: string): number {
  const m = REGEXPS.galleryCounter.exec(text);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) ? m[0].length : 0;
}
/** A caption of a gallery: it opens with the picture's counter. */
export const isGalleryCaption = (text: string): boolean => counterLength(text) > 0;
/** A caption without its gallery counter. */
export const withoutCounter = (caption: string): string => caption.slice(counterLength(caption));
