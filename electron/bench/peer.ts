// The peer: how HTML clippers work. The same articles as simple web pages (title, navigation, header and
// footer boilerplate, one <p> per paragraph) go through new JSDOM(html) → new Readability(document).parse()
// → an insert into a library of the same schema. Measured on a sample and given as clips per second.
import { createHash } from 'node:crypto';
import { Library } from '../core/library';
import { now } from './measure';

const BOILERPLATE = {
  nav: ['Home', 'World', 'Politics', 'Business', 'Technology', 'Science', 'Sport', 'Culture', 'Opinion', 'Video'],
  header: 'Subscribe · Sign in · Newsletters · Today’s paper',
  footer: 'About us · Contact · Terms of use · Privacy policy · Cookie settings · Advertise · Help',
};

interface JsdomLike {
  window: { document: Document; close(): void };
}
type ReadabilityCtor = new (document: Document) => { parse(): { title?: string | null; textContent?: string | null; byline?: string | null; siteName?: string | null } | null };

export interface PeerResult {
  clips: number;
  ms: number;
  /** pages Readability found no article in */
  empty: number;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A simple web page for a clip: its first line as the title, its blank-line blocks as paragraphs. */
export function htmlPage(text: string): string {
  const blocks = text.split(/\n[ \t]*\n/).map((b) => b.trim()).filter(Boolean);
  const title = escapeHtml((blocks[0] ?? '').split('\n')[0]!.slice(0, 200));
  const paragraphs = blocks.map((b) => `<p>${escapeHtml(b).replace(/\n/g, '<br>')}</p>`).join('\n');
  const nav = BOILERPLATE.nav.map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><div class="masthead"><a href="/">The Daily Page</a></div><div>${BOILERPLATE.header}</div></header>
<nav><ul>${nav}</ul></nav>
<main><article><h1>${title}</h1>
${paragraphs}
</article></main>
<aside><h2>Most read</h2><ul>${nav}</ul></aside>
<footer><p>${BOILERPLATE.footer}</p><p>© The Daily Page</p></footer>
</body></html>`;
}

/** Readability + jsdom over `pages` (already made HTML), each stored in a fresh library at `file`. */
export async function measurePeer(pages: readonly string[], file: string): Promise<PeerResult> {
  // jsdom ships no types and is a development dependency: loaded by name at run time
  const jsdomName = 'jsdom';
  const { JSDOM } = (await import(jsdomName)) as { JSDOM: new (html: string) => JsdomLike };
  const { Readability } = (await import('@mozilla/readability')) as unknown as { Readability: ReadabilityCtor };
  const library = Library.open(file, { backups: false });
  try {
    const { db } = library;
    const insert = db.prepare(
      `INSERT INTO clips (file_name, original, format, encoding, source_hash, body_hash, title, byline, source, body, imported_at)
       VALUES (?, ?, 'html', 'utf-8', ?, ?, ?, ?, ?, ?, ?)`,
    );
    let empty = 0;
    const start = now();
    // one transaction for the sample: the peer gets the cheapest storage there is
    db.transaction(() => pages.forEach((html, i) => {
      const dom = new JSDOM(html);
      const article = new Readability(dom.window.document).parse();
      dom.window.close();
      const body = article?.textContent?.trim() ?? '';
      if (!body) empty++;
      const hash = createHash('sha256').update(`${i}\n${body}`).digest('hex');
      insert.run(`page-${i}.html`, html, hash, hash, article?.title ?? null, article?.byline ?? null, article?.siteName ?? null, body, new Date().toISOString());
    }))();
    return { clips: pages.length, ms: now() - start, empty };
  } finally {
    library.close();
  }
}
