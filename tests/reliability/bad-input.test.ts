// Bad input never costs data: each bad file gets one clear reason naming it, everything else lands.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../electron/core/import/importer';
import { Library } from '../../electron/core/library';
import { getClip } from '../../electron/core/library/clips';
import { article, writeCorpus } from '../helpers/corpus';
import { REPO_ROOT, tempDir } from '../helpers/temp';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
const ZIP = Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.alloc(40, 7)]);

interface Case {
  name: string;
  bytes: Buffer;
  /** a pattern for the reason, or 'imported' with a check on the stored text */
  expect: RegExp | { imported: (body: string) => void };
}

const CASES: Case[] = [
  { name: 'empty.txt', bytes: Buffer.alloc(0), expect: /empty/i },
  { name: 'blank.txt', bytes: Buffer.from('  \n\n\t \n'), expect: /empty|no text|whitespace/i },
  { name: 'photo.txt', bytes: PNG, expect: /PNG/ },
  { name: 'paper.txt', bytes: PDF, expect: /PDF/ },
  { name: 'archive.txt', bytes: ZIP, expect: /ZIP/i },
  {
    name: 'windows-1252.txt',
    bytes: iconv.encode(article(1).replace(/"/g, (_, i: number) => (i % 2 ? '\u201d' : '\u201c')).replace('Residents had', 'Residents\u2019 groups had'), 'win1252'),
    expect: { imported: (body) => expect(body).toContain('Residents\u2019 groups') },
  },
  {
    name: 'utf16-no-bom.txt',
    bytes: iconv.encode(article(2), 'utf16le'),
    expect: { imported: (body) => expect(body).toContain('council approved plan number 2') },
  },
  {
    name: 'invalid-utf8.txt',
    bytes: Buffer.concat([Buffer.from(article(3)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('\nEnd of note.\n')]),
    expect: { imported: (body) => expect(body).toContain('plan number 3') },
  },
  {
    name: 'Zürich café — ñews №1.txt',
    bytes: Buffer.from(article(4)),
    expect: { imported: (body) => expect(body).toContain('plan number 4') },
  },
  {
    name: 'line\nbreak in name.txt',
    bytes: Buffer.from(article(5)),
    expect: { imported: (body) => expect(body).toContain('plan number 5') },
  },
];

describe('bad input', () => {
  it('gives each bad file one clear reason and imports everything else', async () => {
    const dir = tempDir('cuttings-bad-');
    const folder = path.join(dir, 'in');
    writeCorpus(path.join(folder, 'good'), 30, 100);
    for (const c of CASES) fs.writeFileSync(path.join(folder, c.name), c.bytes);
    // a folder 50 levels deep with a clipping at the bottom
    let deep = path.join(folder, 'deep');
    for (let i = 0; i < 50; i++) deep = path.join(deep, `level-${i}`);
    fs.mkdirSync(deep, { recursive: true });
    fs.writeFileSync(path.join(deep, 'bottom.txt'), article(6));
    // a symlink loop and a dangling link
    fs.symlinkSync(folder, path.join(folder, 'deep', 'loop'));
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(folder, 'dangling.txt'));
    // one 2 MB line
    fs.writeFileSync(path.join(folder, 'one-long-line.txt'), 'word '.repeat(400_000));

    const library = Library.open(':memory:');
    const summary = await runImport(library, { paths: [folder] });

    const failed = new Map(summary.failed.map((f) => [path.basename(f.file), f.reason]));
    for (const c of CASES) {
      if (c.expect instanceof RegExp) {
        expect(failed.get(c.name), c.name).toMatch(c.expect);
      } else {
        expect(failed.has(c.name), `${c.name}: ${failed.get(c.name)}`).toBe(false);
        const row = library.db.prepare('SELECT id FROM clips WHERE file_name = ?').get(c.name) as { id: number } | undefined;
        expect(row, c.name).toBeDefined();
        c.expect.imported(getClip(library.db, row!.id)!.body);
      }
    }
    expect(failed.get('dangling.txt')).toMatch(/does not exist|no such/i);
    // every reason is one readable line
    for (const reason of failed.values()) expect(reason).toMatch(/^[^\n]{5,300}$/);
    // the good ones and the deep one all landed, once (the loop did not import anything twice)
    const stored = library.db.prepare("SELECT count(*) FROM clips WHERE file_name LIKE 'article-%'").pluck().get();
    expect(stored).toBe(30);
    expect(library.db.prepare("SELECT count(*) FROM clips WHERE file_name = 'bottom.txt'").pluck().get()).toBe(1);
    library.close();
  });

  it('imports a 50 MB text file or refuses it with a reason, and keeps going', { timeout: 300_000 }, async () => {
    const dir = tempDir('cuttings-big-');
    const big = path.join(dir, 'huge.txt');
    const paragraph = 'The committee met again on Thursday to discuss the long list of proposals from residents. ';
    fs.writeFileSync(big, (paragraph.repeat(8) + '\n\n').repeat(Math.ceil((50 * 1024 * 1024) / (paragraph.length * 8 + 2))));
    fs.writeFileSync(path.join(dir, 'small.txt'), article(7));
    const library = Library.open(':memory:');
    const summary = await runImport(library, { paths: [dir] });
    expect(summary.imported + summary.failed.length).toBe(2);
    expect(library.db.prepare("SELECT count(*) FROM clips WHERE file_name = 'small.txt'").pluck().get()).toBe(1);
    for (const failure of summary.failed) expect(failure.reason).toMatch(/\S/);
    library.close();
  });

  it('reports a file deleted during the import and imports the rest', async () => {
    const dir = tempDir('cuttings-vanish-');
    const files = writeCorpus(dir, 40);
    const victim = files.at(-1)!;
    const library = Library.open(':memory:');
    let removed = false;
    const summary = await runImport(library, { paths: [dir] }, {
      onProgress: () => {
        if (!removed) fs.rmSync(victim);
        removed = true;
      },
    });
    expect(summary.imported).toBe(39);
    expect(summary.failed).toEqual([{ file: victim, reason: expect.stringMatching(/does not exist/) }]);
    library.close();
  });

  it('reports an unreadable file (as a user without permission) and imports the rest', { timeout: 60_000 }, () => {
    const dir = tempDir('cuttings-perm-');
    fs.chmodSync(dir, 0o777);
    writeCorpus(dir, 3);
    for (const sub of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, sub), 0o777);
    const secret = path.join(dir, 'secret.txt');
    fs.writeFileSync(secret, article(9));
    fs.chmodSync(secret, 0o000);
    const library = path.join(dir, 'lib.sqlite');
    // root reads everything: run the CLI as "nobody" so the permission is real
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/cuttings.js'), 'import', dir, '--json', '--library', library], {
      encoding: 'utf8',
      env: { ...process.env, HOME: dir },
      ...asUser,
    });
    expect(run.stderr).toMatch(/secret\.txt: permission denied/);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toMatchObject({ imported: 3 });
    expect(run.status).toBe(1);
  });
});
