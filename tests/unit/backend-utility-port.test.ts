import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { callPort, type PortMain } from '../../src/main/backend/utility-port';

/** A MessagePortMain stand-in: an EventEmitter that records what is posted and whether it was closed. */
class FakePort extends EventEmitter implements PortMain {
  posted: unknown[] = [];
  closed = false;
  started = false;
  postMessage(data: unknown): void {
    if (this.closed) throw new Error('posted to a closed port');
    this.posted.push(data);
  }
  start(): void {
    this.started = true;
  }
  close(): void {
    this.closed = true;
  }
}

describe('a window port in the utility process', () => {
  it('passes messages and replies while the window is there', () => {
    const fake = new FakePort();
    const port = callPort(fake);
    const seen: unknown[] = [];
    port.onMessage((data) => seen.push(data));
    fake.emit('message', { data: { id: 1 } });
    port.post({ id: 1, result: { ok: true } });
    expect(fake.started).toBe(true);
    expect(seen).toEqual([{ id: 1 }]);
    expect(fake.posted).toEqual([{ id: 1, result: { ok: true } }]);
  });

  it('leaves no listener behind when the window reloads or closes, and drops a late reply', () => {
    const fake = new FakePort();
    const port = callPort(fake);
    port.onMessage(() => undefined);
    expect(fake.listenerCount('message')).toBe(1);
    fake.emit('close');
    expect(fake.listenerCount('message')).toBe(0);
    expect(fake.closed).toBe(true);
    expect(() => port.post({ id: 2, result: { ok: true } })).not.toThrow();
    expect(fake.posted).toEqual([]);
  });
});
