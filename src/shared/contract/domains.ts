import type { Channel } from './channels';

/**
 * What a channel's data is about. The backend reports which domains changed (`data:changes`) and the
 * renderer refetches exactly the queries of the domains that read them (DEPENDENTS).
 */
export const DOMAINS = [
  'app',
  'settings',
  'reference',
  'register',
  'warnings',
  'planning',
  'costs',
  'populations',
  'packages',
  'jobs',
  'durability',
  'privacy',
  'audit',
  'nominations',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** The part of a channel name before the colon: `persons` of `persons:search`. */
export type ChannelPrefix<C extends string = Channel> = C extends `${infer P}:${string}` ? P : never;

/** The domain of every channel, by its prefix (a channel with a new prefix does not compile until it has one). */
const DOMAIN_OF_PREFIX: Record<ChannelPrefix, Domain> = {
  app: 'app',
  data: 'app',
  setup: 'settings',
  settings: 'settings',
  example: 'register',
  reference: 'reference',
  organisations: 'register',
  persons: 'register',
  groups: 'register',
  seats: 'register',
  memberships: 'register',
  'allocation-defaults': 'register',
  register: 'register',
  lists: 'register',
  vacancies: 'register',
  balance: 'register',
  rules: 'warnings',
  capacity: 'planning',
  teams: 'planning',
  'level-allocations': 'planning',
  pathways: 'planning',
  'year-plan': 'planning',
  actuals: 'costs',
  'allocation-keys': 'costs',
  budget: 'costs',
  'cost-items': 'costs',
  'cost-parameters': 'costs',
  'cost-report': 'costs',
  costs: 'costs',
  'default-salaries': 'costs',
  'fixed-contributions': 'costs',
  hostings: 'costs',
  invoice: 'costs',
  'organisation-numbers': 'costs',
  'person-salaries': 'costs',
  scenarios: 'costs',
  populations: 'populations',
  packages: 'packages',
  keys: 'packages',
  jobs: 'jobs',
  backups: 'durability',
  recovery: 'durability',
  audit: 'audit',
  privacy: 'privacy',
  exchange: 'packages',
  'region-actuals': 'costs',
  nominations: 'nominations',
  // what can be undone is whatever changed last: its queries follow every change
  undo: 'app',
};

export function channelDomain(channel: Channel): Domain {
  return DOMAIN_OF_PREFIX[channel.slice(0, channel.indexOf(':')) as ChannelPrefix];
}

/** Every write is audited, and the start page (app) counts and summarises everything. */
const ALWAYS: readonly Domain[] = ['app', 'audit'];

/**
 * Whose queries read a domain's data: when a domain changed, the queries of these domains are refetched.
 * Settings (owner, language, horizons) and a restored backup reach everything.
 */
export const DEPENDENTS: Readonly<Record<Domain, readonly Domain[]>> = {
  app: [],
  settings: DOMAINS,
  reference: ['reference', 'register', 'warnings', 'planning', 'costs', 'populations', 'packages', 'nominations'],
  register: ['register', 'warnings', 'planning', 'costs', 'packages', 'privacy', 'nominations'],
  warnings: ['warnings'],
  planning: ['planning', 'warnings', 'costs'],
  costs: ['costs'],
  populations: ['populations', 'register', 'costs'],
  packages: ['packages', 'register', 'warnings', 'planning', 'costs', 'nominations'],
  jobs: ['jobs', 'packages'],
  durability: DOMAINS,
  privacy: ['privacy', 'register', 'warnings', 'planning', 'costs', 'nominations'],
  audit: [],
  // a decision creates an assignment: the register's queries follow
  nominations: ['nominations', 'register', 'warnings', 'planning', 'privacy'],
};

/** The domains whose queries must be refetched after `changed` changed. */
export function affectedDomains(changed: readonly Domain[]): Set<Domain> {
  const affected = new Set<Domain>();
  for (const domain of changed) {
    for (const dependent of [domain, ...DEPENDENTS[domain], ...ALWAYS]) affected.add(dependent);
  }
  return affected;
}
