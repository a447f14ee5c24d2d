// The hints a reader can pass to the text cleaner, and small helpers to tidy them.

import type { CleanOptions } from '../../shared/article';

export type ClippingHints = Partial<Pick<CleanOptions, 'captured' | 'published' | 'title' | 'byline' | 'source'>>;

const SPACE_RUN = /\s+/g;
const LEADING_BY = /^by[:\s]\s*/i;
const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;
const HAS_TIME = /\d:\d\d/;
const URL_LIKE = /^(?:https?:)?\/\//i;

/** Trimmed, single-spaced text, or null when empty. */
export function tidy(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(SPACE_RUN, ' ').trim();
  return text === '' ? null : text;
}

/** A byline as printed, without a leading "By"; URLs (article:author often holds one) are not bylines. */
export function tidyByline(value: unknown): string | null {
  const text = tidy(value);
  if (!text || URL_LIKE.test(text)) return null;
  return tidy(text.replace(LEADING_BY, ''));
}

/** A publication name; URLs are not names. */
export function tidyName(value: unknown): string | null {
  const text = tidy(value);
  return text && !URL_LIKE.test(text) ? text : null;
}

/** "Ann", "Ann and Bo", "Ann, Bo and Cy". */
export function joinNames(names: readonly string[]): string | null {
  const unique = [...new Set(names.map((n) => tidy(n)).filter((n): n is string => n !== null))];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0]!;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/**
 * An ISO 8601 date: ISO input is kept as written (its offset included); other parseable dates become
 * `YYYY-MM-DD`, or a full UTC timestamp when they carry a time. Unparseable → null.
 */
export function toIsoDate(value: unknown): string | null {
  const text = tidy(value);
  if (!text) return null;
  if (ISO_DATE_START.test(text)) return text;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  if (HAS_TIME.test(text)) return date.toISOString();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Copies the non-empty fields of `extra` that `base` lacks. */
export function fillHints(base: ClippingHints, extra: ClippingHints): ClippingHints {
  const merged: ClippingHints = { ...base };
  for (const key of Object.keys(extra) as (keyof ClippingHints)[]) {
    if (merged[key] == null && extra[key] != null) merged[key] = extra[key];
  }
  return merged;
}

/** Drops null/undefined fields so that only known hints are passed on. */
export function compactHints(hints: ClippingHints): ClippingHints {
  const out: ClippingHints = {};
  for (const key of Object.keys(hints) as (keyof ClippingHints)[]) {
    const value = hints[key];
    if (value != null) out[key] = value;
  }
  return out;
}
