// A DOM subtree → plain text: block elements become paragraphs separated by one blank line, `<br>` a line
// break, runs of white space one space. Scripts, styles and form controls contribute nothing.
// Iterative, so deeply nested markup cannot overflow the stack.

/** Elements that start and end a paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Elements that end a line but not a paragraph. Table rows are paragraphs: e-mail layouts are tables. */
const LINE_TAGS = new Set(['br']);

/** Table cells: separated by a space within their row. */
const CELL_TAGS = new Set(['td', 'th']);

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  'audio', 'button', 'canvas', 'datalist', 'embed', 'head', 'iframe', 'input', 'link', 'map', 'meta', 'nav',
  'noscript', 'object', 'option', 'script', 'select', 'style', 'svg', 'template', 'textarea', 'title', 'video',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

const COLLAPSIBLE_SPACE = /[ \t\n\r\f]+/g;

interface Frame {
  node: Node;
  /** true when the element's children are done and its closing side is due */
  leaving: boolean;
  depth: number;
}

export interface BlockTextResult {
  /** paragraphs separated by "\n\n", lines by "\n" */
  text: string;
  /** how many elements were visited (skipped subtrees not counted) */
  elements: number;
  /** the deepest element nesting below the root */
  maxDepth: number;
}

/** The text of `root` with paragraphs separated by "\n\n" and lines by "\n". */
export function blockText(root: Node): string {
  return walkBlockText(root).text;
}

/** blockText, plus the size and depth of the tree (Readability is slow on huge or very deep trees). */
export function walkBlockText(root: Node): BlockTextResult {
  const out = new ParagraphCollector();
  const stack: Frame[] = [{ node: root, leaving: false, depth: 0 }];
  let preDepth = 0;
  let elements = 0;
  let maxDepth = 0;

  while (stack.length > 0) {
    const { node, leaving, depth } = stack.pop()!;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = node.nodeValue ?? '';
      if (preDepth > 0) out.preformatted(data);
      else out.text(data.replace(COLLAPSIBLE_SPACE, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;

    const element = node as Element;
    const tag = element.localName?.toLowerCase() ?? '';
    if (leaving) {
      if (tag === 'pre') {
        preDepth--;
        out.endLine(true);
      }
      if (BLOCK_TAGS.has(tag)) out.endParagraph();
      else if (LINE_TAGS.has(tag)) out.endLine();
      else if (CELL_TAGS.has(tag)) out.text(' ');
      continue;
    }
    if (SKIPPED_TAGS.has(tag) || isHidden(element)) continue;
    elements++;
    if (depth > maxDepth) maxDepth = depth;
    if (tag === 'br') {
      out.endLine();
      continue;
    }
    if (tag === 'img') continue;
    if (BLOCK_TAGS.has(tag)) out.endParagraph();
    if (tag === 'pre') preDepth++;

    stack.push({ node, leaving: true, depth });
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false, depth: depth + 1 });
  }
  return { text: out.finish(), elements, maxDepth };
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

class ParagraphCollector {
  private readonly paragraphs: string[] = [];
  private lines: string[] = [];
  private line: string[] = [];

  text(value: string): void {
    if (value) this.line.push(value);
  }

  /** preformatted text keeps its spaces and line breaks */
  preformatted(value: string): void {
    const parts = value.split(/\r\n?|\n/);
    parts.forEach((part, i) => {
      if (i > 0) this.endLine(true);
      this.text(part);
    });
  }

  endLine(keepSpaces = false): void {
    const joined = this.line.join('');
    this.line = [];
    this.lines.push(keepSpaces ? joined.replace(/\s+$/, '') : joined.replace(/ {2,}/g, ' ').trim());
  }

  endParagraph(): void {
    this.endLine();
    // drop blank lines at the edges; keep single line breaks inside the paragraph
    let start = 0;
    let end = this.lines.length;
    while (start < end && this.lines[start]!.trim() === '') start++;
    while (end > start && this.lines[end - 1]!.trim() === '') end--;
    if (end > start) {
      const kept = this.lines.slice(start, end).filter((line, i, all) => line.trim() !== '' || all[i - 1]?.trim() !== '');
      this.paragraphs.push(kept.join('\n'));
    }
    this.lines = [];
  }

  finish(): string {
    this.endParagraph();
    return this.paragraphs.join('\n\n');
  }
}
