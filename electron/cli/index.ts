// The `cuttings` command: a thin caller of core (CONTRACT.md). Each command's module is imported when that
// command runs, so `cuttings --help` or `cuttings search` does not load the text engine, exporters or server.
import { Command, Option } from 'commander';
import type { Library } from '../core/library';
import { resolveLibraryPath } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { EXPORT_FORMATS } from '../shared/api-schema';
import type { ExportOptions } from './commands/export';
import type { SearchOptions } from './commands/search';
import type { TrashOptions } from './commands/trash';
import type { CommandResult } from './output';
import { guardStdout } from './terminal';

const libraryOption = () =>
  new Option('--library <file>', 'library file (default: $CUTTINGS_LIBRARY, else the library the app opens)');

function withLibrary<A extends unknown[]>(run: (library: Library, ...args: A) => Promise<CommandResult | void>) {
  return async (...args: A) => {
    const options = args[args.length - 2] as { library?: string };
    const { Library } = await import('../core/library');
    const library = Library.open(resolveLibraryPath(options.library));
    const result = await run(library, ...args);
    if (result) {
      await library.idle();
      library.close();
      process.exitCode = result.exitCode;
    }
  };
}

export function buildProgram(): Command {
  const program = new Command('cuttings')
    .description('Cuttings: a press-cuttings library. Clean copied news pages, search them, follow quotes.')
    .version(APP_VERSION)
    .showHelpAfterError();

  program
    .command('clean')
    .description('clean files into articles (JSON), touching no library')
    .argument('<files...>')
    .option('--out <dir>', 'write <name>.json per input into this folder')
    .option('--explain', 'print why each block was kept or dropped (stderr)')
    .addOption(libraryOption())
    .action(async (files: string[], options) => {
      process.exitCode = (await (await import('./commands/clean')).cleanCommand(files, options)).exitCode;
    });

  program
    .command('import')
    .description('import files and folders (recursive) into the library')
    .argument('<paths...>')
    .option('--json', 'end with a JSON summary line')
    .addOption(libraryOption())
    // the import opens the library in its own thread (import-thread.ts)
    .action(async (paths: string[], options: { json?: boolean; library?: string }) => {
      process.exitCode = (await (await import('./commands/import')).importCommand(resolveLibraryPath(options.library), paths, options)).exitCode;
    });

  program
    .command('quotes')
    .description('the quote timeline, oldest first (one quotation per entry, other outlets in alsoIn)')
    .option('--speaker <name>', 'only this speaker (a name or an alias)')
    .option('--json', 'print a JSON array')
    .addOption(libraryOption())
    .action(withLibrary(async (library, options: { speaker?: string; json?: boolean }) => (await import('./commands/quotes')).quotesCommand(library, options)));

  program
    .command('export')
    .description('export clips: a clip report (html, pdf, docx), markdown, json (re-importable), csv, quotes-csv')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <path>', 'file to write (a folder: the export is named for you; with --split, the folder for the files)')
    .option('--force', 'overwrite files that already exist')
    .option('--split', 'markdown only: one file per clip, with YAML front matter')
    .option('--query <query>', 'only clips matching this search')
    .option('--ids <ids>', 'only these clips (comma-separated ids)')
    .option('--tag <tag>', 'only clips with this tag')
    .option('--speaker <name>', 'only clips quoting this speaker')
    .option('--source <name>', 'only clips from this publication')
    .option('--from <date>', 'published on or after YYYY-MM-DD')
    .option('--to <date>', 'published on or before YYYY-MM-DD')
    .option('--title <title>', 'report title')
    .option('--logo <file>', 'report logo (.png, .jpg, .svg)')
    .option('--accent <#rrggbb>', 'report accent colour')
    .addOption(libraryOption())
    .action(withLibrary(async (library, options: ExportOptions) => (await import('./commands/export')).exportCommand(library, options)));

  program
    .command('serve')
    .description('serve the app and its API on 127.0.0.1 for a browser')
    .option('--port <n>', 'port (default: any free port)')
    .addOption(libraryOption())
    .action(withLibrary(async (library, options: { port?: string }) => (await import('./commands/serve')).serveCommand(library, options)));

  // ── library commands: search, tags, stats, check, backup, reclean, trash ──
  program
    .command('search')
    .description('search the library, best match first; snippets mark matched words [like this]')
    .argument('[query]', 'words, "phrases", OR, -word, prefix*, tag:, speaker:, source:, from:, to:', '')
    .option('--tag <tag>', 'only clips with this tag')
    .option('--speaker <name>', 'only clips quoting this speaker')
    .option('--source <name>', 'only clips from this publication')
    .option('--from <date>', 'published on or after (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'published on or before (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--limit <n>', 'at most this many clips (default 50)')
    .option('--json', 'print a JSON array of {id, title, published, source, snippet}; matched words in the snippet are wrapped in [ ]')
    .addOption(libraryOption())
    .action(withLibrary(async (library, query: string, options: SearchOptions) => (await import('./commands/search')).searchCommand(library, query, options)));

  program
    .command('tags')
    .description('tags with the number of clips carrying them (the trash left out)')
    .option('--json', 'print a JSON array of {name, kind, count}')
    .addOption(libraryOption())
    .action(withLibrary(async (library, options: { json?: boolean }) => (await import('./commands/tags')).tagsCommand(library, options)));

  program
    .command('stats')
    .description('counts of clips, quotes, speakers, tags, sources and the trash')
    .option('--json', 'print one JSON object')
    .addOption(libraryOption())
    .action(withLibrary(async (library, options: { json?: boolean }) => (await import('./commands/stats')).statsCommand(library, options)));

  program
    .command('check')
    .description("check the library file and its search index (exit code 1 when something is wrong)")
    .option('--repair', 'rebuild the search index when it is the only problem')
    .option('--json', 'print {ok, problems}')
    .addOption(libraryOption())
    .action(async (options: { library?: string; repair?: boolean; json?: boolean }) => {
      process.exitCode = (await (await import('./commands/check')).checkCommand(resolveLibraryPath(options.library), options)).exitCode;
    });

  program
    .command('backup')
    .description('write a consistent copy of the library to FILE (or into FILE when it is a folder)')
    .argument('<file>')
    .addOption(libraryOption())
    .action(withLibrary(async (library, file: string) => (await import('./commands/backup')).backupCommand(library, file)));

  program
    .command('reclean')
    .description("run the current text engine again on every clip's original text; edited fields are kept")
    .option('--json', 'print a JSON summary')
    .addOption(libraryOption())
    .action(withLibrary(async (library, options: { json?: boolean }) => (await import('./commands/reclean')).recleanCommand(library, options)));

  program
    .command('trash')
    .description('list the trash; with ids, move clips to it (--restore: bring them back); --empty deletes it for good')
    .argument('[ids...]')
    .option('--restore', 'restore the given clips')
    .option('--empty', 'delete every clip in the trash for good')
    .option('--json', 'print JSON')
    .addOption(libraryOption())
    .action(withLibrary(async (library, ids: string[], options: TrashOptions) => (await import('./commands/trash')).trashCommand(library, ids, options)));

  return program;
}

export async function main(argv: string[]): Promise<void> {
  guardStdout();
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`cuttings: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
