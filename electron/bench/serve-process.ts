// Starts the real `cuttings serve` (the built CLI, bin/cuttings.js) on a library and waits for the URL it prints:
// the browser figures of the bench and the end-to-end tests drive the app through it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** stops the server and resolves once it has exited */
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** extra environment for the server (its settings folder, say) */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export function startServe(repoRoot: string, libraryFile: string, options: ServeOptions = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/cuttings.js'), 'serve', '--library', libraryFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`cuttings serve did not start: ${output.trim()}`));
    }, options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        child,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`cuttings serve exited (${code}): ${output.trim()}`));
    });
  });
}
