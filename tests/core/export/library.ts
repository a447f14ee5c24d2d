// A small library of invented clippings (tests/fixtures/export), imported through the API as a browser
// drop would, plus a user edit, a manual tag and a clip in the trash — what an export must carry or skip.
import fs from 'node:fs';
import path from 'node:path';
import { createApi, type CoreApi } from '../../../electron/core/api';
import { Library } from '../../../electron/core/library';
import { attachTag } from '../../../electron/core/library/clips';
import type { Clip } from '../../../electron/shared/api';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/export');
export const FIXTURE_FILES = ['harbour-ferry.md', 'library-budget.md', 'hostile-markup.md'];

export const HEADLINES = {
  ferry: 'Harbour council approves new ferry timetable',
  budget: 'City libraries win extra funding in budget deal',
  hostile: 'Council website hacked with <script>alert(1)</script> in headline',
  trashed: 'Bridge repairs delayed by storm damage',
};

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';

const TRASHED = `---
source: "Harbour Gazette"
date: 2024-02-01
---

${HEADLINES.trashed}
By Jane Doe

Repairs to the old swing bridge will be delayed by at least a month after last week's storm, engineers said.

"Safety comes first," said engineer Omar Said.
`;

export interface TestLibrary {
  library: Library;
  api: CoreApi;
  /** clip ids by fixture key */
  ids: { ferry: number; budget: number; hostile: number; trashed: number };
  clips: () => Promise<Clip[]>;
}

export async function fixtureLibrary(file = ':memory:'): Promise<TestLibrary> {
  const library = Library.open(file);
  const api = createApi(library);
  const files = [
    ...FIXTURE_FILES.map((name) => ({ name, dataBase64: fs.readFileSync(path.join(FIXTURES, name)).toString('base64') })),
    { name: 'bridge.md', dataBase64: Buffer.from(TRASHED).toString('base64') },
  ];
  const summary = await api.importFiles({ files });
  if (summary.imported !== 4) throw new Error(`fixture import: ${JSON.stringify(summary)}`);
  const idOf = (title: string) => library.db.prepare('SELECT id FROM clips WHERE title = ?').pluck().get(title) as number;
  const ids = { ferry: idOf(HEADLINES.ferry), budget: idOf(HEADLINES.budget), hostile: idOf(HEADLINES.hostile), trashed: idOf(HEADLINES.trashed) };
  // a user edit (the engine's value stays in `engine`), a manual tag, and a clip in the trash
  library.db.prepare(`UPDATE clips SET byline = 'Jane Doe, Transport Editor', edited = '["byline"]' WHERE id = ?`).run(ids.ferry);
  attachTag(library.db, ids.ferry, 'Weekly report', 'topic', false);
  attachTag(library.db, ids.budget, 'Weekly report', 'topic', false);
  library.db.prepare('UPDATE clips SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), ids.trashed);
  const clips = async () => (await Promise.all([ids.ferry, ids.budget, ids.hostile].map((id) => api.getClip({ id })))) as Clip[];
  return { library, api, ids, clips };
}

export function decode(file: { dataBase64: string }): Buffer {
  return Buffer.from(file.dataBase64, 'base64');
}
