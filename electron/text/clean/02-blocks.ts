// Pass 2 — blocks: the units the classifier judges. A browser copy puts each HTML block on its own line, so a
// line is a block. Hard-wrapped text (e-mail, 72-column dumps) breaks paragraphs inside: those lines are
// joined back into paragraphs first.
import {
  DEFAULT_WRAP_FILL,
  DEFAULT_WRAP_MAX,
  DEFAULT_WRAP_RUN_ON_SHARE,
  REGEXPS,
} from './tables';
import { endsLikeSentence } from './03-features';

export interface Block {
  /** position in the block list */
  index: number;
  text: string;
  /** first input line (0-based) */
  line: number;
  /** blank lines before this block (0 = glued to the previous block) */
  gapBefore: number;
}

/** The block before block i is a caption's label line ("Image caption,"): block i is that caption. */
export const underCaptionLabel = (blocks: readonly Block[], i: number): boolean => i > 0 && REGEXPS.captionLabel.test(blocks[i - 1]!.text);

export interface BlockLayout {
  blocks: Block[];
  /** the text was hard-wrapped at this width (null: not wrapped) */
  wrapWidth: number | null;
}

/** A line long enough to tell anything about wrapping. */
const WRAP_MIN_LINE = 30;

/** Nobody wraps narrower than this: shorter "wrapped" lines are menus and headlines. */
const WRAP_MIN_WIDTH = 45;
/** Wrapping needs this many long lines as evidence. */
const WRAP_MIN_LONG_LINES = 5;

/** The wrap width when the text is hard-wrapped, else null. */
export function detectWrap(lines: readonly string[]): number | null {
  // (a typed array sorts numbers without a comparator call per pair; filled in two passes, no arrays between)
  let measured = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.length >= WRAP_MIN_LINE) measured++;
  const lengths = new Int32Array(measured);
  for (let i = 0, k = 0; i < lines.length; i++) if (lines[i]!.length >= WRAP_MIN_LINE) lengths[k++] = lines[i]!.length;
  lengths.sort();
  if (lengths.length < 4) return null;
  const p95 = lengths[Math.floor(lengths.length * 0.95) - (lengths.length >= 20 ? 0 : 1)] ?? 0;
  if (p95 > DEFAULT_WRAP_MAX || p95 < WRAP_MIN_WIDTH) return null;
  // a wrapped line is long and runs on: it does not end a sentence and the next line is not blank
  let long = 0;
  let runOn = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (l.length < p95 * DEFAULT_WRAP_FILL) continue;
    long++;
    if (lines[i + 1] && !endsLikeSentence(l)) runOn++; // (the end-anchored pattern on the line's tail only)
  }
  return long >= WRAP_MIN_LONG_LINES && runOn / long >= DEFAULT_WRAP_RUN_ON_SHARE ? p95 : null;
}

/** The word that closes a link's hover card copied into the text. */
const CARD_CLOSE = ' MORE';
/** A hover card (name, latest headlines) is at most this long. */
const CARD_MAX_CHARS = 700;
const GLUE = /\p{Ll}\p{Lu}/gu;

/**
 * Hover cards copied into a sentence: "Rep. Jane RoeJane RoeCouncil passes budget Roe backs bridge MORE (D-Ohio)
 * said …" — a linked name, glued to its own repeat, the person's latest headlines, "MORE". The card is cut from
 * the glue to "MORE"; the sentence keeps the name once. The repeat must start with a word of the name just before
 * the glue, so ordinary glued words ("iPhone", "McDonald") are left alone.
 */
export function dropHoverCards(text: string): string {
  if (!text.includes(CARD_CLOSE)) return text;
  let out = text;
  let from = 0;
  for (;;) {
    const close = out.indexOf(CARD_CLOSE, from);
    if (close < 0) return out;
    const after = out.charCodeAt(close + CARD_CLOSE.length);
    if (after >= 65 && after <= 90) { from = close + 1; continue; } // "MORETTI": a word, not the card's end
    GLUE.lastIndex = Math.max(from, close - CARD_MAX_CHARS);
    let cut = -1;
    for (let m = GLUE.exec(out); m && m.index < close; m = GLUE.exec(out)) {
      const g = m.index + 1;
      const repeat = /^[\p{L}'’-]+/u.exec(out.slice(g, g + 40))?.[0];
      const before = out.slice(Math.max(0, g - 60), g).split(/\s+/).slice(-3);
      if (repeat && before.some((w) => w === repeat)) { cut = g; break; }
      GLUE.lastIndex = g;
    }
    if (cut < 0) { from = close + 1; continue; }
    out = out.slice(0, cut) + out.slice(close + CARD_CLOSE.length);
    from = cut;
  }
}

/** `hoverCards`: false when the text cannot hold one (no "MORE" in it: see cleanClipping), so no line is searched. */
export function toBlocks(lines: readonly string[], hoverCards = true): BlockLayout {
  const wrapWidth = detectWrap(lines);
  const blocks: Block[] = [];
  let gap = 0;
  let open: Block | null = null; // a wrapped paragraph still taking lines
  let prevLen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) {
      gap++;
      open = null;
      continue;
    }
    // join when the previous line filled the width (it was wrapped, not ended) and this one is no list item
    const joins = open !== null && wrapWidth !== null && prevLen >= wrapWidth * DEFAULT_WRAP_FILL && !REGEXPS.bullet.test(line);
    if (joins && open) {
      open.text += ` ${hoverCards ? dropHoverCards(line) : line}`;
    } else {
      open = { index: blocks.length, text: hoverCards ? dropHoverCards(line) : line, line: i, gapBefore: blocks.length === 0 ? 0 : gap };
      blocks.push(open);
    }
    prevLen = line.length;
    gap = 0;
  }
  return { blocks, wrapWidth };
}
