import { serveBackend } from './serve';
import { callPort, type PortMain } from './utility-port';

/**
 * The backend in Electron's utility process (`utilityProcess.fork`, src/main/electron/backend-host.ts):
 * the host's messages arrive through `process.parentPort`, and each window's MessagePortMain beside
 * the `port` message. Typed structurally so this file needs no `electron` import.
 */
type ParentPort = {
  on(event: 'message', listener: (event: { data: unknown; ports: PortMain[] }) => void): void;
  postMessage(message: unknown): void;
};

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('the utility entry must run in an Electron utility process');

serveBackend({
  onMessage: (listener) => parentPort.on('message', (event) => listener(event.data, event.ports.map(callPort))),
  post: (message) => parentPort.postMessage(message),
  exit: (code) => process.exit(code),
});
