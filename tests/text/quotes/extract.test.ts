import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../electron/text/quotes';

const body = (...paragraphs: string[]): string => paragraphs.join('\n\n');

describe('extractQuotes', () => {
  it('finds the speaker past appositions, after a possessive description, and with "fumed"', () => {
    const speakers = (b: string) => extractQuotes(b).map((q) => q.speaker);
    expect(speakers('The case is in court.\n\n“It is an invasion of the state’s domain,” Ruth Calder, the attorney general of Nebraska, one of the states suing the agency, said at an event.')).toEqual(['Ruth Calder']);
    // the role named after a council or a place, then the holder's name
    expect(speakers('The storm hit on Thursday.\n\n“Please stay at home if you can,” said Cornwall council’s leader, Linda Taylor.')).toEqual(['Linda Taylor']);
    expect(speakers('The storm hit on Thursday.\n\n“Please stay at home if you can,” said Cornwall Council leader, Linda Taylor.')).toEqual(['Linda Taylor']);
    expect(speakers('Ava Lind spoke in Ohio.\n\n“She is a super-wonk,” said Lind’s communications director, Jo Marsh, adding that the race was close.')).toEqual(['Jo Marsh']);
    expect(speakers('Tom Vale, the party chairman, was furious.\n\n“Are we still talking about him?” Mr. Vale fumed.')).toEqual(['Tom Vale']);
    // the sentence's subject for a second verb after "and" (not the nearest name before it)
    expect(speakers('The forum was on Wednesday.\n\nNorris, the former governor, praised the 2011 raid that killed the plotter Abu Karim during a forum and said she had what the job needs: “Steadiness.”')).toEqual(['Norris']);
    expect(speakers('However, the minister praised the raid on Abu Karim and said: “We are safer.”')).not.toContain('However');
    // a quotation with no cue continues the last attributed one, whatever else its cue's sentence reports
    expect(speakers('Dan Hale and Rita Moss spoke.\n\n“Our progress is on the ballot,” Mr. Hale said at the gala, where Ms. Moss also spoke. “Tolerance is on the ballot.”')).toEqual(['Dan Hale', 'Dan Hale']);
    // "Mr." never names a woman of the same surname
    expect(speakers('The campaign will use the first lady, Michelle Hale, in the last weeks.\n\n“We can win,” Mr. Hale said.')).not.toContain('Michelle Hale');
    // a title after a courtesy title is a surname ("Mr. King"), and a recording is no person ("Obama Speech")
    expect(speakers('“It matters,” said Charlie King, a Democrat.\n\n“It is all about enthusiasm,” Mr. King added.')).toEqual(['Charlie King', 'Charlie King']);
    expect(speakers('[Video: President Obama Speech at the gala]\n\n“The speech went beyond the room,” she said.')).not.toContain('Obama Speech');
    // a participle with no subject qualifies a noun: the verb of saying is further back
    expect(speakers('Ann Roe spoke.\n\nShe says Tom Vale’s early-morning tweets accusing Eve Lind of lying are “lies and conspiracy theories.”')).toEqual(['Ann Roe']);
    // a family name printed first, then alone
    expect(speakers('The envoy Liu Xiaming spoke on Friday.\n\n“They are already there,” Liu said.')).toEqual(['Liu Xiaming']);
    // a description before the name, and a verb that takes its listener after it
    expect(speakers('The poll is out.\n\n“She is in a weaker position,” Republican pollster Bill Rowan, part of the team conducting the survey, told reporters.')).toEqual(['Bill Rowan']);
  });

  it('reads no cue from the next sentence after a quotation that ends with a full stop', () => {
    const body = 'Oz is “smart as hell,” Sam Loring wrote in an email to a colleague, and “full of nonsense.” Not that anyone on the business side of TV is arguing, since other emails show the same.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Sam Loring', 'Sam Loring']);
    // a short clause right after it is still its cue
    expect(extractQuotes('The vote was close. “We won.” Dana Reyes said on Monday.').map((q) => q.speaker)).toEqual(['Dana Reyes']);
  });

  it('reads a place that opens with a sentence word ("The New York businessman") whole, and a pageant title as no one', () => {
    const body = 'Donald Trump spoke in Ohio.\n\nThe New York businessman says of his rival, “She will put the office up for sale.”\n\nTrump said the rival, a former Miss Universe, was “a disgrace.”';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => q.speaker)).toEqual(['Donald Trump', 'Donald Trump']);
    expect(quotes[0]!.mention).toBe('The New York businessman');
  });

  it('names a surname-only speaker from the deck or a caption, as from the headline', () => {
    const body = 'The Senate passed the bill on Saturday.\n\n“Tonight we have avoided a shutdown,” Bent said on the floor.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Bent']);
    expect(extractQuotes(body, { names: ['Senate leader Charles Bent speaks to reporters on Saturday.'] }).map((q) => q.speaker)).toEqual(['Charles Bent']);
    expect(extractQuotes(body, { names: [null, 'A view of the Capitol.'] }).map((q) => q.speaker)).toEqual(['Bent']);
  });

  it('reads a name of the captions the same from clip to clip, and apart from the words around it', () => {
    const body = '“We are ready,” Okafor said.';
    const caption = 'Coach Amara Okafor at training.';
    for (let k = 0; k < 2; k++) expect(extractQuotes(body, { names: [caption] }).map((q) => q.speaker)).toEqual(['Amara Okafor']);
    // the same words ending a sentence: still the name
    expect(extractQuotes(body, { names: ['Training with Amara Okafor.'] }).map((q) => q.speaker)).toEqual(['Amara Okafor']);
    // a longer run holding the same words reads on its own (a stadium, not the person)
    expect(extractQuotes(body, { names: ['Fans in Amara Okafor Stadium.'] }).map((q) => q.speaker)).not.toEqual(['Amara Okafor']);
  });

  it('returns nothing for empty or quote-free text', () => {
    expect(extractQuotes('')).toEqual([]);
    expect(extractQuotes('The council met on Monday. Nothing was decided.')).toEqual([]);
  });

  it('reports paragraph, offsets and text without marks', () => {
    const text = body('The lake froze early this year.', '“Skating starts on Saturday,” said ranger Lotte Berg.');
    const [q] = extractQuotes(text);
    expect(q).toMatchObject({ text: 'Skating starts on Saturday,', paragraph: 1, kind: 'full', speaker: 'Lotte Berg', speakerKind: 'person' });
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('resolves a surname to the full name given earlier', () => {
    const text = body('Deputy mayor Ines Carvalho opened the market.', '“Fresh fish every morning,” Carvalho said.');
    expect(extractQuotes(text)[0]?.speaker).toBe('Ines Carvalho');
  });

  it('keeps the role and the cue', () => {
    const text = body('Port spokesman Jonas Eklund spoke after the collision.', '“Nobody was hurt,” Eklund told reporters.');
    const [q] = extractQuotes(text);
    expect(q?.role).toBe('Port spokesman');
    expect(q?.cue).toBe('Eklund told reporters');
  });

  it('lets organisations speak', () => {
    const [q] = extractQuotes('“The talks were constructive,” the Kremlin said in a statement.');
    expect(q).toMatchObject({ speaker: 'Kremlin', speakerKind: 'organization', cue: 'the Kremlin said in a statement' });
  });

  it('gives an organisation\'s head, not the organisation, for "the … chief"', () => {
    const named = body('UN Secretary-General Petra Lindqvist opened the donors\' meeting in Oslo.', '“We cannot wait for spring,” the UN chief said.');
    expect(extractQuotes(named)[0]).toMatchObject({ speaker: 'Petra Lindqvist', speakerKind: 'person', mention: 'the UN chief' });
    const opening = body('UN Secretary-General Petra Lindqvist opened the donors\' meeting in Oslo.', 'The UN chief added: “We cannot wait for spring.”');
    expect(extractQuotes(opening)[0]).toMatchObject({ speaker: 'Petra Lindqvist', mention: 'The UN chief' });
    // named nowhere in the clip: nobody by name, and still not the organisation
    expect(extractQuotes('“We will stay the course,” the Fed chair said on Tuesday.')[0]).toMatchObject({ speaker: null, mention: 'the Fed chair' });
  });

  it('reads a short name in capitals as the organisation, not a clause word ("the WHO chief")', () => {
    const [q] = extractQuotes('“The outbreak is not over,” the WHO chief told reporters in Geneva.');
    expect(q?.mention).toBe('the WHO chief');
  });

  it('takes an agency head\'s title for the role ("NASA Administrator Jim Bridenstine")', () => {
    const [q] = extractQuotes('“The launch is on,” Space Agency Administrator Tomas Rell said.');
    expect(q).toMatchObject({ speaker: 'Tomas Rell', role: 'Space Agency Administrator' });
  });

  it('takes a hyphenated office for the role, not part of the name', () => {
    const [q] = extractQuotes('“The law is clear,” Attorney-General Rosa Vidal said.');
    expect(q).toMatchObject({ speaker: 'Rosa Vidal', role: 'Attorney-General' });
  });

  it('names nobody for an unnamed source described by region', () => {
    const [q] = extractQuotes('“Nobody trusts anybody,” a senior European diplomat said after the session.');
    expect(q).toMatchObject({ speaker: null, mention: 'a senior European diplomat' });
  });

  it('marks a few quoted words inside a sentence as a fragment', () => {
    const [q] = extractQuotes('Councillor Mia Lang described the plan as “deeply flawed” on Monday.');
    expect(q).toMatchObject({ text: 'deeply flawed', kind: 'fragment', speaker: 'Mia Lang' });
  });

  it('continues the speaker of the paragraph before', () => {
    const text = body('“We will rebuild,” said Omar Haddad, who owns the mill.', '“It will take two years, maybe three.”');
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Omar Haddad', 'Omar Haddad']);
  });

  it('resolves a pronoun to the nearest person of the same gender', () => {
    const text = body('Mr Victor Hale met Ms Nora Quist at the station.', '“The trains are late again,” she said.');
    expect(extractQuotes(text)[0]?.speaker).toBe('Nora Quist');
  });

  it('resolves a description through the roles named in the clip', () => {
    const text = body('Chancellor Olaf Scholz spoke to President Emmanuel Macron by phone.', '“We agreed on the next steps,” the chancellor said.');
    expect(extractQuotes(text)[0]?.speaker).toBe('Olaf Scholz');
  });

  it('does not take titles of shows or nicknames for quotations', () => {
    const text = 'Singer Lou “Big Voice” Marsh told CNN’s “Evening Desk” that she was “thrilled” by the award.';
    expect(extractQuotes(text).map((q) => q.text)).toEqual(['thrilled']);
  });

  it('reads a quotation left open at the end of a paragraph as running on', () => {
    const text = body('“First part of the speech.', '“Second part,” said Dana Fox.');
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.paragraph, q.speaker])).toEqual([
      ['First part of the speech.', 0, 'Dana Fox'],
      ['Second part,', 1, 'Dana Fox'],
    ]);
  });

  it('never throws and offsets always point at the quoted text', () => {
    const pieces = fc.constantFrom('“', '”', '"', "'", '‘', '’', '«', '»', '„', '“', '「', '」', ' said ', ' he ', 'Anna Berg', ', ', '. ', '\n\n', '\n', 'word', 'The', ':', '(', ')', 'according to ', "''");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''))), (text) => {
        const quotes = extractQuotes(text);
        for (const q of quotes) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads a word that names a property of every object ("constructor") as a word, not as a pronoun', () => {
    const text = body('Mayor Ann Lee opened the bridge on Monday.', '“CONSTRUCTOR: We finished the deck early.”', '“BUILDER: It cost less than planned.”');
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Constructor', 'Builder']);
  });

  it('keeps quotations in reading order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('“Yes,” said Ana Lima.', 'He left.', '"No," he said.', '‘Maybe’, she said.'), { maxLength: 12 }), (parts) => {
        const quotes = extractQuotes(parts.join(' '));
        for (let i = 1; i < quotes.length; i++) expect(quotes[i]!.start).toBeGreaterThan(quotes[i - 1]!.start);
      }),
    );
  });
});
