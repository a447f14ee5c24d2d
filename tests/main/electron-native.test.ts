// scripts/electron-native.mjs (run by `prestart`): the decisions and the staging, without the network.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

interface NativeScript {
  nativeTarget(root: string, abi: string): string;
  electronInfo(root: string, fsApi?: { readFileSync(file: string, encoding: string): string }): { version: string; abi: string };
  plan(options: { root: string; abi: string; force?: boolean; exists?: (file: string) => boolean }): { target: string; action: string };
  prebuildArgs(options: { version: string; arch?: string; platform?: string }): string[];
  stageModule(root: string, tmpRoot?: string): { project: string; copy: string; built: string };
}

const script = (await import(/* @vite-ignore */ path.resolve('scripts/electron-native.mjs'))) as NativeScript;
const root = path.resolve('/work/cuttings');
let temporary: string | undefined;

afterEach(() => {
  if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
  temporary = undefined;
});

describe('scripts/electron-native.mjs', () => {
  it('builds only when the file for this ABI is missing, or when forced', () => {
    const target = script.nativeTarget(root, '150');
    expect(script.plan({ root, abi: '150', exists: (f) => f === target })).toEqual({ target, action: 'skip' });
    expect(script.plan({ root, abi: '150', exists: () => false }).action).toBe('build');
    expect(script.plan({ root, abi: '151', exists: (f) => f === target }).action).toBe('build');
    expect(script.plan({ root, abi: '150', force: true, exists: () => true }).action).toBe('build');
  });

  it('reads the Electron version and ABI from node_modules/electron', () => {
    const files: Record<string, string> = {
      [path.join(root, 'node_modules', 'electron', 'package.json')]: '{"version":"45.5.0"}',
      [path.join(root, 'node_modules', 'electron', 'abi_version')]: '150\n',
    };
    const fakeFs = {
      readFileSync: (file: string) => {
        if (!(file in files)) throw new Error(`ENOENT ${file}`);
        return files[file]!;
      },
    };
    expect(script.electronInfo(root, fakeFs)).toEqual({ version: '45.5.0', abi: '150' });
    files[path.join(root, 'node_modules', 'electron', 'abi_version')] = 'garbage';
    expect(() => script.electronInfo(root, fakeFs)).toThrow(/ABI/);
  });

  it('knows the installed Electron', () => {
    const { version, abi } = script.electronInfo(process.cwd());
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(abi).toMatch(/^\d+$/);
  });

  it('asks prebuild-install for the Electron runtime and version', () => {
    expect(script.prebuildArgs({ version: '45.5.0', arch: 'arm64', platform: 'darwin' })).toEqual([
      '--runtime', 'electron', '--target', '45.5.0', '--arch', 'arm64', '--platform', 'darwin', '--verbose',
    ]);
  });

  it('stages a copy of the sources without the Node build, so node_modules is never touched', () => {
    temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'cuttings-native-test-'));
    const fakeRoot = path.join(temporary, 'root');
    const mod = path.join(fakeRoot, 'node_modules', 'better-sqlite3');
    fs.mkdirSync(path.join(mod, 'build', 'Release'), { recursive: true });
    fs.mkdirSync(path.join(mod, 'src'), { recursive: true });
    fs.mkdirSync(path.join(mod, 'deps', 'build-tools'), { recursive: true });
    fs.writeFileSync(path.join(mod, 'package.json'), '{"name":"better-sqlite3","version":"12.0.0"}');
    fs.writeFileSync(path.join(mod, 'build', 'Release', 'better_sqlite3.node'), 'node build');
    fs.writeFileSync(path.join(mod, 'src', 'better_sqlite3.cpp'), '// source');
    fs.writeFileSync(path.join(mod, 'deps', 'build-tools', 'keep.txt'), 'kept');

    const stage = script.stageModule(fakeRoot, temporary);
    expect(fs.existsSync(path.join(stage.copy, 'src', 'better_sqlite3.cpp'))).toBe(true);
    expect(fs.existsSync(path.join(stage.copy, 'deps', 'build-tools', 'keep.txt'))).toBe(true);
    expect(fs.existsSync(path.join(stage.copy, 'build'))).toBe(false);
    expect(stage.built).toBe(path.join(stage.copy, 'build', 'Release', 'better_sqlite3.node'));
    expect(JSON.parse(fs.readFileSync(path.join(stage.project, 'package.json'), 'utf8')).dependencies).toEqual({
      'better-sqlite3': '12.0.0',
    });
    expect(fs.readFileSync(path.join(mod, 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('node build');
  });
});
