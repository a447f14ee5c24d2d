// The clip report as one standalone HTML file: cover, contents, the clips, quotes by speaker.
// Inline CSS only, no scripts (a Content-Security-Policy forbids them as well), every clip value escaped.
// Layout lives here; the branding (title, logo, accent) comes in as a separate Branding value.
import type { Clip } from '../../shared/api';
import type { Branding } from './branding';
import { escapeHtml as esc } from './escape';
import { dateRangeOf, displayDate, displayQuote, displayRange, paragraphsOf, quotesBySpeaker } from './model';

export interface ReportLayout {
  /** dates of the selection, when it named them; else the clips' own range is shown */
  from?: string | null;
  to?: string | null;
  /** when the report was made (shown on the cover) */
  generatedAt?: Date;
}

const UNTITLED = 'Untitled clip';
const BCP47 = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** No script may run in a report, whatever it contains: only inline styles and data: images load. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CSS = `
:root { --accent: #1f3a5f; --on-accent: #fff; --ink: #1a1a1a; --muted: #4a4a4a; --rule: #c8c8c8; }
* { box-sizing: border-box; }
html { color: var(--ink); background: #fff; font: 11pt/1.5 Georgia, "Times New Roman", serif; }
body { margin: 0 auto; max-width: 46rem; padding: 0 1.25rem 3rem; }
h1, h2, h3, .meta, nav, .cover dl, .quote-source { font-family: "Helvetica Neue", Arial, sans-serif; }
h1, h2, h3, p, li, dd, dt, blockquote { overflow-wrap: anywhere; word-break: break-word; }
h2, h3 { break-after: avoid; page-break-after: avoid; line-height: 1.25; }
p, li, blockquote { orphans: 3; widows: 3; }
a { color: inherit; }
.cover { margin: 0 -1.25rem 2rem; padding: 2.5rem 1.25rem 2rem; background: var(--accent); color: var(--on-accent);
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.cover img { display: block; max-height: 4.5rem; max-width: 14rem; margin-bottom: 1.25rem; background: #fff; padding: .25rem; }
.cover h1 { font-size: 2rem; margin: 0 0 1rem; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
.cover dt { font-weight: bold; }
.cover dd { margin: 0; }
nav { break-after: page; page-break-after: always; }
nav h2, .quotes > h2 { font-size: 1.35rem; border-bottom: 3px solid var(--accent); padding-bottom: .2rem; }
nav ol { padding-left: 1.5rem; }
nav li { margin: .2rem 0; break-inside: avoid; }
nav .toc-meta { color: var(--muted); }
article { padding-top: 1rem; margin-top: 1.5rem; border-top: 3px solid var(--accent); }
article h2 { font-size: 1.45rem; margin: 0 0 .35rem; }
article .subtitle { font-size: 1.1rem; margin: 0 0 .5rem; color: var(--muted); }
.meta { font-size: .9rem; color: var(--muted); margin: 0 0 .9rem; }
.meta span + span::before { content: " · "; }
.captions { font-size: .9rem; color: var(--muted); font-style: italic; }
.quotes { break-before: page; page-break-before: always; margin-top: 2rem; }
.quotes h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.quotes ol { list-style: none; padding: 0; margin: 0; }
.quotes li { break-inside: avoid; page-break-inside: avoid; margin: 0 0 .8rem; padding-left: .8rem; border-left: 3px solid var(--accent); }
.quotes blockquote { margin: 0; }
.quotes blockquote p { margin: 0; }
.quote-source { font-size: .85rem; color: var(--muted); margin: .15rem 0 0; }
img { max-width: 100%; }
@page { size: A4; }
@media print { body { max-width: none; padding: 0; } .cover { margin: 0 0 2rem; } }
`;

function meta(clip: Clip): string {
  const parts = [clip.source, displayDate(clip.published), clip.byline ? `By ${clip.byline}` : null, clip.dateline]
    .filter((p): p is string => Boolean(p))
    .map((p) => `<span>${esc(p)}</span>`);
  return parts.length ? `<p class="meta">${parts.join('')}</p>` : '';
}

