import { describe, expect, it } from 'vitest';
import { namesOf, suggestNames } from '../../renderer/src/lib/suggest';

const TAGS = ['Brexit', 'Boris Johnson', 'Labour', 'Elections', 'European Union', 'brexit talks', 'Exit polls'];

describe('suggestNames', () => {
  it('offers nothing until something is typed', () => {
    expect(suggestNames(TAGS, '', 5)).toEqual([]);
    expect(suggestNames(TAGS, '   ', 5)).toEqual([]);
  });

  it('puts names starting with the typed text before names containing it, ignoring case', () => {
    expect(suggestNames(TAGS, 'ex', 5)).toEqual(['Exit polls', 'Brexit', 'brexit talks']);
    expect(suggestNames(TAGS, 'BREX', 5)).toEqual(['Brexit', 'brexit talks']);
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `tag ${i}`);
    expect(suggestNames(many, 'tag', 3)).toEqual(['tag 0', 'tag 1', 'tag 2']);
    expect(suggestNames(many, '4999', 2)).toEqual(['tag 4999', 'tag 14999']);
  });

  it('takes the names of named things', () => {
    expect(suggestNames(namesOf([{ name: 'Labour' }, { name: 'Lab tests' }]), 'lab', 5)).toEqual(['Labour', 'Lab tests']);
  });
});
