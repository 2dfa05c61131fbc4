import type { Result } from '@shared/contract/errors';
import { BACKEND_LOST } from '@shared/contract/port';
import { isBackendMessage, type BackendOptions, type HostMessage, type StartFailure } from './protocol';

/**
 * Starting, calling, restarting and stopping the backend process, whichever API made it: Electron's
 * `utilityProcess.fork` (src/main/electron/backend-host.ts) or Node's `child_process.fork`
 * (./node-host.ts). Imports nothing of the database, so Electron's main process can use it.
 */
export type BackendChild = {
  post(message: HostMessage, ports?: readonly unknown[]): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
  readonly pid: number | undefined;
};

export type BackendHost = {
  /** Forks the backend and resolves once the database is open (`damaged`: recovery mode); rejects with BackendStartError. */
  start(): Promise<{ damaged: boolean }>;
  /** One call; resolves to the typed Result, or BACKEND_LOST when the process ends first (never hangs). */
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Hands ports to the running backend (Electron's MessagePortMain; each then answers `{ id, channel, input }` itself). */
  handPorts(ports: readonly unknown[]): void;
  /** An unexpected exit, then (when the automatic restart worked) a restart. Each returns an unsubscribe. */
  onExit(listener: (code: number | null) => void): () => void;
  onRestart(listener: () => void): () => void;
  /** Ends the current process (if any) and starts a new one. */
  restart(): Promise<void>;
  /** The running backend's process id (diagnostics, and tests that end it as a crash would). */
  pid(): number | undefined;
  /** Asks the backend to shut down (checkpoint, close) and waits until its process has ended. */
  stop(): Promise<void>;
};

export class BackendStartError extends Error {
  constructor(readonly failure: StartFailure) {
    super(failure.message);
    this.name = 'BackendStartError';
  }
}

export type HostSettings = {
  /** Restarts after an unexpected exit of a backend that had started (default true). */
  readonly autoRestart?: boolean;
  /** How long a shutdown may take before the process is killed. */
  readonly stopGraceMs?: number;
};

type Generation = {
  readonly child: BackendChild;
  readonly ready: Promise<{ damaged: boolean }>;
  readonly pending: Map<number, (result: Result<unknown>) => void>;
  readonly exited: Promise<void>;
  exitedNow: boolean;
  readyNow: boolean;
};

export function createBackendHost(spawn: () => BackendChild, options: BackendOptions, settings: HostSettings = {}): BackendHost {
  const exitListeners = new Set<(code: number | null) => void>();
  const restartListeners = new Set<() => void>();
  let current: Generation | null = null;
  let starting: Promise<{ damaged: boolean }> | null = null;
  let stopping = false;
  let nextId = 1;

  const launch = (): Generation => {
    const child = spawn();
    const pending = new Map<number, (result: Result<unknown>) => void>();
    let settle: { resolve(v: { damaged: boolean }): void; reject(e: Error): void } | null = null;
    const ready = new Promise<{ damaged: boolean }>((resolve, reject) => (settle = { resolve, reject }));
    ready.catch(() => undefined);
    let markExited = (): void => undefined;
    const exited = new Promise<void>((resolve) => (markExited = resolve));
    const generation: Generation = { child, ready, pending, exited, exitedNow: false, readyNow: false };
    child.onMessage((message) => {
      if (!isBackendMessage(message)) return;
      if (message.type === 'ready') {
        generation.readyNow = true;
        settle?.resolve({ damaged: message.damaged });
      } else if (message.type === 'start-failed') settle?.reject(new BackendStartError(message.failure));
      else if (message.type === 'reply') {
        pending.get(message.reply.id)?.(message.reply.result);
        pending.delete(message.reply.id);
      }
    });
    child.onExit((code) => {
      generation.exitedNow = true;
      markExited();
      settle?.reject(new BackendStartError({ name: 'Error', kind: null, message: `the backend ended (exit code ${code})`, backupIds: [] }));
      for (const resolve of pending.values()) resolve({ ok: false, error: BACKEND_LOST });
      pending.clear();
      if (current === generation && !stopping && generation.readyNow) void onUnexpectedExit(code);
    });
    child.post({ type: 'start', options });
    return generation;
  };

  const begin = (): Promise<{ damaged: boolean }> => {
    const generation = launch();
    current = generation;
    starting = generation.ready;
    return generation.ready;
  };

  const onUnexpectedExit = async (code: number | null): Promise<void> => {
    exitListeners.forEach((listener) => listener(code));
    if (settings.autoRestart === false) return;
    try {
      await begin();
      restartListeners.forEach((listener) => listener());
    } catch {
      // the new process did not start: calls answer BACKEND_LOST until restart() is asked for
    }
  };

  const call = async (channel: string, input: unknown): Promise<Result<unknown>> => {
    const generation = current;
    if (!generation || stopping) return { ok: false, error: BACKEND_LOST };
    try {
      await generation.ready;
    } catch {
      return { ok: false, error: BACKEND_LOST };
    }
    if (generation.exitedNow) return { ok: false, error: BACKEND_LOST };
    const id = nextId++;
    return new Promise((resolve) => {
      generation.pending.set(id, resolve);
      generation.child.post({ type: 'call', call: { id, channel, input } });
    });
  };

  const stop = async (): Promise<void> => {
    stopping = true;
    const generation = current;
    if (!generation || generation.exitedNow) return;
    generation.child.post({ type: 'shutdown' });
    const timer = setTimeout(() => generation.child.kill(), settings.stopGraceMs ?? 30_000);
    await generation.exited;
    clearTimeout(timer);
  };

  return {
    start: () => starting ?? begin(),
    call,
    pid: () => current?.child.pid,
    handPorts: (ports) => current?.child.post({ type: 'port' }, ports),
    onExit: (listener) => (exitListeners.add(listener), () => exitListeners.delete(listener)),
    onRestart: (listener) => (restartListeners.add(listener), () => restartListeners.delete(listener)),
    restart: async () => {
      const old = current;
      current = null;
      if (old && !old.exitedNow) {
        old.child.kill();
        await old.exited;
      }
      await begin();
    },
    stop,
  };
}
