import { describe, expect, it } from 'vitest';
import { BACKEND_LOST } from '@shared/contract/port';
import { createPortTransport, type RendererPort } from '../../src/preload/port-transport';

/** A renderer port whose far end is the test: it sees what was posted and answers when told. */
function port() {
  const posted: { id: number; channel: string; input: unknown }[] = [];
  const end: RendererPort & { closed: boolean } = {
    closed: false,
    onmessage: null,
    postMessage: (message) => void posted.push(message as { id: number; channel: string; input: unknown }),
    close: () => void (end.closed = true),
  };
  const answer = (id: number, result: unknown) => end.onmessage?.({ data: { id, result } });
  return { end, posted, answer };
}

describe('the preload port transport', () => {
  it('holds calls made before the port arrives, then sends each as { id, channel, input } and resolves on its own id', async () => {
    const transport = createPortTransport();
    const first = transport.invoke('app:info', {});
    const second = transport.invoke('persons:get', { id: 'x' });
    const p = port();
    transport.adopt(p.end);
    await new Promise((resolve) => setImmediate(resolve));
    expect(p.posted.map(({ channel, input }) => [channel, input])).toEqual([
      ['app:info', {}],
      ['persons:get', { id: 'x' }],
    ]);
    const [a, b] = p.posted;
    p.answer(b!.id, { ok: true, value: 'second' });
    p.answer(a!.id, { ok: true, value: 'first' });
    await expect(first).resolves.toEqual({ ok: true, value: 'first' });
    await expect(second).resolves.toEqual({ ok: true, value: 'second' });
  });

  it('ignores replies that are not replies, and a new port fails the calls left on the old one with a typed error', async () => {
    const transport = createPortTransport();
    const old = port();
    transport.adopt(old.end);
    const waiting = transport.invoke('app:info', {});
    old.end.onmessage?.({ data: 'noise' });
    old.end.onmessage?.({ data: { id: 999, result: { ok: true, value: null } } });
    const fresh = port();
    transport.adopt(fresh.end);
    await expect(waiting).resolves.toEqual({ ok: false, error: BACKEND_LOST });
    expect(old.end.closed).toBe(true);
    const after = transport.invoke('app:info', {});
    fresh.answer(fresh.posted[0]!.id, { ok: true, value: 'again' });
    await expect(after).resolves.toEqual({ ok: true, value: 'again' });
  });
});
