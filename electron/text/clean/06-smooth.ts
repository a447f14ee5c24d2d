// Pass 6 — context smoothing inside the main region (jusText's second step): a short block between two
// content blocks is a sub-heading or a one-line paragraph and stays; furniture goes, each with its reason.
import type { Features } from './03-features';
import type { Verdict } from './04-classify';
import type { Region } from './05-region';

export interface Decision {
  keep: boolean;
  reason: string;
}

/** A run of more short blocks than this inside the article is a menu or a link list, not sub-headings. */
const MAX_SHORT_RUN = 40;
/** A low-stop-word sentence between paragraphs is kept from this many words. */
const PROSE_MIN_WORDS = 10;
/** A short block kept between content must have at least this many words (single words are buttons). */
const SHORT_MIN_WORDS = 2;

/** The two decisions most blocks get, their reason put together only when it is read (the trace): a string built
 *  for every block of every page cost more than the rest of this pass. */
class OutsideRegion implements Decision {
  readonly keep = false;
  constructor(private readonly verdict: Verdict) {}
  get reason(): string {
    return `outside main region (${this.verdict.cls}: ${this.verdict.reason})`;
  }
}
class ContentBlock implements Decision {
  readonly keep = true;
  constructor(private readonly verdict: Verdict) {}
  get reason(): string {
    return `${this.verdict.cls}: ${this.verdict.reason}`;
  }
}

export function smooth(verdicts: readonly Verdict[], features: readonly Features[], region: Region, listItems: ReadonlySet<number> = new Set(), tableRows: ReadonlySet<number> = new Set()): Decision[] {
  const n = verdicts.length;
  const out: Decision[] = verdicts.map((v) => new OutsideRegion(v));
  // table rows count as text for the lines around them (a table's heading, its column names)
  const content = (i: number) => verdicts[i]!.cls === 'good' || verdicts[i]!.cls === 'near' || tableRows.has(i);
  const shortLine = (i: number) => verdicts[i]!.cls === 'short' && !tableRows.has(i);
  for (let i = region.start; i < region.end && i < n; i++) {
    const v = verdicts[i]!;
    if (v.cls === 'good' || v.cls === 'near') { out[i] = new ContentBlock(v); continue; }
    // a table row is kept whatever its words (figures and names); a list item only when it is no furniture
    if (tableRows.has(i)) { out[i] = { keep: true, reason: 'table row next to the text' }; continue; }
    if (v.cls === 'bad') {
      // a full sentence with few function words (figures, names) between two paragraphs is still article text
      const f = features[i]!;
      const between = i > region.start && i + 1 < region.end && content(i - 1) && content(i + 1);
      if (between && v.reason.startsWith('few stop words') && f.sentence && f.words >= PROSE_MIN_WORDS) {
        out[i] = { keep: true, reason: `sentence between paragraphs (${v.reason})` };
      } else out[i] = { keep: false, reason: v.reason };
      continue;
    }
    if (listItems.has(i)) { out[i] = { keep: true, reason: 'list item after a line ending with a colon' }; continue; }
    // short: look for the nearest non-short blocks on both sides, inside the region
    let a = i - 1;
    while (a >= region.start && shortLine(a)) a--;
    let b = i + 1;
    while (b < region.end && shortLine(b)) b++;
    const run = b - a - 1;
    const f = features[i]!;
    if (a < region.start || b >= region.end) out[i] = { keep: false, reason: `short block at the edge of the article (${v.reason})` };
    else if (!content(a) || !content(b)) out[i] = { keep: false, reason: `short block next to furniture (${v.reason})` };
    else if (run > MAX_SHORT_RUN) out[i] = { keep: false, reason: `run of ${run} short blocks: a list of links` };
    else if (f.repeated > 0) out[i] = { keep: false, reason: 'short block repeated elsewhere on the page' };
    else if (f.words < SHORT_MIN_WORDS) out[i] = { keep: false, reason: 'single word between paragraphs' };
    else out[i] = { keep: true, reason: `short block between paragraphs (${v.reason})` };
  }
  // the article's last paragraph is often one short sentence right under the region's last text: it weighs as a
  // short line, so the region search ended above it
  const end = region.end;
  if (end > region.start && end < n && (verdicts[end - 1]!.cls === 'good' || verdicts[end - 1]!.cls === 'near') && closes(verdicts[end]!, features[end]!)) {
    out[end] = { keep: true, reason: `closing sentence (${verdicts[end]!.reason})` };
  }
  return out;
}

/**
 * A short block that may close the article ("The ferry carries about 30,000 passengers a year."): a whole sentence
 * of CLOSING_MIN_WORDS or more, printed nowhere else on the page; a short line without a full stop (a link, a label)
 * is no such sentence.
 */
function closes(v: Verdict, f: Features): boolean {
  return v.cls === 'short' && f.sentence && f.words >= CLOSING_MIN_WORDS && f.repeated === 0 && !f.headerLine;
}
/** A closing sentence has at least this many words ("He declined to comment." has four). */
const CLOSING_MIN_WORDS = 6;
