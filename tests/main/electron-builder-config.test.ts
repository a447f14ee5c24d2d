// electron-builder.yml, checked against electron-builder's own JSON schema (a misspelt key fails here,
// not in a release build), plus the choices the project made in it, and the afterPack fuse hook.
import '../setup/electron-mock';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import Ajv from 'ajv';
import { APP_USER_MODEL_ID } from '../../electron/main/import';

const root = process.cwd();
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder (it reads this file with it); typed here as far as it is used
const yaml = require('js-yaml') as { load(text: string): unknown };
const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));
const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  return ajv.compile(schema);
}

describe('electron-builder.yml', { timeout: 30_000 }, () => {
  it('is valid by electron-builder’s scheme.json', () => {
    const validate = validator();
    const ok = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check does catch a typo', () => {
    const validate = validator();
    expect(validate({ ...config, asarUnpak: ['**/*.node'] })).toBe(false);
    expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).toBe(false);
  });

  it('names the app and packs the bundles with native modules outside the asar', () => {
    expect(config.appId).toBe('app.cuttings.desktop');
    expect(APP_USER_MODEL_ID).toBe(config.appId);
    expect(config.productName).toBe('Cuttings');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
  });

  it('installs per user on Windows, dmg for both Mac architectures with the hardened runtime, AppImage and deb', () => {
    expect(config.nsis).toMatchObject({ perMachine: false });
    expect(config.win.target).toEqual([expect.objectContaining({ target: 'nsis' })]);
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist' });
    expect(config.linux.target.map((t: { target: string }) => t.target)).toEqual(['AppImage', 'deb']);
  });

  it('associates clipping files without claiming to be their default app', () => {
    const extensions = config.fileAssociations.flatMap((a: { ext: string | string[] }) => [a.ext].flat());
    expect(extensions.sort()).toEqual(['eml', 'htm', 'html', 'md', 'txt']);
    for (const association of config.fileAssociations) {
      expect(['Viewer', 'Editor']).toContain(association.role);
      expect(['Alternate', 'None']).toContain(association.rank);
    }
  });

  it('points at files that exist', () => {
    for (const file of [config.mac.icon, config.win.icon, config.mac.entitlements, config.mac.entitlementsInherit, config.afterPack]) {
      expect(fs.existsSync(path.join(root, file)), file).toBe(true);
    }
    const pngs = fs.readdirSync(path.join(root, config.linux.icon));
    expect(pngs).toEqual(expect.arrayContaining(['16x16.png', '256x256.png', '512x512.png', '1024x1024.png']));
  });

  it('asks for JIT only in the mac entitlements (a well-formed plist)', () => {
    const plist = fs.readFileSync(path.join(root, 'build/entitlements.mac.plist'), 'utf8');
    expect(plist).toMatch(/^<\?xml/);
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
    expect(plist.match(/<dict>/g)).toHaveLength(1);
    expect(plist.match(/<\/dict>/g)).toHaveLength(1);
  });
});

interface AfterPackHook {
  (context: unknown, flip?: (binary: string, config: Record<string | number, unknown>) => Promise<number>): Promise<void>;
  FUSES: Record<string, boolean>;
  fuseConfig(platform: string): Record<string | number, unknown>;
  electronBinaryPath(context: unknown): string;
}

describe('build/after-pack.cjs (fuses)', () => {
  const hook = require(path.join(root, 'build/after-pack.cjs')) as AfterPackHook;
  const { FuseV1Options, FuseVersion } = require('@electron/fuses') as typeof import('@electron/fuses');

  it('turns off RunAsNode, NODE_OPTIONS and --inspect; turns on asar integrity, asar-only and cookie encryption', () => {
    const config = hook.fuseConfig('linux');
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('names only fuses @electron/fuses knows', () => {
    for (const name of Object.keys(hook.FUSES)) expect(FuseV1Options).toHaveProperty(name);
  });

  it('re-signs ad hoc on macOS only', () => {
    expect(hook.fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(hook.fuseConfig('win32').resetAdHocDarwinSignature).toBe(false);
  });

  const packager = { appInfo: { productFilename: 'Cuttings' }, executableName: 'cuttings' };
  it.each([
    ['darwin', 'Cuttings.app'],
    ['mas', 'Cuttings.app'],
    ['win32', 'Cuttings.exe'],
    ['linux', 'cuttings'],
  ])('finds the Electron binary on %s', (platform, name) => {
    expect(hook.electronBinaryPath({ appOutDir: '/out/x', electronPlatformName: platform, packager })).toBe(path.join('/out/x', name));
  });

  it('flips the fuses of the packed binary', async () => {
    const flip = vi.fn(async () => 6);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await hook({ appOutDir: '/out/mac-arm64', electronPlatformName: 'darwin', packager }, flip);
    expect(flip).toHaveBeenCalledWith(path.join('/out/mac-arm64', 'Cuttings.app'), hook.fuseConfig('darwin'));
    expect(() => hook.electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'beos', packager })).toThrow(/unknown platform/);
  });
});
