import type { Session, WebContents } from 'electron';
import { decideNavigation, externalUrlToOpen } from './navigation';

/** Opens a URL in the system browser (shell.openExternal); injected so tests can count calls. */
export type OpenExternal = (url: string) => void;

type PreventableEvent = { preventDefault(): void };
type NavigationEvent = PreventableEvent & { url: string };

/** The slice of WebContents the guards use (a fake in tests). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Locks navigation of one webContents: every navigation or redirect away from the app origin is
 * cancelled (an allow-listed site opens in the system browser instead), no window is ever opened,
 * and <webview> can never be attached.
 */
export function installNavigationGuards(contents: GuardedContents, openExternal: OpenExternal): void {
  const guard = (event: NavigationEvent) => {
    const decision = decideNavigation(event.url);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) openExternal(decision.openExternally);
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) openExternal(external);
    return { action: 'deny' };
  });
}

/** The slice of Session the permission lock uses. */
export type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/** Samplan needs no browser permission (camera, notifications, clipboard-read, HID, …): all are denied. */
export function denyAllPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
