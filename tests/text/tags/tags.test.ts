import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CleanedText } from '../../../electron/shared/article';
import { extractQuotes } from '../../../electron/text/quotes';
import { PLACE_ALIASES } from '../../../electron/text/lexicon/places';
import { canonicalOrganization, canonicalPlace, extractTags } from '../../../electron/text/tags';

function article(body: string, title: string | null = null): CleanedText {
  return {
    title, subtitle: null, published: null, captured: null, byline: null, authors: [], source: null, dateline: null,
    language: 'en', captions: [], body, confidence: { title: 1, published: 1, byline: 1, body: 1 }, warnings: [],
  };
}
const tagsOf = (body: string, title: string | null = null): string[] => {
  const a = article(body, title);
  return extractTags(a, extractQuotes(body, { title })).map((t) => `${t.kind}:${t.name}`);
};

describe('canonical names', () => {
  it('folds the forms of a country into one name', () => {
    for (const form of ['US', 'U.S.', 'USA', 'United States', 'the United States']) expect(canonicalPlace(form)).toBe('United States');
    expect(canonicalPlace('Kiev')).toBe('Kyiv');
    expect(canonicalPlace('Britain')).toBe('United Kingdom');
    expect(canonicalPlace('Atlantis')).toBeNull();
  });
  it('folds organisation aliases', () => {
    expect(canonicalOrganization('the Kremlin')).toBe('Kremlin');
    expect(canonicalOrganization('FBI')).toBe('Federal Bureau of Investigation');
    expect(canonicalOrganization('Acme Widgets')).toBeNull();
  });
});

