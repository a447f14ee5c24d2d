// Markdown: the text is kept as written, except leading YAML front matter, which becomes hints
// (title, date, author, source — as written by note apps and web clippers).

import { DEFAULT_FRONT_MATTER_MAX_CHARS } from './limits';
import { type ClippingHints, compactHints, joinNames, tidy, tidyByline, tidyName, toIsoDate } from './hints';

export interface MarkdownReading {
  text: string;
  hints: ClippingHints;
}

/** Front-matter keys (lower case) for each hint, most specific first. */
const FRONT_MATTER_KEYS = {
  title: ['title', 'headline'],
  published: ['published', 'date', 'pubdate', 'published_at', 'publishdate', 'date_published'],
  captured: ['captured', 'clipped', 'saved', 'created', 'created_at'],
  byline: ['byline', 'author', 'authors'],
  source: ['source', 'publication', 'publisher', 'site', 'site_name'],
} as const;

const REGEXPS = {
  /** "---" on the first line, then a later line that is "---" or "..." */
  opening: /^---[ \t]*\r?\n/,
  closing: /^(?:---|\.\.\.)[ \t]*$/,
  keyValue: /^([A-Za-z_][\w -]*?)\s*:(?:\s+(.*?))?\s*$/,
  listItem: /^\s+-\s+(.*?)\s*$|^-\s+(.*?)\s*$/,
  inlineList: /^\[(.*)\]$/,
  wikiLink: /^\[\[(?:[^\]|]*\|)?([^\]]*)\]\]$/,
  comment: /^\s*#/,
};

/** Splits off front matter; markdown without it (or with something else after "---") is returned whole. */
export function readMarkdown(text: string): MarkdownReading {
  const front = splitFrontMatter(text);
  if (!front) return { text, hints: {} };
  const fields = parseSimpleYaml(front.yaml);
  if (!fields) return { text, hints: {} };

  const first = (keys: readonly string[]) => keys.map((k) => fields.get(k)).find((v) => v !== undefined && v.length > 0);
  const single = (keys: readonly string[]) => first(keys)?.[0];
  return {
    text: front.body,
    hints: compactHints({
      title: tidy(single(FRONT_MATTER_KEYS.title)),
      published: toIsoDate(single(FRONT_MATTER_KEYS.published)),
      captured: toIsoDate(single(FRONT_MATTER_KEYS.captured)),
      byline: joinNames((first(FRONT_MATTER_KEYS.byline) ?? []).map((v) => tidyByline(v) ?? '')),
      source: tidyName(single(FRONT_MATTER_KEYS.source)),
    }),
  };
}

function splitFrontMatter(text: string): { yaml: string; body: string } | null {
  const opening = REGEXPS.opening.exec(text);
  if (!opening) return null;
  const limit = Math.min(text.length, DEFAULT_FRONT_MATTER_MAX_CHARS);
  let lineStart = opening[0].length;
  while (lineStart < limit) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (REGEXPS.closing.test(line)) {
      return { yaml: text.slice(opening[0].length, lineStart), body: text.slice(Math.min(lineEnd + 1, text.length)) };
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

/**
 * The small part of YAML front matter uses: `key: value`, quoted values, `key: [a, b]` and `key:` followed by
 * `- item` lines. Returns null when a line is none of these (so it was not front matter after all).
 */
function parseSimpleYaml(yaml: string): Map<string, string[]> | null {
  const fields = new Map<string, string[]>();
  let listKey: string | null = null;
  for (const rawLine of yaml.split(/\r?\n/)) {
    if (rawLine.trim() === '' || REGEXPS.comment.test(rawLine)) continue;
    const item = REGEXPS.listItem.exec(rawLine);
    if (item && listKey) {
      fields.get(listKey)!.push(unquote(item[1] ?? item[2] ?? ''));
      continue;
    }
    if (/^\s/.test(rawLine)) continue; // nested mapping or folded text: not needed for hints
    const pair = REGEXPS.keyValue.exec(rawLine);
    if (!pair) return null;
    const key = pair[1]!.trim().toLowerCase();
    const value = pair[2] ?? '';
    const inline = REGEXPS.inlineList.exec(value);
    const values = inline ? inline[1]!.split(',').map(unquote).filter((v) => v !== '') : value === '' ? [] : [unquote(value)];
    if (!fields.has(key)) fields.set(key, values);
    listKey = value === '' ? key : null;
  }
  return fields;
}

function unquote(raw: string): string {
  let value = raw.trim();
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
    value = value.slice(1, -1);
  }
  const link = REGEXPS.wikiLink.exec(value);
  return link ? link[1]! : value;
}
