import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cuttings } from '../helpers/cli';
import { SHARED_EXAMPLE, tempDir } from '../helpers/temp';

const CONTRACT_FIELDS = [
  'file', 'title', 'subtitle', 'published', 'captured', 'byline', 'authors', 'source', 'dateline',
  'language', 'captions', 'body', 'quotes', 'tags', 'confidence', 'warnings',
];

const ARTICLE = `Bridge repairs finish a month early

Engineers completed repairs on the old river bridge on Thursday, a month ahead of schedule, the city said.

The bridge will reopen to cars on Saturday morning after a final inspection.
`;

describe('cuttings clean', () => {
  it('writes <name>.json with every contract field for each input', () => {
    const out = tempDir();
    const run = cuttings(['clean', SHARED_EXAMPLE, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(fs.readFileSync(path.join(out, 'daily-express-putin-talks.json'), 'utf8'));
    expect(Object.keys(result)).toEqual(CONTRACT_FIELDS);
    expect(result.file).toBe(SHARED_EXAMPLE);
    expect(result.title).toBe('Putin says open to talks');
    expect(result.published).toBe('2022-12-03');
    expect(result.captured).toBe('2024-04-26');
    expect(result.body.split('\n\n')).toHaveLength(18);
    for (const key of ['title', 'published', 'byline', 'body']) {
      expect(result.confidence[key]).toBeGreaterThanOrEqual(0);
      expect(result.confidence[key]).toBeLessThanOrEqual(1);
    }
  });

  it('prints one JSON object per line without --out', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'b.txt'), ARTICLE.replace('Thursday', 'Friday'));
    const run = cuttings(['clean', path.join(dir, 'a.txt'), path.join(dir, 'b.txt')]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => path.basename(l.file))).toEqual(['a.txt', 'b.txt']);
    expect(lines[1].body).toContain('Friday');
  });

  it('names a bad file with its reason on stderr, exits non-zero, and still cleans the rest', () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty.txt');
    const png = path.join(dir, 'picture.txt');
    fs.writeFileSync(empty, '');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]));
    fs.writeFileSync(path.join(dir, 'good.txt'), ARTICLE);
    const out = path.join(dir, 'out');
    const run = cuttings(['clean', empty, png, path.join(dir, 'missing.txt'), path.join(dir, 'good.txt'), '--out', out]);
    expect(run.status).not.toBe(0);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^.*empty\.txt: .*empty/);
    expect(errors[1]).toMatch(/picture\.txt: .*PNG/i);
    expect(errors[2]).toMatch(/missing\.txt: /);
    expect(fs.readdirSync(out)).toEqual(['good.json']);
  });
});
