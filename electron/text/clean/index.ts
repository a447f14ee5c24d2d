// The text cleaner: a copied web page (or e-mail, reader view, text dump) in, articles out.
// The passes run in the order of their file numbers; each rejected block keeps the reason for the trace.
//
//   01-lines     line ends, invisible characters
//   02-blocks    lines → blocks; hard-wrapped paragraphs re-joined
//   03-features  length, stop words, punctuation, repetition, boilerplate phrases
//   04-classify  good / near-good / short / bad per block
//   10-digest    several articles in one file → parts   (needs the classes, so it runs here)
//   05-region    the main run of content (maximum-sum)
//   06-smooth    short blocks between paragraphs kept, furniture dropped
//   07-header    headline, deck, byline, dates
//   08-body      captions out, dateline off, paragraphs joined
//   09-source    publication name
import type { CleanOptions, CleanedText, DateOrder, TraceLine } from '../../shared/article';
import { dateOrderEvidence, findDates, type DateContext } from '../dates';
import { hitRows, isScriptLanguage, languageOfHits, scriptLanguage, STOPWORDS } from '../language';
import { toLines } from './01-lines';
import { toBlocks, underCaptionLabel, type Block } from './02-blocks';
import { blockWords, LINE_TESTS, lineTest, measure, type Features, type LineMemo } from './03-features';
import { classify, markCardLists, markTeaserRuns, type Verdict } from './04-classify';
import { articleLimit, blockWeight, contextWeights, introducedLists, leadAboveBox, mainRegion, signUpSmallPrint, tableRuns, withTables } from './05-region';
import { smooth, type Decision } from './06-smooth';
import { creditBelow, endsWithCredit, isCreditOnly, isGalleryCaption, isPhotoCredit, withoutCounter, withoutLinkLabel } from './credits';
import { findHeader, parseByline } from './07-header';
import { isCaption, readAgencyOpener, readDateline, readDatelineLine } from './08-body';
import { findSource, isCompanyName, republishes } from './09-source';
import { splitDigest } from './10-digest';
import { DATELINE_AGENCY_NAMES, REGEXPS } from './tables';
import { HONORIFICS } from '../lexicon/names';

export interface CleanResult {
  articles: CleanedText[];
  trace: TraceLine[];
}

/** Trace lines show at most this much of a block. */
const TRACE_TEXT = 80;
/** Kept blocks within this many blocks of the region start that sit above a header line are header, not body. */
const HEADER_REACH = 4;

/** A header line (date, byline) that ends the header has at most this many words. */
const HEADER_LINE_MAX_WORDS = 16;
/** Paragraphs a header may hold above its byline or date line (a standfirst); more are the article. */
const MAX_STANDFIRSTS = 1;

/** A kept paragraph of at least this many words printed again is a gallery caption or teaser: keep it once.
 *  (Short lines repeat in interviews: "What inspired you?") */
const DEDUPE_MIN_WORDS = 20;

/** Weight per word of a list item introduced by a colon: a little for the article, never enough alone. */
const LIST_ITEM_WEIGHT = 0.3;

/** A block over its photo credit ("Photo: Jane Roe, AP") is a caption up to this many words. */
const CREDITED_CAPTION_MAX_WORDS = 60;
/** A credited caption is looked for this many lines further above the headline than the line right over it. */
const LEAD_PICTURE_REACH = 2;
/**
 * Paragraphs of the body above a wire dateline ("SAN FRANCISCO (AP) —") that are read as the page's, at most, each
 * of at most WIRE_DATELINE_ABOVE_MAX_WORDS words ("Welcome to our new article page. Tell us what you think …"):
 * the story's own paragraphs are longer, and a dateline opens its first.
 */
const WIRE_DATELINE_REACH = 2;
const WIRE_DATELINE_ABOVE_MAX_WORDS = 30;


const DEFAULT_DATE_ORDER: DateOrder = 'dmy';

function isoDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/.exec(s.trim());
  return m ? m[1]! + (m[2] ?? '') : null;
}

/** The reference instant for "5 hours ago": a capture day is taken at noon, so the day does not slip. */
function reference(captured: string | null, now: string | undefined): string | null {
  if (captured) return captured.length === 10 ? `${captured}T12:00:00` : captured;
  return now ?? null;
}

/** Each block's label in the trace and the reason for it, by block index (two arrays: a map with a pair per block
 *  cost more than the rest of the body pass). */
