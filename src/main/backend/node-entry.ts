import { serveBackend } from './serve';

/**
 * The backend in a Node child process (`child_process.fork`, src/main/backend/node-host.ts): the host's
 * messages arrive through the IPC channel. When the parent goes away, the backend shuts down too.
 */
if (!process.send) throw new Error('the backend entry must be started with an IPC channel (child_process.fork)');

function serveOverIpc(): void {
  const listeners: ((message: unknown) => void)[] = [];
  process.on('message', (message: unknown) => listeners.forEach((listener) => listener(message)));
  serveBackend({
    onMessage: (listener) => listeners.push((message) => listener(message, [])),
    post: (message) => {
      if (process.connected) process.send?.(message);
    },
    exit: (code) => {
      process.exitCode = code;
      if (process.connected) process.disconnect();
    },
  });
  process.on('disconnect', () => listeners.forEach((listener) => listener({ type: 'shutdown' })));
}

serveOverIpc();
