#!/usr/bin/env node
// Creates a cleaner test case from a file: tests/fixtures/clean/<SLUG>/{source.txt, expected.json}.
// expected.json is the cleaner's CURRENT output, written as the fields tests/text/clean/fixtures.test.ts
// checks: a person must read it and correct it before committing — it is a proposal, not the truth.
//
// Usage: node scripts/new-clean-case.mjs FILE SLUG [--force]
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [file, slug, flag] = process.argv.slice(2);
if (!file || !slug) {
  console.error('usage: node scripts/new-clean-case.mjs FILE SLUG [--force]');
  process.exit(2);
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  console.error(`error: slug "${slug}" must be lower-case words joined by hyphens`);
  process.exit(2);
}
const dir = path.join(root, 'tests/fixtures/clean', slug);
if (fs.existsSync(dir) && flag !== '--force') {
  console.error(`error: ${path.relative(root, dir)} exists (use --force to overwrite)`);
  process.exit(1);
}
const source = fs.readFileSync(file, 'utf8');

// the cleaner is TypeScript: bundle it once into a temporary module
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'new-clean-case-'));
const bundle = path.join(tmp, 'clean.mjs');
await build({
  entryPoints: [path.join(root, 'electron/text/clean/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'warning',
});
const { cleanClipping } = await import(pathToFileURL(bundle).href);
fs.rmSync(tmp, { recursive: true, force: true });

const { articles } = cleanClipping(source, {});
const paras = (body) => body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const words = (s, n, end) => {
  const w = s.split(/\s+/);
  return end ? w.slice(-n).join(' ') : w.slice(0, n).join(' ');
};
const expectation = (a) => ({
  title: a.title,
  subtitle: a.subtitle,
  published: a.published,
  captured: a.captured,
  byline: a.byline,
  authors: a.authors,
  source: a.source,
  dateline: a.dateline,
  language: a.language,
  captions: a.captions,
  body: {
    paragraphs: paras(a.body).length,
    first_starts: paras(a.body).length ? words(paras(a.body)[0], 8, false) : '',
    last_ends: paras(a.body).length ? words(paras(a.body).at(-1), 8, true) : '',
    must_not_contain: [],
  },
});
const expected = {
  about: `Proposed from ${path.basename(file)} by scripts/new-clean-case.mjs: CHECK EVERY FIELD, then delete this line.`,
  ...(articles.length > 1 ? { articles: articles.map(expectation) } : expectation(articles[0])),
};
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'source.txt'), source);
fs.writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`wrote ${path.relative(root, dir)}/source.txt and expected.json (${articles.length} article${articles.length > 1 ? 's' : ''}) — check expected.json by hand`);
