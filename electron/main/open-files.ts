// Files handed to the app by the system: on the command line (`Cuttings a.txt`, a file association on
// Windows/Linux), from a second launch (single instance: the second process hands its files over and quits),
// and macOS's open-file event (Finder, the dock, "Open With"). All of them end up imported.
import fs from 'node:fs';
import path from 'node:path';
import { app } from 'electron';

export interface ArgvContext {
  /** the folder the command was run in (the second instance's, for second-instance) */
  cwd: string;
  /** packaged: argv is [exe, ...files]; unpackaged: [electron, appPath, ...files] */
  isPackaged: boolean;
  exists?: (file: string) => boolean;
}

/** The existing files and folders named on a command line (switches, Chromium's included, are skipped). */
export function filesFromArgv(argv: readonly string[], { cwd, isPackaged, exists = fs.existsSync }: ArgvContext): string[] {
  const files: string[] = [];
  let afterDoubleDash = false;
  for (const arg of argv.slice(isPackaged ? 1 : 2)) {
    if (!afterDoubleDash && arg === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!arg || (!afterDoubleDash && arg.startsWith('-'))) continue;
    const file = path.resolve(cwd, arg);
    if (exists(file) && !files.includes(file)) files.push(file);
  }
  return files;
}

export interface SingleInstanceOptions {
  /** files a second launch asked to open */
  onFiles: (files: string[]) => void;
  /** bring the window forward */
  focus: () => void;
  exists?: (file: string) => boolean;
}

/**
 * Takes the single-instance lock. false: another Cuttings is running and has been handed our argv — quit.
 * true: we are the first; later launches' files arrive through onFiles.
 */
export function setupSingleInstance({ onFiles, focus, exists }: SingleInstanceOptions): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focus();
    const files = filesFromArgv(argv, { cwd: workingDirectory, isPackaged: app.isPackaged, exists });
    if (files.length) onFiles(files);
  });
  return true;
}

/** macOS: files opened through the Finder/dock; registered before ready, since launches deliver them early. */
export function setupOpenFile(onFiles: (files: string[]) => void): void {
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (file) onFiles([file]);
  });
}
