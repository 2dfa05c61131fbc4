/**
 * Electron entry: wiring only. Every decision (window options, URL policy, sender check, protocol
 * mapping, data location, error text) lives in ./electron/*.ts as Node-testable functions. Main never
 * opens the database: the backend runs in a utility process (src/main/backend), and each window talks
 * to it over a MessagePort that main relays after checking the window is ours.
 */
import { app, BrowserWindow, dialog, ipcMain, MessageChannelMain, protocol, session, shell, utilityProcess } from 'electron';
import type { BackendHost } from './backend/host';
import { moduleDir, nodeRuntimeInfo } from './lib/runtime';
import { utilityBackendHost } from './electron/backend-host';
import { denyAllPermissions, installNavigationGuards } from './electron/guards';
import { createPortRelay, registerPortRelay } from './electron/ipc';
import { APP_ENTRY_URL } from './electron/navigation';
import { APP_SCHEME_DEFINITION, handleAppProtocol, refuseFileProtocol } from './electron/protocol';
import { bundleLayout, describeStartupFailure, resolveDataLocation, type DataLocation } from './electron/startup';
import { createWindowOptions } from './electron/window-options';

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

/** Asks the backend to shut down once when the app quits (WAL checkpoint, database closed) and waits for it. */
function stopBackendOnQuit(host: BackendHost): void {
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    stopped = true;
    event.preventDefault();
    host
      .stop()
      .catch((error: unknown) => logger.error(`stopping the backend failed: ${String(error)}`))
      .finally(() => app.quit());
  });
}

async function start(location: DataLocation): Promise<void> {
  await app.whenReady();
  const mainDir = moduleDir(import.meta.url);
  const layout = bundleLayout(mainDir);
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(protocol, layout.rendererDir);
  refuseFileProtocol(protocol);
  // Migrations and first-start reference data run in the backend before any window exists. A damaged database
  // file is never opened for writing: the backend answers in recovery mode and the window offers the verified backups.
  const runtime = nodeRuntimeInfo(import.meta.url);
  const host = utilityBackendHost((entry) => utilityProcess.fork(entry, [], { serviceName: 'Samplan backend' }), mainDir, {
    ...runtime,
    dbPath: location.dbPath,
    appVersion: app.getVersion(),
  });
  stopBackendOnQuit(host);
  await host.start();
  const relay = createPortRelay({
    newChannel: () => new MessageChannelMain(),
    handToBackend: (port) => host.handPorts([port]),
    isOurWindow: (sender) => mainWindow !== null && sender === mainWindow.webContents,
    logger,
  });
  registerPortRelay(ipcMain, relay);
  host.onExit((code) => logger.error(`the backend stopped unexpectedly (exit code ${code}); restarting it`));
  host.onRestart(() => mainWindow && relay.give(mainWindow.webContents));
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
