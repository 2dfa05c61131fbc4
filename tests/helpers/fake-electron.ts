/**
 * A stand-in for the `electron` module, just enough to run the real src/main/index.ts under Node
 * (the Electron runtime cannot be downloaded on the build machine). Loaded in place of `electron`
 * by tests/helpers/fake-electron-hooks.mjs. Every call is logged in order; the run ends with one
 * stdout line `FAKE_ELECTRON_RESULT <json>` and the exit code the app asked for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { forkJobProcess } from './job-process';

type Listener = (...args: never[]) => unknown;
type AnyListener = (...args: unknown[]) => unknown;
type AppRequest = { method: string; url: string };

class Emitter {
  private readonly listeners = new Map<string, AnyListener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener as AnyListener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    const wrapped: AnyListener = (...args) => {
      this.listeners.set(
        name,
        (this.listeners.get(name) ?? []).filter((l) => l !== wrapped),
      );
      return (listener as AnyListener)(...args);
    };
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), wrapped]);
    return this;
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(name) ?? [])]) listener(...args);
  }
}

class FakeWebContents extends Emitter {
  windowOpenHandler: AnyListener | null = null;
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler as AnyListener;
  }
}

export type FakeState = {
  log: string[];
  paths: Record<string, string>;
  windows: BrowserWindow[];
  ipc: Map<string, AnyListener>;
  protocols: Map<string, (request: AppRequest) => Promise<Response> | Response>;
  permissions: Record<'request' | 'check' | 'device', AnyListener | null>;
  errorBoxes: { title: string; content: string }[];
  openedExternally: string[];
  checks: Record<string, unknown>;
};

export const fake: FakeState = {
  log: [],
  paths: {},
  windows: [],
  ipc: new Map(),
  protocols: new Map(),
  permissions: { request: null, check: null, device: null },
  errorBoxes: [],
  openedExternally: [],
  checks: {},
};
(globalThis as { __fakeElectron?: FakeState }).__fakeElectron = fake;

function finish(code: number): never {
  const result = {
    code,
    log: fake.log,
    paths: fake.paths,
    errorBoxes: fake.errorBoxes,
    openedExternally: fake.openedExternally,
    checks: fake.checks,
    windowOptions: fake.windows.map((window) => window.options),
    ipcChannels: [...fake.ipc.keys()],
    protocolSchemes: [...fake.protocols.keys()],
  };
  process.stdout.write(`FAKE_ELECTRON_RESULT ${JSON.stringify(result)}\n`);
  process.exit(code);
}

const ready = new Promise<void>((resolve) =>
  setImmediate(() => {
    fake.log.push('ready');
    resolve();
  }),
);

class FakeApp extends Emitter {
  readonly isPackaged = false;
  enableSandbox(): void {
    fake.log.push('app.enableSandbox');
  }
  setPath(name: string, value: string): void {
    fake.log.push(`app.setPath:${name}`);
    fake.paths[name] = value;
  }
  requestSingleInstanceLock(): boolean {
    fake.log.push('app.requestSingleInstanceLock');
    return process.env.SAMPLAN_FAKE_LOCK !== 'taken';
  }
  getVersion(): string {
    return '0.0.0-fake';
  }
  whenReady(): Promise<void> {
    return ready;
  }
  quit(): void {
    fake.log.push('app.quit');
    let prevented = false;
    this.emit('will-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) finish(0);
  }
  exit(code = 0): void {
    fake.log.push(`app.exit:${code}`);
    finish(code);
  }
}

export const app = new FakeApp();

export class BrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  constructor(readonly options: unknown) {
    super();
    fake.log.push('new BrowserWindow');
    fake.checks.databaseExistedAtWindow = fs.existsSync(path.join(fake.paths.userData ?? '/nonexistent', 'samplan.db'));
    fake.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    fake.log.push(`window.loadURL:${url}`);
    setImmediate(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  show(): void {
    fake.log.push('window.show');
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    fake.log.push('window.focus');
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown): void {
    fake.log.push(`protocol.registerSchemesAsPrivileged:${JSON.stringify(schemes)}`);
  },
  handle(scheme: string, handler: (request: AppRequest) => Promise<Response> | Response): void {
    fake.log.push(`protocol.handle:${scheme}`);
    fake.protocols.set(scheme, handler);
  },
};

export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    fake.log.push(`ipcMain.handle:${channel}`);
    fake.ipc.set(channel, listener as AnyListener);
  },
  removeHandler(channel: string): void {
    fake.ipc.delete(channel);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => (fake.permissions.request = handler as AnyListener),
    setPermissionCheckHandler: (handler: Listener) => (fake.permissions.check = handler as AnyListener),
    setDevicePermissionHandler: (handler: Listener) => (fake.permissions.device = handler as AnyListener),
  },
};

export const shell = {
  openExternal(url: string): Promise<void> {
    fake.openedExternally.push(url);
    return Promise.resolve();
  },
};

/** `utilityProcess.fork`: logged, then a Node child process running the job process's source (tests/helpers/job-process.ts). */
export const utilityProcess = {
  fork(modulePath: string, _args: string[], options: { serviceName?: string }) {
    fake.log.push(`utilityProcess.fork ${path.basename(modulePath)} (${options.serviceName ?? ''})`);
    return forkJobProcess();
  },
};

export const dialog = {
  showErrorBox(title: string, content: string): void {
    fake.log.push('dialog.showErrorBox');
    fake.errorBoxes.push({ title, content });
  },
};

/** What the preload exposed with contextBridge, and every ipcRenderer.invoke with all its arguments. */
export const renderer: { exposed: Map<string, unknown>; invoked: unknown[][] } = { exposed: new Map(), invoked: [] };

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    renderer.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  invoke(...args: unknown[]): Promise<unknown> {
    renderer.invoked.push(args);
    return Promise.resolve({ ok: true, value: null });
  },
};
