import fs from 'node:fs';
import path from 'node:path';
import { processFile } from '../../core/import/pipeline';
import { contractObject, outputName } from '../clean-output';
import { fail, type CommandResult } from '../output';

export interface CleanCommandOptions {
  out?: string;
  explain?: boolean;
}

export async function cleanCommand(files: string[], options: CleanCommandOptions): Promise<CommandResult> {
  let failures = 0;
  if (options.out) fs.mkdirSync(options.out, { recursive: true });
  for (const file of files) {
    try {
      const { articles, trace } = await processFile(file, { explain: options.explain });
      if (options.explain) {
        for (const line of trace) process.stderr.write(`${file}: block ${line.block} ${line.label}: ${line.reason} | ${line.text}\n`);
      }
      articles.forEach((article, index) => {
        const object = contractObject(file, article);
        if (options.out) fs.writeFileSync(path.join(options.out, outputName(file, index)), JSON.stringify(object, null, 2) + '\n');
        else process.stdout.write(JSON.stringify(object) + '\n');
      });
    } catch (error) {
      failures++;
      fail(file, error);
    }
  }
  return { exitCode: failures ? 1 : 0 };
}
