import cliProgress from 'cli-progress';
import { importIntoLibrary } from '../../core/import/import-thread';
import { printJson, problem, type CommandResult } from '../output';
import { oneLine } from '../terminal';

/** The import runs in a thread of its own (import-thread.ts), which opens the library itself. */
export async function importCommand(libraryFile: string, paths: string[], options: { json?: boolean }): Promise<CommandResult> {
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
  try {
    const summary = await importIntoLibrary(libraryFile, { paths }, {
      signal: controller.signal,
      onTicker: (t) => {
        if (!bar || t.total === null) return;
        const payload = { imported: t.imported, duplicates: t.duplicates, failedCount: t.failed, file: oneLine(t.current ?? '') };
        if (!started) {
          bar.start(t.total, t.done, payload);
          started = true;
        } else bar.update(t.done, payload);
      },
    });
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
  } catch (error) {
    bar?.stop();
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
