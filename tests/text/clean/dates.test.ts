import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOrderEvidence, findDates, monthDayLine } from '../../../electron/text/dates';

const first = (line: string, order: 'dmy' | 'mdy' = 'dmy', lang = 'en', reference: string | null = null) =>
  findDates(line, { order, reference }, lang)[0];

describe('findDates', () => {
  it.each([
    ['Published on: Saturday, December 03, 2022', '2022-12-03'],
    ['3 Dec 2022, 10:41 am', '2022-12-03T10:41:00'],
    ['2022-12-03T10:41:00+08:00', '2022-12-03T10:41:00+08:00'],
    ['PUBLISHED: 09:12, Mon, Mar 2, 2020 | UPDATED: 14:30, Mon, Mar 2, 2020', '2020-03-02T09:12:00'],
    ['7:15 AM PST 3/24/2021 by Dana Whitcombe', '2021-03-24T07:15:00-08:00'],
    ['20 Nov 2019 08:02 GMT', '2019-11-20T08:02:00+00:00'],
    ['25 November 2019 • 2:30pm', '2019-11-25T14:30:00'],
    ['NOV 19 20197:05 AM EST', '2019-11-19T07:05:00-05:00'],
    ['Fri, 26 Apr 2024', '2024-04-26'],
    // month first, day and year after it (also with a suffix, a comma, a line break, a time)
    ['Updated November 19th, 2019 at 10:41 am', '2019-11-19T10:41:00'],
    ['Posted Dec. 3\n2022', '2022-12-03'],
    ['Issue 7 · March 2019 · Sept 30 2019', '2019-09-30'],
  ])('%s → %s', (line, iso) => {
    expect(first(line)?.iso).toBe(iso);
  });

  it.each([
    ['12. Oktober 2023, 16:45 Uhr', 'de', '2023-10-12T16:45:00'],
    ['Publié le 5 juin 2023 à 14h30', 'fr', '2023-06-05T14:30:00'],
    ['02 Ago 2017', 'it', '2017-08-02'],
    ['3 de dezembro de 2022', 'pt', '2022-12-03'],
    ['24 сентября 2018', 'ru', '2018-09-24'],
    ['2016年08月03日', 'ja', '2016-08-03'],
  ])('%s (%s) → %s', (line, lang, iso) => {
    expect(first(line, 'dmy', lang)?.iso).toBe(iso);
  });

  it('reads a relative date against the reference', () => {
    expect(first('Updated 5 hours ago', 'dmy', 'en', '2023-09-14T18:00:00Z')?.day).toBe('2023-09-14');
    expect(first('Updated 5 hours ago', 'dmy', 'en', '2023-09-14T18:00:00Z')?.relative).toBe(true);
    expect(first('Updated 5 hours ago')).toBeUndefined();
  });

  it('reads numeric dates in the given order and marks them ambiguous', () => {
    expect(first('03/05/2023', 'dmy')).toMatchObject({ day: '2023-05-03', ambiguous: true });
    expect(first('03/05/2023', 'mdy')).toMatchObject({ day: '2023-03-05', ambiguous: true });
    expect(first('26/04/2024', 'mdy')).toMatchObject({ day: '2024-04-26', ambiguous: false });
    expect(findDates('03/05/2023', { order: 'mdy', proven: true })[0]?.ambiguous).toBe(false);
  });

  it('ignores bare times, years and impossible dates', () => {
    expect(findDates('10:41', { order: 'dmy' })).toEqual([]);
    expect(findDates('© 2019 The Gazette', { order: 'dmy' })).toEqual([]);
    expect(findDates('31/31/2020', { order: 'dmy' })).toEqual([]);
    expect(findDates('Mayor said 5 may', { order: 'dmy' })).toEqual([]);
    // a month and a year with no day, or a day far from the year, is no full date
    expect(findDates('Published November 2019', { order: 'dmy' })).toEqual([]);
    expect(findDates('Week 47 of the season, 2019', { order: 'dmy' })).toEqual([]);
  });
});

