// The `cuttings` command: a thin caller of core (CONTRACT.md).
import { Command, Option } from 'commander';
import { APP_VERSION } from '../core/api';
import { Library } from '../core/library';
import { resolveLibraryPath } from '../core/paths';
import { cleanCommand } from './commands/clean';
import { EXPORT_FORMATS, exportCommand, type ExportOptions } from './commands/export';
import { importCommand } from './commands/import';
import { quotesCommand } from './commands/quotes';
import { serveCommand } from './commands/serve';
import type { CommandResult } from './output';

const libraryOption = () =>
  new Option('--library <file>', 'library file (default: $CUTTINGS_LIBRARY, else the library the app opens)');

function withLibrary<A extends unknown[]>(run: (library: Library, ...args: A) => Promise<CommandResult | void>) {
  return async (...args: A) => {
    const options = args[args.length - 2] as { library?: string };
    const library = Library.open(resolveLibraryPath(options.library));
    const result = await run(library, ...args);
    if (result) {
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
      process.exitCode = (await cleanCommand(files, options)).exitCode;
    });

  program
    .command('import')
    .description('import files and folders (recursive) into the library')
    .argument('<paths...>')
    .option('--json', 'end with a JSON summary line')
    .addOption(libraryOption())
    .action(withLibrary((library, paths: string[], options: { json?: boolean }) => importCommand(library, paths, options)));

  program
    .command('quotes')
    .description('the quote timeline, oldest first (one quotation per entry, other outlets in alsoIn)')
    .option('--speaker <name>', 'only this speaker (a name or an alias)')
    .option('--json', 'print a JSON array')
    .addOption(libraryOption())
    .action(withLibrary((library, options: { speaker?: string; json?: boolean }) => quotesCommand(library, options)));

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
    .action(withLibrary((library, options: ExportOptions) => exportCommand(library, options)));

  program
    .command('serve')
    .description('serve the app and its API on 127.0.0.1 for a browser')
    .option('--port <n>', 'port (default: any free port)')
    .addOption(libraryOption())
    .action(withLibrary((library, options: { port?: string }) => serveCommand(library, options)));

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`cuttings: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