function langAttr(language: string): string {
  return BCP47.test(language) ? ` lang="${esc(language)}"` : '';
}

function clipArticle(clip: Clip): string {
  const paragraphs = paragraphsOf(clip.body).map((p) => `<p>${esc(p).replace(/\r?\n/g, '<br>')}</p>`);
  const captions = clip.captions.length
    ? `<ul class="captions" aria-label="Image captions">${clip.captions.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>`
    : '';
  return `<article id="clip-${clip.id}" aria-labelledby="clip-${clip.id}-title"${langAttr(clip.language)}>
<h2 id="clip-${clip.id}-title">${esc(clip.title ?? UNTITLED)}</h2>
${clip.subtitle ? `<p class="subtitle">${esc(clip.subtitle)}</p>` : ''}${meta(clip)}
${paragraphs.join('\n')}
${captions}</article>`;
}

function quotesSection(clips: readonly Clip[]): string {
  const groups = quotesBySpeaker(clips);
  if (groups.length === 0) return '';
  const body = groups.map((group, i) => {
    const items = group.quotes.map(({ clip, text, role }) => {
      const source = [role, clip.source, displayDate(clip.published)].filter(Boolean).map((s) => esc(s)).join(', ');
      return `<li><blockquote${langAttr(clip.language)}><p>“${esc(displayQuote(text))}”</p></blockquote>
<p class="quote-source">${source ? source + ' — ' : ''}<a href="#clip-${clip.id}">${esc(clip.title ?? UNTITLED)}</a></p></li>`;
    });
    const name = group.speaker ?? 'Unattributed';
    const count = `${group.quotes.length} quote${group.quotes.length === 1 ? '' : 's'}`;
    return `<section aria-labelledby="speaker-${i}"><h3 id="speaker-${i}">${esc(name)} <span class="count">(${count})</span></h3>
<ol>${items.join('\n')}</ol></section>`;
  });
  return `<section class="quotes" aria-labelledby="quotes-title"><h2 id="quotes-title">Quotes by speaker</h2>
${body.join('\n')}</section>`;
}

/** The whole report, as one HTML document. */
export function reportHtml(clips: readonly Clip[], branding: Branding, layout: ReportLayout = {}): string {
  const own = dateRangeOf(clips);
  const range = displayRange(layout.from ?? own.from, layout.to ?? own.to);
  const generated = displayDate((layout.generatedAt ?? new Date()).toISOString());
  const count = `${clips.length} clip${clips.length === 1 ? '' : 's'}`;
  const logo = branding.logo ? `<img src="${esc(branding.logo)}" alt="${esc(branding.title)} logo">` : '';
  const toc = clips
    .map((c) => {
      const extra = [c.source, displayDate(c.published)].filter(Boolean).map((s) => esc(s)).join(', ');
      return `<li><a href="#clip-${c.id}">${esc(c.title ?? UNTITLED)}</a>${extra ? ` <span class="toc-meta">— ${extra}</span>` : ''}</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Cuttings">
<title>${esc(branding.title)}</title>
<style>${CSS}
:root { --accent: ${branding.accent}; --on-accent: ${branding.onAccent}; }
</style>
</head>
<body>
<header class="cover">
${logo}
<h1>${esc(branding.title)}</h1>
<dl>
<dt>Period</dt><dd>${esc(range)}</dd>
<dt>Clips</dt><dd>${count}</dd>
<dt>Prepared</dt><dd>${esc(generated)}</dd>
</dl>
</header>
<main>
<nav aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2>
${clips.length ? `<ol>\n${toc}\n</ol>` : '<p>No clips were selected.</p>'}
</nav>
${clips.map(clipArticle).join('\n')}
${quotesSection(clips)}
</main>
</body>
</html>
`;
}