class Labels {
  readonly kind: Array<string | undefined>;
  /** (a block's decision stands for its reason: its text is put together only when the trace reads it) */
  private readonly why: Array<string | Decision>;
  constructor(n: number) {
    this.kind = new Array<string | undefined>(n).fill(undefined);
    this.why = new Array<string | Decision>(n).fill('');
  }
  set(i: number, kind: string, why: string | Decision): void {
    this.kind[i] = kind;
    this.why[i] = why;
  }
  has(i: number): boolean {
    return this.kind[i] !== undefined;
  }
  reason(i: number): string {
    const why = this.why[i]!;
    return typeof why === 'string' ? why : why.reason;
  }
}

interface PartInput {
  blocks: Block[];
  /** word counts of the blocks */
  words: Int32Array;
  /** stop-word hits of the blocks (rows as words) */
  hits: Int32Array;
  features: Features[];
  verdicts: Verdict[];
  offset: number;
  /** the blocks' texts lower-cased (from the words pass) */
  lowers: string[];
  /** the remembered lines' memos (from the words pass) */
  memos: Array<LineMemo | undefined>;
}

function cleanPart(
  part: PartInput,
  lang: string,
  dateCtx: DateContext,
  options: CleanOptions,
  captured: string | null,
  trace: TraceLine[] | null,
): CleanedText {
  const { blocks, features, verdicts } = part;
  const texts = blocks.map((b) => b.text);
  const listItems = introducedLists(texts, verdicts, features, part.memos);
  const weights = contextWeights(signUpSmallPrint(verdicts.map((v, i) => (listItems.has(i) ? features[i]!.words * LIST_ITEM_WEIGHT : blockWeight(v, features[i]!))), verdicts), verdicts, features);
  const contentWords = verdicts.map((v, i) => (v.cls === 'good' || v.cls === 'near' ? features[i]!.words : 0));
  const tables = tableRuns(texts, verdicts, features, part.memos);
  const tableRows = new Set<number>();
  for (const t of tables) for (let k = t.start; k < t.end; k++) tableRows.add(k);
  const region = withTables(leadAboveBox(mainRegion(weights, 0, articleLimit(texts, contentWords, part.memos)), texts, verdicts, features), tables, verdicts);
  const decisions = smooth(verdicts, features, region, listItems, tableRows);
  const header = findHeader(blocks, features, verdicts, region, lang, dateCtx, part.lowers, part.memos);
  const warnings = [...header.warnings];
  const labels = new Labels(blocks.length);
  if (header.titleIndex >= 0) for (const i of header.used) if (blocks[i]!.text === blocks[header.titleIndex]!.text) labels.set(i, 'title', 'headline');
  if (header.subtitleIndex >= 0) labels.set(header.subtitleIndex, 'subtitle', 'sentence under the headline');
  if (header.bylineIndex >= 0) labels.set(header.bylineIndex, 'byline', 'byline shape');
  if (header.publishedIndex >= 0) labels.set(header.publishedIndex, 'date', 'published date');
  if (header.capturedIndex >= 0) labels.set(header.capturedIndex, 'captured', 'date at the top of the page');

  // header lines inside the region end the header: body starts below the last of them. A header line is short
  // (a long block the header read a date from is text), and a header holds one standfirst at most: two paragraphs
  // above the line are the article's own (the line is a photo credit or a late byline).
  let headerEnd = -1;
  for (const i of header.used) {
    if (i < region.start + HEADER_REACH && i < region.end && i > headerEnd && features[i]!.words <= HEADER_LINE_MAX_WORDS) headerEnd = i;
  }
  let standfirsts = 0;
  for (let i = region.start; i < headerEnd; i++) if (decisions[i]!.keep && verdicts[i]!.cls === 'good' && i !== header.titleIndex) standfirsts++;
  if (standfirsts > MAX_STANDFIRSTS) headerEnd = -1;

  const memos = part.memos;
  const captions: string[] = [];
  const paragraphs: string[] = [];
  const bodyIndex: number[] = [];
  const seen = new Set<string>();
  const captionFrom = Math.max(0, (header.titleIndex >= 0 ? header.titleIndex : region.start) - 1);
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (labels.has(i)) continue;
    if (header.used.has(i)) { labels.set(i, 'header', 'header line (date or byline)'); continue; }
    const memo = memos[i];
    // the lead picture may sit over the section label above the headline: a line there that ends with its
    // credit ("… Photograph: Jane Roe/Reuters") is its caption
    const inArticle = (i >= captionFrom || (i >= captionFrom - LEAD_PICTURE_REACH && lineTest(memo, LINE_TESTS.endsWithCredit, text, endsWithCredit))) && i < region.end;
    if (inArticle && ((isCaption(text, features[i]!, memo) && (verdicts[i]!.cls !== 'good' || lineTest(memo, LINE_TESTS.endsWithCredit, text, endsWithCredit) || lineTest(memo, LINE_TESTS.galleryCaption, text, isGalleryCaption)))
      || (features[i]!.words <= CREDITED_CAPTION_MAX_WORDS && !verdicts[i]!.reason.startsWith('boilerplate')
        && (creditBelow(blocks, i, memos) || (features[i]!.words >= 3 && underCaptionLabel(blocks, i)))))) {
      // (a credit alone on its line, "(Jacquelyn Martin / Associated Press)", is no caption of its own)
      if (lineTest(memo, LINE_TESTS.creditOnly, text, isCreditOnly) || lineTest(memo, LINE_TESTS.photoCredit, text, isPhotoCredit)) { labels.set(i, 'dropped', 'photo credit'); continue; }
      captions.push(withoutLinkLabel(withoutCounter(text.replace(REGEXPS.captionOpener, ''))));
      labels.set(i, 'caption', 'caption shape (position word or photo credit)');
      continue;
    }
    const d = decisions[i]!;
    if (d.keep && i <= headerEnd) { labels.set(i, 'dropped', 'above the byline/date: header'); continue; }
    if (d.keep && lineTest(memo, LINE_TESTS.creditOnly, text, isCreditOnly)) { labels.set(i, 'dropped', 'photo credit'); continue; }
    // (only a block printed more than once on the page can have been seen: the others are not hashed)
    const printedAgain = features[i]!.repeated > 0;
    if (d.keep && printedAgain && features[i]!.words >= DEDUPE_MIN_WORDS && seen.has(text)) { labels.set(i, 'dropped', 'paragraph printed twice (gallery, teaser)'); continue; }
    if (d.keep) { paragraphs.push(text); bodyIndex.push(i); if (printedAgain) seen.add(text); labels.set(i, 'body', d); }
    else labels.set(i, 'dropped', d);
  }

  // a press release's or blog's tail: "About Acme" / "Acme is a leading provider of …" / an author's bio, to the end
  const tail = tailStart(paragraphs, bodyIndex.map((i) => memos[i]), header.byline?.authors);
  if (tail >= 0) {
    for (let k = tail; k < paragraphs.length; k++) labels.set(bodyIndex[k]!, 'dropped', 'about the company / author (tail)');
    paragraphs.length = tail;
    bodyIndex.length = tail;
  }

  let dateline: string | null = null;
  let agencyFromDateline: string | null = null;
  let dateFromDateline: string | null = null;
  if (paragraphs.length) {
    // a wire story's dateline opens the story: paragraphs above one are the page's ("Welcome to our new article
    // page …"), as long as it comes within the first WIRE_DATELINE_REACH paragraphs and names its agency
    let dl = readDateline(paragraphs[0]!, memos[bodyIndex[0]!]);
    for (let k = 1; !dl && k < Math.min(WIRE_DATELINE_REACH + 1, paragraphs.length); k++) {
      if (features[bodyIndex[k - 1]!]!.words > WIRE_DATELINE_ABOVE_MAX_WORDS) break;
      const wire = readDateline(paragraphs[k]!, memos[bodyIndex[k]!]);
      if (!wire?.agency) continue;
      for (let j = 0; j < k; j++) labels.set(bodyIndex[j]!, 'dropped', 'above the wire dateline');
      paragraphs.splice(0, k);
      bodyIndex.splice(0, k);
      dl = wire;
    }
    // "(Bloomberg) -- …": the agency without a place
    const opener = dl ? null : readAgencyOpener(paragraphs[0]!);
    if (dl) {
      dateline = dl.place;
      agencyFromDateline = dl.agency;
      dateFromDateline = dl.date;
      paragraphs[0] = dl.rest;
      labels.set(bodyIndex[0]!, 'body', `dateline "${dl.place}" cut off`);
    } else if (opener) {
      agencyFromDateline = opener.agency;
      paragraphs[0] = opener.rest;
      labels.set(bodyIndex[0]!, 'body', `agency "${opener.agency}" cut off`);
    } else {
      // the dateline on a line of its own, right above the story
      const above = bodyIndex[0]! - 1;
      const line = above >= 0 && labels.kind[above] !== 'body' ? readDatelineLine(blocks[above]!.text) : null;
      if (line) {
        dateline = line.place;
        agencyFromDateline = line.agency;
        labels.set(above, 'dropped', `dateline "${line.place}" on its own line`);
      }
    }
  }
  const body = paragraphs.join('\n\n');

  const furniture: string[] = [];
  const furnitureMemos: Array<LineMemo | undefined> = [];
  for (let i = 0; i < blocks.length; i++) if (labels.kind[i] !== 'body') { furniture.push(blocks[i]!.text); furnitureMemos.push(part.memos[i]); }
  const headerLines = blocks.slice(Math.max(0, header.titleIndex), Math.max(0, region.start)).map((b) => b.text);
  let sourceFound = options.source ? { source: options.source, how: 'option' } : findSource(furniture, headerLines, furnitureMemos, header.byline?.publication);
  // a wire story on a page that names no publication, or only a company that owns sites ("© Hearst Media Services
  // Connecticut, LLC"): the agency of its dateline published it
  // (the same on an aggregator's page, "Yahoo News": the agency published the story it carries)
  if ((!sourceFound || (sourceFound.how !== 'option' && (isCompanyName(sourceFound.source) || republishes(sourceFound.source)))) && agencyFromDateline) {
    warnings.push(!sourceFound ? 'no publication named on the page; the agency of the dateline is used'
      : republishes(sourceFound.source) ? `${sourceFound.source} carries the story; the agency of the dateline is used`
        : `the page names only a company (${sourceFound.source}); the agency of the dateline is used`);
    sourceFound = { source: DATELINE_AGENCY_NAMES[agencyFromDateline.toLowerCase()] ?? agencyFromDateline, how: 'dateline agency' };
  }

  let byline = header.byline;
  if (options.byline) byline = parseByline(`By ${options.byline}`) ?? { byline: options.byline, authors: [], agencyOnly: false, strength: 2 };
  if (!byline && agencyFromDateline) byline = parseByline(agencyFromDateline);

  let published = header.published?.iso ?? null;
  // a press release or wire copy dates its dateline: the date the header did not find
  if (!published && dateFromDateline) {
    published = findDates(dateFromDateline, dateCtx, lang)[0]?.iso ?? null;
    if (published) warnings.push('the date was read from the dateline');
  }
  if (options.published) published = isoDay(options.published) ?? published;
  let title = header.title;
  if (options.title) title = options.title;
  if (!title && options.fileName) {
    title = options.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim() || null;
    if (title) warnings.push('no headline found in the text; the file name is used');
  }
  if (!title) warnings.push('no headline found');
  if (!published) warnings.push('no publication date found');
  if (!body) warnings.push('no article text found');

  // the body's own language (a German article on a site with English menus): its blocks' words, counted once
  const language = !body || isScriptLanguage(lang) ? lang : languageOfHits(part.words, part.hits, bodyIndex, lang);
  const goodWords = bodyIndex.reduce((s, i) => s + (verdicts[i]!.cls === 'good' ? features[i]!.words : 0), 0);
  const bodyWords = bodyIndex.reduce((s, i) => s + features[i]!.words, 0);

  if (trace) {
    for (let i = 0; i < blocks.length; i++) {
      const labelled = labels.kind[i] !== undefined;
      const label = labelled ? labels.kind[i]! : 'dropped';
      const reason = labelled ? labels.reason(i) : decisions[i]!.reason;
      trace.push({ block: i + part.offset, text: blocks[i]!.text.slice(0, TRACE_TEXT), label, reason });
    }
  }

  return {
    title,
    subtitle: header.subtitle,
    published,
    captured,
    byline: byline?.byline ?? null,
    authors: byline?.authors ?? [],
    source: sourceFound?.source ?? null,
    dateline,
    language,
    captions,
    body,
    confidence: {
      title: options.title ? 1 : header.title ? header.confidence.title : 0,
      published: options.published ? 1 : header.confidence.published,
      byline: options.byline ? 1 : byline ? header.confidence.byline || 0.5 : 0,
      body: bodyWords ? Math.min(0.95, 0.4 + (0.5 * goodWords) / bodyWords + Math.min(0.05, paragraphs.length / 200)) : 0,
    },
    warnings,
  };
}

