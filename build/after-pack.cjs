// electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it is signed.
// Fuses are compile-time switches inside the Electron executable (see @electron/fuses): we turn off what a
// press-cuttings reader never needs and an attacker would love (running as plain Node, NODE_OPTIONS,
// --inspect), and turn on asar integrity and app-only-from-asar.
// (electron-builder 26 also has a built-in `electronFuses` option; this hook keeps the config in one
// tested place and pins it to the installed @electron/fuses.)
'use strict';
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** The fuses, by name: false = off, true = on. */
const FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

/** The @electron/fuses config for one platform (macOS: re-sign ad hoc, or arm64 refuses to launch). */
function fuseConfig(electronPlatformName) {
  const config = {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: electronPlatformName === 'darwin' || electronPlatformName === 'mas',
  };
  for (const [name, value] of Object.entries(FUSES)) {
    if (!(name in FuseV1Options)) throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[FuseV1Options[name]] = value;
  }
  return config;
}

/** The Electron executable inside the packed app, as electron-builder names it. */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`afterPack: unknown platform ${electronPlatformName}`);
  }
}

async function afterPack(context, flip = flipFuses) {
  const binary = electronBinaryPath(context);
  const changed = await flip(binary, fuseConfig(context.electronPlatformName));
  console.log(`  • fuses flipped in ${path.basename(binary)} (${changed} changed)`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.fuseConfig = fuseConfig;
module.exports.electronBinaryPath = electronBinaryPath;
