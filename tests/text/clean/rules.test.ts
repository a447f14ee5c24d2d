// Unit tests of the cleaner's block rules: hover cards, card lists, header standfirsts, sentences of names, script
// languages, captions printed twice, tables at the article's edge, and the fast paths (boilerplate gate, line normalisation) against slow ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanClipping } from '../../../electron/text/clean';
import { toLines } from '../../../electron/text/clean/01-lines';
import { dropHoverCards } from '../../../electron/text/clean/02-blocks';
import { blockWords, boilerplateReason, charCounts, endsLikeSentence, keyHash, lowerCaseOnly, measure, normalizeKey, repetitions, requiredLiterals, topAlternatives, triggerOf } from '../../../electron/text/clean/03-features';
import { classify, markCardLists, type Verdict } from '../../../electron/text/clean/04-classify';
import { articleLimit, introducedLists, tableRuns, withTables } from '../../../electron/text/clean/05-region';
import { endsWithCredit } from '../../../electron/text/clean/credits';
import { BOILERPLATE, HARD_END_MARKER, REGEXPS } from '../../../electron/text/clean/tables';
import type { Features } from '../../../electron/text/clean/03-features';
import { blockWordStats } from '../../../electron/text/language';

const PROSE = [
  'The town council met on Tuesday evening to discuss the new bridge over the river, which has been closed for repairs since the spring floods.',
  'Residents said they had waited long enough for a decision and asked the council to publish the engineers report before the next meeting.',
  'The mayor told the meeting that the work would start in March and that the bridge should open again before the end of the summer.',
  'Shop owners on both banks said the closure had cost them customers, and some of them asked whether the town could offer help with rents.',
];

const bodyOf = (text: string): string => cleanClipping(text).articles[0]!.body;

describe('hover cards', () => {
  it('cuts a name glued to its repeat, the headlines and MORE out of the sentence', () => {
    const line = 'Council member Jane RoeJane Marie RoeCouncil backs bridge plan Roe opens new library MORE (Ind.) said the vote was close.';
    expect(dropHoverCards(line)).toBe('Council member Jane Roe (Ind.) said the vote was close.');
  });

  it('leaves glued words that repeat no name, and MORE as part of a word, alone', () => {
    const line = 'The new iPhone and the McDonald family read MORE than the others, said MOREAU.';
    expect(dropHoverCards(line)).toBe(line);
  });
});

describe('card lists after a related heading', () => {
  const v = (cls: Verdict['cls'], reason = 'prose'): Verdict => ({ cls, reason });
  it('turns the teasers of repeated cards into teasers, and only those', () => {
    const texts = ['Article text.', 'You may also like', 'Share Tweet Pin', 'Teaser one …', 'Share Tweet Pin', 'Teaser two …', 'Share Tweet Pin', 'Teaser three …', 'Footer'];
    const verdicts: Verdict[] = [v('good'), v('bad', 'boilerplate: related heading'), v('bad', 'boilerplate: share buttons'), v('good'),
      v('bad', 'boilerplate: share buttons'), v('good'), v('bad', 'boilerplate: share buttons'), v('good'), v('short')];
    markCardLists(texts, verdicts);
    expect(verdicts.map((x) => x.cls)).toEqual(['good', 'bad', 'bad', 'bad', 'bad', 'bad', 'bad', 'bad', 'short']);
    expect(verdicts[3]!.reason).toMatch(/card/);
  });

  it('keeps the text after a related heading that opens no repeated cards', () => {
    const texts = ['Related', 'A linked story', 'More article text.', 'And more.'];
    const verdicts: Verdict[] = [v('bad', 'boilerplate: related heading'), v('short'), v('good'), v('near')];
    markCardLists(texts, verdicts);
    expect(verdicts.map((x) => x.cls)).toEqual(['bad', 'short', 'good', 'near']);
  });
});

