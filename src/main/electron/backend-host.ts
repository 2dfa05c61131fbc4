import path from 'node:path';
import { createBackendHost, type BackendHost } from '../backend/host';
import type { BackendOptions } from '../backend/protocol';

/** What Samplan uses of Electron's `UtilityProcess` (passed in, so this module stays Node-testable). */
export type UtilityProcessLike = {
  postMessage(message: unknown, transfer?: unknown[]): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
  readonly pid?: number | undefined;
};

/** The backend's utility-process entry beside the main bundle (electron.vite.config.ts builds src/main/backend/utility-entry.ts). */
export function backendEntry(mainDir: string): string {
  return path.join(mainDir, 'backend.js');
}

/** The backend in an Electron utility process: `fork` is `utilityProcess.fork` from the main entry; the rest is the shared host. */
export function utilityBackendHost(fork: (entry: string) => UtilityProcessLike, mainDir: string, options: BackendOptions): BackendHost {
  return createBackendHost(() => {
    const child = fork(backendEntry(mainDir));
    return {
      post: (message, ports) => child.postMessage(message, ports ? [...ports] : []),
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => void child.on('exit', listener),
      kill: () => void child.kill(),
      pid: child.pid,
    };
  }, options);
}
