import { describe, expect, it } from 'vitest';
import { bodyHash, sha256 } from '../../../electron/core/library/hash';

// bodyHash values are stored in libraries (a re-import finds its clip by them): the straightforward form they
// were made with, which the fast one must match exactly.
const reference = (body: string) => sha256(body.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());

describe('bodyHash', () => {
  it('gives the stored value for every kind of spacing', () => {
    const bodies = [
      'One line.',
      ' Leading and trailing \n',
      'Two  spaces, a tab\there, a\u00a0no-break space and a line\nend.',
      'Paragraphs\n\nand \n \n mixed\r\nbreaks \u2003 wide spaces\u3000too.',
      '\n\n',
      ' ',
      'a \nb\t c  \u00a0 d',
    ];
    for (const body of bodies) expect(bodyHash(body)).toBe(reference(body));
  });

  it('is the same whatever the spacing, case or Unicode form', () => {
    expect(bodyHash('Caf\u00e9 opens   at nine.\n\nIt closes late.')).toBe(bodyHash('CAFE\u0301 opens at nine. it closes late.'));
    expect(bodyHash('One text.')).not.toBe(bodyHash('Another text.'));
  });
});
