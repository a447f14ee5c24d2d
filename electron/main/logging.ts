// userData/logs/cuttings.log: uncaught errors in main, renderers that crash, and the window's console
// warnings and errors. Help > Show Logs opens it. Appended synchronously (a crash must not lose the line),
// rotated once it passes MAX_LOG_BYTES.
import fs from 'node:fs';
import path from 'node:path';
import { app, type WebContents } from 'electron';

export const LOG_FILE_NAME = 'cuttings.log';
/** past this size the log is moved to cuttings.log.1 (one old file kept) */
export const MAX_LOG_BYTES = 5 * 1024 * 1024;

export type LogLevel = 'info' | 'warn' | 'error';

export function logFilePath(userDataDir: string): string {
  return path.join(userDataDir, 'logs', LOG_FILE_NAME);
}

function describe(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? `${detail.name}: ${detail.message}`;
  if (typeof detail === 'string') return detail;
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}

export class Log {
  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  write(level: LogLevel, message: string, detail?: unknown): void {
    const line = `${this.now().toISOString()} [${level}] ${message}${detail === undefined ? '' : ' ' + describe(detail)}\n`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      this.rotate();
      fs.appendFileSync(this.file, line);
    } catch {
      // the log is the last resort: never throw from it
    }
    if (level === 'error') console.error(line.trimEnd());
  }

  info(message: string, detail?: unknown): void {
    this.write('info', message, detail);
  }

  warn(message: string, detail?: unknown): void {
    this.write('warn', message, detail);
  }

  error(message: string, detail?: unknown): void {
    this.write('error', message, detail);
  }

  private rotate(): void {
    try {
      if (fs.statSync(this.file).size > MAX_LOG_BYTES) fs.renameSync(this.file, `${this.file}.1`);
    } catch {
      // no file yet
    }
  }
}

/** Logs a window's console warnings and errors (not its info/debug chatter). */
export function logConsoleMessages(log: Log, contents: WebContents): void {
  contents.on('console-message', (event) => {
    const { level, message, sourceId, lineNumber } = event as unknown as {
      level: string;
      message: string;
      sourceId: string;
      lineNumber: number;
    };
    if (level === 'warning' || level === 'error') {
      log.write(level === 'error' ? 'error' : 'warn', `renderer console: ${message} (${sourceId}:${lineNumber})`);
    }
  });
}

/** setupLogging(): where uncaught errors of main and the renderers go. */
export function setupLogging(file: string): Log {
  const log = new Log(file);
  process.on('uncaughtException', (error) => log.error('uncaught exception in main', error));
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection in main', reason));
  app.on('render-process-gone', (_event, contents, details) => {
    log.error(`renderer gone (${details.reason}, exit code ${details.exitCode}) at ${contents.getURL()}`);
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') log.error(`${details.type} process gone (${details.reason})`);
  });
  app.on('web-contents-created', (_event, contents) => logConsoleMessages(log, contents));
  return log;
}