describe('extractTags', () => {
  it('tags people, organisations and places under canonical names', () => {
    const tags = tagsOf('President Vladimir Putin spoke to the US leader. The Kremlin said the U.S. and Russia would talk in Moscow.\n\n“We are ready,” Putin said.');
    expect(tags).toContain('person:Vladimir Putin');
    expect(tags).toContain('organization:Kremlin');
    expect(tags).toContain('place:United States');
    expect(tags).toContain('place:Russia');
    expect(tags).toContain('place:Moscow');
    expect(tags.filter((t) => t === 'place:United States')).toHaveLength(1);
  });
  it('does not take titles or event names for people', () => {
    const tags = tagsOf('Historian Mara Quinn wrote about the Cuban Missile Crisis and the Treaty of Paris.');
    expect(tags).toContain('person:Mara Quinn');
    expect(tags.some((t) => t.includes('Historian'))).toBe(false);
    expect(tags.some((t) => t.startsWith('person:') && t.includes('Crisis'))).toBe(false);
  });
  it('does not tag a region\'s adjective as a person, and reads "European Union" before "European"', () => {
    const tags = tagsOf('Central European ministers met in Vienna. European Union Ambassador Lars Moen said a Western official and a Southeast Asian envoy also came.');
    expect(tags).toContain('person:Lars Moen');
    expect(tags.filter((t) => t.startsWith('person:'))).toEqual(['person:Lars Moen']);
  });
  it('takes no capitalised run of common words for a person: the text prints those words in small letters too', () => {
    const tags = tagsOf('The agency chose three landers for its moon plans. Moon Rush: Private Lunar Lander Plans is out now, said Dara Quell. Jessica Rose rose to speak, and Gordon Brown held up a brown envelope.');
    const people = tags.filter((t) => t.startsWith('person:'));
    expect(people).toContain('person:Dara Quell');
    // a known given name first keeps a surname that is also a common word
    expect(people).toContain('person:Jessica Rose');
    expect(people).toContain('person:Gordon Brown');
    expect(people.some((t) => t.includes('Moon') || t.includes('Lander'))).toBe(false);
  });
  it('reads venues as no person and companies by their last word as organisations', () => {
    const tags = tagsOf('The band plays Walnut Creek and the Ryman Auditorium in May, Harlow Vance Productions said, and Kestrel Electronics will sponsor the tour.');
    expect(tags.filter((t) => t.startsWith('person:'))).toEqual([]);
    expect(tags).toContain('organization:Harlow Vance Productions');
    expect(tags).toContain('organization:Kestrel Electronics');
  });
  it('reads Romance-language organisations by their first word, without the article; the head alone is no tag', () => {
    const tags = tagsOf('El Gobierno aprobó la medida. El Ministerio de Hacienda y el Consejo de Ministros la apoyan, dijo Lucía Prado. La Banque de Savoie et le Conseil régional ont salué la décision.');
    expect(tags).toContain('organization:Ministerio de Hacienda');
    expect(tags).toContain('organization:Consejo de Ministros');
    expect(tags).toContain('organization:Banque de Savoie');
    expect(tags).toContain('person:Lucía Prado');
    expect(tags.some((t) => t.includes('Gobierno') || t.startsWith('person:El ') || t.startsWith('person:Ministerio'))).toBe(false);
  });
  it('reads sports clubs as organisations, and the city in a club\'s name is no place tag', () => {
    const tags = tagsOf('Rui Costa has coached FC Porto, Inter Milan and Manchester United, and Tottenham Hotspur want him next.');
    for (const club of ['FC Porto', 'Inter Milan', 'Manchester United', 'Tottenham Hotspur']) expect(tags).toContain(`organization:${club}`);
    expect(tags.filter((t) => t.startsWith('person:'))).toEqual(['person:Rui Costa']);
    expect(tags).not.toContain('place:Manchester');
    expect(tags).not.toContain('place:Milan');
    // a city named with "City" is the city
    expect(tagsOf('Fans gathered in Kansas City and in Milan on Sunday.')).toContain('place:Milan');
  });
  it('knows the states of the world and large places beyond Europe and North America', () => {
    const tags = tagsOf('Floods hit Assam and Sabah, and the Sri Lankan envoy flew from Colombo to Kuala Lumpur via Bangladesh.');
    for (const place of ['Assam', 'Sabah', 'Colombo', 'Kuala Lumpur', 'Bangladesh']) expect(tags).toContain(`place:${place}`);
  });
  it('reads mountains, lakes and seas as places by their first or last word', () => {
    const tags = tagsOf('Fire crews on Mount Parnitha watched the wind. Ships crossed the Black Sea near Snake Island, said Ilse Varga.');
    for (const place of ['Mount Parnitha', 'Black Sea', 'Snake Island']) expect(tags).toContain(`place:${place}`);
    expect(tags.filter((t) => t.startsWith('person:'))).toEqual(['person:Ilse Varga']);
  });
  it('reads a place that opens with a sentence word whole ("New York", "New Delhi")', () => {
    const tags = tagsOf('Ravi Menon flew from New Delhi to New York on Monday, and New Zealand sent a minister.');
    for (const place of ['New Delhi', 'New York', 'New Zealand']) expect(tags).toContain(`place:${place}`);
    expect(tags.some((t) => t === 'place:York' || t.startsWith('person:Delhi'))).toBe(false);
  });
  it('reads an organisation named head first, with "of", "on" or "for" ("Commission on Presidential Debates")', () => {
    const tags = tagsOf('The Commission on Presidential Debates and the Institute for Fiscal Studies wrote to the Bank of England, said Rhea Lusk.');
    for (const org of ['Commission on Presidential Debates', 'Institute for Fiscal Studies', 'Bank of England']) expect(tags).toContain(`organization:${org}`);
    expect(tags.filter((t) => t.startsWith('person:'))).toEqual(['person:Rhea Lusk']);
  });
  it('in German, where every noun is capitalised, tags as people only known first names and speakers', () => {
    const a = { ...article('Die Opposition kritisierte das Gesetz. Millionen Mieterinnen profitieren, sagte Anna Weber.\n\n„Damit wird niemandem geholfen“, sagte Jan Torvik.'), language: 'de' };
    const people = extractTags(a, extractQuotes(a.body, { language: 'de' })).filter((t) => t.kind === 'person').map((t) => t.name);
    expect(people.sort()).toEqual(['Anna Weber', 'Jan Torvik']);
  });
  it('tags organisations that speak in quotations', () => {
    const tags = tagsOf('“Repairs will take a week,” the Harbour Authority said.');
    expect(tags).toContain('organization:Harbour Authority');
  });
  it('finds topics from repeated phrases', () => {
    const tags = tagsOf('The election is close. Voters in the election want lower taxes, and voters say so.');
    expect(tags).toContain('topic:Elections');
  });
  it('counts topic phrases as whole words only, hyphenated ones too', () => {
    // "covid-19" is one word of the table; "pre-election" and "reelection" are not "election"
    expect(tagsOf('The covid-19 wards filled. “Covid-19 is back,” a nurse said.')).toContain('topic:Health');
    expect(tagsOf('A pre-election rally, then a reelection dinner.')).not.toContain('topic:Elections');
    expect(tagsOf('The “election” was close; the ‘election’ results came late.')).toContain('topic:Elections');
    expect(tagsOf('Die Wahl — électionélection — war knapp.')).not.toContain('topic:Elections');
    // a letter beyond ASCII glued on makes another word, on every read (the answer per character is remembered)
    for (let k = 0; k < 2; k++) {
      expect(tagsOf('The schoolé opened; the schoolé closed.')).not.toContain('topic:Education');
      expect(tagsOf('The school·opened; the school·closed.')).toContain('topic:Education');
    }
    // a letter beyond the Basic Multilingual Plane (a surrogate pair) glued on makes another word; an emoji does not
    expect(tagsOf('The school\u{1D400} opened; the school\u{1D400} closed.')).not.toContain('topic:Education');
    expect(tagsOf('The school\u{1F3EB} opened; the school\u{1F3EB} closed.')).toContain('topic:Education');
  });
  it('names the same tags whether or not the body was just read for quotations', () => {
    // extractTags reuses the names found while extractQuotes read the same body; alone, it reads them itself
    const cases: CleanedText[] = [
      { ...article('Minister Oskar Lind met Harbour Authority staff in Oslo.\n\n“We start Monday,” Lind said.', 'Lind Opens Harbour'), subtitle: 'The Port of Bergen waits', captions: ['Oskar Lind in Bergen with Ada Holm of Nordic Shipping Group'] },
      // a body that opens with a title-case line: read again, the line is not the text's first
      { ...article('Oskar Lind Meets Ada Holm\n\nThe talks ended late. Holm said the Nordic Shipping Group would stay.', 'Port Talks'), captions: [] },
      // first spellings win: the title's upper-case name comes first
      article('Oskar Lind spoke in Oslo. OSKAR LIND later left.', 'OSKAR LIND IN OSLO'),
      article('Ada Holm, of the Port of Bergen, spoke.'),
    ];
    for (const a of cases) {
      const alone = extractTags(a, []);
      extractQuotes(a.body, { title: a.title });
      expect(extractTags(a, [])).toEqual(alone);
      // after another body was read, the names come from the text again
      extractQuotes('Mira Dahl spoke.', {});
      expect(extractTags(a, [])).toEqual(alone);
    }
    expect(extractTags(cases[0]!, []).map((t) => `${t.kind}:${t.name}`)).toEqual(expect.arrayContaining(['person:Oskar Lind', 'person:Ada Holm', 'organization:Nordic Shipping Group']));
  });
  it('tags every one-word place of the gazetteer, whatever its first letter and length', () => {
    // the scan passes over words by first letter and length before looking them up: no place may be passed over.
    // (Before a person's name the place is a prefix of the name, found by that scan alone.)
    for (const [form, place] of PLACE_ALIASES) {
      if (form.includes(' ') || form.length < 2 || form[0] === form[0]!.toLowerCase()) continue;
      expect(extractTags(article(`Talks with ${form} Envoy Quill Varro ended.`), []), form).toContainEqual({ name: place, kind: 'place' });
    }
  });
  it('counts topic phrases whatever the case and spacing of the text', () => {
    expect(tagsOf('INFLATION rose. The ECONOMY\u00a0shrank.')).toContain('topic:Economy');
    expect(tagsOf('Ceasefire talks — peace\ttalks — went on.')).toContain('topic:Diplomacy');
    expect(tagsOf('Ünïcode inflation, then inflation.')).toContain('topic:Economy');
  });
  it('gives each tag once and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const tags = extractTags(article(s), []);
        const keys = tags.map((t) => `${t.kind}:${t.name.toLowerCase()}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('captions', () => {
  it('tags who and where a caption shows, not the photographer or the agency in its credit', () => {
    const body = 'The harbour bridge closed for repairs on Monday, the city council said.';
    const withCaptions = (captions: string[]) => extractTags({ ...article(body), captions }, []).map((t) => `${t.kind}:${t.name}`);
    const tags = withCaptions([
      'Mayor Ines Carvalho opens the ferry pier in Lisbon. (Photo by Tomas Berg/Getty Images)',
      'Divers inspect the piers. Photograph: Hanna Lind/Reuters',
      'The old tunnel reopened for cyclists. Ann Kessler/AFP via Getty Images',
      'A lorry crosses the bridge (AP Photo/Omar Haddad)',
      'Ferries wait outside the port, November 20, 2024. REUTERS/Kacper Pempel/File Photo',
      'Council members met on Tuesday.Credit...Lena Park for The New York Times',
      'Senators leave the chamber. (Rita Novak for The Washington Post)',
      "Heat rises off the road.(ABC News: Owen Hart)",
    ]);
    expect(tags).toContain('person:Ines Carvalho');
    expect(tags).toContain('place:Lisbon');
    for (const credited of ['Tomas Berg', 'Hanna Lind', 'Ann Kessler', 'Omar Haddad', 'Getty Images', 'Kacper Pempel', 'Lena Park', 'New York Times', 'Rita Novak', 'Owen Hart', 'ABC']) expect(tags.join('|')).not.toContain(credited);
  });
});

describe('places the lexicon does not know', () => {
  it('a capitalised run printed only where a place stands is no person', () => {
    const tags = tagsOf('Sarah Bell, who runs a café in Whitby, North Yorkshire, was told to paint over the mural. Crews worked near Pine Hollow overnight, and a road to Elk Ridge, Colo., stayed shut.');
    expect(tags).toContain('person:Sarah Bell');
    for (const place of ['North Yorkshire', 'Pine Hollow', 'Elk Ridge']) expect(tags.join('|')).not.toContain(place);
  });

  it('a person named after "in" elsewhere, in a list or with a possessive, stays a person', () => {
    expect(tagsOf('The firm took a stake in Kylie Jenner’s cosmetics company.')).toContain('person:Kylie Jenner');
    expect(tagsOf('Jon Bon Jovi sang in Leeds. Fans in London, Jon Bon Jovi and the band said, waited.')).toContain('person:Jon Bon Jovi');
    expect(tagsOf('Interest in Maria Lopez grew after Maria Lopez spoke.')).toContain('person:Maria Lopez');
  });
});

describe('topics', () => {
  it('pay, trade and merger talks are no diplomacy; diplomats and a ceasefire are', () => {
    expect(tagsOf('Pay talks collapsed on Monday. Negotiations with the unions resume next week, and merger talks go on.')).not.toContain('topic:Diplomacy');
    expect(tagsOf('Diplomats met in Geneva. The foreign minister said a ceasefire was near.')).toContain('topic:Diplomacy');
  });
});

describe('names in other languages', () => {
  it('a capitalised run opening with a function word of the clip\'s language is no person', () => {
    const tagsIn = (body: string, language: string) => extractTags({ ...article(body), language }, []).map((t) => `${t.kind}:${t.name}`);
    expect(tagsIn('La Protezione civile ha esteso l’allerta. Il sindaco Matteo Lepore ha parlato.', 'it')).not.toContain('person:La Protezione');
    expect(tagsIn('В Москве задержаны рейсы. Об этом сообщил Сергей Иванов.', 'ru').join('|')).not.toContain('В Москве');
  });
});

describe('storms', () => {
  it('a named storm is no person; a person named Storm is', () => {
    expect(tagsOf('Hurricane Milton made landfall on Wednesday. Officials said Milton weakened overnight.').join('|')).not.toContain('Milton');
    expect(tagsOf('Storm Ciarán brought winds of 100mph. The storm cut power to thousands of homes.').join('|')).not.toContain('Ciarán');
    expect(tagsOf('Storm Reid stars in the film. “It was a joy,” Storm Reid said.')).toContain('person:Storm Reid');
  });
});
