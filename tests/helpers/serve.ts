// Starts the real `cuttings serve` (the built CLI) on a temporary library and waits for its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, tempDir } from './temp';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `configDir`: where the server keeps settings.json (its XDG config folder), so a test never touches the user's */
export function startServe(libraryFile: string, configDir: string, timeoutMs = 30_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/cuttings.js'), 'serve', '--library', libraryFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: configDir },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`cuttings serve did not start: ${output}`)), timeoutMs);
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
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`cuttings serve exited (${code}): ${output}`)));
  });
}

/**
 * `cuttings serve` on a new library in a temporary folder, with the app's settings.json in that folder too (the
 * server reads and writes settings from the XDG config folder: never the user's).
 */
export function serveTempLibrary(prefix: string): Promise<ServeProcess> {
  const dir = tempDir(prefix);
  return startServe(path.join(dir, 'library.sqlite'), path.join(dir, 'config'));
}
