// The fixed search mix: 50 queries of the kinds people type — single words, several words, "phrases",
// prefix*, OR and -exclusion, and the tag:/source:/speaker:/from:/to: filters. Filter values are the
// library's own most common tag, source and speaker, so the same corpus always gives the same mix.

export interface QueryValues {
  /** the most used tags, sources and speakers of the library, most used first (may be short or empty) */
  tags: string[];
  sources: string[];
  speakers: string[];
}

const WORDS = ['president', 'government', 'police', 'election', 'economy', 'minister', 'campaign', 'security', 'health', 'market', 'court', 'war', 'energy', 'school', 'climate'];
const SEVERAL_WORDS = ['clinton campaign', 'trump tax', 'russia sanctions', 'police shooting', 'oil prices'];
const PHRASES = ['"prime minister"', '"white house"', '"told reporters"', '"health care"', '"united states"', '"press conference"', '"supreme court"', '"foreign minister"'];
const PREFIXES = ['elect*', 'minist*', 'econom*', 'immigra*', 'invest*', 'secur*'];
const OPERATORS = ['putin OR kremlin', 'clinton -trump', 'bank OR banks', 'war -ukraine', '"white house" OR congress'];

const quoted = (value: string): string => `"${value.replace(/"/g, '')}"`;

export type QueryKind = 'word' | 'words' | 'phrase' | 'prefix' | 'operator' | 'filter';

export interface BenchQuery {
  query: string;
  kind: QueryKind;
}

/** The 50 queries, in a fixed order. */
export function queryMix(values: QueryValues): BenchQuery[] {
  const nth = (list: string[], i: number, fallback: string) => quoted(list[i] ?? list[0] ?? fallback);
  const tag = (i: number) => nth(values.tags, i, 'politics');
  const source = (i: number) => nth(values.sources, i, 'Reuters');
  const speaker = (i: number) => nth(values.speakers, i, 'Donald Trump');
  const filters = [
    `tag:${tag(0)}`,
    `tag:${tag(1)} election`,
    `tag:${tag(2)} from:2010-01-01`,
    `source:${source(0)}`,
    `source:${source(1)} president`,
    `police source:${source(2)}`,
    `speaker:${speaker(0)}`,
    `speaker:${speaker(1)} said`,
    'from:2015-01-01 to:2016-12-31',
    'president from:2018-01-01',
    'government to:2012-12-31',
  ];
  const of = (kind: QueryKind, list: string[]) => list.map((query) => ({ query, kind }));
  const mix = [
    ...of('word', WORDS),
    ...of('words', SEVERAL_WORDS),
    ...of('phrase', PHRASES),
    ...of('prefix', PREFIXES),
    ...of('operator', OPERATORS),
    ...of('filter', filters),
  ];
  if (mix.length !== 50) throw new Error(`the query mix has ${mix.length} queries, not 50`);
  return mix;
}
