import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, type Channel } from '@shared/contract/channels';
import { buildApi } from '../../src/preload/api';

describe('buildApi (window.api)', () => {
  it('has exactly one function per contract channel and nothing else', () => {
    const api = buildApi(async () => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('exposes no generic invoke, send or ipcRenderer', () => {
    const api = buildApi(async () => null) as unknown as Record<string, unknown>;
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync', 'postMessage']) expect(api[name]).toBeUndefined();
  });

  it.each(CHANNEL_NAMES)('%s forwards its own channel and exactly its one argument', async (channel) => {
    const invoke = vi.fn(async (_channel: Channel, _input: unknown) => ({ ok: true, value: channel }));
    const api = buildApi(invoke);
    const input = { marker: channel };
    const call = api[channel] as (value: unknown, ...rest: unknown[]) => Promise<unknown>;
    await expect(call(input, 'extra argument')).resolves.toEqual({ ok: true, value: channel });
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith(channel, input);
  });

  it('is frozen', () => {
    const api = buildApi(async () => null);
    expect(Object.isFrozen(api)).toBe(true);
  });
});
