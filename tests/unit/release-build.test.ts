import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RELEASE_FUSES } from '../../src/main/electron/fuses';

const root = path.join(import.meta.dirname, '..', '..');

/** The parts of electron-builder.json this test holds to; anything else may be there too. */
const target = z.union([z.string(), z.object({ target: z.string() })]);
const Config = z.object({
  files: z.array(z.string()),
  asar: z.boolean(),
  asarUnpack: z.array(z.string()),
  npmRebuild: z.boolean(),
  afterPack: z.string(),
  publish: z.null(),
  win: z.object({ target: z.array(target) }).loose(),
  nsis: z.object({ perMachine: z.boolean(), oneClick: z.boolean() }).loose(),
  msi: z.object({ perMachine: z.boolean() }).loose(),
  mac: z.object({ target: z.array(target) }).loose(),
  linux: z.object({ target: z.array(target), executableName: z.string() }).loose(),
});
const raw: unknown = JSON.parse(fs.readFileSync(path.join(root, 'electron-builder.json'), 'utf8'));
const config = Config.parse(raw);
const targetsOf = (list: z.infer<typeof target>[]) => list.map((t) => (typeof t === 'string' ? t : t.target)).sort();
const included = (file: string) =>
  config.files.some((pattern) => !pattern.startsWith('!') && path.matchesGlob(file, pattern)) &&
  !config.files.some((pattern) => pattern.startsWith('!') && path.matchesGlob(file, pattern.slice(1)));

/** electron-builder's own loader and schema check (app-builder-lib, as electron-builder itself resolves it). */
type BuilderConfig = {
  getConfig: (projectDir: string, configPath: null, options: null) => Promise<Record<string, unknown>>;
  validateConfiguration: (config: Record<string, unknown>, logger: unknown) => Promise<void>;
};
function electronBuilder(): { loader: BuilderConfig; logger: unknown } {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const appBuilder = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
  const loader = appBuilder('./out/util/config/config.js') as BuilderConfig;
  const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  return { loader, logger: new DebugLogger(false) };
}

type Captured = { binary: string; options: Record<string | number, unknown> };
type AfterPackModule = {
  default: (context: unknown, dependencies?: unknown) => Promise<void>;
  defaultDependencies: () => Promise<{ releaseFuses: unknown; flipFuses: unknown }>;
};
const afterPackModule = (): Promise<AfterPackModule> => import(path.join(root, config.afterPack)) as Promise<AfterPackModule>;

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A packed app as electron-builder leaves it before afterPack: the Node build of better-sqlite3 unpacked. */
function packedApp(platform: 'linux' | 'win32' | 'darwin', arch: number) {
  const appOutDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samplan-pack-'));
  temps.push(appOutDir);
  const resources =
    platform === 'darwin' ? path.join(appOutDir, 'Samplan.app', 'Contents', 'Resources') : path.join(appOutDir, 'resources');
  const sqlite = path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  fs.mkdirSync(path.dirname(sqlite), { recursive: true });
  fs.writeFileSync(sqlite, 'node-abi build');
  const electronBuild = path.join(appOutDir, 'electron-abi.node');
  fs.writeFileSync(electronBuild, 'electron-abi build');
  const context = {
    appOutDir,
    arch,
    electronPlatformName: platform,
    packager: { appInfo: { productFilename: 'Samplan' }, executableName: config.linux.executableName },
  };
  const flipped: Captured[] = [];
  const dependencies = {
    releaseFuses: RELEASE_FUSES,
    fusesModule: { FuseV1Options, FuseVersion },
    flipFuses: (binary: string, options: Record<string | number, unknown>) => {
      flipped.push({ binary, options });
      return Promise.resolve(1);
    },
    electronSqlite: () => electronBuild,
    log: () => undefined,
    host: { platform, arch: arch === 3 ? 'arm64' : 'x64' },
  };
  return { appOutDir, sqlite, context, dependencies, flipped };
}

