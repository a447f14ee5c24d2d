import type { Library } from '../../core/library';
import { listClips } from '../../core/library/clips';
import { emptyTrash, restoreClips, trashClips } from '../../core/library/edits';
import { printJson, type CommandResult } from '../output';

export interface TrashOptions {
  restore?: boolean;
  empty?: boolean;
  json?: boolean;
}

/** No ids: list the trash. Ids: move those clips to the trash (or --restore them). --empty: delete the trash for good. */
export async function trashCommand(library: Library, ids: string[], options: TrashOptions): Promise<CommandResult> {
  const numbers = ids.map((id) => {
    const n = Number(id);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${id}: not a clip id`);
    return n;
  });
  if (options.empty) {
    const deleted = emptyTrash(library.db);
    if (options.json) printJson({ deleted });
    else process.stdout.write(`Deleted ${deleted} clip${deleted === 1 ? '' : 's'} for good.\n`);
    return { exitCode: 0 };
  }
  if (numbers.length) {
    const count = options.restore ? restoreClips(library.db, numbers) : trashClips(library.db, numbers);
    if (options.json) printJson(options.restore ? { restored: count } : { trashed: count });
    else process.stdout.write(`${options.restore ? 'Restored' : 'Moved to the trash:'} ${count} clip${count === 1 ? '' : 's'}.\n`);
    return { exitCode: count === numbers.length ? 0 : 1 };
  }
  const page = listClips(library.db, { limit: 1000 }, true);
  if (options.json) printJson(page.clips.map((c) => ({ id: c.id, title: c.title, published: c.published, source: c.source })));
  else {
    for (const c of page.clips) process.stdout.write(`${c.id}\t${c.published ?? '—'}\t${c.source ?? '—'}\t${c.title ?? '(no title)'}\n`);
    process.stdout.write(`${page.total} clip${page.total === 1 ? '' : 's'} in the trash.\n`);
  }
  return { exitCode: 0 };
}
