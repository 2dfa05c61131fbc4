import { describe, expect, it, vi } from 'vitest';
import { PORT_CHANNEL, PORT_REQUEST_CHANNEL } from '@shared/contract/port';
import { createPortRelay, isTrustedSender, registerPortRelay, type IpcRegistry, type SenderEvent } from '../../src/main/electron/ipc';

function eventFrom(frame: { url: string; parent: unknown } | null): SenderEvent {
  return { senderFrame: frame } as unknown as SenderEvent;
}

const MAIN_APP_FRAME = { url: 'app://samplan/index.html', parent: null };
const logger = { error: vi.fn() };

describe('isTrustedSender', () => {
  it('trusts only the main frame of the app origin', () => {
    expect(isTrustedSender('app://samplan/index.html', true)).toBe(true);
    expect(isTrustedSender('app://samplan/#/reference', true)).toBe(true);
  });
  it.each([
    ['app://samplan/index.html', false],
    ['https://evil.example/', true],
    ['app://samplan.evil/', true],
    ['app://samplan@evil/', true],
    ['file:///C:/app/index.html', true],
    ['about:blank', true],
    ['data:text/html,x', true],
    ['', true],
    [null, true],
    [undefined, true],
  ] as const)('refuses %s (main frame: %s)', (url, isMainFrame) => {
    expect(isTrustedSender(url, isMainFrame)).toBe(false);
  });
});

type Port = { name: string };

function relayWith(window: object) {
  const handed: Port[] = [];
  const relay = createPortRelay<Port>({
    newChannel: () => ({ port1: { name: 'backend end' }, port2: { name: 'window end' } }),
    handToBackend: (port) => handed.push(port),
    isOurWindow: (sender) => sender === window,
    logger,
  });
  return { relay, handed };
}

function target() {
  const posted: { channel: string; message: unknown; transfer: Port[] }[] = [];
  return { posted, postMessage: (channel: string, message: unknown, transfer: Port[]) => void posted.push({ channel, message, transfer }) };
}

describe('createPortRelay', () => {
  it.each([
    ['no sender frame', eventFrom(null)],
    ['a foreign origin', eventFrom({ url: 'https://evil.example/', parent: null })],
    ['a sub-frame of the app', eventFrom({ url: 'app://samplan/index.html', parent: MAIN_APP_FRAME })],
    [
      'a frame that throws when read',
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed');
        },
      },
    ],
  ])('refuses %s: no port is made for the backend or the sender', (_label, event) => {
    const window = target();
    const { relay, handed } = relayWith(window);
    expect(relay.request(Object.defineProperty(event, 'sender', { value: window }) as never)).toBe(false);
    expect(handed).toEqual([]);
    expect(window.posted).toEqual([]);
  });

  it('refuses the app frame of a window that is not ours', () => {
    const ours = target();
    const other = target();
    const { relay, handed } = relayWith(ours);
    expect(relay.request({ ...eventFrom(MAIN_APP_FRAME), sender: other })).toBe(false);
    expect(handed).toEqual([]);
    expect(other.posted).toEqual([]);
  });

  it('hands one end to the backend and the other to our window on the port channel', () => {
    const window = target();
    const { relay, handed } = relayWith(window);
    expect(relay.request({ ...eventFrom(MAIN_APP_FRAME), sender: window })).toBe(true);
    expect(handed).toEqual([{ name: 'backend end' }]);
    expect(window.posted).toEqual([{ channel: PORT_CHANNEL, message: null, transfer: [{ name: 'window end' }] }]);
  });
});

describe('registerPortRelay', () => {
  it('listens for exactly the port request and stops again', () => {
    const listeners = new Map<string, unknown>();
    const registry = {
      on: vi.fn((name: string, listener: unknown) => listeners.set(name, listener)),
      removeListener: vi.fn((name: string) => listeners.delete(name)),
    };
    const { relay } = relayWith(target());
    const stop = registerPortRelay(registry as unknown as IpcRegistry, relay);
    expect([...listeners.keys()]).toEqual([PORT_REQUEST_CHANNEL]);
    stop();
    expect(listeners.size).toBe(0);
  });
});
