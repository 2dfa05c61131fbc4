import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, type DatabaseOpenErrorKind } from '../../src/main/db/errors';
import { bundleLayout, describeStartupFailure, resolveDataLocation, StartupError } from '../../src/main/electron/startup';

describe('resolveDataLocation', () => {
  it('uses the local per-user folder on Windows (LOCALAPPDATA, not roaming APPDATA)', () => {
    const location = resolveDataLocation(
      'win32',
      { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local', APPDATA: 'C:\\Users\\a\\AppData\\Roaming' },
      'C:\\Users\\a',
    );
    expect(location.dataDir).toContain('Local');
    expect(location.dataDir).not.toContain('Roaming');
    expect(location.dbPath.endsWith('samplan.db')).toBe(true);
  });

  it('keeps Chromium session files apart from the database', () => {
    const location = resolveDataLocation('linux', { XDG_DATA_HOME: '/home/a/.local/share' }, '/home/a');
    expect(location).toEqual({
      dataDir: path.resolve('/home/a/.local/share/samplan'),
      sessionDir: path.join(path.resolve('/home/a/.local/share/samplan'), 'session'),
      dbPath: path.join(path.resolve('/home/a/.local/share/samplan'), 'samplan.db'),
    });
  });

  it.each(['\\\\server\\share\\samplan', '//server/share/samplan'])('refuses the network folder %s', (dir) => {
    expect(() => resolveDataLocation('win32', { SAMPLAN_DATA_DIR: dir }, 'C:\\Users\\a')).toThrow(StartupError);
  });
});

describe('describeStartupFailure', () => {
  const kinds: DatabaseOpenErrorKind[] = ['MISSING', 'TOO_NEW', 'DAMAGED', 'UNWRITABLE', 'MIGRATION_FAILED'];
  it.each(kinds)('gives Swedish advice and the technical reason for %s', (kind) => {
    const dialog = describeStartupFailure(new DatabaseOpenError(kind, `reason for ${kind}`));
    expect(dialog.title).toBe('Samplan kan inte starta');
    expect(dialog.content).toContain(`reason for ${kind}`);
    expect(dialog.content.split('\n\n')[0]?.length).toBeGreaterThan(10);
  });
  it('gives distinct advice per kind', () => {
    const advice = kinds.map((kind) => describeStartupFailure(new DatabaseOpenError(kind, 'x')).content);
    expect(new Set(advice).size).toBe(kinds.length);
  });
  it('explains a network folder and any other error', () => {
    expect(describeStartupFailure(new StartupError('on a share')).content).toContain('lokal disk');
    expect(describeStartupFailure(new Error('boom')).content).toContain('boom');
    expect(describeStartupFailure('text').content).toContain('text');
  });
});

describe('bundleLayout', () => {
  it('finds the CommonJS preload and the renderer next to out/main', () => {
    const layout = bundleLayout(path.join('/app', 'out', 'main'));
    expect(layout.preloadPath).toBe(path.join('/app', 'out', 'preload', 'index.cjs'));
    expect(layout.rendererDir).toBe(path.join('/app', 'out', 'renderer'));
  });
});
