// The quotation engine: every direct quotation in an article body, in reading order, with its speaker.
// Pure text in, plain data out. The passes, in order:
//   01 paragraphs → 02 quotation marks → 03 people named in the clip → 04 attribution cues →
//   05 speaker resolution → 06 quotation or not, full or fragment → 07 (here) carrying speakers over
//   quotations and paragraphs that have no cue of their own.
import type { CleanedText, Quote } from '../../shared/article';
import { splitParagraphs } from './01-paragraphs';
import { findQuoteSpans, maskQuotes, type QuoteSpan } from './02-marks';
import { buildRegistry, type Registry } from './03-people';
import { findCues, hasSpeechVerb, leftCue, readCuesIn, sentenceBounds, sentenceStarts, type Cue } from './04-cues';
import { firstPersonBetween, resolveMention, type Speaker } from './05-resolve';
import type { Entity } from './03-people';
import { EDITOR_NOTE_RE, MIN_PULL_QUOTE_WORDS, isSectionHeading, judgeQuote } from './06-kind';
import { ATTRIBUTION_PHRASE_RE } from '../lexicon/cues';
import { isBlank, isSpaceCode } from './tokens';

export interface QuoteContext {
  title?: string | null;
  language?: string;
  /** other lines of the clip that name people in full, read like the headline: the deck and the captions
   *  ("Senate leader Charles Bent speaks …" under a photo, and the body's "Bent said") */
  names?: ReadonlyArray<string | null | undefined>;
}

/** The context of a cleaned article's quotations: its headline, language, deck and captions. */
export function quoteContextOf(article: Pick<CleanedText, 'title' | 'subtitle' | 'captions' | 'language'>): QuoteContext {
  return { title: article.title, language: article.language, names: [article.subtitle, ...article.captions] };
}

/** A quotation with no cue takes the speaker of the paragraph before, at most this many paragraphs back. */
const MAX_CONTINUATION_GAP = 1;
/** How many verbs of saying, last first, are tried in one sentence of reported speech. */
const MAX_REPORTED_VERBS = 3;
/** Contexts around a quotation are read at most this far (very long sentences are rare and slow). */
const MAX_LOOK_CHARS = 400;
/** Reported speech is read in the last this-many characters of a sentence. */
const MAX_REPORTED_CHARS = 300;
/** A paragraph whose words are capitalised at least this often reads as a headline. */
const HEADLINE_CAPS_RATIO = 0.7;
/** Headlines are short. */
const HEADLINE_MAX_CHARS = 250;
const HEADLINE_MAX_WORDS = 25;

interface Found {
  quote: Quote;
  speaker: Speaker | null;
  cue: Cue | null;
  at: number;
  span: QuoteSpan;
}

