// `cuttings check`: opens the file as it is (no migration, no backup) and reports every problem found.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { checkLibrary, rebuildSearchIndex } from '../../core/library/check';
import type { CommandResult } from '../output';

export async function checkCommand(file: string, options: { repair?: boolean; json?: boolean }): Promise<CommandResult> {
  if (!fs.existsSync(file)) throw new Error(`${file}: no library file here`);
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 10000');
  } catch (error) {
    process.stderr.write(`${file}: cannot open the library (${(error as Error).message})\n`);
    return { exitCode: 1 };
  }
  try {
    let result = checkLibrary(db);
    if (!result.ok && options.repair && result.problems.every((p) => p.startsWith('search index:'))) {
      rebuildSearchIndex(db);
      process.stderr.write(`${file}: search index rebuilt\n`);
      result = checkLibrary(db);
    }
    if (options.json) process.stdout.write(JSON.stringify({ ok: result.ok, problems: result.problems }) + '\n');
    for (const problem of result.problems) process.stderr.write(`${file}: ${problem}\n`);
    if (result.ok && !options.json) process.stdout.write(`${file}: ok\n`);
    return { exitCode: result.ok ? 0 : 1 };
  } catch (error) {
    process.stderr.write(`${file}: the library file is damaged (${(error as Error).message})\n`);
    return { exitCode: 1 };
  } finally {
    db.close();
  }
}
