// Checks one cleaned article against an expectation object (the format of tests/fixtures/clean/*/expected.json).
// Only the fields named in the expectation are checked; each failed check names the field.
import { expect } from 'vitest';
import type { CleanedText } from '../../../electron/shared/article';

export interface BodyExpectation {
  paragraphs?: number;
  first_starts?: string;
  last_ends?: string;
  must_contain?: string[];
  must_not_contain?: string[];
}

export interface ArticleExpectation {
  title?: string | null;
  subtitle?: string | null;
  published?: string | null;
  captured?: string | null;
  byline?: string | null;
  authors?: string[];
  source?: string | null;
  dateline?: string | null;
  language?: string;
  captions?: string[];
  body?: BodyExpectation;
  /** each string must appear in some warning */
  warnings_include?: string[];
  /** no warning may contain these */
  warnings_exclude?: string[];
}

/** Quotes and spacing differ between editors; the checks compare text, not typography. */
export const squash = (s: string | null | undefined): string =>
  String(s ?? '').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();

export function paragraphsOf(body: string): string[] {
  return body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

const SCALARS = ['title', 'subtitle', 'published', 'captured', 'byline', 'source', 'dateline', 'language'] as const;

export function expectArticle(got: CleanedText, want: ArticleExpectation, label = ''): void {
  for (const field of SCALARS) {
    if (field in want) expect(got[field], `${label}${field}`).toBe(want[field]);
  }
  if (want.authors) expect(got.authors, `${label}authors`).toEqual(want.authors);
  if (want.captions) expect(got.captions.map(squash), `${label}captions`).toEqual(want.captions.map(squash));
  const body = want.body;
  if (body) {
    const paras = paragraphsOf(got.body);
    if (body.paragraphs !== undefined) expect(paras.length, `${label}body paragraph count`).toBe(body.paragraphs);
    if (body.first_starts) expect(squash(paras[0]).startsWith(squash(body.first_starts)), `${label}body starts with "${body.first_starts}", got "${paras[0]?.slice(0, 60)}"`).toBe(true);
    if (body.last_ends) expect(squash(paras.at(-1)).endsWith(squash(body.last_ends)), `${label}body ends with "${body.last_ends}", got "${paras.at(-1)?.slice(-60)}"`).toBe(true);
    for (const s of body.must_contain ?? []) expect(squash(got.body), `${label}body contains`).toContain(squash(s));
    for (const s of body.must_not_contain ?? []) expect(squash(got.body), `${label}body must not contain`).not.toContain(squash(s));
    // one blank line between paragraphs, nothing else; no carriage returns left
    expect(got.body, `${label}paragraph separator`).not.toMatch(/\n\s*\n\s*\n|^\s|\s$|\r/);
  }
  for (const w of want.warnings_include ?? []) {
    expect(got.warnings.some((x) => x.includes(w)), `${label}a warning mentions "${w}" (got ${JSON.stringify(got.warnings)})`).toBe(true);
  }
  for (const w of want.warnings_exclude ?? []) {
    expect(got.warnings.some((x) => x.includes(w)), `${label}no warning mentions "${w}" (got ${JSON.stringify(got.warnings)})`).toBe(false);
  }
}
