import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cuttings } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

const article = (n: number) => `Council plans ${n} new bus shelters

The transport committee approved ${n} new bus shelters for the northern districts on Wednesday, officials said.

Work on the first shelters is due to begin in the spring, with the rest finished by the end of the year.
`;

describe('cuttings import', () => {
  it('imports a folder, reports duplicates on a second run and failures with reasons (--json)', () => {
    const dir = tempDir();
    const folder = path.join(dir, 'clips');
    fs.mkdirSync(path.join(folder, 'nested'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'one.txt'), article(3));
    fs.writeFileSync(path.join(folder, 'nested', 'two.txt'), article(7));
    fs.writeFileSync(path.join(folder, '.hidden.txt'), article(9));
    fs.writeFileSync(path.join(folder, 'broken.txt'), '');
    const library = path.join(dir, 'lib.sqlite');

    const first = cuttings(['import', folder, '--json', '--library', library]);
    expect(first.status).toBe(1);
    const summary = JSON.parse(first.stdout.trim().split('\n').at(-1)!);
    expect(summary).toMatchObject({ imported: 2, duplicates: 0 });
    expect(summary.failed).toEqual([{ file: path.join(folder, 'broken.txt'), reason: expect.stringMatching(/empty/) }]);
    expect(first.stderr).toContain('broken.txt');

    fs.rmSync(path.join(folder, 'broken.txt'));
    const second = cuttings(['import', folder, '--json'], { CUTTINGS_LIBRARY: library });
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout.trim().split('\n').at(-1)!)).toMatchObject({ imported: 0, duplicates: 2, failed: [] });
  });
});