/** Where the "about the company" or author-bio tail of the body begins (-1: none). Only in the last part of a body
 *  of several paragraphs, so an article about a company that opens by describing it keeps its text. `memos`: the
 *  paragraphs' line memos (paragraph 0, which a dateline cut may have changed, is never read). */
export function tailStart(paragraphs: readonly string[], memos: ReadonlyArray<LineMemo | undefined> = [], authors: readonly string[] = []): number {
  const from = Math.max(TAIL_MIN_PARAGRAPHS, Math.floor(paragraphs.length * TAIL_FROM_SHARE));
  for (let k = from; k < paragraphs.length; k++) {
    if (lineTest(memos[k], LINE_TESTS.aboutTail, paragraphs[k]!, opensTail)) return k;
    if (authors.length && authorBio(paragraphs[k]!, authors)) return k;
  }
  return -1;
}
/** A column's closing line about its writer: "Dr Helen Okoro is a GP in south London …", "Tom Reilly covers
 *  Congress for …" (a byline author, then a verb of who they are or what they do), short. */
const AUTHOR_BIO_MAX_WORDS = 60;
const AUTHOR_BIO_VERB = /^,?\s+(?:is|was|has been|teaches|works|writes|lives|covers|reports on|edits|joined)\b/;
/** A courtesy title before a name ("Dr", "Prof."), which the bio or the byline may print and the other not. */
const LEADING_HONORIFIC = new RegExp(`^(?:${Object.keys(HONORIFICS).join('|')})\\.?\\s+`, 'i');
function authorBio(paragraph: string, authors: readonly string[]): boolean {
  const plain = paragraph.replace(LEADING_HONORIFIC, '');
  for (const author of authors) {
    const name = author.replace(LEADING_HONORIFIC, '');
    if (name.length > 3 && plain.startsWith(name) && AUTHOR_BIO_VERB.test(plain.slice(name.length))) {
      return plain.split(/\s+/).length <= AUTHOR_BIO_MAX_WORDS;
    }
  }
  return false;
}
const opensTail = (p: string): boolean => REGEXPS.aboutHeading.test(p) || REGEXPS.companyBoilerplate.test(p);
/** A tail is looked for only after this many paragraphs … */
const TAIL_MIN_PARAGRAPHS = 3;
/** … and in the last part of the body (share of the paragraphs before it). */
const TAIL_FROM_SHARE = 0.5;

