import { describe, expect, it } from 'vitest';
import { defaultDataDir, isNetworkPath } from '../../src/main/lib/paths';

describe('defaultDataDir', () => {
  it('uses LOCALAPPDATA (not roaming APPDATA) on Windows', () => {
    const dir = defaultDataDir(
      'win32',
      { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local', APPDATA: 'C:\\Users\\a\\AppData\\Roaming' },
      'C:\\Users\\a',
    );
    expect(dir).toBe('C:\\Users\\a\\AppData\\Local\\Samplan');
  });
  it('uses XDG_DATA_HOME or ~/.local/share on Linux', () => {
    expect(defaultDataDir('linux', {}, '/home/a')).toBe('/home/a/.local/share/samplan');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data' }, '/home/a')).toBe('/data/samplan');
  });
  it('uses Application Support on macOS', () => {
    expect(defaultDataDir('darwin', {}, '/Users/a')).toBe('/Users/a/Library/Application Support/Samplan');
  });
  it('can be overridden for tests and portable use', () => {
    expect(defaultDataDir('linux', { SAMPLAN_DATA_DIR: '/tmp/x' }, '/home/a')).toBe('/tmp/x');
  });
});

describe('isNetworkPath', () => {
  it.each(['\\\\server\\share\\samplan.db', '//server/share/samplan.db'])('refuses %s', (p) => {
    expect(isNetworkPath(p)).toBe(true);
  });
  it.each(['C:\\Users\\a\\samplan.db', '/home/a/samplan.db', 'samplan.db'])('accepts %s', (p) => {
    expect(isNetworkPath(p)).toBe(false);
  });
});
