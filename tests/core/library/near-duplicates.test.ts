// storeNewSignature (the import's one call for a new clip) leaves the rows storeSignature + linkNearDuplicates leave.
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library';
import { minhash } from '../../../electron/core/import/minhash';
import { linkNearDuplicates, storeNewSignature, storeSignature } from '../../../electron/core/library/near-duplicates';
import { addClips } from './fixtures';

const open: Library[] = [];
afterEach(() => open.splice(0).forEach((l) => l.close()));

const STORY = `The harbour authority said on Thursday that the northern breakwater would be rebuilt over the next two
years, after storms last winter cracked the concrete in several places and closed the ferry berth for a week. Engineers
will start with the outer section, where the damage is worst, and the ferry company expects its timetable to change
only during the spring months. Local fishermen asked for the inner quay to stay open throughout the work.`;
// the same wire story lightly edited, another story, and a third copy
const BODIES = [
  STORY,
  STORY.replace('on Thursday', 'this week').replace('several places', 'three places'),
  'The football club confirmed its new coach on Friday after a long search that began in the summer, and fans gathered outside the ground to welcome him with songs and banners.'.repeat(2),
  STORY.replace('Local fishermen', 'Fishermen from the town'),
];

function rows(library: Library): unknown[][][] {
  return ['SELECT clip_id, hex(signature) FROM clip_minhash ORDER BY 1', 'SELECT bucket, clip_id FROM clip_lsh ORDER BY 1, 2', 'SELECT a, b, similarity FROM clip_links ORDER BY 1, 2'].map(
    (sql) => library.db.prepare(sql).raw().all() as unknown[][],
  );
}

function store(byNew: boolean): { rows: unknown[][][]; linked: number[][] } {
  const library = Library.open(':memory:', { backups: false });
  open.push(library);
  const ids = addClips(library, BODIES.map((body, i) => ({ title: `Story ${i}`, body })));
  const linked = library.db.transaction(() =>
    ids.map((id, i) => {
      const signature = minhash(BODIES[i]!)!;
      if (byNew) return storeNewSignature(library.db, id, signature);
      storeSignature(library.db, id, signature);
      return linkNearDuplicates(library.db, id, signature);
    }),
  )();
  return { rows: rows(library), linked: linked.map((l) => [...l].sort()) };
}

describe('storeNewSignature', () => {
  it('stores and links a new clip as storeSignature then linkNearDuplicates do', () => {
    const before = store(false);
    const after = store(true);
    expect(after).toEqual(before);
    // the copies are linked to each other and the other story to none
    expect(after.rows[2]!.map((r) => `${r[0]}-${r[1]}`)).toEqual(['1-2', '1-4', '2-4']);
  });
});
