// The source pass: which publication a page comes from, from the hints in its furniture.
import { describe, expect, it } from 'vitest';
import { findSource, isCompanyName, mastheadsIn, republishes } from '../../../electron/text/clean/09-source';

describe('findSource', () => {
  it('a prompt naming the e-paper decides', () => {
    expect(findSource(['Menu', 'Get full access to the Harbour Gazette e-paper', '© 2021 Coastline Media Group'])).toEqual({ source: 'Harbour Gazette', how: 'prompt' });
  });

  it('hints that agree beat a parent company in the copyright line', () => {
    const page = ['Skip to content', 'Quillwire', 'Reviews', 'Some posts on Quillwire.com may contain affiliate links.', 'Quillwire © 2021 Lantern Media Group, LLC. All rights reserved.'];
    expect(findSource(page)?.source).toBe('Quillwire');
  });

  it('a phrase that names the site ("X homepage", "Follow X online") outvotes a publishing group', () => {
    const page = ['Pine Ridge Pulse homepage', 'Follow Pine Ridge Pulse online:', '© 2021 Gannett'];
    expect(findSource(page)?.source).toBe('Pine Ridge Pulse');
  });

  it('a copyright line with a comma after the year names the holder ("Copyright © 2024, Harbour Courier")', () => {
    expect(findSource(['Privacy Policy', 'Copyright © 2024, Harbour Courier'])?.source).toBe('Harbour Courier');
    expect(findSource(['Privacy Policy', '© 2019-2024, Harbour Courier. All rights reserved.'])?.source).toBe('Harbour Courier');
  });

  it('a photo credit is no copyright holder; the site\'s own line is', () => {
    expect(findSource(['© Fernhill Review Pty Ltd. All rights reserved.', '© Reuters'])?.source).toBe('Fernhill Review');
    expect(findSource(['Harbour view at dawn', '© Getty Images'])).toBeNull();
  });

  it('an agency is the source on its own site', () => {
    expect(findSource(['© 2021 The Associated Press. All rights reserved.'])?.source).toBe('The Associated Press');
  });

  it('a web address printed once is any link; twice with the logo, it is the site', () => {
    expect(findSource(['Read the study at example-research.org/paper'])).toBeNull();
    expect(findSource(['Marshbird', 'News', 'Tips to tips@marshbird.net', 'Contact marshbird.net'])?.source).toBe('Marshbird');
  });

  it('navigation and sections are not site names', () => {
    expect(findSource(['Toggle main menu', 'Go to Home Page', 'More from Local News'])).toBeNull();
  });

  it('a masthead printed twice beats a copyright holder; once, it does not', () => {
    expect(findSource(['The Guardian', 'Sign in to The Guardian', '© 2021 Riverside Digital'])?.source).toBe('The Guardian');
    expect(findSource(['A story in The Hill', '© 2021 Riverside Digital'])?.source).toBe('Riverside Digital');
  });
});

describe('findSource, the name before ©', () => {
  it('a site name printed before the sign counts; a picture label does not', () => {
    expect(findSource(['Quillwire', 'Quillwire © 2021 Lantern Media Group, LLC.'])?.source).toBe('Quillwire');
    expect(findSource(['Photo © Jane Roe', 'News'])).toBeNull();
  });
});

describe('mastheadsIn', () => {
  it('finds known names as whole words, with punctuation around them, and only those', () => {
    expect(mastheadsIn('Read the full story in (Daily Express) today')).toEqual(['Daily Express']);
    expect(mastheadsIn('“The New York Times” and The Guardian, both')).toEqual(['The New York Times', 'The Guardian']);
    expect(mastheadsIn('Copyright Sky News 2020')).toEqual(['Sky News']);
    expect(mastheadsIn('the new york times')).toEqual([]);
    expect(mastheadsIn('Timeshare offers and Dailyexpress deals')).toEqual([]);
    expect(mastheadsIn('')).toEqual([]);
  });
});

describe('findSource across pages', () => {
  // a line's hints are remembered once read: the next page that prints it must read as if it were new
  it('a line read on an earlier page still counts once per print on the next', () => {
    expect(findSource(['A story in The Hill', 'Sign in to The Guardian', '© 2021 Riverside Digital'])?.source).toBe('Riverside Digital');
    expect(findSource(['The Guardian', 'Sign in to The Guardian', '© 2021 Riverside Digital'])?.source).toBe('The Guardian');
    expect(findSource(['Sign in to The Guardian', 'Sign in to The Guardian', '© 2021 Riverside Digital'])?.source).toBe('The Guardian');
  });

  it('a remembered hint votes on every page, and a changed answer does not change the next page\'s', () => {
    const page = ['Follow Cobble Lane Courier online:', '© 2021 Lantern Media Group, LLC'];
    const found = findSource(page);
    expect(found?.source).toBe('Cobble Lane Courier');
    found!.source = 'changed by the caller';
    expect(findSource(page)?.source).toBe('Cobble Lane Courier');
    const prompt = findSource(['Get full access to the Harbour Gazette e-paper']);
    prompt!.source = 'changed by the caller';
    expect(findSource(['Menu', 'Get full access to the Harbour Gazette e-paper'])).toEqual({ source: 'Harbour Gazette', how: 'prompt' });
  });
});

describe('isCompanyName', () => {
  it.each(['Hearst', 'Hearst Newspapers', 'Hearst Media Services Connecticut', 'Gannett', 'NBCUniversal Media', 'Acme Holdings'])('"%s" owns sites', (name) => {
    expect(isCompanyName(name)).toBe(true);
  });
  it.each(['Houston Chronicle', 'The Guardian', 'Tribune Review', 'Future Tense', 'Connecticut Post'])('"%s" is a publication', (name) => {
    expect(isCompanyName(name)).toBe(false);
  });
});

describe('findSource, a trademark line', () => {
  it('names the mark, not its owner', () => {
    expect(findSource(['All rights reserved © 2024 The Harbour Ledger is a registered trademark of Quayside Publishing Inc.'], [], [], undefined)?.source).toBe('The Harbour Ledger');
    expect(findSource(['© 2024 Harbour Ledger is a trademark owned by Quayside Media LLC'], [], [], undefined)?.source).toBe('Harbour Ledger');
  });
});

describe('republishes', () => {
  it('knows the news aggregators, not the papers', () => {
    expect(['Yahoo News', 'MSN', 'Google News'].map(republishes)).toEqual([true, true, true]);
    expect(['Reuters', 'The Guardian', 'Yahoo Sports Weekly'].map(republishes)).toEqual([false, false, false]);
  });
});

describe('findSource, rights reserved in other languages', () => {
  it('"© RIPRODUZIONE RISERVATA" names no holder; the masthead at the top does', () => {
    expect(findSource(['© RIPRODUZIONE RISERVATA'], [], [], undefined)).toBeNull();
    expect(findSource(['Corriere della Sera', 'Cronache', '© RIPRODUZIONE RISERVATA'], [], [], undefined)?.source).toBe('Corriere della Sera');
    expect(findSource(['© 2024 Tous droits réservés'], [], [], undefined)).toBeNull();
  });
});
