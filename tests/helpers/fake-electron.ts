/**
 * A stand-in for the `electron` module, just enough to run the real src/main/index.ts under Node
 * (the Electron runtime cannot be downloaded on the build machine). Loaded in place of `electron`
 * by tests/helpers/fake-electron-hooks.mjs. Every call is logged in order; the run ends with one
 * stdout line `FAKE_ELECTRON_RESULT <json>` and the exit code the app asked for. `utilityProcess.fork`
 * starts the backend's Node bundle (out/node/backend.js, built by the test setup) and relays the ports
 * main hands to it, as Electron's utility process would receive them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';

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

/** MessagePortMain and, for the renderer's end, the DOM port's `onmessage`. */
export class FakePort extends Emitter {
  other: FakePort | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  closed = false;
  postMessage(data: unknown): void {
    const other = this.other;
    if (this.closed || !other || other.closed) return;
    const copy = structuredClone(data);
    setImmediate(() => {
      other.emit('message', { data: copy });
      other.onmessage?.({ data: copy });
    });
  }
  start(): void {}
  close(): void {
    this.closed = true;
  }
}

export class MessageChannelMain {
  readonly port1 = new FakePort();
  readonly port2 = new FakePort();
  constructor() {
    this.port1.other = this.port2;
    this.port2.other = this.port1;
    fake.log.push('new MessageChannelMain');
  }
}

class FakeWebContents extends Emitter {
  /** What main posted to this window's preload (the ports). */
  readonly received: { channel: string; ports: FakePort[] }[] = [];
  windowOpenHandler: AnyListener | null = null;
  postMessage(channel: string, _message: unknown, transfer: FakePort[] = []): void {
    fake.log.push(`webContents.postMessage:${channel}`);
    this.received.push({ channel, ports: transfer });
    this.emit('port-received');
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler as AnyListener;
  }
}

export type FakeState = {
  log: string[];
  paths: Record<string, string>;
  windows: BrowserWindow[];
  ipc: Map<string, AnyListener>;
  backends: ChildProcess[];
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
  backends: [],
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
  on(channel: string, listener: Listener): void {
    fake.log.push(`ipcMain.on:${channel}`);
    fake.ipc.set(channel, listener as AnyListener);
  },
  removeListener(channel: string): void {
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

const BACKEND_BUNDLE = path.resolve(import.meta.dirname, '../../out/node/backend.js');
/** Ids of relayed port calls, apart from the host's own (which count from 1). */
let relayId = 1_000_000_000;

/**
 * `utilityProcess.fork`: logged, then a Node child running the backend bundle. The ports main posts
 * with a `port` message are relayed: each `{ id, channel, input }` on a port becomes a call to the
 * child, and its reply goes back on the port as `{ id, result }` (Electron moves the port itself).
 */
export const utilityProcess = {
  fork(modulePath: string, _args: string[], options: { serviceName?: string }) {
    fake.log.push(`utilityProcess.fork ${path.basename(modulePath)} (${options.serviceName ?? ''})`);
    const child = fork(BACKEND_BUNDLE, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
    fake.backends.push(child);
    const relayed = new Map<number, { port: FakePort; id: number }>();
    child.on('message', (message: { type?: string; reply?: { id: number; result: unknown } }) => {
      const target = message.type === 'reply' && message.reply ? relayed.get(message.reply.id) : undefined;
      if (!target || !message.reply) return;
      relayed.delete(message.reply.id);
      target.port.postMessage({ id: target.id, result: message.reply.result });
    });
    const relay = (port: FakePort) =>
      port.on('message', (event: { data: { id: number; channel: string; input: unknown } }) => {
        const id = relayId++;
        relayed.set(id, { port, id: event.data.id });
        if (child.connected) child.send({ type: 'call', call: { id, channel: event.data.channel, input: event.data.input } });
      });
    return {
      postMessage(message: { type?: string }, transfer: FakePort[] = []): void {
        if (message.type === 'port') transfer.forEach(relay);
        else if (child.connected) child.send(message);
      },
      on(event: string, listener: (value: unknown) => void) {
        if (event === 'exit') child.on('exit', (code) => listener(code ?? -1));
        else
          child.on('message', (message: { type?: string; reply?: { id: number } }) => {
            if (!(message.type === 'reply' && message.reply && message.reply.id >= 1_000_000_000)) listener(message);
          });
        return this;
      },
      kill: () => child.kill('SIGKILL'),
      pid: child.pid,
    };
  },
};

export const dialog = {
  showErrorBox(title: string, content: string): void {
    fake.log.push('dialog.showErrorBox');
    fake.errorBoxes.push({ title, content });
  },
};

/** What the preload exposed with contextBridge, and every call that reached the port main handed it, as [channel, input]. */
export const renderer: { exposed: Map<string, unknown>; invoked: unknown[][]; sent: string[] } = {
  exposed: new Map(),
  invoked: [],
  sent: [],
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    renderer.exposed.set(key, api);
  },
};

const rendererListeners = new Map<string, AnyListener>();

/** The preload's side: a port request is answered at once with a port whose far end records each call and answers null. */
export const ipcRenderer = {
  on(channel: string, listener: Listener): void {
    rendererListeners.set(channel, listener as AnyListener);
  },
  send(channel: string, ...args: unknown[]): void {
    renderer.sent.push([channel, ...args].map(String).join(' '));
    const { port1, port2 } = new MessageChannelMain();
    port1.on('message', (event: { data: { id: number; channel: string; input: unknown } }) => {
      renderer.invoked.push([event.data.channel, event.data.input]);
      port1.postMessage({ id: event.data.id, result: { ok: true, value: null } });
    });
    setImmediate(() => rendererListeners.get('samplan:port')?.({ ports: [port2] }));
  },
};