describe('a zone printed after the time', () => {
  it.each([
    // the offset the abbreviation names
    ['Published: 11:05 BST, 3 June 2021', '2021-06-03T11:05:00+01:00'],
    ['Tuesday, 24 November 2020 - 08:00 CET', '2020-11-24T08:00:00+01:00'],
    ['25 November 2020 at 14:05 (AEDT)', '2020-11-25T14:05:00+11:00'],
    // "ET", "PT": the offset in force on that day, standard or summer time
    ['Nov. 26, 2020 at 3:04 p.m. ET', '2020-11-26T15:04:00-05:00'],
    ['July 4, 2021 at 9:00 a.m. ET', '2021-07-04T09:00:00-04:00'],
    ['March 14, 2021 at 3:30 a.m. PT', '2021-03-14T03:30:00-07:00'],
    // an offset printed with GMT or UTC, after the date or before it
    ['November 3, 2023 4:12 PM GMT+1', '2023-11-03T16:12:00+01:00'],
    ['Updated 4:12 PM GMT+1, November 3, 2023', '2023-11-03T16:12:00+01:00'],
    ['3 Dec 2022, 10:41 am UTC+05:30', '2022-12-03T10:41:00+05:30'],
    // a year glued to the time, and the zone glued to the label after it (a copied wire page)
    ['January 24, 20242:15 PM GMTUpdated 2 hours ago', '2024-01-24T14:15:00+00:00'],
    // names of more than one zone stay local times rather than risk a wrong instant
    ['25/11/2020 | 14:05 IST', '2020-11-25T14:05:00'],
    ['Nov 25, 2020 10:00 AM CST', '2020-11-25T10:00:00'],
    // a word in small letters after the time is no zone ("et" is French for "and")
    ['Le 25 novembre 2020 à 14h05 et demain', '2020-11-25T14:05:00'],
  ])('%s', (line, iso) => {
    const lang = line.startsWith('Le ') ? 'fr' : 'en';
    expect(first(line, 'dmy', lang)?.iso).toBe(iso);
  });
});

describe('dateOrderEvidence', () => {
  it('a day above 12 proves the order', () => {
    expect(dateOrderEvidence('Posted 04/11/2023, updated 04/13/2023')).toEqual({ order: 'mdy', proven: true });
    expect(dateOrderEvidence('Posted 26/04/2024')).toEqual({ order: 'dmy', proven: true });
  });
  it('house style is a hint, not a proof', () => {
    expect(dateOrderEvidence('December 3, 2022')).toEqual({ order: 'mdy', proven: false });
    expect(dateOrderEvidence('nothing here')).toEqual({ order: null, proven: false });
  });
  it('counts written-out dates of each style, whatever the case of the day\'s suffix', () => {
    expect(dateOrderEvidence('DECEMBER 3RD, 2022 and 4 May 2023')).toEqual({ order: null, proven: false });
    expect(dateOrderEvidence('Dec. 3rd,\n2022; Jan 5 2023; 4 May 2023')).toEqual({ order: 'mdy', proven: false });
    expect(dateOrderEvidence('3 December 2022 (in December 2022, 12 issues)')).toEqual({ order: 'dmy', proven: false });
  });
  it('counts month-first dates as the month-led pattern does (the evidence reads them from the day on)', () => {
    // the written forms, read month first: the count each style scores is compared through the order it gives
    const monthFirst = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/gi;
    const dayFirst = /\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/gi;
    // pieces shaped like dates, some one character off ("xjan", "123", "20199", "_"), glued in any order (no "."
    // between numbers: "5.5.12" is a numeric date, whose evidence this test does not count)
    const word = fc.constantFrom('Jan', 'jan', 'SEPT', 'xjan', 'janx', 'Mayo', 'Dec.', 'é', '_', '5', 'x');
    const gap = fc.constantFrom(' ', '', ', ', '\n', ' 1st ');
    const num = fc.constantFrom('5', '12', '123', '1st', '2019', '20199', 'x');
    const piece = fc.tuple(word, gap, num, gap, num, gap).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
      const text = pieces.join('');
      const mdy = (text.match(monthFirst) ?? []).length;
      const dmy = (text.match(dayFirst) ?? []).length;
      const expected = mdy === dmy ? null : mdy > dmy ? 'mdy' : 'dmy';
      // (no numeric dates among the tokens: only the written forms vote)
      expect(dateOrderEvidence(text).order).toBe(expected);
    }), { numRuns: 3000 });
  });
});

describe('monthDayLine', () => {
  it.each([
    ['Nov 18', '2019-11-18'],
    ['Tue, Nov. 18', '2019-11-18'],
    ['18 November', '2019-11-18'],
    ['November 18 at 5:20 pm', '2019-11-18T17:20:00'],
    ['3. März', '2019-03-03'],
  ])('%s → %s', (line, iso) => {
    expect(monthDayLine(line, 2019)?.iso).toBe(iso);
  });

  it.each(['Nov 18 results are in', 'Chapter 18', 'May', '18 people', 'Nov 31'])('"%s" is no date line', (line) => {
    expect(monthDayLine(line, 2019)).toBeNull();
  });
});
