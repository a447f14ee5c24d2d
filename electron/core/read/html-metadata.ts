// Metadata a news page declares about itself: JSON-LD (schema.org NewsArticle and kin), Open Graph and
// plain <meta> tags. Tables first, logic after; the first table entry that has a value wins.

import { type ClippingHints, compactHints, joinNames, tidy, tidyByline, tidyName, toIsoDate } from './hints';

/** schema.org types whose headline/date/author describe the page's article. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting)$/;

/** `<meta>` keys (name, property or itemprop) for each hint, most trusted first. */
const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline', 'sailthru.title', 'parsely-title'],
  published: [
    'article:published_time', 'og:article:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date',
    'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'pubdate', 'publish-date', 'publish_date',
    'date',
  ],
  byline: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'],
  source: ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'dcterms.publisher'],
} as const;

type JsonObject = Record<string, unknown>;

/** Hints from the page's metadata; absent fields are left out. */
export function extractHtmlMetadata(document: Document): ClippingHints {
  const meta = readMetaTags(document);
  const ld = findJsonLdArticle(document);
  const fromMeta = (keys: readonly string[], tidyFn: (v: unknown) => string | null) => {
    for (const key of keys) {
      const value = tidyFn(meta.get(key));
      if (value) return value;
    }
    return null;
  };
  const timeElement = document.querySelector('time[itemprop="datePublished"], time[pubdate]');

  return compactHints({
    title: tidy(ld?.headline) ?? tidy(ld?.name) ?? fromMeta(META_KEYS.title, tidy),
    published:
      toIsoDate(ld?.datePublished) ??
      fromMeta(META_KEYS.published, toIsoDate) ??
      toIsoDate(timeElement?.getAttribute('datetime')),
    byline: personNames(ld?.author) ?? fromMeta(META_KEYS.byline, tidyByline),
    source: tidyName(nameOf(ld?.publisher)) ?? fromMeta(META_KEYS.source, tidyName),
  });
}

/** lower-cased name/property/itemprop → content of the first such tag */
function readMetaTags(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const tag of document.querySelectorAll('meta')) {
    const content = tag.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = tag.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

/** The first JSON-LD object typed as an article, looking inside arrays and @graph. Bad JSON is ignored. */
function findJsonLdArticle(document: Document): JsonObject | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticleObject(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticleObject(value: unknown, depth: number): JsonObject | null {
  if (depth > 4 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticleObject(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const object = value as JsonObject;
  const types = ([] as unknown[]).concat(object['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return object;
  return findArticleObject(object['@graph'], depth + 1) ?? findArticleObject(object.mainEntity, depth + 1);
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length > 0 ? nameOf(value[0]) : null;
  if (value && typeof value === 'object') {
    const name = (value as JsonObject).name;
    return typeof name === 'string' ? name : null;
  }
  return null;
}

/** JSON-LD author: a name, an object with a name, or a list of either → "Ann Lee and Bo Chan". */
function personNames(value: unknown): string | null {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  const names = list.map(nameOf).map(tidyByline).filter((n): n is string => n !== null);
  return joinNames(names);
}
