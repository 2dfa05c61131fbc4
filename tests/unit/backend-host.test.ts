import { describe, expect, it } from 'vitest';
import { BACKEND_LOST } from '@shared/contract/port';
import { createBackendHost, type BackendChild } from '../../src/main/backend/host';
import type { HostMessage } from '../../src/main/backend/protocol';

/** A scripted backend process: the test sees what the host posted and plays the process's side. */
class FakeChild implements BackendChild {
  static made: FakeChild[] = [];
  readonly posted: HostMessage[] = [];
  readonly pid = FakeChild.made.length + 100;
  private messageListeners: ((message: unknown) => void)[] = [];
  private exitListeners: ((code: number | null) => void)[] = [];
  constructor() {
    FakeChild.made.push(this);
  }
  post(message: HostMessage): void {
    this.posted.push(message);
    if (message.type === 'shutdown') queueMicrotask(() => this.exit(0));
  }
  onMessage(listener: (message: unknown) => void): void {
    this.messageListeners.push(listener);
  }
  onExit(listener: (code: number | null) => void): void {
    this.exitListeners.push(listener);
  }
  kill(): void {
    this.exit(null);
  }
  send(message: unknown): void {
    this.messageListeners.forEach((listener) => listener(message));
  }
  exit(code: number | null): void {
    this.exitListeners.forEach((listener) => listener(code));
  }
  calls() {
    return this.posted.flatMap((m) => (m.type === 'call' ? [m.call] : []));
  }
}

const OPTIONS = { dbPath: '/tmp/x.db', resourcesDir: '/tmp/r', appVersion: '1', actor: 'a' };
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createBackendHost (with a scripted process)', () => {
  it('starts with the options, answers calls by id, fails calls in flight at a crash, restarts, and stops', async () => {
    FakeChild.made = [];
    const host = createBackendHost(() => new FakeChild(), OPTIONS);
    const started = host.start();
    const first = FakeChild.made[0]!;
    expect(first.posted[0]).toEqual({ type: 'start', options: OPTIONS });
    first.send({ type: 'ready', damaged: false });
    await expect(started).resolves.toEqual({ damaged: false });

    const a = host.call('app:info', {});
    const b = host.call('persons:get', { id: 'x' });
    await tick();
    const [callA, callB] = first.calls();
    first.send({ type: 'reply', reply: { id: callB!.id, result: { ok: true, value: 'b' } } });
    await expect(b).resolves.toEqual({ ok: true, value: 'b' });

    const restarted = new Promise<void>((resolve) => host.onRestart(resolve));
    first.exit(null);
    await expect(a).resolves.toEqual({ ok: false, error: BACKEND_LOST });
    expect(callA?.channel).toBe('app:info');
    const during = host.call('app:info', {});
    const second = FakeChild.made[1]!;
    second.send({ type: 'ready', damaged: false });
    await restarted;
    await tick();
    second.send({ type: 'reply', reply: { id: second.calls()[0]!.id, result: { ok: true, value: 'after' } } });
    await expect(during).resolves.toEqual({ ok: true, value: 'after' });
    expect(host.pid()).toBe(second.pid);

    await host.stop();
    expect(second.posted.at(-1)).toEqual({ type: 'shutdown' });
    expect(FakeChild.made).toHaveLength(2);
    await expect(host.call('app:info', {})).resolves.toEqual({ ok: false, error: BACKEND_LOST });
  });

  it('rejects start with the failure the process reported, and does not restart a process that never started', async () => {
    FakeChild.made = [];
    const host = createBackendHost(() => new FakeChild(), OPTIONS);
    const started = host.start();
    FakeChild.made[0]!.send({ type: 'start-failed', failure: { name: 'DatabaseOpenError', kind: 'TOO_NEW', message: 'm', backupIds: [] } });
    await expect(started).rejects.toMatchObject({ name: 'BackendStartError', failure: { kind: 'TOO_NEW' } });
    FakeChild.made[0]!.exit(1);
    await tick();
    expect(FakeChild.made).toHaveLength(1);
  });
});