function isHeadline(text: string): boolean {
  if (text.length > HEADLINE_MAX_CHARS) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length || words.length > HEADLINE_MAX_WORDS || /\n/.test(text.trim())) return false;
  const caps = words.filter((w) => /^[“"‘'(]?\p{Lu}/u.test(w)).length;
  return caps / words.length >= HEADLINE_CAPS_RATIO;
}

export function extractQuotes(body: string, context: QuoteContext = {}): Quote[] {
  if (typeof body !== 'string' || !body) return [];
  const paragraphs = splitParagraphs(body);
  readCuesIn(context.language);
  // the people named in the clip, read when the first quotation needs a speaker (many clips quote nobody)
  let registryMemo: Registry | null = null;
  const registry = (): Registry => (registryMemo ??= buildRegistry(body, context.title ?? null, context.names));
  const out: Quote[] = [];
  /** per quotation: left open at its paragraph's end, had its own cue, reading unit, opened its paragraph */
  const meta: Array<{ open: boolean; cued: boolean; unit: number; leads: boolean }> = [];
  /** the last speaker of an attributed quotation, for pronouns */
  let lastQuoted: Speaker | null = null;
  /** the paragraph before: whoever spoke last in it (computed only when a quotation needs it) */
  let carried: (() => Speaker | null) | null = null;
  let carriedFrom = -1;

  // every quotation's body range, for "is this name inside a quotation?"
  const spansOf: QuoteSpan[][] = [];
  for (const p of paragraphs) spansOf.push(findQuoteSpans(p)); // pushed, not mapped (see PACKED_ARRAYS in 03-people)
  const ranges: Array<readonly [number, number]> = [];
  for (const [k, p] of paragraphs.entries()) for (const s of spansOf[k]!) ranges.push([p.start + s.open, p.start + s.close]);
  const quoted = (at: number): boolean => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]![1] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo < ranges.length && ranges[lo]![0] <= at && at <= ranges[lo]![1];
  };

  /** every quotation so far, for pull quotes that repeat one */
  const seen: string[] = [];

  for (const [pk, p] of paragraphs.entries()) {
    const spans = spansOf[pk]!;
    if (!spans.length) {
      // no quotation here: the paragraph matters only as whoever spoke last in it, should the next paragraph's
      // quotations need a speaker; it is read then, if ever
      const pronounContext = lastQuoted;
      let carriedMemo: Speaker | null | undefined;
      carried = () => {
        if (carriedMemo === undefined) {
          const masked = maskQuotes(p.text, spans);
          const starts = sentenceStarts(masked);
          const reported = new ReportedSpeech(masked, starts, (mention, at) =>
            resolveMention(mention, { registry: registry(), at: p.start + at, sentenceStart: p.start + sentenceBounds(starts, at, masked.length)[0], current: pronounContext, quoted }));
          carriedMemo = lastSpeaker(null, reported);
        }
        return carriedMemo;
      };
      carriedFrom = p.unit;
      continue;
    }
    const masked = maskQuotes(p.text, spans);
    const starts = sentenceStarts(masked);
    const sentenceStartOf = (at: number): number => sentenceBounds(starts, at, masked.length)[0];
    const headline = p.unit === 0 && isHeadline(p.text);
    const heading = p.unit > 0 && spans.length > 0 && isSectionHeading(p.text, spans);
    const note = spans.length > 0 && EDITOR_NOTE_RE.test(p.text);
    const found: Found[] = [];
    const prevCarried = carried;
    const priorSpeaker = (): Speaker | null => (prevCarried && p.unit - carriedFrom <= MAX_CONTINUATION_GAP ? prevCarried() : null);
    const pronounContext = lastQuoted;
    let lastFoundSpeaker: Speaker | null = null;
    for (let j = 0; j < spans.length; j++) {
      const s = spans[j]!;
      const text = p.text.slice(s.textStart, s.textEnd);
      const cue = findCues(p.text, masked, spans, j, starts);
      const sStart = sentenceStartOf(s.open);
      const prev = spans[j - 1];
      const left = masked.slice(Math.max(sStart, prev && prev.close + 1 > sStart ? prev.close + 1 : 0), s.open);
      const next = spans[j + 1];
      const after = masked.slice(Math.min(masked.length, s.close + 1), next ? next.open : masked.length);
      const nextStart = sentenceBounds(starts, s.close, masked.length)[1];
      const sentenceEnd = after.slice(0, Math.max(0, nextStart - (s.close + 1)));
      const verdict = judgeQuote({
        text,
        left,
        right: sentenceEnd,
        nextWord: nextWord(p.text, s.close + 1),
        cued: Boolean(cue) || saysIn(masked.slice(Math.max(sStart, s.open - MAX_LOOK_CHARS), s.open)) || saysIn(sentenceEnd.slice(0, MAX_LOOK_CHARS)),
        cueAdjacent: Boolean(cue && !cue.distant && cue.kind !== 'tail'),
        headline,
        heading,
        note,
        closed: s.closed,
      });
      if (!verdict.keep) continue;
      if (spans.length === 1 && isPullQuote(p.text, s, text, seen)) continue;
      let speaker: Speaker | null = null;
      if (cue) {
        const sentenceStart = sentenceStartOf(cue.mentionStart);
        speaker = resolveMention(cue.mention, {
          registry: registry(),
          at: p.start + cue.mentionStart,
          sentenceStart: p.start + sentenceStart,
          // the sentence before may introduce the speaker, unless someone was quoted already in this paragraph
          previousSentenceStart: sentenceStart > 0 && !lastFoundSpeaker ? p.start + sentenceStartOf(sentenceStart - 1) : undefined,
          current: lastFoundSpeaker ?? pronounContext,
          quoted,
        });
      }
      if (speaker?.name) lastFoundSpeaker = speaker;
      found.push({
        at: s.open,
        span: s,
        cue,
        speaker,
        quote: {
          text,
          kind: verdict.kind,
          speaker: null,
          speakerKind: null,
          mention: cue ? cue.mention : null,
          role: null,
          cue: cue ? cue.cue : null,
          paragraph: p.index,
          start: p.start + s.textStart,
          end: p.start + s.textEnd,
        },
      });
    }
    // sentences of the paragraph that report speech without quoting ("The Kremlin, Peskov said, could not …"),
    // read sentence by sentence only as far as a quotation needs them
    const reported = new ReportedSpeech(masked, starts, (mention, at) =>
      resolveMention(mention, { registry: registry(), at: p.start + at, sentenceStart: p.start + sentenceStartOf(at), current: pronounContext, quoted }));
    // 07: quotations without a cue continue the speaker before them (same paragraph, then the paragraph before).
    // One pass in reading order; `lastBefore` is whoever spoke last before the quotation in this paragraph.
    if (found.some((f) => !f.speaker?.name && !f.cue)) {
      const laterCued: Array<Speaker | null> = new Array<Speaker | null>(found.length).fill(null);
      for (let k = found.length - 2; k >= 0; k--) {
        const g = found[k + 1]!;
        laterCued[k] = g.speaker?.name && g.cue ? g.speaker : laterCued[k + 1]!;
      }
      // whoever spoke last before a quotation: the last attributed quotation before it, or reported speech in a
      // later sentence (sentences are read from the quotation back, only when a quotation needs them)
      let lastQuote: { at: number; speaker: Speaker } | null = null;
      const lastBefore = (at: number): Speaker | null => {
        for (let i = starts.length - 1; i >= 0; i--) {
          if (starts[i]! >= at) continue;
          const r = reported.at(i);
          // (reported speech in the sentence of the last attributed quotation is not after it: "…,” Mr. Obama said at
          // the gala, where Mrs. Clinton also spoke. “…”" continues Mr. Obama)
          if (r && r.at < at && (!lastQuote || starts[i]! > lastQuote.at)) return r.speaker;
          if (lastQuote && starts[i]! <= lastQuote.at) break; // earlier sentences hold earlier speakers only
        }
        return lastQuote?.speaker ?? null;
      };
      for (const [k, f] of found.entries()) {
        if (!f.speaker?.name && !f.cue) {
          const rctx = { registry: registry(), at: p.start + f.at, sentenceStart: p.start, current: null, quoted };
          const sStart = Math.max(sentenceStartOf(f.at), f.at - MAX_LOOK_CHARS);
          const lead = masked.slice(sStart, f.at);
          // "Ms. Kovner sighed: “…”": a colon hands the quotation to the subject of its clause
          const clauseStart = sStart + Math.max(0, lead.lastIndexOf(',') + 1);
          const colon = /:\s*$/.test(lead) ? firstPersonBetween(rctx, p.start + clauseStart, p.start + f.at, null) ?? firstPersonBetween(rctx, p.start + sStart, p.start + f.at, null) : null;
          // a fragment belongs first to the subject of its own sentence ("Reid has gone after Trump as a “…”")
          const subject = colon ?? (f.quote.kind === 'fragment' ? firstPersonBetween(rctx, p.start + sStart, p.start + f.at, null) : null);
          // then whoever spoke last, a later attributed quotation, a person named earlier in the paragraph outside
          // quotations ("Sanders … identified … “…”"), the paragraph before
          const named = (): Entity | null => firstPersonBetween(rctx, p.start, p.start + f.at, null);
          f.speaker = (subject ? namedSpeaker(subject) : null) ?? lastBefore(f.at) ?? laterCued[k] ?? namedOrNull(named()) ?? priorSpeaker();
        }
        if (f.speaker?.name) lastQuote = { at: f.at, speaker: f.speaker };
      }
    }
    for (const f of found) {
      seen.push(f.quote.text);
      if (f.speaker?.name) {
        f.quote.speaker = f.speaker.name;
        f.quote.speakerKind = f.speaker.kind;
        f.quote.role = f.speaker.role;
        lastQuoted = f.speaker;
      } else if (f.speaker?.role) f.quote.role = f.speaker.role;
      out.push(f.quote);
      const span = f.span;
      meta.push({ open: !span.closed, cued: Boolean(f.cue), unit: p.unit, leads: isBlank(p.text, 0, span.open) });
    }
    // the speaker carried into the next paragraph: whoever spoke last here
    const quotedHere = found.filter((f) => f.speaker?.name).map((f) => ({ at: f.at, speaker: f.speaker! }));
    let carriedMemo: Speaker | null | undefined;
    carried = () => (carriedMemo !== undefined ? carriedMemo : (carriedMemo = lastSpeaker(quotedHere[quotedHere.length - 1] ?? null, reported)));
    carriedFrom = p.unit;
  }
  // a quotation running on over paragraphs with no speaker yet is attributed where it ends: carry that back
  for (let i = out.length - 2; i >= 0; i--) {
    const m = meta[i]!;
    const next = meta[i + 1]!;
    if (m.open && !m.cued && !out[i]!.speaker && next.leads && next.unit === m.unit + 1 && out[i + 1]!.speaker) {
      out[i] = { ...out[i]!, speaker: out[i + 1]!.speaker, speakerKind: out[i + 1]!.speakerKind, role: out[i + 1]!.role };
    }
  }
  return out;
}

