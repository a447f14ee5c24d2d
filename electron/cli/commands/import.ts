import cliProgress from 'cli-progress';
import { runImport } from '../../core/import/importer';
import type { Library } from '../../core/library';
import { printJson, problem, type CommandResult } from '../output';
import { oneLine } from '../terminal';

export async function importCommand(library: Library, paths: string[], options: { json?: boolean }): Promise<CommandResult> {
  const bar = process.stderr.isTTY && !options.json
    ? new cliProgress.SingleBar(
        { format: 'Importing [{bar}] {value}/{total} | {imported} new, {duplicates} duplicates, {failedCount} failed | {file}', hideCursor: true, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let started = false;
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const summary = await runImport(library, { paths }, {
    signal: controller.signal,
    onProgress: (p) => {
      if (!bar || p.total === null) return;
      const payload = { imported: p.imported, duplicates: p.duplicates, failedCount: p.failed.length, file: oneLine(p.current ?? '') };
      if (!started) {
        bar.start(p.total, p.done, payload);
        started = true;
      } else bar.update(p.done, payload);
    },
  });
  process.off('SIGINT', onSigint);
  bar?.stop();
  for (const failure of summary.failed) problem(failure.file, failure.reason);
  if (options.json) {
    printJson({ imported: summary.imported, duplicates: summary.duplicates, failed: summary.failed, clipIds: summary.clipIds, cancelled: controller.signal.aborted });
  } else {
    process.stdout.write(
      `Imported ${summary.imported} clip${summary.imported === 1 ? '' : 's'}, ${summary.duplicates} duplicate${summary.duplicates === 1 ? '' : 's'} skipped, ${summary.failed.length} failed.` +
        (controller.signal.aborted ? ' (cancelled — run the same import again to finish it)' : '') + '\n',
    );
  }
  return { exitCode: summary.failed.length || controller.signal.aborted ? 1 : 0 };
}
