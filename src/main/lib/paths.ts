import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The per-user local (not roaming, not network) data folder: %LOCALAPPDATA%\Samplan on Windows,
 * ~/Library/Application Support/Samplan on macOS, $XDG_DATA_HOME/samplan or ~/.local/share/samplan
 * elsewhere. `SAMPLAN_DATA_DIR` overrides it (tests, portable use).
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (env.SAMPLAN_DATA_DIR) return env.SAMPLAN_DATA_DIR;
  if (platform === 'win32') return path.win32.join(env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local'), 'Samplan');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Samplan');
  return path.posix.join(env.XDG_DATA_HOME ?? path.posix.join(home, '.local', 'share'), 'samplan');
}

/** A UNC or network-style path (\\server\share, //server/share) is refused for the database. */
export function isNetworkPath(p: string): boolean {
  return /^(\\\\|\/\/)[^\\/]+[\\/]/.test(p);
}

export const DATABASE_FILE_NAME = 'samplan.db';

/** Walks up from `start` to the folder holding `relative` (the project root in development). */
export function findUp(start: string, relative: string): string | null {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, relative))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function findResourcesDir(start: string): string {
  const root = findUp(start, path.join('resources', 'reference', 'regions.json'));
  if (!root) throw new Error('Samplan resources folder not found');
  return path.join(root, 'resources');
}

export function readAppVersion(start: string): string {
  const root = findUp(start, 'package.json');
  if (!root) return '0.0.0';
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
