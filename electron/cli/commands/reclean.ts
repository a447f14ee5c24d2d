import cliProgress from 'cli-progress';
import type { Library } from '../../core/library';
import { recleanLibrary } from '../../core/library/reclean';
import { printJson, type CommandResult } from '../output';

export async function recleanCommand(library: Library, options: { json?: boolean }): Promise<CommandResult> {
  const bar = process.stderr.isTTY && !options.json ? new cliProgress.SingleBar({ format: 'Re-cleaning [{bar}] {value}/{total}', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
  let started = false;
  const result = recleanLibrary(library.db, {
    onProgress: (p) => {
      if (!bar) return;
      if (!started) bar.start(p.total, p.done);
      else bar.update(p.done);
      started = true;
    },
  });
  bar?.stop();
  for (const failure of result.failed) process.stderr.write(`clip ${failure.id}: ${failure.reason}\n`);
  if (options.json) printJson(result);
  else process.stdout.write(`Re-cleaned ${result.clips} clips: ${result.changed} changed, ${result.failed.length} left as they were. Edited fields were kept.\n`);
  return { exitCode: result.failed.length ? 1 : 0 };
}
