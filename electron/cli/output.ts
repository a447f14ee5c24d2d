// One clear line per problem on stderr, naming the file.
import { oneLine } from './terminal';

export interface CommandResult {
  exitCode: number;
}

export function fail(file: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.startsWith(file + ': ') ? message.slice(file.length + 2) : message;
  problem(file, reason);
}

/** `FILE: reason` on stderr, always one line whatever the file name or message holds. */
export function problem(file: string, reason: string): void {
  process.stderr.write(`${oneLine(file)}: ${oneLine(reason)}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}
