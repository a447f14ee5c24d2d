// Unit tests of single passes: bylines, datelines, hard-wrap detection, boilerplate phrases, digest splitting.
import { describe, expect, it } from 'vitest';
import { cleanClipping, tailStart } from '../../../electron/text/clean';
import { toLines } from '../../../electron/text/clean/01-lines';
import { detectWrap, toBlocks } from '../../../electron/text/clean/02-blocks';
import { boilerplateReason } from '../../../electron/text/clean/03-features';
import { parseByline } from '../../../electron/text/clean/07-header';
import { readAgencyOpener, readDateline, readDatelineLine } from '../../../electron/text/clean/08-body';
import { findSource } from '../../../electron/text/clean/09-source';

describe('bylines', () => {
  it.each([
    ['By: AFP', 'AFP', []],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By TOM KRISHER, AP Auto Writer', 'TOM KRISHER, AP Auto Writer', ['Tom Krisher']],
    ['By Maria Lopez, Reuters', 'Maria Lopez, Reuters', ['Maria Lopez']],
    ['By Sam Whitaker Fox News', 'Sam Whitaker Fox News', ['Sam Whitaker']],
    ['Von Katrin Vogel', 'Katrin Vogel', ['Katrin Vogel']],
    ['Par Claire Dumont', 'Claire Dumont', ['Claire Dumont']],
    ['By Sarah E. Needleman', 'Sarah E. Needleman', ['Sarah E. Needleman']],
    ['Chris Davies - Nov 19, 2019, 10:31 pm CST', 'Chris Davies', ['Chris Davies']],
    ['7:15 AM PST 3/24/2021 by Dana Whitcombe', 'Dana Whitcombe', ['Dana Whitcombe']],
    ['Meg Kinnard and Errin Haines, Associated Press', 'Meg Kinnard and Errin Haines, Associated Press', ['Meg Kinnard', 'Errin Haines']],
    ['Reuters, Washington,', 'Reuters, Washington', []],
    ['By EMMA WATTS FOR MAILONLINE', 'EMMA WATTS FOR MAILONLINE', ['Emma Watts']],
    ['By Jane Roe for The Harbour Post', 'Jane Roe for The Harbour Post', ['Jane Roe']],
    // an e-mail address goes; a name with "The" in front is the publication, no author
    ['By JANE ORTIZ | jortiz@valleyherald.com | The Valley Herald', 'JANE ORTIZ | The Valley Herald', ['Jane Ortiz']],
  ])('%s', (line, byline, authors) => {
    const b = parseByline(line);
    expect(b?.byline).toBe(byline);
    expect(b?.authors).toEqual(authors);
  });

  it('names the publication a byline gives after its people', () => {
    expect(parseByline('By JANE ORTIZ | The Valley Herald')?.publication).toBe('The Valley Herald');
    expect(parseByline('By Sam Whitaker Fox News')?.publication).toBe('Fox News');
    // a one-word masthead may be a surname
    expect(parseByline('By Ann Time')?.authors).toEqual(['Ann Time']);
    expect(parseByline('By Jane Doe and John Roe')?.publication).toBeUndefined();
  });

  it.each([
    'By the end of the year, prices had doubled.',
    'Photo by Jason Kempin/Getty Images',
    'Bridge repairs finish a month early',
    'by the river',
  ])('"%s" is no byline', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('datelines', () => {
  it.each([
    ['MOSCOW: The Kremlin said', 'Moscow', 'The Kremlin said'],
    ['Moscow: President Vladimir Putin is open', 'Moscow', 'President Vladimir Putin is open'],
    ['LONDON (Reuters) - Shipping firms said', 'London', 'Shipping firms said'],
    ['KUALA LUMPUR, Dec 3 — About 120 traders', 'Kuala Lumpur', 'About 120 traders'],
    ['Berlin (dpa) - Schüler sollen', 'Berlin', 'Schüler sollen'],
    ['WASHINGTON — The Senate voted', 'Washington', 'The Senate voted'],
  ])('%s', (paragraph, place, rest) => {
    const d = readDateline(paragraph);
    expect(d?.place).toBe(place);
    expect(d?.rest.startsWith(rest)).toBe(true);
  });

  it.each([
    'Update: the council has since changed its mind.',
    'The mayor said: we will build it.',
    'Peskov told reporters: "No."',
  ])('"%s" has no dateline', (paragraph) => {
    expect(readDateline(paragraph)).toBeNull();
  });
});

describe('an agency signing a dateline after its dash', () => {
  it('leaves the paragraph with the dateline and is the dateline\'s agency', () => {
    const d = readDateline('МОСКВА, 14 ноя — РИА Новости. Десятки рейсов задержаны в аэропортах.');
    expect(d).toMatchObject({ place: 'Москва', agency: 'РИА Новости', rest: 'Десятки рейсов задержаны в аэропортах.' });
    // a sentence that starts with another name keeps it
    expect(readDateline('MOSCOW, Nov 14 — Airlines cancelled dozens of flights on Tuesday.')?.rest).toBe('Airlines cancelled dozens of flights on Tuesday.');
  });
});

describe('an agency opening the story without a place', () => {
  it('"(Bloomberg) -- Copper rose …" gives the agency and the paragraph without it', () => {
    expect(readAgencyOpener('(Bloomberg) -- Copper rose to the highest in two years.')).toEqual({ agency: 'Bloomberg', rest: 'Copper rose to the highest in two years.' });
    expect(readAgencyOpener('(Reuters) — The attorney general is investigating.')?.agency).toBe('Reuters');
    expect(readAgencyOpener('(Bloomberg) said on Monday that it would close.')).toBeNull();
  });
});

describe('a dateline on a line of its own', () => {
  it.each([
    ['Des Moines, Iowa CNN —', 'Des Moines', 'CNN'],
    ['WASHINGTON (AP) —', 'Washington', 'AP'],
    ['Hong Kong CNN —', 'Hong Kong', 'CNN'],
    ['New Delhi:', 'New Delhi', null],
  ])('"%s" places the story in %s (%s)', (line, place, agency) => {
    expect(readDatelineLine(line)).toEqual({ place, agency });
  });

  it.each(['Source: CNN', 'Watch CNN —', 'The view from Iowa CNN — and more', 'Des Moines, Iowa CNN — Farmers worked'])('"%s" is none', (line) => {
    expect(readDatelineLine(line)).toBeNull();
  });
});

describe('lines and blocks', () => {
  it('reads CR, LF and CRLF the same and drops invisible characters', () => {
    expect(toLines('a\r\nb\rc\nd\u200b\u00a0e')).toEqual(['a', 'b', 'c', 'd e']);
  });

  it('finds the wrap width of a 72-column text and re-joins its paragraphs', () => {
    const para = 'word '.repeat(60).trim();
    const wrapped = para.replace(/(.{1,70})(?: |$)/g, '$1\n').trim();
    const text = `${wrapped}\n\n${wrapped}`;
    const lines = toLines(text);
    expect(detectWrap(lines)).not.toBeNull();
    const { blocks } = toBlocks(lines);
    expect(blocks.map((b) => b.text)).toEqual([para, para]);
  });

  it('does not re-join a browser copy (long lines, one per paragraph)', () => {
    const lines = toLines(`${'This is a sentence of a paragraph. '.repeat(6)}\nShort line\n${'Another paragraph here. '.repeat(8)}`);
    expect(detectWrap(lines)).toBeNull();
    expect(toBlocks(lines).blocks).toHaveLength(3);
  });
});

describe('boilerplate phrases', () => {
  it.each([
    ['Follow us on Instagram', 'follow prompt'],
    ['Already a subscriber? Login here', 'subscription prompt'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Related stories', 'related heading'],
    ['Mehr zum Thema', 'related heading'],
    ['À lire aussi', 'related heading'],
    ['We use cookies to improve your experience. Accept', 'cookie notice'],
    ['© 2023 The Gazette. All rights reserved.', 'footer'],
    ['1.2K shares', 'social counter'],
    ['Click to share on Facebook (Opens in new window)', 'share prompt'],
    ['Click to email a link to a friend (Opens in new window)', 'share prompt'],
    ['This story has been shared 44,976 times.', 'social counter'],
  ])('%s → %s', (line, reason) => {
    expect(boilerplateReason(line, line.split(' ').length)).toBe(reason);
  });

  it('a long paragraph that mentions subscribers is prose', () => {
    const p = 'The paper said the number of subscribers had grown by a tenth last year, and that it would sign up more readers in the regions where its printed edition is no longer delivered every morning.';
    expect(boilerplateReason(p, p.split(' ').length)).toBeNull();
  });
});

describe('digests', () => {
  const story = (title: string, who: string) =>
    `${title}\nBy ${who}\n12 May 2023\n\n${'The council said on Thursday that the plan would go ahead in the spring after a long public review. '.repeat(2)}\n\nOfficials said the cost would be shared between the county and two towns that had asked for the work for many years.\n\nResidents will be able to comment on the details at a meeting in the town hall next month, the council said.`;

  it('splits on separator lines', () => {
    const text = [story('Wind farm approved off the coast', 'Sam Whitaker'), story('Library fines abolished', 'Ruth Adeyemi')].join('\n\n* * *\n\n');
    const { articles } = cleanClipping(text);
    expect(articles.map((a) => a.title)).toEqual(['Wind farm approved off the coast', 'Library fines abolished']);
    expect(articles.map((a) => a.byline)).toEqual(['Sam Whitaker', 'Ruth Adeyemi']);
  });

  it('splits pasted articles on their headline, byline and date', () => {
    const text = [story('Wind farm approved off the coast', 'Sam Whitaker'), story('Library fines abolished', 'Ruth Adeyemi'), story('Rare orchid found on embankment', 'Owen Pryce')].join('\n\n');
    expect(cleanClipping(text).articles).toHaveLength(3);
  });

  it('keeps one article when a teaser list follows it', () => {
    const teasers = ['Council approves grant', 'Harbour festival returns', 'Road closures planned'].map((t) => `${t}\nBy Staff\n11 May 2023`).join('\n');
    expect(cleanClipping(`${story('Wind farm approved off the coast', 'Sam Whitaker')}\n\nMore stories\n${teasers}`).articles).toHaveLength(1);
  });
});

describe('source and tails', () => {
  it('reads a copyright holder without the © sign, and from the start of a long footer paragraph', () => {
    expect(findSource(['Home', '2021 Harbourview, Inc. All Rights Reserved'])?.source).toBe('Harbourview');
    const long = `© 2004 - 2021 Fenland Echo. All rights reserved. ${'Our pages are for information only and are not advice. '.repeat(6)}`;
    expect(findSource([long])?.source).toBe('Fenland Echo');
  });

  it("takes the byline's publication over a publishing group's copyright", () => {
    const furniture = ['Home Page', 'Copyright © 2024 MediaNews Group'];
    expect(findSource(furniture)?.source).toBe('MediaNews Group');
    expect(findSource(furniture, [], [], 'The Valley Herald')).toEqual({ source: 'The Valley Herald', how: 'byline' });
  });

  it("names the paper, not the publishing house named after it", () => {
    expect(findSource(['Portada', '© EDICIONES EL PAÍS S.L.'])?.source).toBe('El País');
  });

  it('stops a holder name at a year or a dash', () => {
    expect(findSource(['© Quayside 2021 - ISSN: 1234-5678'])?.source).toBe('Quayside');
  });

  it('finds a press release tail only in the second half of the body', () => {
    const story = ['One.', 'Two.', 'Three.', 'Four.'];
    expect(tailStart([...story, 'Acme Widgets is a leading provider of widgets for ships.', 'For more information, visit the site.'])).toBe(4);
    expect(tailStart([...story, 'About Acme Widgets', 'Acme makes widgets.'])).toBe(4);
    expect(tailStart(['Acme Widgets is a leading provider of widgets for ships.', ...story])).toBe(-1);
  });

  it('reads a press-release dateline: its wire between slashes and its date', () => {
    const dl = readDateline('LIVERPOOL, England, 14 March 2024 /PRNewswire/ -- North Quay Hospital today opened a unit.');
    expect(dl).toMatchObject({ place: 'Liverpool', agency: 'PRNewswire', date: 'England, 14 March 2024', rest: 'North Quay Hospital today opened a unit.' });
    expect(readDateline('LONDON (Reuters) - Ships rerouted.')).toMatchObject({ agency: 'Reuters', date: null });
  });

  it('ends the body at a line about the writer that says what they cover', () => {
    const story = ['One.', 'Two.', 'Three.', 'Four.'];
    expect(tailStart([...story, 'Tom Reilly covers Congress for the Ledger. He joined the paper in 2015.'], [], ['Tom Reilly'])).toBe(4);
    // the writer's name in an ordinary closing sentence is no bio
    expect(tailStart([...story, 'Tom Reilly asked the senator twice.'], [], ['Tom Reilly'])).toBe(-1);
  });

  it('reads a copyright holder without its legal form ("S.L.", "SE", "S.p.A.")', () => {
    expect(findSource(['© Ediciones Ribera S.L. 2024'])?.source).toBe('Ediciones Ribera');
    expect(findSource(['© 2024 Nordhafen Medien SE. Alle Rechte vorbehalten.'])?.source).toBe('Nordhafen Medien');
  });

  it('takes a site\'s "get the latest news … top headlines" promo line for furniture', () => {
    const text = 'Harbour toll vote passes\n\nThe transit board voted on Friday to add a surcharge to every ferry crossing in the harbour, a fee for the bridge.\n\nRiders said the fee was unfair to islanders who never use the bridge at all, and they plan to appeal.\n\nGet Latest News Live on Harbour Times, plus breaking news and top headlines from the region and around the world.';
    expect(cleanClipping(text).articles[0]!.body).not.toContain('Get Latest News');
  });
});
