// Pass 1: split the body into paragraphs (one blank line between them), keeping offsets into the body.

export interface Paragraph {
  index: number;
  /** offset of the paragraph's first character in the body */
  start: number;
  text: string;
}

/** A blank line: a newline, optional spaces, another newline (and any further blank lines). */
const PARAGRAPH_BREAK_RE = /\n[ \t\r\f\v\u00a0]*\n\s*/g;

export function splitParagraphs(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    const text = body.slice(from, to);
    if (text.trim()) out.push({ index: out.length, start: from, text });
  };
  for (const m of body.matchAll(PARAGRAPH_BREAK_RE)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, body.length);
  return out;
}
