import { fork } from 'node:child_process';
import { createBackendHost, type BackendHost, type HostSettings } from './host';
import type { BackendOptions } from './protocol';

/**
 * The backend in a Node child process (`child_process.fork` of the bundled node entry, out/node/backend.js),
 * speaking the same messages as Electron's utility process. Tests use it, and so can anything that
 * wants the backend out of its own process.
 */
export function nodeBackendHost(entry: string, options: BackendOptions, settings: HostSettings = {}): BackendHost {
  return createBackendHost(
    () => {
      const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
      return {
        post: (message) => {
          if (child.connected) child.send(message);
        },
        onMessage: (listener) => void child.on('message', listener),
        onExit: (listener) => void child.on('exit', (code) => listener(code)),
        kill: () => void child.kill('SIGKILL'),
        pid: child.pid,
      };
    },
    options,
    settings,
  );
}
