import { ALL_ROUTES, isRecordRoute, ROUTES, type Route } from './routes';

export { sectionOf } from './routes';

/** Hash routes (from the route table): they work the same from a file in Electron and from the browser-mode server. */
export type Location = { route: Route; id: string | null };

export function hrefFor(route: Route, id?: string): string {
  const base = ROUTES[route].hash;
  return id && isRecordRoute(route) ? `${base}/${encodeURIComponent(id)}` : base;
}

export function locationFromHash(hash: string): Location {
  const exact = ALL_ROUTES.find((route) => !isRecordRoute(route) && ROUTES[route].hash === hash);
  if (exact) return { route: exact, id: null };
  for (const route of ALL_ROUTES.filter(isRecordRoute)) {
    const prefix = `${ROUTES[route].hash}/`;
    if (hash.startsWith(prefix) && hash.length > prefix.length) {
      return { route, id: decodeURIComponent(hash.slice(prefix.length)) };
    }
  }
  return { route: 'overview', id: null };
}

export function routeFromHash(hash: string): Route {
  return locationFromHash(hash).route;
}

export function navigate(route: Route, id?: string): void {
  window.location.hash = hrefFor(route, id);
}

/** Calls `onChange` with the current location now and on every hash change; returns the unsubscribe. */
export function followHashRoute(onChange: (location: Location) => void): () => void {
  const handler = () => onChange(locationFromHash(window.location.hash));
  handler();
  window.addEventListener('hashchange', handler);
  return () => window.removeEventListener('hashchange', handler);
}
