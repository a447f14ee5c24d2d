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

  it.each([
    ['Helena Smith in Athens', ['Helena Smith']],
    ['Ann Roe in Brussels and Tom Lee in Hong Kong', ['Ann Roe', 'Tom Lee']],
  ])('next to the headline, a name with the place it was filed from: %s', (line, authors) => {
    expect(parseByline(line, true)?.authors).toEqual(authors);
    // elsewhere on the page such a line is a heading ("Crowds Gather in Paris")
    expect(parseByline(line)).toBeNull();
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

  it('a "Title:" label is not part of the headline', () => {
    const [a] = cleanClipping(`Title: Library to stay open later this winter\nBy Jo Marsh\n\n${PARAGRAPH}\n\n${SECOND}`).articles;
    expect(a!.title).toBe('Library to stay open later this winter');
    expect(a!.byline).toBe('Jo Marsh');
  });

  it('a headline above a sentence-case deck of ten words or more, when the lead tells what it says', () => {
    const page = (above: string) => `Menu\n\n${above}\n\nVolunteers will cover the extra hours until the spring review\n\nBy Jo Marsh\n\n${PARAGRAPH}\n\n${SECOND}`;
    const [a] = cleanClipping(page('Town library to open later on winter evenings')).articles;
    expect(a!.title).toBe('Town library to open later on winter evenings');
    expect(a!.subtitle).toBe('Volunteers will cover the extra hours until the spring review');
    // a line about something else above it is no headline of this story
    const [b] = cleanClipping(page('Five walks to take along the coast this month')).articles;
    expect(b!.title).toBe('Volunteers will cover the extra hours until the spring review');
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

describe('bylines as copied pages print them', () => {
  it.each([
    // a role or an author link glued to the name by the copy
    ['By Omar HaddadSenior Reporter', ['Omar Haddad'], 2],
    ['Ruth AdeyemiView All Posts', ['Ruth Adeyemi'], 2],
    ['Ruth Adeyemi · More articles', ['Ruth Adeyemi'], 2],
    // a name and an agency with the comma lost
    ['Lena Ford Associated Press', ['Lena Ford'], 1],
    // a desk is no person
    ['By HARBOUR GAZETTE STAFF', [], 2],
    ['Valley Courier wire services', [], 1],
    // a date the tail pattern does not know, in another script
    ['Текст: Анна Смирнова·12 марта 2020', ['Анна Смирнова'], 2],
  ])('%s', (line, authors, strength) => {
    const b = parseByline(line);
    expect(b?.authors).toEqual(authors);
    expect(b?.strength).toBe(strength);
  });

  it('answers the same line the same way each time, and each answer is the caller\'s own copy', () => {
    // (answers are remembered across pages: a caller changing one must not change the next)
    for (let k = 0; k < 3; k++) {
      const b = parseByline('By Ines Marr and Tom Kell');
      expect(b?.authors).toEqual(['Ines Marr', 'Tom Kell']);
      expect(b?.byline).toBe('Ines Marr and Tom Kell');
      b!.authors.push('Someone Else');
      b!.byline = 'changed by the caller';
    }
  });

  it('drops the "on" a date left behind, after "By" only', () => {
    expect(parseByline('Written by Ines Marr, RN on March 3, 2021')?.byline).toBe('Ines Marr, RN');
    expect(parseByline('Ines Marr on March 3, 2021 answered Tom')).toBeNull();
  });

  it.each(['The Finnish and Estonian port authorities', 'Previous Post', 'Whatsapp Facebook Share', 'Ines Marr on March 3, 2021 at 9:12 am said:'])(
    '"%s" is no byline, even next to the headline', (line) => {
      expect(parseByline(line, true)).toBeNull();
    },
  );

  it('keeps a masthead desk beside the headline, not a desk-named box after the article', () => {
    const page = (top: string, foot: string) =>
      `Menu\nFerry Fares to Rise in Spring\n${top}\nMarch 3, 2021\n\n${PARAGRAPH}\n\n${SECOND}\n\n${foot}\nGet our releases by mail.`;
    const a = cleanClipping(page('Harbour Gazette Staff', 'Share')).articles[0]!;
    expect(a.byline).toBe('Harbour Gazette Staff');
    expect(a.authors).toEqual([]);
    expect(cleanClipping(page('Share', 'Harbour Gazette News Service')).articles[0]!.byline).toBeNull();
  });

  it('a photo credit inside the body does not turn the first paragraph into a deck', () => {
    const text = `Menu\nFerry Fares to Rise in Spring\nLena Ford Associated Press\nPublished 9:10 AM EST March 3, 2021\n\n${PARAGRAPH}\n\n`
      + `Passengers queue for the morning boat at the harbour on Monday.\nSam Cole, AP\n\n${SECOND}`;
    const a = cleanClipping(text).articles[0]!;
    expect(a.byline).toBe('Lena Ford Associated Press');
    expect(a.subtitle).toBeNull();
    expect(a.body.startsWith('The council met')).toBe(true);
  });
});

describe('a short Title Case headline', () => {
  it('is not mistaken for a name when it has a function word', () => {
    const text = `Menu\nThe Weekly Tide Review Offers Coastal Reading for Anyone\nMore articles\nOPINION\nThe Harbour Clock\nBy RUTH ADEYEMI\nMarch 3, 2021 6:30 AM\n\n${PARAGRAPH}\n\n${SECOND}`;
    expect(cleanClipping(text).articles[0]!.title).toBe('The Harbour Clock');
  });
});

describe('names running into the outlet, between headline and date', () => {
  const page = (line: string) => `Menu\nFerry Fares to Rise in Spring\n${line}\nPublished 9:10 AM EST March 3, 2021\n\n${PARAGRAPH}\n\n${SECOND}`;
  it.each([
    ['Ann Roe Valley Courier', ['Ann Roe']],
    ['Ann Roe and Tom J. Lee Valley Courier Journal', ['Ann Roe', 'Tom J. Lee']],
  ])('%s', (line, authors) => {
    const a = cleanClipping(page(line)).articles[0]!;
    expect(a.byline).toBe(line);
    expect(a.authors).toEqual(authors);
  });
});

describe('a Title Case headline is not read as names and an outlet', () => {
  it('keeps a long Title Case headline over a photo credit and the date', () => {
    const text = `Menu\nMayor’s Made-for-Radio Harbour Plan Keeps Island Guessing\nSam Cole/The Valley Courier\nMarch 3, 2021\n\n${PARAGRAPH}\n\n${SECOND}`;
    expect(cleanClipping(text).articles[0]!.title).toBe('Mayor’s Made-for-Radio Harbour Plan Keeps Island Guessing');
  });
});

describe('bylines split over lines, and menus', () => {
  it('reads "By" alone on its line with the name on the next', () => {
    const text = `Menu\nFerry Fares to Rise in Spring\nMarch 3, 2021\nBy\nRuth Adeyemi\nReporter\n\n${PARAGRAPH}\n\n${SECOND}`;
    const a = cleanClipping(text).articles[0]!;
    expect(a.byline).toBe('Ruth Adeyemi');
    expect(a.authors).toEqual(['Ruth Adeyemi']);
  });

  it('does not take "By" and a stray lower-case word for a byline', () => {
    const text = `Menu\nFerry Fares to Rise in Spring\nBy Ruth Adeyemi\nMarch 3, 2021\nBy\nan\n\n${PARAGRAPH}\n\n${SECOND}`;
    expect(cleanClipping(text).articles[0]!.byline).toBe('Ruth Adeyemi');
  });

  it('a Title Case menu item among short menu lines is no bare name, even printed twice', () => {
    const menu = 'Silver Tier\nGold Tier\nPlatinum Tier\nAccount\nRegister';
    const text = `${menu}\nFerry Fares to Rise in Spring\nMarch 3, 2021\n${menu}\n\n${PARAGRAPH}\n\n${SECOND}\n\n${menu}`;
    expect(cleanClipping(text).articles[0]!.byline).toBeNull();
  });
});

describe('a headline that names a site', () => {
  const menu = 'News\nSport\nCulture\nContests\nContact us\nTerms of our reader contests\nKitchen tips';
  it('is still a headline: only a link address or a short domain line is a link', () => {
    const text = `${menu}\nTen home cooks worth following, as chosen by Harbourpost.com readers\n\nBy Ruth Adeyemi · 24 September 2018\n\n${PARAGRAPH}\n\n${SECOND}`;
    const [a] = cleanClipping(text).articles;
    expect(a!.title).toBe('Ten home cooks worth following, as chosen by Harbourpost.com readers');
    expect(a!.authors).toEqual(['Ruth Adeyemi']);
  });

  it('a line holding a link address is not a headline', () => {
    const text = `${menu}\nRead the full rules at https://harbourpost.example/rules before you enter\nTen Home Cooks Worth Following This Autumn\n\nBy Ruth Adeyemi · 24 September 2018\n\n${PARAGRAPH}\n\n${SECOND}`;
    expect(cleanClipping(text).articles[0]!.title).toBe('Ten Home Cooks Worth Following This Autumn');
  });
});

describe('a date before "by", and a feed\'s age after the name', () => {
  it.each([
    ['Posted on 2021-03-14 by Ruth Adeyemi', ['Ruth Adeyemi']],
    ['Posted on March 14, 2021 by Ruth Adeyemi', ['Ruth Adeyemi']],
    ['March 14, 2021 | By RUTH ADEYEMI, Staff Writer', ['Ruth Adeyemi']],
    ['Story by Ruth Adeyemi • 2h', ['Ruth Adeyemi']],
    ['By Ruth Adeyemi · 3d', ['Ruth Adeyemi']],
    ['Interview by Ruth Adeyemi', ['Ruth Adeyemi']],
  ])('%s', (line, authors) => {
    expect(parseByline(line)?.authors).toEqual(authors);
  });

  it('what comes before "by" must read as a date: a headline holding "by" is no byline', () => {
    expect(parseByline('Festival of 2021 lights opened by Ruth Adeyemi')).toBeNull();
  });

  it('a blog\'s "Posted on … by …" line gives both the date and the author', () => {
    const text = `Library hours extended for the winter\nPosted on March 14, 2021 by Ruth Adeyemi\n\n${PARAGRAPH}\n\n${SECOND}`;
    const [a] = cleanClipping(text).articles;
    expect(a!.authors).toEqual(['Ruth Adeyemi']);
    expect(a!.published).toBe('2021-03-14');
    expect(a!.title).toBe('Library hours extended for the winter');
  });
});

describe('a section before the headline', () => {
  const page = (headline: string, menu: string[]) => [...menu, headline, 'By Jane Ortiz', 'March 1, 2024', PARAGRAPH, SECOND, PARAGRAPH.replace('Tuesday', 'Monday')].join('\n');
  it('cuts "Local News | " when the page prints the section on its own', () => {
    const a = cleanClipping(page('Local News | Library to open longer over the winter', ['Home', 'Local News', 'Sports'])).articles[0]!;
    expect(a.title).toBe('Library to open longer over the winter');
  });
  it('keeps a bar that is part of the headline', () => {
    const a = cleanClipping(page('Winter | Library to open longer over the winter', ['Home', 'Local News', 'Sports'])).articles[0]!;
    expect(a.title).toBe('Winter | Library to open longer over the winter');
  });
});
