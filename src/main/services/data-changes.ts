import type { DataChanges } from '@shared/contract/app';
import type { Domain } from '@shared/contract/domains';
import type { Connection } from '../db/data';
import { changesAfter } from '../repositories/change-log';

/**
 * The one place where a table of the change log (migration 0011's followed tables) is given the domain
 * of the channels that read it. A table not named here counts as a change of everything.
 */
const TABLE_DOMAINS: Readonly<Record<string, Domain>> = {
  settings: 'settings',
  healthcare_regions: 'reference',
  regions: 'reference',
  healthcare_region_members: 'reference',
  region_populations: 'populations',
  healthcare_region_member_populations: 'populations',
  organisations: 'register',
  persons: 'register',
  groups: 'register',
  seats: 'register',
  memberships: 'register',
  role_allocation_defaults: 'register',
  rule_dismissals: 'warnings',
  team_activity_levels: 'planning',
  activity_level_allocations: 'planning',
  care_pathways: 'planning',
  pathway_implementations: 'planning',
  allocation_keys: 'costs',
  allocation_key_shares: 'costs',
  hostings: 'costs',
  cost_items: 'costs',
  cost_parameters: 'costs',
  default_salaries: 'costs',
  person_salaries: 'costs',
  fixed_contributions: 'costs',
  cost_scenarios: 'costs',
  cost_budgets: 'costs',
  cost_actuals: 'costs',
  person_erasures: 'privacy',
  cost_region_actuals: 'costs',
  exchange_pickups: 'packages',
  nomination_requests: 'nominations',
  nomination_candidates: 'nominations',
};

export function domainOfTable(table: string): Domain | null {
  return Object.prototype.hasOwnProperty.call(TABLE_DOMAINS, table) ? (TABLE_DOMAINS[table] ?? null) : null;
}

/**
 * The domains changed after `since`. The log is emptied whenever the file is opened (by the app, the CLI
 * or a restore), so a gap after `since`, or a sequence behind it, means the changes are unknown: everything.
 */
export function dataChanges(conn: Connection, since: number): DataChanges {
  const { last, firstKept, tables } = changesAfter(conn, since);
  if (last === since) return { sequence: last, domains: [], everything: false };
  const unknown = last < since || firstKept !== since + 1;
  const domains = tables.map(domainOfTable);
  if (unknown || domains.includes(null)) return { sequence: last, domains: [], everything: true };
  return { sequence: last, domains: [...new Set(domains.filter((d): d is Domain => d !== null))].sort(), everything: false };
}
