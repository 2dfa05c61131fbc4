/**
 * The one route table: every page of the app with its hash, the navigation group it belongs to, the
 * translation key of its menu entry, and (for pages that are not in the menu) the entry they belong to.
 * The router (hashes), the navigation (groups and labels) and the views (links, the page shown) all read it.
 */

/** Navigation grouped by job. The start page stands above the groups. */
export const NAV_GROUPS = ['register', 'planning', 'finance', 'exchange', 'administration'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

/** Menu labels: the keys already used by each area's translations. */
type NavLabel =
  | 'nav.overview'
  | 'nav.persons'
  | 'nav.organisations'
  | 'nav.groups'
  | 'nav.vacancies'
  | 'nav.balance'
  | 'nav.warnings'
  | 'nominations.nav'
  | 'nav.import'
  | 'nav.reference'
  | 'nav.data'
  | 'planning.nav.capacity'
  | 'planning.nav.teams'
  | 'planning.nav.pathways'
  | 'planning.nav.yearPlan'
  | 'costs.nav.costHostings'
  | 'costs.nav.costReports'
  | 'costs.nav.costScenarios'
  | 'budgetActual.nav'
  | 'costs.nav.costKeys'
  | 'costs.nav.costParameters'
  | 'packages.nav'
  | 'durability.nav.backups'
  | 'durability.nav.auditLog'
  | 'privacy.nav';

type MenuEntry = { hash: string; group: NavGroup | null; label: NavLabel };
/** A page reached from a menu entry (a record, a new-record form, a tab): the menu marks that entry. */
type SubPage = { hash: string; within: string; record?: true };

/** In menu order within each group. */
export const ROUTES = {
  overview: { hash: '#/oversikt', group: null, label: 'nav.overview' },
  // Register
  persons: { hash: '#/personer', group: 'register', label: 'nav.persons' },
  personNew: { hash: '#/personer/ny', within: 'persons' },
  person: { hash: '#/personer', within: 'persons', record: true },
  organisations: { hash: '#/organisationer', group: 'register', label: 'nav.organisations' },
  groups: { hash: '#/grupper', group: 'register', label: 'nav.groups' },
  groupNew: { hash: '#/grupper/ny', within: 'groups' },
  group: { hash: '#/grupper', within: 'groups', record: true },
  vacancies: { hash: '#/vakanser', group: 'register', label: 'nav.vacancies' },
  balance: { hash: '#/balans', group: 'register', label: 'nav.balance' },
  warnings: { hash: '#/varningar', group: 'register', label: 'nav.warnings' },
  nominations: { hash: '#/nomineringar', group: 'register', label: 'nominations.nav' },
  nominationNew: { hash: '#/nomineringar/ny', within: 'nominations' },
  // before `nomination`: the prefilled form for a group or seat (`<groupId>` or `<groupId>~<seatId>`)
  nominationStart: { hash: '#/nomineringar/starta', within: 'nominations', record: true },
  nomination: { hash: '#/nomineringar', within: 'nominations', record: true },
  // Planering
  capacity: { hash: '#/kapacitet', group: 'planning', label: 'planning.nav.capacity' },
  teams: { hash: '#/aktivitetsnivaer', group: 'planning', label: 'planning.nav.teams' },
  pathways: { hash: '#/vardforlopp', group: 'planning', label: 'planning.nav.pathways' },
  yearPlan: { hash: '#/arsplan', group: 'planning', label: 'planning.nav.yearPlan' },
  // Ekonomi
  costHostings: { hash: '#/kostnader/vardskap', group: 'finance', label: 'costs.nav.costHostings' },
  costHosting: { hash: '#/kostnader/vardskap', within: 'costHostings', record: true },
  costReports: { hash: '#/kostnader/rapporter', group: 'finance', label: 'costs.nav.costReports' },
  costScenarios: { hash: '#/kostnader/scenarier', group: 'finance', label: 'costs.nav.costScenarios' },
  budgetActual: { hash: '#/kostnader/budget-och-utfall', group: 'finance', label: 'budgetActual.nav' },
  costKeys: { hash: '#/kostnader/nycklar', group: 'finance', label: 'costs.nav.costKeys' },
  costParameters: { hash: '#/kostnader/parametrar', group: 'finance', label: 'costs.nav.costParameters' },
  // Utbyte
  packages: { hash: '#/paket', group: 'exchange', label: 'packages.nav' },
  packagesImport: { hash: '#/paket/importera', within: 'packages' },
  packagesHistory: { hash: '#/paket/historik', within: 'packages' },
  packagesKeys: { hash: '#/paket/nycklar', within: 'packages' },
  packagesExchange: { hash: '#/paket/utbytesmapp', within: 'packages' },
  packagesReview: { hash: '#/paket/granska', within: 'packages', record: true },
  import: { hash: '#/importera', group: 'exchange', label: 'nav.import' },
  // Administration
  reference: { hash: '#/referensdata', group: 'administration', label: 'nav.reference' },
  data: { hash: '#/data', group: 'administration', label: 'nav.data' },
  backups: { hash: '#/sakerhetskopior', group: 'administration', label: 'durability.nav.backups' },
  auditLog: { hash: '#/granskningslogg', group: 'administration', label: 'durability.nav.auditLog' },
  erasures: { hash: '#/raderingar', group: 'administration', label: 'privacy.nav' },
} as const satisfies Record<string, MenuEntry | SubPage>;

export type Route = keyof typeof ROUTES;
export type MenuRoute = { [R in Route]: (typeof ROUTES)[R] extends MenuEntry ? R : never }[Route];

export const ALL_ROUTES = Object.keys(ROUTES) as Route[];

function isMenuRoute(route: Route): route is MenuRoute {
  return 'label' in ROUTES[route];
}

export function isRecordRoute(route: Route): boolean {
  const entry: MenuEntry | SubPage = ROUTES[route];
  return 'record' in entry && entry.record === true;
}

/** The menu entry a page belongs to (a person page belongs to "Personer"). */
export function sectionOf(route: Route): MenuRoute {
  if (isMenuRoute(route)) return route;
  const entry: MenuEntry | SubPage = ROUTES[route];
  return 'within' in entry ? sectionOf(entry.within as Route) : 'overview';
}

export function labelOf(route: MenuRoute): NavLabel {
  return ROUTES[route].label;
}

/** The menu: the start page, then each group's entries in table order. */
export function menu(): { top: MenuRoute[]; groups: { group: NavGroup; routes: MenuRoute[] }[] } {
  const entries = ALL_ROUTES.filter(isMenuRoute);
  return {
    top: entries.filter((route) => ROUTES[route].group === null),
    groups: NAV_GROUPS.map((group) => ({ group, routes: entries.filter((route) => ROUTES[route].group === group) })),
  };
}

export function groupOf(route: Route): NavGroup | null {
  return ROUTES[sectionOf(route)].group;
}
