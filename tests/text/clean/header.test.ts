// The header pass: headline, byline and dates, read through the whole cleaner.
import { describe, expect, it } from 'vitest';
import { cleanClipping } from '../../../electron/text/clean';
import { parseByline } from '../../../electron/text/clean/07-header';

const PARAGRAPH = 'The council met on Tuesday evening and voted to extend the opening hours of the town library over the winter months, after a petition signed by more than four hundred residents.';
const SECOND = 'Librarians said the extra hours would be covered by volunteers, and that the change would be reviewed in the spring once the cost of heating the building was known.';

describe('bylines that need no "By"', () => {
  it.each([
    ['Correspondent, Jane Doe, Nov 3, 2019', ['Jane Doe']],
    ['Marcus De Guzman 2019-11-20 14:35:08', ['Marcus De Guzman']],
    ['JOHN SMITH | 3 hours ago', ['John Smith']],
    ['Maria Lopez and Tom Baker, Reuters', ['Maria Lopez', 'Tom Baker']],
  ])('%s', (line, authors) => {
    expect(parseByline(line)?.authors).toEqual(authors);
  });

  it.each(['Nov 3, 2019', 'Top 10 things to do in March 2020', 'Harbour Lights festival', 'Published 3 hours ago'])('"%s" is no byline', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('a headline on the first line', () => {
  it('a sentence-case first line is the headline when it names someone, else the first paragraph', () => {
    const plain = cleanClipping(`The library will stay open later on weekday evenings this winter.\n\n${PARAGRAPH}\n\n${SECOND}`).articles[0]!;
    expect(plain.title).toBeNull();
    expect(plain.body.startsWith('The library will stay open later')).toBe(true);
    const named = cleanClipping(`Mayor Okafor says the library will stay open later this winter.\n\n${PARAGRAPH}\n\n${SECOND}`).articles[0]!;
    expect(named.title).toBe('Mayor Okafor says the library will stay open later this winter.');
    expect(named.body.startsWith('The council met')).toBe(true);
  });

  it('a Title Case first line with a full stop is the headline', () => {
    const text = `Town Library Will Stay Open Later Through the Winter Months.\n\n${PARAGRAPH}\n\n${SECOND}`;
    const [a] = cleanClipping(text).articles;
    expect(a!.title).toBe('Town Library Will Stay Open Later Through the Winter Months.');
    expect(a!.body.startsWith('The council met')).toBe(true);
  });
});

describe('a date without a year', () => {
  it('takes the year of the capture date, the year before when the day would come after it', () => {
    const page = (day: string) => `Menu\nLibrary Hours Extended for the Winter\nBy Ruth Adeyemi\n${day}\n\n${PARAGRAPH}\n\n${SECOND}`;
    expect(cleanClipping(page('Nov 18'), { captured: '2024-01-05' }).articles[0]!.published).toBe('2023-11-18');
    expect(cleanClipping(page('Jan 2'), { captured: '2024-01-05' }).articles[0]!.published).toBe('2024-01-02');
  });

  it('is no date when nothing on the page gives the year', () => {
    const text = `Menu\nLibrary Hours Extended for the Winter\nBy Ruth Adeyemi\nNov 18\n\n${PARAGRAPH}\n\n${SECOND}`;
    expect(cleanClipping(text).articles[0]!.published).toBeNull();
  });
});
