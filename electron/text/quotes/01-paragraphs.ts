// Pass 1: split the body into paragraphs (one blank line between them), keeping offsets into the body.
// Some copied texts put one paragraph per line with no blank line between: when most lines of a block end
// like a paragraph (sentence punctuation, a closing quote), the lines are read as paragraphs of their own.

export interface Paragraph {
  /** 0-based paragraph of the body (blank-line separated), as reported in Quote.paragraph */
  index: number;
  /** running number of the reading unit (a line read as a paragraph gets its own) */
  unit: number;
  /** offset of the paragraph's first character in the body */
  start: number;
  text: string;
}

/** A blank line: a newline, optional spaces, another newline (and any further blank lines). */
const PARAGRAPH_BREAK_RE = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
/** A line that ends like a paragraph. */
const PARAGRAPH_END_RE = /(?:[.!?:…"”’)\]]|[.!?,]['’"”])\s*$/u;
/** Share of a block's lines that must end like paragraphs for the lines to count as paragraphs. */
const LINE_PARAGRAPH_RATIO = 0.6;

export function splitParagraphs(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  let index = 0;
  let start = 0;
  const push = (from: number, to: number): void => {
    const text = body.slice(from, to);
    if (!text.trim()) return;
    if (!text.includes('\n')) {
      out.push({ index: index++, unit: out.length, start: from, text }); // one line: read as it is
      return;
    }
    const lines = text.split('\n');
    const ends = lines.slice(0, -1).filter((l) => PARAGRAPH_END_RE.test(l)).length;
    if (lines.length > 1 && ends / (lines.length - 1) >= LINE_PARAGRAPH_RATIO) {
      let at = from;
      for (const line of lines) {
        if (line.trim()) out.push({ index, unit: out.length, start: at, text: line });
        at += line.length + 1;
      }
    } else out.push({ index, unit: out.length, start: from, text });
    index++;
  };
  // (exec on the module's regex: matchAll would copy it on every call)
  const re = PARAGRAPH_BREAK_RE;
  re.lastIndex = 0;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, body.length);
  return out;
}
