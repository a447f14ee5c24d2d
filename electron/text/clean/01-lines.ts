// Pass 1 — lines: one line-ending convention, no invisible characters, no trailing spaces.
// Keeps every visible character: later passes must be able to prove the body's words come from the input.

/** Zero-width and bidi marks that browsers copy along with the text. */
const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g;
/** Spaces that are not U+0020 (no-break, thin, ideographic …). */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;

/** Anything toLines changes beyond splitting and trimming: most pages have few of these, so most lines are kept as
 *  they are (one test instead of four replacements of the whole text). */
const NEEDS_WORK = /[\r\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]| {2}/;

export function toLines(text: string): string[] {
  const lines = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    lines[i] = NEEDS_WORK.test(l) ? l.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim() : l.trim();
  }
  return lines;
}