describe('header and body', () => {
  it('keeps the second of two paragraphs above a late byline: a header holds one standfirst at most', () => {
    const text = ['Bridge to open in March', 'Published 10:00 AM Mar 3, 2020', PROSE[0], PROSE[1], 'By Jane Roe', PROSE[2], PROSE[3], ''].join('\n');
    const body = bodyOf(text);
    expect(body).toContain(PROSE[1]);
    expect(body).toContain(PROSE[3]);
  });

  it('keeps a closing sentence full of names', () => {
    const named = 'Spokeswoman Jane Roe replied to Mayor Doe: "Repairs first!"';
    const body = bodyOf([PROSE[0], PROSE[1], PROSE[2], PROSE[3], named, ''].join('\n\n'));
    expect(body).toContain(named);
  });

  it('takes a caption printed twice, once in full and once shortened, with its credit out of the body', () => {
    const caption = 'The closed bridge over the river, seen from the east bank on Tuesday, March 3, 2020. The town hopes to open it in summer. less';
    const short = 'The closed bridge over the river, seen from the east bank on Tuesday ... more';
    const result = cleanClipping(['Bridge to open in March', PROSE[0], PROSE[1], caption, short, 'Photo: Jane Roe, AP', PROSE[2], PROSE[3], ''].join('\n')).articles[0]!;
    expect(result.body).not.toContain('seen from the east bank');
    expect(result.captions.join(' ')).toContain('seen from the east bank');
  });
});

describe('classification details', () => {
  const f = (over: Partial<Features>): Features => ({
    chars: 40, words: 20, stop: 0, sentence: false, puncts: 0, caps: 0, repeated: 0, boilerplate: null, bullet: false, script: true, headerLine: false, ...over,
  });

  it('script languages: a short sentence or a line that runs on is text, a truncated teaser is not', () => {
    expect(classify('これは短い文章の例ですがきちんと終わります。', f({ chars: 22, words: 11, sentence: true, puncts: 1 }), false).cls).toBe('near');
    expect(classify('この行は読点で終わって次の行に続いていきます、', f({ chars: 23, words: 12 }), false).cls).toBe('near');
    expect(classify('見出しのように途中で切れてしまった紹介文です..', f({ chars: 24, words: 12, sentence: true, puncts: 2 }), false).cls).toBe('short');
  });

  it('an emoji after a sentence end still ends the sentence', () => {
    expect(REGEXPS.sentenceEnd.test('We hope to see you soon! 🙂')).toBe(true);
    expect(REGEXPS.sentenceEnd.test('Menu 🙂')).toBe(false);
  });

  it('finds a closing photo credit in the tail of a long block as in the whole block', () => {
    const long = `${PROSE.join(' ')} (AP Photo/Jane Roe)`;
    expect(endsWithCredit(long)).toBe(true);
    expect(endsWithCredit(PROSE.join(' '))).toBe(false);
    expect(endsWithCredit(`${PROSE.join(' ')} photo: Jane Roe`)).toBe(REGEXPS.captionCredit.test(`${PROSE.join(' ')} photo: Jane Roe`));
  });
});

