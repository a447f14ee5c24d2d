// Markdown: one combined file, or one file per clip with YAML front matter. Every clip value is escaped,
// so a clipping's <script>, <img onerror> or [link](javascript:) is plain text in any Markdown renderer.
import type { Clip } from '../../shared/api';
import type { Branding } from './branding';
import { escapeMarkdown as md, yamlString } from './escape';
import { safeFileName } from './filenames';
import { dateRangeOf, displayDate, displayQuote, displayRange, paragraphsOf, quotesBySpeaker, speakersOf } from './model';
import type { ReportLayout } from './report-html';

const UNTITLED = 'Untitled clip';
/** Digits of the running number in split file names (0001-headline.md). */
const SPLIT_NUMBER_DIGITS = 4;

function metaLine(clip: Clip): string {
  const parts = [clip.source, displayDate(clip.published), clip.byline ? `By ${clip.byline}` : null, clip.dateline].filter(Boolean);
  return parts.map((p) => md(p)).join(' · ');
}

function bodyMarkdown(clip: Clip): string {
  // A line break inside a paragraph stays one: two trailing spaces are a hard break in CommonMark.
  return paragraphsOf(clip.body).map((p) => md(p).replace(/\r?\n/g, '  \n')).join('\n\n');
}

function clipSection(clip: Clip, level: number): string {
  const hashes = '#'.repeat(level);
  const lines = [`${hashes} ${md(clip.title ?? UNTITLED)}`, ''];
  if (clip.subtitle) lines.push(`*${md(clip.subtitle)}*`, '');
  const meta = metaLine(clip);
  if (meta) lines.push(meta, '');
  lines.push(bodyMarkdown(clip), '');
  for (const caption of clip.captions) lines.push(`*${md(caption)}*`, '');
  return lines.join('\n');
}

/** All clips in one file: title, period, contents, the clips, quotes by speaker. */
export function combinedMarkdown(clips: readonly Clip[], branding: Branding, layout: ReportLayout = {}): string {
  const own = dateRangeOf(clips);
  const out = [
    `# ${md(branding.title)}`,
    '',
    `${md(displayRange(layout.from ?? own.from, layout.to ?? own.to))} · ${clips.length} clip${clips.length === 1 ? '' : 's'}`,
    '',
  ];
  if (clips.length) {
    out.push('## Contents', '');
    clips.forEach((c, i) => out.push(`${i + 1}. ${md(c.title ?? UNTITLED)}`));
    out.push('');
  }
  for (const clip of clips) out.push(clipSection(clip, 2));
  const groups = quotesBySpeaker(clips);
  if (groups.length) {
    out.push('## Quotes by speaker', '');
    for (const group of groups) {
      out.push(`### ${md(group.speaker ?? 'Unattributed')}`, '');
      for (const q of group.quotes) {
        const source = [q.role, q.clip.source, displayDate(q.clip.published), q.clip.title ?? UNTITLED].filter(Boolean).map((s) => md(s)).join(', ');
        out.push(`- “${md(displayQuote(q.text))}” — ${source}`);
      }
      out.push('');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** YAML front matter: every value a double-quoted (escaped) string, a list of them, or null. */
export function frontMatter(clip: Clip): string {
  const list = (values: string[]) => `[${values.map(yamlString).join(', ')}]`;
  return [
    '---',
    `title: ${yamlString(clip.title)}`,
    `source: ${yamlString(clip.source)}`,
    `published: ${yamlString(clip.published)}`,
    `captured: ${yamlString(clip.captured)}`,
    `byline: ${yamlString(clip.byline)}`,
    `tags: ${list(clip.tags.map((t) => t.name))}`,
    `speakers: ${list(speakersOf(clip))}`,
    `clip_id: ${clip.id}`,
    '---',
    '',
  ].join('\n');
}

/** One clip as a file of its own. */
export function clipMarkdownFile(clip: Clip): string {
  return frontMatter(clip) + '\n' + clipSection(clip, 1);
}

export interface SplitFile {
  fileName: string;
  content: string;
}

/** One file per clip, numbered in export order so names never collide and sort as the report does. */
export function splitMarkdown(clips: readonly Clip[]): SplitFile[] {
  return clips.map((clip, i) => ({
    fileName: safeFileName(`${String(i + 1).padStart(SPLIT_NUMBER_DIGITS, '0')}-${clip.title ?? `clip-${clip.id}`}`, 'md', 120),
    content: clipMarkdownFile(clip),
  }));
}
