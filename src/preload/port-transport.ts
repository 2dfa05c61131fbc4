import type { Channel } from '@shared/contract/channels';
import { BACKEND_LOST } from '@shared/contract/port';
import type { RawInvoke } from './api';

/** The renderer's end of the MessageChannel to the backend (a DOM MessagePort; a fake in tests). */
export type RendererPort = {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close?(): void;
};

type Reply = { id: number; result: unknown };

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number' && 'result' in value;
}

/**
 * Calls over the port main hands to the preload: `{ id, channel, input }` out, `{ id, result }` back.
 * Calls made before the first port arrives wait for it. A new port (main sends one after a backend
 * restart) replaces the old one, and every call still waiting on the old one gets BACKEND_LOST.
 */
export function createPortTransport(): { invoke: RawInvoke; adopt(port: RendererPort): void } {
  const pending = new Map<number, (result: unknown) => void>();
  let port: RendererPort | null = null;
  let waiting: (() => void)[] = [];
  let nextId = 1;
  const adopt = (next: RendererPort): void => {
    if (port) {
      port.onmessage = null;
      port.close?.();
      for (const resolve of pending.values()) resolve({ ok: false, error: BACKEND_LOST });
      pending.clear();
    }
    port = next;
    next.onmessage = (event) => {
      if (!isReply(event.data)) return;
      pending.get(event.data.id)?.(event.data.result);
      pending.delete(event.data.id);
    };
    const ready = waiting;
    waiting = [];
    ready.forEach((resume) => resume());
  };
  const invoke = async (channel: Channel, input: unknown): Promise<unknown> => {
    if (!port) await new Promise<void>((resume) => waiting.push(resume));
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      port?.postMessage({ id, channel, input });
    });
  };
  return { invoke, adopt };
}
