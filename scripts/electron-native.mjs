#!/usr/bin/env node
// better-sqlite3 for Electron, next to (never instead of) the Node build in node_modules.
//
// node_modules/better-sqlite3 stays built for Node: vitest and the CLI use it as installed. Electron has its
// own ABI, so this script builds a copy for it into build/native/electron-<abi>/better_sqlite3.node, which
// electron/main passes to Library.open as `nativeBinding`. Run by `prestart`; does nothing when that file is
// already there (pass --force to rebuild). Packaged apps do not use it: electron-builder rebuilds
// node_modules for Electron itself (npmRebuild).
//
// How: copy node_modules/better-sqlite3 to a temporary folder, then in the copy
//   1. prebuild-install --runtime electron --target <electron version> --arch <arch>   (downloads a prebuilt)
//   2. failing that, @electron/rebuild's rebuild({ buildPath, electronVersion, onlyModules }) (compiles)
// and keep the copy's build/Release/better_sqlite3.node.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const MODULE_NAME = 'better-sqlite3';
export const NATIVE_FILE_NAME = 'better_sqlite3.node';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** build/native/electron-<abi>/better_sqlite3.node (electron/main/native-binding.ts reads the same path). */
export function nativeTarget(root, abi) {
  return path.join(root, 'build', 'native', `electron-${abi}`, NATIVE_FILE_NAME);
}

/** The installed Electron's version and its module ABI (node_modules/electron/abi_version, else node-abi). */
export function electronInfo(root, fsApi = fs) {
  const pkg = JSON.parse(fsApi.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  let abi;
  try {
    abi = fsApi.readFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  } catch {
    abi = createRequire(path.join(root, 'package.json'))('node-abi').getAbi(pkg.version, 'electron');
  }
  if (!/^\d+$/.test(String(abi))) throw new Error(`cannot tell Electron ${pkg.version}'s module ABI (got "${abi}")`);
  return { version: pkg.version, abi: String(abi) };
}

/** What to do: 'skip' when the build for this ABI is there (unless forced), else 'build'. */
export function plan({ root, abi, force = false, exists = fs.existsSync }) {
  const target = nativeTarget(root, abi);
  return { target, action: !force && exists(target) ? 'skip' : 'build' };
}

/** Copies the module's sources (not its Node build) into a throwaway project; returns that project's folder. */
export function stageModule(root, tmpRoot = os.tmpdir()) {
  const source = path.join(root, 'node_modules', MODULE_NAME);
  const project = fs.mkdtempSync(path.join(tmpRoot, 'cuttings-native-'));
  const copy = path.join(project, 'node_modules', MODULE_NAME);
  fs.cpSync(source, copy, {
    recursive: true,
    // leave out the Node build (build/), so the copy cannot pass off the wrong ABI as done
    filter: (file) => {
      const relative = path.relative(source, file);
      return relative !== 'build' && !relative.startsWith(`build${path.sep}`);
    },
  });
  const { version } = JSON.parse(fs.readFileSync(path.join(copy, 'package.json'), 'utf8'));
  fs.writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'cuttings-native-build', private: true, dependencies: { [MODULE_NAME]: version } }, null, 2),
  );
  return { project, copy, built: path.join(copy, 'build', 'Release', NATIVE_FILE_NAME) };
}

/** The prebuild-install command line for Electron (exported for the test). */
export function prebuildArgs({ version, arch = process.arch, platform = process.platform }) {
  return ['--runtime', 'electron', '--target', version, '--arch', arch, '--platform', platform, '--verbose'];
}

function tryPrebuild(root, copy, version, log) {
  let bin;
  try {
    bin = createRequire(path.join(root, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    log('prebuild-install is not installed');
    return false;
  }
  log(`downloading a prebuilt ${MODULE_NAME} for Electron ${version}…`);
  const result = spawnSync(process.execPath, [bin, ...prebuildArgs({ version })], { cwd: copy, stdio: 'inherit' });
  return result.status === 0;
}

async function tryRebuild(project, version, log) {
  log(`compiling ${MODULE_NAME} for Electron ${version} with @electron/rebuild…`);
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: project, electronVersion: version, arch: process.arch, onlyModules: [MODULE_NAME], force: true });
}

export async function ensureElectronNative({ root = ROOT, force = false, log = (m) => console.log(`[electron-native] ${m}`) } = {}) {
  const { version, abi } = electronInfo(root);
  const { target, action } = plan({ root, abi, force });
  if (action === 'skip') {
    log(`${path.relative(root, target)} is there (Electron ${version}, ABI ${abi})`);
    return { target, built: false };
  }
  const stage = stageModule(root);
  try {
    if (!tryPrebuild(root, stage.copy, version, log) || !fs.existsSync(stage.built)) await tryRebuild(stage.project, version, log);
    if (!fs.existsSync(stage.built)) throw new Error(`no ${NATIVE_FILE_NAME} was produced`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(stage.built, target);
    log(`built ${path.relative(root, target)} (Electron ${version}, ABI ${abi})`);
    return { target, built: true };
  } finally {
    fs.rmSync(stage.project, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  ensureElectronNative({ force: process.argv.includes('--force') }).catch((error) => {
    console.error(`[electron-native] could not build ${MODULE_NAME} for Electron: ${error.message}`);
    console.error('[electron-native] Electron needs it to open the library; node_modules (Node) is untouched.');
    process.exit(1);
  });
}
