// electron-builder's afterPack step (electron-builder.json): runs once per packed app, after the ASAR is
// written and before code signing and the installer are made. It
//   1. puts better-sqlite3 compiled for Electron's ABI (scripts/electron-native.mjs, the same binary
//      `npm start` uses) in place of the Node build that was copied from node_modules, in the folder
//      unpacked from the ASAR (a native module cannot be loaded from inside an archive), and
//   2. sets the release fuses of src/main/electron/fuses.ts (RELEASE_FUSES, also checked by
//      scripts/fuses.ts) in the packed Electron binary with @electron/fuses.
// node_modules itself is never rebuilt (npmRebuild is off), so tests and the CLI keep their Node build.
// The fuse table is read from its TypeScript source: `npm run dist` needs a Node that strips types
// (22.18 or newer; electron-builder's own tools need 22.12 or newer anyway).
import fs from 'node:fs';
import path from 'node:path';

const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };
const NODE_ARCH = { ia32: 'ia32', x64: 'x64', armv7l: 'arm', arm64: 'arm64' };
const SQLITE_BINARY = ['node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'];

/** The packed app's Electron binary (the .app bundle on macOS: @electron/fuses finds the framework in it). */
export function electronBinaryPath(context) {
  const name = context.packager.appInfo.productFilename;
  if (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') {
    return path.join(context.appOutDir, `${name}.app`);
  }
  if (context.electronPlatformName === 'win32') return path.join(context.appOutDir, `${name}.exe`);
  return path.join(context.appOutDir, context.packager.executableName);
}

/** The folder beside app.asar that holds what asarUnpack took out of the archive. */
export function unpackedDir(context) {
  const resources =
    context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas'
      ? path.join(electronBinaryPath(context), 'Contents', 'Resources')
      : path.join(context.appOutDir, 'resources');
  return path.join(resources, 'app.asar.unpacked');
}

/** @electron/fuses' options for exactly the fuses in `releaseFuses` (names as in FuseV1Options). */
export function fuseConfig(releaseFuses, fusesModule, context) {
  const config = {
    version: fusesModule.FuseVersion.V1,
    // flipping fuses breaks the ad-hoc signature of an arm64 macOS binary; @electron/fuses renews it
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && ARCH_NAMES[context.arch] === 'arm64',
  };
  for (const [name, on] of Object.entries(releaseFuses)) {
    const option = fusesModule.FuseV1Options[name];
    if (typeof option !== 'number') throw new Error(`@electron/fuses knows no fuse ${name}`);
    config[option] = on;
  }
  return config;
}

/** Replaces the Node build of better-sqlite3 in the unpacked folder with the Electron-ABI build. */
export function placeElectronSqlite(context, electronSqlite, host = { platform: process.platform, arch: process.arch }) {
  const arch = ARCH_NAMES[context.arch];
  if (context.electronPlatformName !== host.platform || NODE_ARCH[arch] !== host.arch) {
    throw new Error(
      `better-sqlite3 is compiled for this machine (${host.platform}-${host.arch}); build the ${context.electronPlatformName}-${arch} package on such a machine`,
    );
  }
  const target = path.join(unpackedDir(context), ...SQLITE_BINARY);
  if (!fs.existsSync(target)) throw new Error(`better-sqlite3 is not unpacked from the ASAR (no ${target}); check asarUnpack`);
  fs.copyFileSync(electronSqlite(), target);
  return target;
}

export async function defaultDependencies() {
  const [{ RELEASE_FUSES }, fuses, native] = await Promise.all([
    import('../src/main/electron/fuses.ts'),
    import('@electron/fuses'),
    import('./electron-native.mjs'),
  ]);
  const fusesModule = fuses.default ?? fuses;
  return {
    releaseFuses: RELEASE_FUSES,
    fusesModule,
    flipFuses: fusesModule.flipFuses,
    electronSqlite: () => native.ensureElectronSqlite({ log: (line) => console.log(`  • ${line}`) }),
  };
}

/** The hook; tests pass `dependencies` (a fake flipFuses and binary) instead of the real ones. */
export default async function afterPack(context, dependencies) {
  const deps = dependencies ?? (await defaultDependencies());
  const log = deps.log ?? ((line) => console.log(`  • ${line}`));
  const sqlite = placeElectronSqlite(context, deps.electronSqlite, deps.host);
  log(`better-sqlite3 for Electron → ${path.relative(context.appOutDir, sqlite)}`);
  const binary = electronBinaryPath(context);
  await deps.flipFuses(binary, fuseConfig(deps.releaseFuses, deps.fusesModule, context));
  log(`release fuses set in ${path.relative(context.appOutDir, binary) || binary}`);
}