/** Words after a quotation are read this far (the next word is short). */
const NEXT_WORD_CHARS = 39;
/** The first word (non-space run) after spaces in text[from, from + NEXT_WORD_CHARS), by character codes. */
function nextWord(text: string, from: number): string {
  const end = Math.min(text.length, from + NEXT_WORD_CHARS);
  let a = from;
  while (a < end && isSpaceCode(text.charCodeAt(a))) a++;
  let b = a;
  while (b < end && !isSpaceCode(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/** Two quotations with the same words differ in length by at most this much (punctuation, spacing). */
const PULL_QUOTE_SLACK_CHARS = 8;
/** A quotation's words, lower case, for comparing two quotations. */
const wordsOf = (text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/**
 * A pull quote: a paragraph that is nothing but a quotation repeating, word for word, one quoted earlier in the
 * body (pages set a striking quotation apart in large type; copied text keeps it as a paragraph of its own).
 */
function isPullQuote(paragraph: string, span: QuoteSpan, text: string, seen: readonly string[]): boolean {
  if (!seen.length || /[\p{L}\p{N}]/u.test(paragraph.slice(0, span.open) + paragraph.slice(span.close + 1))) return false;
  const words = wordsOf(text);
  if (words.split(' ').length < MIN_PULL_QUOTE_WORDS) return false;
  // only quotations of about the same length can hold the same words (most are never cut into words)
  return seen.some((t) => Math.abs(t.length - text.length) <= PULL_QUOTE_SLACK_CHARS && wordsOf(t) === words);
}

const namedSpeaker = (e: Entity): Speaker => ({ name: e.name, kind: 'person', role: e.role, gender: e.gender });
const namedOrNull = (e: Entity | null): Speaker | null => (e ? namedSpeaker(e) : null);

/** A verb of saying or an "according to" in a context: the sentence reports someone's words. */
const saysIn = (text: string): boolean => hasSpeechVerb(text) || ATTRIBUTION_PHRASE_RE.test(text);

/**
 * Speakers of reported speech outside quotations, at most one per sentence (with a verb of saying and a subject
 * that names someone). Each sentence is read once, when first asked for: most paragraphs need only a few.
 */
class ReportedSpeech {
  private readonly memo: Array<{ at: number; speaker: Speaker } | null | undefined> = [];

  constructor(
    private readonly masked: string,
    readonly starts: readonly number[],
    private readonly resolve: (mention: string, at: number) => Speaker,
  ) {}

  /** The speaker reported in sentence `i`, or null. */
  at(i: number): { at: number; speaker: Speaker } | null {
    let r = this.memo[i];
    if (r === undefined) {
      r = this.read(i);
      this.memo[i] = r;
    }
    return r;
  }

  private read(i: number): { at: number; speaker: Speaker } | null {
    const s = this.starts[i]!;
    const e = this.starts[i + 1] ?? this.masked.length;
    const from = Math.max(s, e - MAX_REPORTED_CHARS);
    let sentence = this.masked.slice(from, e);
    // the last verb of saying whose subject names someone (leftCue finds none when there is no verb)
    for (let tries = 0; tries < MAX_REPORTED_VERBS; tries++) {
      const cue = leftCue(sentence, from, e);
      if (!cue) break;
      const speaker = this.resolve(cue.mention, cue.mentionStart);
      if (speaker.name) return { at: cue.mentionStart, speaker };
      sentence = sentence.slice(0, Math.max(0, cue.mentionStart - from));
    }
    return null;
  }
}

/**
 * Whoever spoke last in a paragraph: its last attributed quotation or a later sentence of reported speech.
 * Sentences are read from the last one back, and only those that end after the last quotation.
 */
function lastSpeaker(lastQuoted: { at: number; speaker: Speaker } | null, reported: ReportedSpeech): Speaker | null {
  const { starts } = reported;
  for (let i = starts.length - 1; i >= 0; i--) {
    const r = reported.at(i);
    if (r && (!lastQuoted || r.at >= lastQuoted.at)) return r.speaker;
    // an earlier sentence can only hold an earlier speaker
    if (lastQuoted && starts[i]! <= lastQuoted.at) break;
  }
  return lastQuoted?.speaker ?? null;
}
