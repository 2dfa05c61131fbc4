import type { CallPort } from './serve';

/** The slice of Electron's MessagePortMain the backend uses (typed structurally: no `electron` import). */
export type PortMain = {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  on(event: 'close', listener: () => void): void;
  removeAllListeners(event: 'message'): void;
  postMessage(data: unknown): void;
  start(): void;
  close(): void;
};

/**
 * A window's port as the backend serves it. When the window goes away (closed, or reloaded: the page
 * asks for a fresh port), Electron emits `close`; the backend then stops listening and closes its end,
 * so a reload leaves no listener behind, and a reply that was still being computed is dropped.
 */
export function callPort(port: PortMain): CallPort {
  let open = true;
  port.on('close', () => {
    open = false;
    port.removeAllListeners('message');
    port.close();
  });
  return {
    onMessage: (listener) => {
      port.on('message', (event) => {
        if (open) listener(event.data);
      });
      port.start();
    },
    post: (data) => {
      if (open) port.postMessage(data);
    },
  };
}
