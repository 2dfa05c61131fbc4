import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, type Channel } from '@shared/contract/channels';
import type { Handlers } from '../../src/main/ipc/handlers';
import {
  createInvokeListener,
  FORBIDDEN_RESULT,
  isTrustedSender,
  registerIpcHandlers,
  type SenderEvent,
} from '../../src/main/electron/ipc';

type Spy = ReturnType<typeof vi.fn>;

function fakeHandlers(): { handlers: Handlers; spies: Record<string, Spy> } {
  const spies: Record<string, Spy> = {};
  for (const channel of CHANNEL_NAMES) spies[channel] = vi.fn(async () => ({}));
  return { handlers: spies as unknown as Handlers, spies };
}

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

describe('createInvokeListener', () => {
  const channel: Channel = 'app:info';

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
  ])('refuses %s with FORBIDDEN and never runs the handler', async (_label, event) => {
    const { handlers, spies } = fakeHandlers();
    const result = await createInvokeListener(handlers, channel, logger)(event, {});
    expect(result).toEqual(FORBIDDEN_RESULT);
    expect(result.ok === false && result.error.code).toBe('FORBIDDEN');
    expect(spies[channel]).not.toHaveBeenCalled();
  });

  it('runs the handler for the app main frame, through the validating dispatcher', async () => {
    const { handlers, spies } = fakeHandlers();
    await createInvokeListener(handlers, channel, logger)(eventFrom(MAIN_APP_FRAME), {});
    expect(spies[channel]).toHaveBeenCalledTimes(1);
  });

  it('refuses invalid input from a trusted sender with VALIDATION, handler not run', async () => {
    const { handlers, spies } = fakeHandlers();
    const result = await createInvokeListener(handlers, channel, logger)(eventFrom(MAIN_APP_FRAME), { unexpected: 1 });
    expect(result.ok === false && result.error.code).toBe('VALIDATION');
    expect(spies[channel]).not.toHaveBeenCalled();
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel and removes them again', async () => {
    const registered = new Map<string, (event: SenderEvent, input: unknown) => Promise<unknown>>();
    const registry = {
      handle: vi.fn((name: string, listener: (event: SenderEvent, input: unknown) => Promise<unknown>) => {
        expect(registered.has(name)).toBe(false);
        registered.set(name, listener);
      }),
      removeHandler: vi.fn((name: string) => registered.delete(name)),
    };
    const { handlers } = fakeHandlers();
    const unregister = registerIpcHandlers(registry, handlers, logger);
    expect([...registered.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const listener of registered.values()) {
      await expect(listener(eventFrom({ url: 'https://evil.example/', parent: null }), {})).resolves.toEqual(FORBIDDEN_RESULT);
    }
    unregister();
    expect(registered.size).toBe(0);
  });
});
