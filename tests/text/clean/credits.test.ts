// Photo credits under captions (credits.ts), for the body pass and the headline search.
import { describe, expect, it } from 'vitest';
import { creditBelow, endsWithCredit, isGalleryCaption, isPhotoCredit, withoutCounter, withoutLinkLabel } from '../../../electron/text/clean/credits';
import type { Block } from '../../../electron/text/clean/02-blocks';

const blocksOf = (lines: string[]): Block[] => lines.map((text, index) => ({ index, text, line: index, gapBefore: 0 }));

describe('isPhotoCredit', () => {
  it.each([
    'Photo: Jane Roe',
    'Jane Roe/Getty Images',
    'Jane Roe, AP',
    'Jane Roe/Daily Planet/Getty Images',
    '(Jane Roe / Associated Press)',
    '( Jane Roe/Getty Images )',
  ])('"%s" credits a picture', (line) => {
    expect(isPhotoCredit(line)).toBe(true);
  });

  it('a picture agency alone in capitals credits a picture; the word in a sentence does not', () => {
    expect(isPhotoCredit('ALAMY')).toBe(true);
    expect(isPhotoCredit('GETTY IMAGES')).toBe(true);
    expect(isPhotoCredit('Alamy')).toBe(false);
    expect(creditBelow(blocksOf(['The ship was taken out of service last year', 'ALAMY', 'A ferry operator has been fined.']), 0, undefined)).toBe(true);
  });

  it.each([
    'By Maria Lopez, Reuters', // a writer's byline with the agency
    'BY MARIA LOPEZ, Reuters',
    '(Jane Roe / Associated Press',  // not closed: not a credit line
    'Jane Roe / Associated Press)',
    'Commuters wait for the ferry at Pier 3, AP',
  ])('"%s" is not a photo credit', (line) => {
    expect(isPhotoCredit(line)).toBe(false);
  });
});

describe('creditBelow', () => {
  it('a line over a credit is a caption, also when the gallery prints the caption twice', () => {
    const blocks = blocksOf(['Commuters wait for the ferry.', '(Dana Whitcombe / Associated Press)', 'Body text.']);
    expect(creditBelow(blocks, 0, undefined)).toBe(true);
    expect(creditBelow(blocks, 1, undefined)).toBe(false);
    const twice = blocksOf(['Commuters wait for the ferry.', 'Commuters wait for the ferry.', 'Photo: Dana Whitcombe']);
    expect(creditBelow(twice, 0, undefined)).toBe(true);
  });

  it('a credit over a credit is not a caption, nor is a line over a byline', () => {
    expect(creditBelow(blocksOf(['Photo: Jane Roe', 'Photo: Sam Cole']), 0, undefined)).toBe(false);
    expect(creditBelow(blocksOf(['Shipping firms reroute vessels', 'By Maria Lopez, Reuters']), 0, undefined)).toBe(false);
  });

  it('a credit printed above its picture, whose caption follows a label, captions nothing above it', () => {
    const blocks = blocksOf(['About sharing', 'Image source, Getty Images', 'Image caption,', 'The ferry has run since 1898']);
    expect(creditBelow(blocks, 0, undefined)).toBe(false);
    // the same credit with no caption label after it: the line above is its caption
    expect(creditBelow(blocksOf(['The ferry has run since 1898', 'Image source, Getty Images', 'Body text.']), 0, undefined)).toBe(true);
  });
});

describe('gallery counters (withoutCounter, isGalleryCaption)', () => {
  it.each([
    ['1 of 3 | Workers clear rocks from the road.', 'Workers clear rocks from the road.'],
    ['1of4Grass Valley residents queue for fuel.', 'Grass Valley residents queue for fuel.'],
    ['2 / 12 A shopper carries bags.', 'A shopper carries bags.'],
    ['24/7 Sports News Network', '24/7 Sports News Network'], // 24 of 7 counts nothing
    ['1/2 tsp ground cloves', '1/2 tsp ground cloves'], // a fraction, not a counter
  ])('%s', (caption, want) => {
    expect(withoutCounter(caption)).toBe(want);
    // a gallery's caption is one that opens with a counter
    expect(isGalleryCaption(caption)).toBe(want !== caption);
  });
});

describe('Reuters picture credits and the link label after them', () => {
  const CAPTION = 'A cargo ship waits outside the port, November 20, 2024. REUTERS/Kacper Pempel';

  it('a caption closed by the capitals credit ends with a credit, with the licensing link copied after it too', () => {
    for (const text of [CAPTION, `${CAPTION}/File Photo`, `${CAPTION} Purchase Licensing Rights, opens new tab`, `${CAPTION} Purchase Licensing Rights`]) {
      expect(endsWithCredit(text), text).toBe(true);
    }
  });

  it('a photographer in capitals before the agency ends a caption too', () => {
    expect(endsWithCredit('Des pompiers évacuent des habitants, le 14 novembre 2023. FRANÇOIS LO PRESTI / AFP')).toBe(true);
    expect(endsWithCredit('Des manifestants à Paris, le 1er mai. JEAN-LUC DUPONT/AFP')).toBe(true);
    expect(endsWithCredit('The ministry said it would appeal, according to AFP.')).toBe(false);
  });

  it('a photographer in brackets with the paper ends a caption; an agency and a pollster do not', () => {
    expect(endsWithCredit('The leader speaks to reporters on Tuesday. (Kent Nishimura for The Washington Post)')).toBe(true);
    expect(endsWithCredit('A man waits outside the court. (Jabin Botsford/The Washington Post)')).toBe(true);
    expect(endsWithCredit("A woman walks past a thermometer sign in Brisbane's CBD.(ABC News: Michael Lloyd)")).toBe(true);
    expect(endsWithCredit('Support fell to 38 percent, a poll found (Reuters/Ipsos)')).toBe(false);
    expect(endsWithCredit('The plan was approved on Monday (Source: ABS)')).toBe(false);
  });

  it('the agency named in prose is no credit', () => {
    for (const text of ['Support for the plan fell to 38%, according to a Reuters/Ipsos poll.', 'The figures were compiled by REUTERS/Ipsos poll takers.', 'A source told Reuters/Bloomberg.']) {
      expect(endsWithCredit(text), text).toBe(false);
    }
  });

  it('the link label goes from the caption, and nothing else does', () => {
    expect(withoutLinkLabel(`${CAPTION} Purchase Licensing Rights, opens new tab`)).toBe(CAPTION);
    expect(withoutLinkLabel(`${CAPTION} Purchase Licensing Rights`)).toBe(CAPTION);
    expect(withoutLinkLabel(CAPTION)).toBe(CAPTION);
    expect(withoutLinkLabel('The deal gave the studio new tab')).toBe('The deal gave the studio new tab');
  });
});
