// Invented clippings for the speaker tests: markdown with front matter (title, source, date), so the outlet and
// the date are certain, and quotes with plain attribution ("…," Jane Roe said.) so they do not depend on
// subtle speaker resolution.
import type { CoreApi } from '../../../electron/core/api';

export interface ArticleSpec {
  title: string;
  source: string;
  /** YYYY-MM-DD, or null for an undated clip */
  date: string | null;
  paragraphs: string[];
}

export function markdown(spec: ArticleSpec): string {
  const front = [`title: ${spec.title}`, `source: ${spec.source}`, ...(spec.date ? [`date: ${spec.date}`] : [])];
  return `---\n${front.join('\n')}\n---\n\n${spec.paragraphs.join('\n\n')}\n`;
}

/** Imports the articles one by one through the real pipeline; returns their clip ids in the same order. */
export async function importArticles(api: CoreApi, specs: ArticleSpec[]): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, spec] of specs.entries()) {
    const summary = await api.importFiles({
      files: [{ name: `article-${i}-${spec.source.replace(/\W+/g, '-')}.md`, dataBase64: Buffer.from(markdown(spec)).toString('base64') }],
    });
    if (summary.imported !== 1) throw new Error(`${spec.title}: not imported (${JSON.stringify(summary)})`);
    ids.push(summary.clipIds[0]!);
  }
  return ids;
}

const FILLER = [
  'The harbour council met in the town hall on Monday evening, with more than a hundred residents in the public gallery.',
  'Ferry operators have run the crossing for forty years under a contract that expires at the end of the summer.',
  'Residents on the island depend on the early sailings to reach schools, the hospital and jobs on the mainland.',
];

export const FERRY_QUOTE = 'We did everything we could to keep the ferries running, but the operators walked away,';
/** The same quotation as another outlet printed it: no comma, curly apostrophes elsewhere, a capital dropped. */
export const FERRY_QUOTE_VARIANT = 'We did everything we could to keep the ferries running but the operators walked away,';

export const COURIER_FERRY: ArticleSpec = {
  title: 'Harbour deal collapses after late-night talks',
  source: 'The Northern Courier',
  date: '2024-03-12',
  paragraphs: [
    'The proposed harbour deal collapsed on Monday after talks between the council and the ferry operators ran late into the night.',
    `"${FERRY_QUOTE}" Jane Roe said.`,
    FILLER[0]!,
    FILLER[1]!,
  ],
};

export const GAZETTE_FERRY: ArticleSpec = {
  title: 'Ferry talks end without agreement',
  source: 'Island Gazette',
  date: '2024-03-11',
  paragraphs: [
    'Talks on the future of the island ferry ended without an agreement, leaving the summer timetable in doubt.',
    `"${FERRY_QUOTE_VARIANT}" Jane Roe said.`,
    FILLER[2]!,
    FILLER[1]!,
  ],
};

export const COURIER_TIMETABLE: ArticleSpec = {
  title: 'Council to publish its own ferry timetable',
  source: 'The Northern Courier',
  date: '2024-05-02',
  paragraphs: [
    'The harbour council will publish its own ferry timetable after the operators left the talks, its leader said on Thursday.',
    '"The council will publish a timetable of its own before the summer holidays begin," Jane Roe said.',
    FILLER[0]!,
    FILLER[2]!,
  ],
};

export const HERALD_BUDGET: ArticleSpec = {
  title: 'Harbour budget approved after long debate',
  source: 'Coastal Herald',
  date: '2024-01-20',
  paragraphs: [
    'The harbour budget for the coming year was approved on Saturday after a debate that lasted most of the afternoon.',
    '"This budget protects the crossings that families on the island rely on every single day," Jane Roe said.',
    FILLER[1]!,
    FILLER[0]!,
  ],
};

export const UNDATED_NOTE: ArticleSpec = {
  title: 'Ferry campaigners gather at the pier',
  source: 'Parish Newsletter',
  date: null,
  paragraphs: [
    'Campaigners gathered at the pier on a wet afternoon to call for a new ferry contract before the autumn.',
    '"We will keep coming back to this pier until the ferries are safe for good," Jane Roe said.',
    FILLER[2]!,
    FILLER[0]!,
  ],
};

export const BIDEN_SHORT: ArticleSpec = {
  title: 'President promises new bridge funding',
  source: 'Capital Times',
  date: '2023-06-01',
  paragraphs: [
    'The president promised new money for bridges and tunnels during a visit to a construction site on Thursday.',
    '"Every bridge in this country deserves to be safe for the families who cross it each morning," Joe Biden said.',
    FILLER[1]!,
    FILLER[0]!,
  ],
};

export const BIDEN_LONG: ArticleSpec = {
  title: 'Infrastructure plan wins support in Senate',
  source: 'Evening Ledger',
  date: '2023-07-15',
  paragraphs: [
    'The infrastructure plan won the support of several senators from both parties after weeks of negotiation.',
    '"This plan will put people to work repairing roads and railways in every single state," Joseph R. Biden said.',
    FILLER[2]!,
    FILLER[1]!,
  ],
};

export const BIDEN_LATER: ArticleSpec = {
  title: 'Rail repairs begin on the coastal line',
  source: 'Capital Times',
  date: '2023-09-03',
  paragraphs: [
    'Repairs to the coastal railway began this week, the first project paid for under the new infrastructure law.',
    '"The first trains will run on the repaired line well before the winter weather arrives," Joseph R. Biden said.',
    FILLER[0]!,
    FILLER[2]!,
  ],
};

export const WEEKLY_FERRY: ArticleSpec = {
  title: 'A week after the ferry talks',
  source: 'Harbour Weekly',
  date: '2024-03-20',
  paragraphs: [
    'A week after the ferry talks broke down, island families are still waiting to hear how they will reach the mainland.',
    `"${FERRY_QUOTE}" Jane Roe said last week.`,
    FILLER[2]!,
    FILLER[0]!,
  ],
};
