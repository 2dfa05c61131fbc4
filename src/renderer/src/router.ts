import type { Route } from './store';

/** Hash routes: they work the same from a file in Electron and from the browser-mode server. */
const HASHES: Record<Route, string> = {
  overview: '#/oversikt',
  persons: '#/personer',
  personNew: '#/personer/ny',
  person: '#/personer',
  organisations: '#/organisationer',
  groups: '#/grupper',
  groupNew: '#/grupper/ny',
  group: '#/grupper',
  vacancies: '#/vakanser',
  balance: '#/balans',
  warnings: '#/varningar',
  import: '#/importera',
  reference: '#/referensdata',
  capacity: '#/kapacitet',
  teams: '#/aktivitetsnivaer',
  pathways: '#/vardforlopp',
  yearPlan: '#/arsplan',
  costHostings: '#/kostnader/vardskap',
  costHosting: '#/kostnader/vardskap',
  costParameters: '#/kostnader/parametrar',
  costKeys: '#/kostnader/nycklar',
  costReports: '#/kostnader/rapporter',
  costScenarios: '#/kostnader/scenarier',
  packages: '#/paket',
  packagesImport: '#/paket/importera',
  packagesHistory: '#/paket/historik',
  packagesKeys: '#/paket/nycklar',
  backups: '#/sakerhetskopior',
  auditLog: '#/granskningslogg',
  erasures: '#/raderingar',
};

/** Routes that show one record: the hash is `<base>/<id>`. */
const RECORD_ROUTES: Partial<Record<Route, Route>> = { person: 'persons', group: 'groups', costHosting: 'costHostings' };

export type Location = { route: Route; id: string | null };

export function hrefFor(route: Route, id?: string): string {
  const base = HASHES[route];
  return id && route in RECORD_ROUTES ? `${base}/${encodeURIComponent(id)}` : base;
}

export function locationFromHash(hash: string): Location {
  const exact = (Object.keys(HASHES) as Route[]).find((route) => !(route in RECORD_ROUTES) && HASHES[route] === hash);
  if (exact) return { route: exact, id: null };
  for (const route of Object.keys(RECORD_ROUTES) as Route[]) {
    const prefix = `${HASHES[route]}/`;
    if (hash.startsWith(prefix) && hash.length > prefix.length) {
      return { route, id: decodeURIComponent(hash.slice(prefix.length)) };
    }
  }
  return { route: 'overview', id: null };
}

export function routeFromHash(hash: string): Route {
  return locationFromHash(hash).route;
}

/** The navigation entry a route belongs to (a person page belongs to "Personer"). */
export function sectionOf(route: Route): Route {
  if (route === 'person' || route === 'personNew') return 'persons';
  if (route === 'group' || route === 'groupNew') return 'groups';
  if (route === 'costHosting') return 'costHostings';
  if (route.startsWith('packages')) return 'packages';
  return route;
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
