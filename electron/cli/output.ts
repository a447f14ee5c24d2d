// One clear line per problem on stderr, naming the file.
export interface CommandResult {
  exitCode: number;
}

export function fail(file: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write((message.startsWith(file) ? message : `${file}: ${message}`).replace(/\n/g, ' ') + '\n');
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}
