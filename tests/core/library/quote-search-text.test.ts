import { describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { Library } from '../../../electron/core/library';
import { replaceQuotes } from '../../../electron/core/library/clips';
import { tempDir } from '../../helpers/temp';

const ARTICLE = `Harbour council approves new ferry timetable

The harbour council voted on Tuesday to approve a new ferry timetable that adds three early crossings on weekdays.

"Commuters deserve zigzagging boats no longer," said council chair Maria Lopes, adding that the change starts in March.
`;

describe('quote text in the search index', () => {
  it('is indexed with the clip in one write, and follows a re-clean of the quotes', async () => {
    const library = Library.open(':memory:');
    const api = createApi(library, { settingsDir: tempDir() });
    const { clipIds } = await api.importFiles({ files: [{ name: 'ferry.txt', dataBase64: Buffer.from(ARTICLE).toString('base64') }] });
    const id = clipIds[0]!;
    const indexed = () => library.db.prepare('SELECT quotes FROM clip_search WHERE rowid = ?').pluck().get(id);
    expect(indexed()).toContain('zigzagging');
    expect((await api.search({ query: 'zigzagging' })).clips.map((c) => c.id)).toEqual([id]);

    const clip = (await api.getClip({ id }))!;
    replaceQuotes(library.db, id, [{ ...clip.quotes[0]!, text: 'Commuters deserve quieter boats' }]);
    expect(indexed()).toBe('Commuters deserve quieter boats');
    expect((await api.search({ query: 'zigzagging' })).total).toBe(1); // still in the body text
    expect((await api.search({ query: 'quieter' })).clips.map((c) => c.id)).toEqual([id]);
    library.db.prepare("INSERT INTO clip_search(clip_search) VALUES ('integrity-check')").run();
    // no trigger per quote is left: quote rows alone never touch the index
    const triggers = library.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'quotes'").pluck().all();
    expect(triggers.filter((t) => String(t).includes('search'))).toEqual([]);
    library.close();
  });
});
