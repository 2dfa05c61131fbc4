/**
 * Electron entry: wiring only. Every decision (window options, URL policy, sender check, protocol
 * mapping, data location, error text) lives in ./electron/*.ts as Node-testable functions.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, utilityProcess } from 'electron';
import { startRecoverable } from './ipc/recovery';
import { moduleDir, nodeRuntimeInfo } from './lib/runtime';
import { startBackupRoutine } from './services/backup-schedule';
import type { StartedApp } from './services/bootstrap';
import { denyAllPermissions, installNavigationGuards } from './electron/guards';
import { registerIpcHandlers } from './electron/ipc';
import { APP_ENTRY_URL } from './electron/navigation';
import { APP_SCHEME_DEFINITION, handleAppProtocol, refuseFileProtocol } from './electron/protocol';
import { bundleLayout, describeStartupFailure, resolveDataLocation, type DataLocation } from './electron/startup';
import { utilityJobStarter } from './electron/utility-jobs';
import { createWindowOptions } from './electron/window-options';
import { warmViewsSoon } from './services/warm-up';

const logger = { error: (message: string) => void process.stderr.write(`[samplan] ${message}\n`) };
let mainWindow: BrowserWindow | null = null;

/** A failed start is a dialog with a clear message and a clean exit, never a crash. */
function failStart(error: unknown): void {
  const { title, content } = describeStartupFailure(error);
  logger.error(`${title}: ${content.replace(/\s*\n+\s*/g, ' ')}`);
  dialog.showErrorBox(title, content);
  app.exit(1);
}

function openExternal(url: string): void {
  shell.openExternal(url).catch((error: unknown) => logger.error(`could not open ${url}: ${String(error)}`));
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(createWindowOptions({ preloadPath, devTools: !app.isPackaged }));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => (mainWindow = null));
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => logger.error(`could not load the UI: ${String(error)}`));
  return window;
}

/** Closes the database once when the app quits (WAL checkpoint, no dangling handles). */
function closeDatabaseOnQuit(started: StartedApp): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    closed = true;
    event.preventDefault();
    started.opened
      .close()
      .catch((error: unknown) => logger.error(`closing the database failed: ${String(error)}`))
      .finally(() => app.quit());
  });
}

async function start(location: DataLocation): Promise<void> {
  await app.whenReady();
  const layout = bundleLayout(moduleDir(import.meta.url));
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(protocol, layout.rendererDir);
  refuseFileProtocol(protocol);
  // Migrations and first-start reference data run here, before any window exists.
  const runtime = nodeRuntimeInfo(import.meta.url);
  // A backup restore swaps the connection inside the started app; the handlers and the quit hook follow it. A damaged
  // database file is never opened for writing: the window opens in recovery mode and offers the verified backups.
  // Package import and export and data generation run in an Electron utility process (src/main/jobs/job-process.ts).
  const startJob = utilityJobStarter((entry) => utilityProcess.fork(entry, [], { serviceName: 'Samplan job' }), moduleDir(import.meta.url));
  const running = await startRecoverable(
    { ...runtime, dbPath: location.dbPath, appVersion: app.getVersion(), create: true, startJob },
    {
      onStarted: (started) => {
        closeDatabaseOnQuit(started);
        startBackupRoutine(started, logger);
        warmViewsSoon(started, logger);
      },
    },
  );
  registerIpcHandlers(ipcMain, running.handlers, logger);
  mainWindow = createMainWindow(layout.preloadPath);
}

function main(): void {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, openExternal));
  app.on('window-all-closed', () => app.quit());

  let location: DataLocation;
  try {
    location = resolveDataLocation();
  } catch (error) {
    app.whenReady().then(() => failStart(error), failStart);
    return;
  }
  // userData decides the single-instance lock too, so it is set before the lock is taken.
  app.setPath('userData', location.dataDir);
  app.setPath('sessionData', location.sessionDir);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusMainWindow);
  start(location).catch(failStart);
}

main();