export function cleanClipping(text: string, options: CleanOptions = {}): CleanResult {
  const input = typeof text === 'string' ? text : '';
  // (a hover card ends in " MORE": a text without "MORE" has none, and its lines are not searched one by one;
  // toLines adds no letters)
  const { blocks } = toBlocks(toLines(input), input.includes('MORE'));
  const stats = blockWords(blocks);
  const { counts: words, hits } = stats;
  const script = scriptLanguage(input);
  const lang = script === 'none' ? 'en' : script ?? languageOfHits(words, hits, blocks.map((_, i) => i));
  const features = measure(blocks, lang, stats);
  const hasStopwords = lang in STOPWORDS;
  const verdicts = blocks.map((b, i) => classify(b.text, features[i]!, hasStopwords, stats.memos[i]));
  const texts = blocks.map((b) => b.text);
  markTeaserRuns(texts, verdicts, stats.memos);
  markCardLists(texts, verdicts);

  const evidence = dateOrderEvidence(input);
  const order: DateOrder = evidence.order ?? options.dateOrder ?? DEFAULT_DATE_ORDER;
  // the capture date comes first: relative dates ("5 hours ago") are counted back from it
  let captured = isoDay(options.captured);
  if (!captured && blocks[0] && features[0]!.words <= 8 && blocks.length > 1) {
    const d = findDates(blocks[0].text, { order, reference: options.now ?? null }, lang)[0];
    if (d && !d.relative && d.text.length >= blocks[0].text.length * 0.55) captured = d.iso;
  }
  const dateCtx: DateContext = { order, reference: reference(captured, options.now), proven: evidence.proven };

  const trace: TraceLine[] | null = options.explain ? [] : null;
  const parts = splitDigest(blocks, features, verdicts, stats.memos);
  const articles = parts.map((p) => {
    // (a part that is the whole page, as most are, reads the page's own arrays: no pass changes them)
    const piece = <T>(all: T[]): T[] => (p.start === 0 && p.end === all.length ? all : all.slice(p.start, p.end));
    return cleanPart(
      { blocks: piece(blocks), words: words.subarray(p.start, p.end), hits: hitRows(hits, p.start, p.end), features: piece(features), verdicts: piece(verdicts), offset: p.start, lowers: piece(stats.lowers), memos: piece(stats.memos) },
      lang,
      dateCtx,
      options,
      captured,
      trace,
    );
  });
  if (!evidence.proven && !options.dateOrder) {
    for (const a of articles) {
      if (a.warnings.some((w) => w.startsWith('ambiguous date'))) a.warnings.push('no day-month evidence in the text; set dateOrder to be sure');
    }
  }
  return { articles, trace: trace ?? [] };
}
