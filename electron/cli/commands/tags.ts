import type { Library } from '../../core/library';
import { listTags } from '../../core/library/tags';
import { printJson, type CommandResult } from '../output';

export async function tagsCommand(library: Library, options: { json?: boolean }): Promise<CommandResult> {
  const tags = listTags(library.db).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  if (options.json) printJson(tags.map((t) => ({ name: t.name, kind: t.kind, count: t.count })));
  else for (const t of tags) process.stdout.write(`${String(t.count).padStart(6)}  ${t.kind.padEnd(12)}  ${t.name}\n`);
  return { exitCode: 0 };
}
