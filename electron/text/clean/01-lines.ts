// Pass 1 — lines: one line-ending convention, no invisible characters, no trailing spaces.
// Keeps every visible character: later passes must be able to prove the body's words come from the input.

/** Zero-width and bidi marks that browsers copy along with the text. */
const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g;
/** Spaces that are not U+0020 (no-break, thin, ideographic …). */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;

/** Anything toLines changes beyond splitting and trimming: most pages have few of these, so most lines are kept as
 *  they are (one test instead of four replacements of the whole text). */
const NEEDS_WORK = /[\r\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]| {2}/;

/** NEEDS_WORK as one scan over the whole text: a line before its next match only needs trimming. */
const NEEDS_WORK_SCAN = new RegExp(NEEDS_WORK.source, 'g');

export function toLines(text: string): string[] {
  const flat = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const lines = flat.split('\n');
  // (one scan of the text finds the lines to clean, instead of a test of every line: no match spans a line end,
  // since '\n' is none of these characters)
  NEEDS_WORK_SCAN.lastIndex = 0;
  let next = NEEDS_WORK_SCAN.exec(flat)?.index ?? flat.length;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const end = start + l.length;
    if (next < end) {
      lines[i] = l.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
      NEEDS_WORK_SCAN.lastIndex = end;
      next = NEEDS_WORK_SCAN.exec(flat)?.index ?? flat.length;
    } else lines[i] = l.trim();
    start = end + 1;
  }
  return lines;
}
