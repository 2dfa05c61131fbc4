import type { Route } from './store';

/** Hash routes: they work the same from a file in Electron and from the browser-mode server. */
const HASHES: Record<Route, string> = {
  overview: '#/oversikt',
  reference: '#/referensdata',
};

export function hrefFor(route: Route): string {
  return HASHES[route];
}

export function routeFromHash(hash: string): Route {
  const found = (Object.keys(HASHES) as Route[]).find((route) => HASHES[route] === hash);
  return found ?? 'overview';
}

/** Calls `onChange` with the current route now and on every hash change; returns the unsubscribe. */
export function followHashRoute(onChange: (route: Route) => void): () => void {
  const handler = () => onChange(routeFromHash(window.location.hash));
  handler();
  window.addEventListener('hashchange', handler);
  return () => window.removeEventListener('hashchange', handler);
}
