// Clipping text that reaches the terminal cannot recolour it, move the cursor or reorder text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneLine, terminalSafe } from '../../electron/cli/terminal';
import { cuttings } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

const ESC = '\u001b';
const RLO = '\u202e';
const HOSTILE_TITLE = `Ferry timetable ${ESC}[2J${ESC}]0;owned${ESC}\\ changes ${RLO}txt.exe`;

const article = `${HOSTILE_TITLE}

The harbour council voted on Tuesday to approve a new ferry timetable that adds three early crossings on weekdays.

"This is what commuters asked for," said council chair Maria Lopes, adding that the change starts in March.
`;

describe('untrusted text in CLI output', () => {
  it('escapes controls and bidi marks, keeping tabs and newlines', () => {
    expect(terminalSafe(`a${ESC}[31mb${RLO}c\td\ne`)).toBe('a\\u001b[31mb\\u202ec\td\ne');
    expect(oneLine('two\nlines\r\nhere')).toBe('two⏎lines⏎here');
  });

  it('prints JSON whose values are intact but whose bytes hold no raw control or bidi character', () => {
    const dir = tempDir();
    const file = path.join(dir, `hostile ${RLO}name\n.txt`);
    fs.writeFileSync(file, article);
    const run = cuttings(['clean', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
    const result = JSON.parse(run.stdout);
    expect(result.file).toBe(file);
    expect(result.body).toContain('three early crossings');
  });

  it('reports a failing file with a hostile name on one visible line', () => {
    const dir = tempDir();
    const file = path.join(dir, `empty ${ESC}[8m${RLO}\nsecond line.txt`);
    fs.writeFileSync(file, '');
    const run = cuttings(['clean', file]);
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\u001b\u202e]/);
    expect(lines[0]).toMatch(/⏎second line\.txt: .*empty/);
  });
});
