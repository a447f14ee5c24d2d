// Pass 1 — lines: one line-ending convention, no invisible characters, no trailing spaces.
// Keeps every visible character: later passes must be able to prove the body's words come from the input.

/** Zero-width and bidi marks that browsers copy along with the text. */
const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g;
/** Spaces that are not U+0020 (no-break, thin, ideographic …). */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;

export function toLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim());
}