describe('fast paths give the answers of the slow ones', () => {
  const lines = [
    'Follow us on Twitter', 'Subscribe to our newsletter', 'Comments (12)', 'Related stories', 'Home', 'View all (23)',
    'Jane Roe and John Doe contributed to this report.', 'We use cookies to improve your experience', '© 2020 Acme. All rights reserved.',
    'Share this article', 'About the author', 'Tags: bridge, council', '5 min read', 'The bridge will open in March.',
    '• Sign up for alerts', 'Advertisement', 'About Jane Roe', 'Also on example.com Council backs the plan',
    // lines that two gates let through (an anchored and an unanchored entry): the table's order still decides
    'Share: Facebook / Newsletter', 'Read more: sign up for the newsletter', 'Comments (3) — log in to reply', 'More from Acme Careers',
    'Share full article', 'Listen to this article · 6:12 min Learn more', 'Related article', 'Listen to this story',
  ];
  it('names a share button, an audio player and a related story set in the article, and not prose about them', () => {
    const reason = (line: string) => boilerplateReason(line, line.split(/\s+/).length);
    expect(reason('Share full article')).toBe('share buttons');
    expect(reason('Listen to this article · 6:12 min Learn more')).toBe('audio player');
    expect(reason('Related article')).toBe('related inset');
    expect(reason('Listen to this article, the minister said, and you will see why.')).toBeNull();
    expect(reason('A related article appeared on Monday.')).toBeNull();
    expect(reason('NEWYou can now listen to Fox News articles!')).toBe('audio player');
    expect(reason('CLICK HERE TO GET THE FOX NEWS APP')).toBe('app prompt');
    expect(reason('Patients were told to get the new health service app before Monday.')).toBeNull();
    for (const line of ['Baca juga: Hujan Deras, Sejumlah Jalan di Jakarta Tergenang', 'Lire aussi | Les inondations dans le nord de la France', 'Читайте также: Синоптик рассказал о погоде']) {
      expect(reason(line), line).toBe('related link');
    }
    expect(reason('Simak breaking news dan berita pilihan kami langsung di ponselmu.')).toBe('app prompt');
    const notice = 'Please use the sharing tools found via the share button at the top or side of articles. Copying articles to share with others is a breach of FT.com T&Cs and Copyright Policy. Email licensing@ft.com to buy additional rights. Subscribers may share up to 10 or 20 articles per month using the gift article service.';
    expect(reason(notice)).toBe('sharing notice');
    expect(reason('Readers share articles with friends more often than ever, the survey of 2,000 people found, and most of them share on messaging apps rather than on social networks, where they used to.')).toBeNull();
  });

  it('a sentence that reports speech is no furniture, whatever word of it a prompt uses', () => {
    const reason = (line: string) => boilerplateReason(line, line.split(/\s+/).length);
    expect(reason('"The market is still pricing in some risk premium," said Phil Flynn, senior analyst at Price Futures Group.')).toBeNull();
    expect(reason('Voters must register by Friday to take part in the election, officials said on Monday.')).toBeNull();
    // the verb inside the quotation is the prompt's own words; a short line is judged as before
    expect(reason('"Subscribe now," she said')).toBe('subscription prompt');
    expect(reason('Subscribe to our newsletter: "the best of the week," readers said of it')).toBe('subscription prompt');
    expect(reason('Sign up for our newsletter to get the stories everyone is talking about, delivered daily.')).toBe('subscription prompt');
  });
  it('the boilerplate gate finds the first matching table entry', () => {
    for (const line of lines) {
      const bare = line.replace(REGEXPS.bullet, '');
      const slow = BOILERPLATE.find(([, re]) => re.test(bare))?.[0] ?? null;
      expect(boilerplateReason(line, line.split(/\s+/).length)).toBe(slow);
    }
  });

  it('the gate finds the same entry in any letter case, given the lower-cased text or not', () => {
    const variants = (t: string) => [t, t.toUpperCase(), t.toLowerCase(), [...t].map((c, k) => (k % 2 ? c.toUpperCase() : c.toLowerCase())).join('')];
    for (const line of [...lines, 'FOLGEN SIE UNS', 'Suivez-nous sur X', 'ПОДПИШИТЕСЬ на канал', 'Datenschutz', 'E-Paper', 'Try 3 Months Free']) {
      for (const v of variants(line)) {
        const bare = v.replace(REGEXPS.bullet, '');
        const slow = BOILERPLATE.find(([, re]) => re.test(bare))?.[0] ?? null;
        const words = v.split(/\s+/).length;
        expect(boilerplateReason(v, words)).toBe(slow);
        expect(boilerplateReason(v, words, REGEXPS.bullet.test(v), v.toLowerCase())).toBe(slow);
      }
    }
  });

  it('reads the literals one of which every match holds, or none when a match may hold none', () => {
    expect(requiredLiterals('\\b(?:cat|dog)s?\\b')).toEqual(['cat', 'dog']);
    expect(requiredLiterals('^(?:a|an)\\s+\\d+ (?:hens|geese)$|barn')).toEqual(['hens', 'geese', 'barn']);
    expect(requiredLiterals('farm(?:yard)?\\.com')).toEqual(['farm']);
    expect(requiredLiterals('x{2,}yz')).toEqual(['yz']);
    expect(requiredLiterals('caf\\u00e9 au lait')).toEqual([' au lait']);
    expect(requiredLiterals('(?:hay)+ bale')).toEqual([' bale']);
    expect(requiredLiterals('(?:hay|)bale')).toEqual(['bale']);
    expect(requiredLiterals('(?:hay|)')).toBeNull();
    expect(requiredLiterals('\\d+\\s*[a-z]+')).toBeNull();
    expect(requiredLiterals('(?:ploughs?)?|tractor')).toBeNull();
    expect(requiredLiterals('(?=silo)\\w+')).toBeNull();
  });

  it('a gate\'s trigger lets through every text the gate matches (table entries in lower case)', () => {
    const entries = BOILERPLATE.filter(([, re]) => re.flags.includes('i') && lowerCaseOnly(re.source));
    expect(entries.length).toBeGreaterThan(3);
    let matched = 0;
    for (const [, entry] of entries) {
      const re = new RegExp(entry.source, entry.flags.replace('i', ''));
      const trigger = triggerOf(re);
      if (!trigger) continue; // no trigger: the gate itself runs, nothing to compare
      // texts made of the pattern's own words, digits and marks, so that many of them match
      const words = requiredLiterals(re.source) ?? [];
      const piece = fc.oneof(fc.constantFrom(...words, ' ', '  ', '1', '12', ':', '.', '-', '(', ')', 'a', 'an', 'the', 'our', 'us', 'of', 'to', 'on'), fc.string({ maxLength: 3 }));
      fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        if (!re.test(text)) return;
        matched++;
        expect(trigger.test(text)).toBe(true);
      }), { numRuns: 300 });
    }
    expect(matched).toBeGreaterThan(100); // (the texts do reach the gate's matches)
  });

  it('a trigger is only made where it can be read: none for a case-blind pattern or an alternative without literals', () => {
    expect(triggerOf(/\bcat\b/i)).toBeNull();
    expect(triggerOf(/cat|\d+/)).toBeNull();
    const t = triggerOf(/\b(?:cats?|catalogue|dog\.com)\b/)!;
    expect(t.source).toBe('cat|dog\\.com');
    expect(['a catalogue', 'dog.com', 'cats'].every((x) => t.test(x))).toBe(true);
    expect(['dogXcom', 'kitten'].some((x) => t.test(x))).toBe(false);
  });

  it('tells a pattern written in lower case from one with capitals or case classes', () => {
    expect(lowerCaseOnly('\\bfollow us\\b|[\\w.-]+\\S')).toBe(true);
    expect(lowerCaseOnly('^more\\s+\\p{Lu}')).toBe(false);
    expect(lowerCaseOnly('Getty Images')).toBe(false);
    expect(lowerCaseOnly('caf\\u00e9')).toBe(false);
  });

  it('counts capitals, sentence marks and digits in one loop as the patterns do', () => {
    const texts = ['“Open” (soon) said Élodie Roe. Really? Yes!', 'no capitals here … 3 times', '。東京！ 大阪？', '', 'A  B',
      "'quoted' ‘Start’ (Mid) end.", 'Straße ÖFFNET am 3. März'];
    for (const t of texts) {
      const words = t.split(' ').filter(Boolean);
      const capitals = words.filter((w) => { const c = w.replace(/^[("'“‘]+/, '')[0]; return c !== undefined && c !== c.toLowerCase(); }).length;
      expect(charCounts(t)).toEqual({ capitals, marks: (t.match(REGEXPS.sentencePunct) ?? []).length, digit: /\d/.test(t) });
    }
  });

  it('keys a line for repetition as the separator-collapsing replacement does, plain lines unchanged', () => {
    const sep = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff.,;:!?'"“”‘’()[\]|•·–—-]+/gu;
    for (const t of ['Share this', 'Share this:', ' Share  this ', 'Home', '', 'Read more…', '(Photo) Jane Roe', 'Views: 1,234', 'a b c', 'ÉTÉ à Paris']) {
      expect(normalizeKey(t)).toBe(t.toLowerCase().replace(sep, ' ').trim());
    }
  });

  it('counts repeated blocks as a map of their keys does, long ones compared in full', () => {
    const long = (k: number) => `${PROSE[k % 4]} ${'x'.repeat(80)}`;
    const texts = ['Share this', 'SHARE THIS!', 'Home', long(0), long(1), long(0), PROSE[0] + PROSE[1] + '.', PROSE[0] + PROSE[1] + '!', '', '…', '—',
      '(Share) this', ...Array.from({ length: 10 }, () => 'Menu'),
      ...Array.from({ length: 12 }, (_, k) => long(k)), long(2).toUpperCase()];
    const keyOf = (t: string) => (t.length <= 200 ? normalizeKey(t) : t);
    const slow = texts.map((t) => (keyOf(t) ? texts.filter((u) => keyOf(u) === keyOf(t)).length - 1 : 0));
    const blocks = texts.map((text, index) => ({ index, text, line: index, gapBefore: 1 }));
    expect([...repetitions(blocks, texts.map((t) => t.toLowerCase()))]).toEqual(slow);
  });

  it('counts repeated blocks the same on a long page and on the short pages after it (the table of first blocks is kept)', () => {
    const slowCount = (texts: string[]) => texts.map((t) => (normalizeKey(t) ? texts.filter((u) => normalizeKey(u) === normalizeKey(t)).length - 1 : 0));
    const count = (texts: string[]) => [...repetitions(texts.map((text, index) => ({ index, text, line: index, gapBefore: 1 })), texts.map((t) => t.toLowerCase()))];
    const long = Array.from({ length: 700 }, (_, k) => `Item ${k % 450}`);
    const short = ['Item 3', 'Home', 'item 3!', 'Menu', 'Home'];
    expect(count(long)).toEqual(slowCount(long));
    expect(count(short)).toEqual(slowCount(short));
    expect(count(long.slice(0, 40))).toEqual(slowCount(long.slice(0, 40)));
  });

  it('cleans the lines with odd spaces or invisible marks wherever they stand, and only trims the others', () => {
    const pieces = ['plain words', ' padded ', 'two  spaces', 'no\u00a0break', 'zero\u200bwidth', '\ttabbed', '', 'end  '];
    const lines = Array.from({ length: 60 }, (_, k) => pieces[(k * 7 + (k >> 2)) % pieces.length]!);
    const text = lines.join('\n');
    const slow = lines.map((l) => l.replace(/[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g, '')
      .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ').replace(/ {2,}/g, ' ').trim());
    expect(toLines(text)).toEqual(slow);
    expect(toLines(`${text}\r\nlast\u00a0\u00a0line`)).toEqual([...slow, 'last line']);
  });

  it('finds every form of closing photo credit the pattern finds, in short and long blocks', () => {
    for (const credit of ['(AP Photo/Jane Roe)', 'Photo by Jane Roe', 'IMAGE: Jane Roe', 'Credits: Acme', 'Jane Roe/Getty Images', 'SHUTTERSTOCK',
      '(Alamy)', 'EPA-EFE', 'Pictures: Jane Roe  ', 'photograph by Jane Roe', 'the end.']) {
      for (const text of [`A bridge over the river. ${credit}`, `${PROSE.join(' ')} ${credit}`]) {
        expect(endsWithCredit(text)).toBe(REGEXPS.captionCredit.test(text.length <= 200 ? text : text.slice(text.indexOf(' ', text.length - 200) + 1)));
      }
    }
  });

  it('marks a comment header as a header line as the pattern alone does', () => {
    const lines = ['Alex on October 9, 2016 at 8:12 am said:', 'Sam at 2019-11-02 12:00 WROTE :  ', 'Jane Roe on 1 May 2021 replied',
      'Jane Roe on 1 May 2021 replied to Sam', 'The council on 1 May 2021 said', 'Posted on 1 May 2021'];
    const blocks = lines.map((text, index) => ({ index, text, line: index, gapBefore: 1 }));
    const features = measure(blocks, 'en');
    lines.forEach((t, k) => {
      if (REGEXPS.commentHeader.test(t) || REGEXPS.dateLine.test(t)) expect(features[k]!.headerLine).toBe(true);
    });
    expect(features[3]!.headerLine).toBe(false);
  });

  it('measures a short block remembered from an earlier page as it measures it afresh', () => {
    // lines that pages share (menus, prompts, bylines, date lines) next to prose, shuffled into two pages
    const line = fc.constantFrom('Subscribe to our newsletter', 'Home', '• Share this', 'By Jane Roe, Reuters', 'Posted on 1 May 2021',
      'Alex on October 9, 2016 at 8:12 am said:', 'We use cookies to improve your experience.', 'Comments (3)', 'Read more: Harbour works',
      'The harbour reopened on Monday after a week of repairs, the council said.', '3 min read', 'İstanbul', '', 'ÉTÉ à Paris', '12');
    const page = fc.array(line, { minLength: 1, maxLength: 12 }).map((texts) => texts.map((text, index) => ({ index, text, line: index, gapBefore: 1 })));
    fc.assert(fc.property(page, page, (a, b) => {
      measure(a, 'en');
      expect(measure(b, 'en')).toEqual(measure(b, 'en', undefined, false));
      expect(measure(b, 'ja')).toEqual(measure(b, 'ja', undefined, false));
    }), { numRuns: 200 });
  });

  it('reads the words of lines remembered from earlier pages as the words pass reads them afresh', () => {
    // remembered lines next to new ones and to a line too long to remember, in any order, on a second page
    const long = `${PROSE.join(' ')} ${PROSE.join(' ')}`;
    const line = fc.constantFrom('Subscribe to our newsletter', 'Home', 'By Jane Roe, Reuters', 'İstanbul', 'ÉTÉ à Paris', '12', '',
      'Die Stadt und der Hafen', 'Le port et la ville', PROSE[0]!, long);
    const page = fc.array(line, { minLength: 0, maxLength: 10 }).map((texts) => texts.map((text, index) => ({ index, text, line: index, gapBefore: 1 })));
    fc.assert(fc.property(page, page, (a, b) => {
      blockWords(a);
      const { memos, ...remembered } = blockWords(b);
      expect(memos).toHaveLength(b.length);
      expect(remembered).toEqual(blockWordStats(b.map((x) => x.text)));
    }), { numRuns: 200 });
  });

  it('hashes the repetition key without making it: equal keys, equal hashes; no key, no hash', () => {
    const piece = fc.constantFrom('a', 'B', 'é', ' ', '  ', '.', ',', '-', '’', '(', ')', '•', '\u2009', '\u00a0', '3', 'x y', 'İ');
    const text = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(fc.property(text, text, (a, b) => {
      const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
      expect(keyHash(la) === null).toBe(normalizeKey(a) === '');
      if (normalizeKey(a) === normalizeKey(b)) expect(keyHash(la)).toBe(keyHash(lb));
    }), { numRuns: 500 });
  });

  it('tests a sentence end on the tail of a long block as on the whole block', () => {
    const long = PROSE.join(' ');
    for (const end of ['', '.', '!”', '.) 🙂', ' and so on', '?»\ufe0f', '…']) {
      expect(endsLikeSentence(long + end)).toBe(REGEXPS.sentenceEnd.test(long + end));
      expect(endsLikeSentence('Short' + end)).toBe(REGEXPS.sentenceEnd.test('Short' + end));
    }
  });

  it('stops the article at the hard end markers the pattern alone finds', () => {
    const ends = ['Comments (12)', 'comments', '12 responses to “Bridge to open”', 'Leave a reply', 'KOMMENTARE', 'Comentarios:',
      'Jane Roe on March 3, 2020 at 6:34 pm said:', 'alex at 2019-11-02 12:00 WROTE :  ', 'Sam on 1 May 2021 replied',
      'Read more', 'Jane Roe said the bridge would open on March 3, 2020.', 'Posted on March 3, 2020', 'He said', '3 things to know'];
    for (const end of ends) {
      const texts = [PROSE[0], PROSE[1], end, PROSE[2]];
      const words = texts.map((t) => t.split(' ').length);
      expect(articleLimit(texts, words)).toBe(HARD_END_MARKER.test(end) ? 2 : texts.length);
    }
  });

  it('takes lines after a line ending with a colon (spaces after it too) as list items', () => {
    const v = (cls: Verdict['cls'], reason = 'short line'): Verdict => ({ cls, reason });
    const f = { repeated: 0, words: 3 } as Features;
    for (const intro of ['You will need:', 'You will need:  ', 'You will need :\t', 'You will need', 'You will need: flour']) {
      const texts = [intro, 'Two cups of flour', 'One egg', PROSE[0]];
      const items = introducedLists(texts, [v('short'), v('short'), v('short'), v('good', 'prose')], texts.map(() => f));
      expect(items.size > 0).toBe(/:\s*$/.test(intro));
    }
  });

  it('splits a pattern source at its top-level bars only', () => {
    expect(topAlternatives('^a(?:b|c)|[|]d|^e\\|f')).toEqual(['^a(?:b|c)', '[|]d', '^e\\|f']);
  });

  it('normalises lines as the four whole-text replacements did', () => {
    const text = 'a\r\nb\u00a0\u00a0c\u200b d\rline  with   spaces\t\tand tabs\n\ufeffplain line\n  padded  \n';
    const slow = text.replace(/\r\n?/g, '\n').replace(/[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g, '')
      .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ').split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim());
    expect(toLines(text)).toEqual(slow);
  });
});

describe('tables next to the text', () => {
  const v = (cls: Verdict['cls'], reason = 'short line'): Verdict => ({ cls, reason });
  const f = (repeated = 0) => ({ repeated }) as Features;
  const ROWS = ['Harbourton (Ward 1): third term', 'Gull Island (Ward 2): first term', 'Eastbank (Ward 3): second term',
    'Millbrook (Ward 4): fifth term', 'Westgate (Ward 5): first term'];

  it('finds rows of one shape right under the text, and grows the region over them and their heading', () => {
    const texts = [PROSE[0], PROSE[1], 'Councillors elected', ...ROWS, 'Jane Roe', 'Staff writer'];
    const verdicts = [v('good'), v('good'), v('short'), ...ROWS.map(() => v('short')), v('short'), v('short')];
    const tables = tableRuns(texts, verdicts, texts.map(() => f()));
    expect(tables).toEqual([{ start: 3, end: 8 }]);
    expect(withTables({ start: 0, end: 2 }, tables, verdicts)).toEqual({ start: 0, end: 8 });
  });

  it('takes no run of plain headlines, too few rows, or rows far from any text', () => {
    const headlines = ['Council backs the bridge plan', 'Roe opens the new library', 'Ferry to run again in May', 'Rents rise on both banks'];
    const short = (texts: string[]) => texts.map(() => v('short'));
    expect(tableRuns([PROSE[0], ...headlines], [v('good'), ...short(headlines)], [f(), ...headlines.map(() => f())])).toEqual([]);
    expect(tableRuns([PROSE[0], ...ROWS.slice(0, 3)], [v('good'), ...short(ROWS.slice(0, 3))], [f(), f(), f(), f()])).toEqual([]);
    const far = ['Menu', 'Sign in', ...ROWS, 'Footer'];
    expect(tableRuns(far, [v('bad', 'boilerplate: menu'), v('short'), ...short(ROWS), v('short')], far.map(() => f()))).toEqual([]);
  });

  it('keeps a results table and its heading at the end of the article; a bio below it stays out', () => {
    const scores = ['Harbourton 14 11 6 15 — 46', 'Gull Island 18 22 13 17 — 70', 'Eastbank 9 12 10 8 — 39', 'Millbrook 7 14 12 11 — 44'];
    const bio = 'Jane Roe covers schools and sport for the paper and has written about the islands for ten years.';
    const body = bodyOf([PROSE[0], PROSE[1], PROSE[2], PROSE[3], 'Final scores', ...scores, 'Jane Roe', 'Staff writer', bio, ''].join('\n'));
    for (const row of scores) expect(body).toContain(row);
    expect(body).toContain('Final scores');
    expect(body).not.toContain('covers schools');
  });
});

describe('a short quoted paragraph', () => {
  it('ends the article when it quotes someone; a short line that quotes nobody does not', () => {
    const page = (last: string) => `Bridge to reopen in summer\n\nBy Jo Marsh\n\n${PROSE.join('\n\n')}\n\n${last}\n\nMost read\n\nSign up for our newsletter`;
    expect(bodyOf(page('“We will see,” the mayor said.')).endsWith('“We will see,” the mayor said.')).toBe(true);
    expect(bodyOf(page('Selon Anne Roy, « rien n’est joué ».'))).toContain('rien n’est joué');
    expect(bodyOf(page('Share this story with friends.'))).not.toContain('Share this story');
  });
});

describe('a closing sentence under the text', () => {
  const page = (last: string) => ['Menu', 'Home', 'News', 'Bridge to reopen in March', ...PROSE, last, 'Related Topics', 'Bridges', 'Council', 'More on this story'].join('\n');
  it('keeps one short whole sentence right under the last paragraph', () => {
    expect(bodyOf(page('The bridge carries about 9,000 cars a day.'))).toMatch(/The bridge carries about 9,000 cars a day\.$/);
  });
  it('leaves a short line without a full stop, or a sentence of a few words, out', () => {
    expect(bodyOf(page('Read the engineers report here'))).not.toContain('engineers report here');
    expect(bodyOf(page('Thanks for reading.'))).not.toContain('Thanks for reading');
  });
});
