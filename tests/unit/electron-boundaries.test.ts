import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

function read(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8');
}

/** A value (not `import type`) import or require of electron. */
const RUNTIME_ELECTRON_IMPORT = /(^|\n)\s*import\s+(?!type\b)[^;]*from\s+['"]electron(\/[^'"]*)?['"]|require\(\s*['"]electron['"]\s*\)/;

const ALL = [...sourceFiles('src')];

describe('electron boundaries', () => {
  it('only the two entry files import electron at runtime; every policy module is Node-testable', () => {
    const importers = ALL.filter((file) => RUNTIME_ELECTRON_IMPORT.test(read(file)));
    expect(importers.sort()).toEqual(['src/main/index.ts', 'src/preload/index.ts']);
  });

  it('src/shared imports neither electron nor node', () => {
    for (const file of ALL.filter((f) => f.startsWith('src/shared/'))) {
      expect(read(file), file).not.toMatch(/from\s+['"](electron|node:[^'"]+|fs|path|os|child_process)['"]/);
    }
  });

  it('windows are created in one place, with the hardened options', () => {
    const creators = ALL.filter((file) => /new\s+BrowserWindow\s*\(/.test(read(file)));
    expect(creators).toEqual(['src/main/index.ts']);
    expect(read('src/main/index.ts')).toMatch(/new BrowserWindow\(createWindowOptions\(/);
    expect(ALL.filter((file) => /new\s+(BrowserView|WebContentsView)\s*\(/.test(read(file)))).toEqual([]);
  });

  it('main handles no channel: its one IPC listener is the sender-checking port relay', () => {
    expect(ALL.filter((file) => /ipcMain\.handle(Once)?\(/.test(read(file)))).toEqual([]);
    expect(ALL.filter((file) => /ipcMain\.(on|once)\(/.test(read(file)))).toEqual(['src/main/electron/ipc.ts']);
    expect(read('src/main/electron/ipc.ts').match(/ipcMain\.(on|once)\(/g)).toHaveLength(1);
    expect(read('src/main/index.ts')).toMatch(/registerPortRelay\(ipcMain, relay\)/);
  });

  it('ipcRenderer stays inside the preload and is never handed to the page', () => {
    expect(ALL.filter((file) => /ipcRenderer/.test(read(file)))).toEqual(['src/preload/index.ts']);
    expect(read('src/preload/index.ts')).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
  });

  it('nothing loosens the security defaults anywhere in the sources', () => {
    // the one Blink feature allowed is the date controls' format following `lang` (electron-window-options.test.ts pins it)
    const loosening =
      /(nodeIntegration|allowRunningInsecureContent|webviewTag|experimentalFeatures)\s*:\s*true|(contextIsolation|sandbox|webSecurity)\s*:\s*false|enableBlinkFeatures(?!\s*:\s*FORM_CONTROLS_FOLLOW_LANG,)|bypassCSP\s*:\s*true|--no-sandbox|disable-web-security|ELECTRON_DISABLE_SECURITY_WARNINGS/;
    for (const file of ALL) expect(read(file), file).not.toMatch(loosening);
  });

  it('shell.openExternal is only reached through the allow-list', () => {
    const callers = ALL.filter((file) => /shell\.openExternal\(/.test(read(file)));
    expect(callers).toEqual(['src/main/index.ts']);
    expect(read('src/main/index.ts')).toMatch(/installNavigationGuards\(contents, openExternal\)/);
  });
});
