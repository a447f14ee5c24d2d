import type { Library } from '../../core/library';
import { libraryStats } from '../../core/library/edits';
import { printJson, type CommandResult } from '../output';

export async function statsCommand(library: Library, options: { json?: boolean }): Promise<CommandResult> {
  const stats = { ...libraryStats(library.db), imports: library.db.prepare('SELECT count(*) FROM imports').pluck().get() as number };
  if (options.json) printJson({ ...stats, schema: library.schemaVersion, library: library.file });
  else {
    process.stdout.write(`${library.file}\n`);
    for (const [key, value] of Object.entries(stats)) process.stdout.write(`${key.padEnd(10)} ${value}\n`);
  }
  return { exitCode: 0 };
}
