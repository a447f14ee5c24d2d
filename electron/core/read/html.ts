// HTML → article text + metadata hints. Readability picks the article; when it finds nothing the body's
// text is used. linkedom builds the DOM and never runs scripts; script text never reaches the output.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DEFAULT_HTML_CHARSET_SCAN_BYTES } from './limits';
import { type ClippingHints, compactHints, fillHints, tidy, tidyByline, tidyName, toIsoDate } from './hints';
import { blockText, walkBlockText } from './html-text';
import { extractHtmlMetadata } from './html-metadata';

export interface HtmlReading {
  text: string;
  hints: ClippingHints;
}

const REGEXPS = {
  htmlTag: /<html[\s>]/i,
  bodyTag: /<body[\s>]/i,
  metaCharset: /<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i,
};

/** Readability's own threshold is 500 characters; clippings are often shorter, and it retries anyway. */
const READABILITY_CHAR_THRESHOLD = 200;

/**
 * Readability's time grows with the square of the nesting depth (250 levels take seconds) and it takes
 * ~15 s for 100 000 elements; beyond these limits the body's text is used instead. News pages stay far below.
 */
const READABILITY_MAX_DEPTH = 100;
const READABILITY_MAX_ELEMENTS = 15_000;

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), or null. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(
    'latin1',
    0,
    DEFAULT_HTML_CHARSET_SCAN_BYTES,
  );
  return REGEXPS.metaCharset.exec(head)?.[1] ?? null;
}

/**
 * The article text of an HTML document (paragraphs separated by blank lines) and hints from its metadata.
 * `withMetadata: false` skips page metadata (e-mail bodies: their hints come from the headers).
 */
export function readHtml(html: string, { withMetadata = true } = {}): HtmlReading {
  const document = parseDocument(html);
  const metadata = withMetadata ? extractHtmlMetadata(document) : {};
  const body = walkBlockText(document.body);
  const fallbackText = body.text;

  let article: ReturnType<Readability<Node>['parse']> = null;
  if (body.maxDepth <= READABILITY_MAX_DEPTH && body.elements <= READABILITY_MAX_ELEMENTS) {
    try {
      article = new Readability<Node>(document, {
        serializer: (node) => node,
        charThreshold: READABILITY_CHAR_THRESHOLD,
      }).parse();
    } catch {
      article = null; // a page Readability cannot handle still has body text
    }
  }
  const articleText = article?.content ? blockText(article.content) : '';
  const text = /\S/.test(articleText) ? articleText : fallbackText;

  if (!withMetadata || !article) return { text, hints: metadata };
  const fromReadability = compactHints({
    title: tidy(article.title),
    published: toIsoDate(article.publishedTime),
    byline: tidyByline(article.byline),
    source: tidyName(article.siteName),
  });
  return { text, hints: fillHints(metadata, fromReadability) };
}

/**
 * linkedom treats a fragment's first element as the document element and leaves content outside `<body>`
 * in a body-less tree; wrap and move it so that `document.body` holds the page as a browser would.
 */
function parseDocument(html: string): Document {
  const source = REGEXPS.htmlTag.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  if (!REGEXPS.bodyTag.test(source)) {
    const root = document.documentElement;
    const { head, body } = document;
    for (const child of [...root.childNodes]) {
      if (child !== head && child !== body) body.appendChild(child);
    }
    if (body.parentNode !== root) root.appendChild(body);
  }
  return document as unknown as Document;
}
