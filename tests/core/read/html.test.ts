import { describe, expect, it } from 'vitest';
import { readClipping } from '../../../electron/core/read';

const readHtml = (html: string, name = 'page.html') => readClipping(name, Buffer.from(html, 'utf8'));

const LEDE =
  'Residents of the old mill district packed the community hall on Wednesday to hear plans for a new footbridge over the river.';
const SECOND =
  'The council’s transport officer said the crossing would cut the walk to the station by fifteen minutes for most households.';
const THIRD = 'A public consultation opens next month and will run until the end of the summer, officials confirmed.';

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Footbridge plan unveiled | Riverside Echo</title>
  <meta property="og:title" content="Footbridge plan unveiled for mill district">
  <meta property="og:site_name" content="Riverside Echo">
  <meta property="article:published_time" content="2024-05-02T09:15:00+01:00">
  <meta name="author" content="Hana Kowalczyk">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@graph": [
    {"@type": "WebSite", "name": "Riverside Echo website"},
    {"@type": "NewsArticle", "headline": "Footbridge plan unveiled",
     "datePublished": "2024-05-01T18:00:00Z",
     "author": [{"@type": "Person", "name": "Hana Kowalczyk"}, {"@type": "Person", "name": "Olu Adeyemi"}],
     "publisher": {"@type": "Organization", "name": "The Riverside Echo"}}
  ]}
  </script>
  <script>window.evilRan = true; document.body.innerHTML = "HIJACKED";</script>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
  <article>
    <h1>Footbridge plan unveiled</h1>
    <p>${LEDE}</p>
    <script>document.write("SCRIPT TEXT SHOULD NOT APPEAR");</script>
    <p>${SECOND.replace('fifteen minutes', 'fifteen<br>minutes')}</p>
    <p>${THIRD}</p>
  </article>
  <footer>© Riverside Echo. All rights reserved.</footer>
</body>
</html>`;

describe('HTML pages', () => {
  it('gives the article text with paragraphs separated by blank lines and <br> as a newline', async () => {
    const source = await readHtml(NEWS_PAGE);
    expect(source.format).toBe('html');
    expect(source.encoding).toBe('utf-8');
    const paragraphs = source.text.split('\n\n');
    expect(paragraphs).toContain(LEDE);
    expect(paragraphs).toContain(SECOND.replace('fifteen minutes', 'fifteen\nminutes'));
    expect(paragraphs).toContain(THIRD);
    expect(source.text.indexOf(LEDE)).toBeLessThan(source.text.indexOf(THIRD));
    expect(source.text).not.toMatch(/\n{3,}/);
  });

  it('never runs scripts and leaves their text out', async () => {
    const source = await readHtml(NEWS_PAGE);
    expect(source.text).not.toContain('SCRIPT TEXT');
    expect(source.text).not.toContain('HIJACKED');
    expect(source.text).not.toContain('evilRan');
    expect((globalThis as Record<string, unknown>).evilRan).toBeUndefined();
  });

  it('leaves navigation out of the article', async () => {
    const source = await readHtml(NEWS_PAGE);
    expect(source.text).not.toContain('Sport');
  });

  it('takes hints from JSON-LD first (inside @graph)', async () => {
    const source = await readHtml(NEWS_PAGE);
    expect(source.hints).toEqual({
      title: 'Footbridge plan unveiled',
      published: '2024-05-01T18:00:00Z',
      byline: 'Hana Kowalczyk and Olu Adeyemi',
      source: 'The Riverside Echo',
    });
  });

  it('falls back to Open Graph and meta tags without JSON-LD', async () => {
    const page = NEWS_PAGE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const source = await readHtml(page);
    expect(source.hints).toEqual({
      title: 'Footbridge plan unveiled for mill district',
      published: '2024-05-02T09:15:00+01:00',
      byline: 'Hana Kowalczyk',
      source: 'Riverside Echo',
    });
  });

  it('reads a JSON-LD array with a single author string and ignores broken JSON-LD', async () => {
    const page = `<html><head>
      <script type="application/ld+json">{ not json </script>
      <script type="application/ld+json">[{"@type": "BreadcrumbList"}, {"@type": ["ReportageNewsArticle"], "headline": "Dam inspection delayed",
        "datePublished": "2023-11-20", "author": "By Sam Ortiz", "publisher": "Hill Post"}]</script>
      </head><body><p>${LEDE}</p></body></html>`;
    const source = await readHtml(page);
    expect(source.hints).toMatchObject({
      title: 'Dam inspection delayed',
      published: '2023-11-20',
      byline: 'Sam Ortiz',
      source: 'Hill Post',
    });
  });

  it('ignores an article:author that is a URL', async () => {
    const page = `<html><head><meta property="article:author" content="https://example.com/staff/ann">
      <meta name="parsely-author" content="Ann Grey"></head><body><p>${LEDE}</p></body></html>`;
    const source = await readHtml(page);
    expect(source.hints.byline).toBe('Ann Grey');
  });

  it('uses the page title when no other title is declared', async () => {
    const source = await readHtml(`<html><head><title>Gull numbers fall - Coast Weekly</title></head><body><p>${LEDE}</p><p>${THIRD}</p></body></html>`);
    expect(source.hints.title).toMatch(/Gull numbers fall/);
  });

  it('reads a bare fragment and block elements as paragraphs', async () => {
    const source = await readHtml(`<div>First block<br>with a break</div><ul><li>Item one</li><li>Item   two</li></ul>
      <blockquote>A quoted passage</blockquote><pre>keep   this
  spacing</pre>`);
    expect(source.text).toBe('First block\nwith a break\n\nItem one\n\nItem two\n\nA quoted passage\n\nkeep   this\n  spacing');
    expect(source.hints).toEqual({});
  });

  it('reads content outside <body> in a page without a body tag', async () => {
    const source = await readHtml(`<html><head><title>x</title></head><p>${LEDE}</p></html>`, 'nobody.htm');
    expect(source.text).toBe(LEDE);
  });

  it('leaves hidden elements, styles and form controls out of the fallback text', async () => {
    const source = await readHtml(`<body><style>p{}</style><p>Visible words.</p><p hidden>Hidden words.</p>
      <div style="display: none">Also hidden</div><button>Share</button><noscript>Enable JS</noscript></body>`);
    expect(source.text).toBe('Visible words.');
  });

  it('reads table rows as paragraphs (newsletter layouts) with cells side by side', async () => {
    const row = (n: number) =>
      `<tr><td><a href="https://news.example/${n}">Quay repairs, part ${n}</a><br>Harbour Times</td><td>2 min</td></tr>`;
    const source = await readHtml(`<table><tr><td>Alert: harbour</td></tr>${row(1)}${row(2)}</table>`, 'alert.html');
    expect(source.text).toBe('Alert: harbour\n\nQuay repairs, part 1\nHarbour Times 2 min\n\nQuay repairs, part 2\nHarbour Times 2 min');
  });

  it('survives deeply nested markup', async () => {
    const depth = 20000;
    const source = await readHtml(`${'<div>'.repeat(depth)}Deep text${'</div>'.repeat(depth)}`);
    expect(source.text).toBe('Deep text');
  });
});
