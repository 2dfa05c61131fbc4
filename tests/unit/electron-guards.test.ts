import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, installNavigationGuards, type GuardedContents } from '../../src/main/electron/guards';

type WindowOpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: WindowOpenHandler | null = null;
  const contents = {
    on: (name: string, listener: (...args: unknown[]) => void) => emitter.on(name, listener),
    setWindowOpenHandler: (handler: WindowOpenHandler) => (openHandler = handler),
  };
  const openExternal = vi.fn();
  installNavigationGuards(contents as unknown as GuardedContents, openExternal);
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(name, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  const openWindow = (url: string) => openHandler?.({ url });
  return { emitter, fire, openWindow, openExternal };
}

const HOSTILE = [
  'https://evil.example/',
  'file:///C:/Windows/System32/calc.exe',
  'javascript:alert(1)',
  '\\\\server\\share\\x',
  'app://samplan.evil/',
  'https://skr.se.evil.com/',
  'http://skr.se/',
];

describe('installNavigationGuards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: cancels every non-app URL and opens none', (name) => {
    const { fire, openExternal } = fakeContents();
    for (const url of HOSTILE) expect(fire(name, url)).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('lets the app navigate inside its own origin', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'app://samplan/index.html#/reference')).toBe(false);
  });

  it('cancels a navigation to an allow-listed site and opens it in the system browser instead', () => {
    const { fire, openExternal } = fakeContents();
    expect(fire('will-navigate', 'https://www.scb.se/statistik')).toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.scb.se/statistik');
  });

  it('denies every new window; only allow-listed https opens externally', () => {
    const { openWindow, openExternal } = fakeContents();
    for (const url of [...HOSTILE, 'app://samplan/index.html', 'about:blank']) expect(openWindow(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(openWindow('https://skr.se/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://skr.se/');
  });

  it('prevents every <webview> from attaching', () => {
    const { emitter } = fakeContents();
    const event = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', event, {}, { src: 'app://samplan/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('denyAllPermissions', () => {
  it('denies every permission request, check and device', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    denyAllPermissions(session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (c: unknown, p: string) => boolean;
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (d: unknown) => boolean;
    for (const permission of ['notifications', 'geolocation', 'media', 'clipboard-read', 'hid', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request(null, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(check(null, permission)).toBe(false);
    }
    expect(device({ deviceType: 'hid' })).toBe(false);
  });
});