describe('the release build (electron-builder.json)', () => {
  it('is the configuration electron-builder finds in the project, and valid against its schema', { timeout: 60_000 }, async () => {
    const { loader, logger } = electronBuilder();
    const loaded = await loader.getConfig(root, null, null);
    expect(loaded).toMatchObject({ appId: 'se.samplan.desktop', afterPack: config.afterPack, publish: null });
    await expect(loader.validateConfiguration(loaded, logger)).resolves.toBeUndefined();
    await expect(loader.validateConfiguration({ ...loaded, nsis: { perMachin: true } }, logger)).rejects.toThrow(/nsis/);
  });

  it('makes NSIS and MSI installers for Windows, a dmg for macOS, an AppImage and a deb for Linux', () => {
    expect(targetsOf(config.win.target)).toEqual(['msi', 'nsis']);
    expect(targetsOf(config.mac.target)).toEqual(['dmg']);
    expect(targetsOf(config.linux.target)).toEqual(['AppImage', 'deb']);
  });

  it('installs per machine on Windows, so managed deployment can push it to every user', () => {
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false });
    expect(config.msi.perMachine).toBe(true);
  });

  it('publishes nowhere and ships no updater that phones home', () => {
    expect(config.publish).toBeNull();
    for (const section of [config.win, config.nsis, config.msi, config.mac, config.linux]) expect(section).not.toHaveProperty('publish');
    const pkg = z
      .object({ dependencies: z.record(z.string(), z.string()) })
      .parse(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')));
    expect(Object.keys(pkg.dependencies).filter((name) => /updater|update-electron-app/.test(name))).toEqual([]);
  });

  it('packs the built main (with the backend bundle), preload, renderer and reference data into the ASAR', () => {
    expect(config.asar).toBe(true);
    for (const file of [
      'package.json',
      'out/main/index.js',
      'out/main/backend.js',
      'out/main/chunks/x.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index.js',
      'resources/reference/regions.json',
    ]) {
      expect(included(file), file).toBe(true);
    }
    expect(included('src/main/index.ts')).toBe(false);
    expect(included('out/main/index.js.map')).toBe(false);
  });

  it('unpacks better-sqlite3 from the ASAR and leaves node_modules unbuilt for Electron (afterPack puts the Electron build in)', () => {
    const binary = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(config.asarUnpack.some((pattern) => path.matchesGlob(binary, pattern))).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('runs scripts/after-pack.mjs after packing', async () => {
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    const hook = await afterPackModule();
    expect(typeof hook.default).toBe('function');
    const real = await hook.defaultDependencies();
    expect(real.releaseFuses).toBe(RELEASE_FUSES);
    expect(typeof real.flipFuses).toBe('function');
  });
});

describe('the afterPack step', () => {
  it('sets exactly the release fuses of scripts/fuses.ts in the Linux binary, after placing the Electron build of SQLite', async () => {
    const app = packedApp('linux', 1);
    await (await afterPackModule()).default(app.context, app.dependencies);
    expect(fs.readFileSync(app.sqlite, 'utf8')).toBe('electron-abi build');
    expect(app.flipped).toHaveLength(1);
    const [call] = app.flipped;
    expect(call?.binary).toBe(path.join(app.appOutDir, 'samplan'));
    const expected: Record<string, unknown> = { version: FuseVersion.V1, resetAdHocDarwinSignature: false };
    for (const [name, on] of Object.entries(RELEASE_FUSES)) expected[String(FuseV1Options[name as keyof typeof FuseV1Options])] = on;
    expect(call?.options).toEqual(expected);
    expect(Object.keys(call?.options ?? {}).filter((key) => /^\d+$/.test(key))).toHaveLength(Object.keys(RELEASE_FUSES).length);
    expect(call?.options[FuseV1Options.RunAsNode]).toBe(false);
    expect(call?.options[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(call?.options[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
  });

  it('finds the .exe on Windows and the .app on macOS, renewing the ad-hoc signature on Apple silicon', async () => {
    const windows = packedApp('win32', 1);
    await (await afterPackModule()).default(windows.context, windows.dependencies);
    expect(windows.flipped[0]?.binary).toBe(path.join(windows.appOutDir, 'Samplan.exe'));
    const mac = packedApp('darwin', 3);
    await (await afterPackModule()).default(mac.context, mac.dependencies);
    expect(mac.flipped[0]?.binary).toBe(path.join(mac.appOutDir, 'Samplan.app'));
    expect(mac.flipped[0]?.options['resetAdHocDarwinSignature']).toBe(true);
    expect(fs.readFileSync(mac.sqlite, 'utf8')).toBe('electron-abi build');
  });

  it('refuses a package for another OS or architecture than the SQLite build, and a build without the unpacked module', async () => {
    const hook = await afterPackModule();
    const other = packedApp('linux', 3);
    await expect(hook.default(other.context, { ...other.dependencies, host: { platform: 'linux', arch: 'x64' } })).rejects.toThrow(
      /linux-arm64/,
    );
    const notUnpacked = packedApp('linux', 1);
    fs.rmSync(notUnpacked.sqlite);
    await expect(hook.default(notUnpacked.context, notUnpacked.dependencies)).rejects.toThrow(/asarUnpack/);
    expect(other.flipped).toEqual([]);
    expect(notUnpacked.flipped).toEqual([]);
  });
});
