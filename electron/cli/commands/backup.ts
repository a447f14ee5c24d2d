import fs from 'node:fs';
import path from 'node:path';
import { backupName, backupTo } from '../../core/backup';
import type { Library } from '../../core/library';
import type { CommandResult } from '../output';

/** A consistent copy of the library at FILE (or inside FILE when it is a folder); never overwrites. */
export async function backupCommand(library: Library, file: string): Promise<CommandResult> {
  let target = path.resolve(file);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) target = path.join(target, backupName(library.file, 'manual'));
  if (fs.existsSync(target)) throw new Error(`${target}: a file with this name exists; choose another name`);
  if (target === path.resolve(library.file)) throw new Error(`${target}: that is the library itself`);
  await backupTo(library.db, target);
  process.stdout.write(`${target}\n`);
  return { exitCode: 0 };
}
