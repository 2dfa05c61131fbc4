import type { IpcMain, IpcMainEvent } from 'electron';
import { PORT_CHANNEL, PORT_REQUEST_CHANNEL } from '@shared/contract/port';
import { isAppUrl } from './navigation';

/**
 * The desktop app's one IPC message: the preload asks for a port; main checks the sender and relays one
 * end of a fresh MessageChannel to the backend process and the other to the window. The calls then go
 * straight from the window to the backend over that port (no channel is handled in main).
 */

/**
 * A request is trusted only from the top-level frame of a page at the app origin; a sub-frame, an
 * unknown or destroyed frame, or any other origin is refused.
 */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  return isMainFrame === true && isAppUrl(frameUrl);
}

/** The slice of an IPC event the sender check reads (a fake in tests). */
export type SenderEvent = Pick<IpcMainEvent, 'senderFrame'>;

/** Reads the sender frame defensively: a frame that is gone or throws on access is untrusted. */
export function isTrustedEvent(event: SenderEvent): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame) return false;
    return isTrustedSender(frame.url, frame.parent === null);
  } catch {
    return false;
  }
}

/** Where a port goes: a window's webContents (`postMessage(channel, message, transfer)`). */
export type PortTarget<Port> = { postMessage(channel: string, message: unknown, transfer: Port[]): void };
export type PortRequestEvent<Port> = SenderEvent & { readonly sender: PortTarget<Port> };

export type PortRelayDeps<Port> = {
  /** `new MessageChannelMain()` in Electron. */
  newChannel(): { port1: Port; port2: Port };
  /** Hands the backend its end (BackendHost.handPorts). */
  handToBackend(port: Port): void;
  /** The sender is the webContents of our own window. */
  isOurWindow(sender: unknown): boolean;
  logger: { error(message: string): void };
};

export type PortRelay<Port> = {
  /** Gives `target` a fresh port to the backend (at its request, and unasked after a backend restart). */
  give(target: PortTarget<Port>): void;
  /** Answers a port request: only our window's top-level app frame gets one. Returns whether it did. */
  request(event: PortRequestEvent<Port>): boolean;
};

export function createPortRelay<Port>(deps: PortRelayDeps<Port>): PortRelay<Port> {
  const give = (target: PortTarget<Port>): void => {
    const { port1, port2 } = deps.newChannel();
    deps.handToBackend(port1);
    target.postMessage(PORT_CHANNEL, null, [port2]);
  };
  const request = (event: PortRequestEvent<Port>): boolean => {
    let ours = false;
    try {
      ours = isTrustedEvent(event) && deps.isOurWindow(event.sender);
    } catch {
      ours = false;
    }
    if (!ours) {
      deps.logger.error('refused a port request from an untrusted sender');
      return false;
    }
    give(event.sender);
    return true;
  };
  return { give, request };
}

export type IpcRegistry = Pick<IpcMain, 'on' | 'removeListener'>;

/** Listens for exactly one IPC message, the port request. Returns a function that stops listening. */
export function registerPortRelay<Port>(ipcMain: IpcRegistry, relay: PortRelay<Port>): () => void {
  const listener = (event: IpcMainEvent): void => void relay.request(event as unknown as PortRequestEvent<Port>);
  ipcMain.on(PORT_REQUEST_CHANNEL, listener);
  return () => void ipcMain.removeListener(PORT_REQUEST_CHANNEL, listener);
}
