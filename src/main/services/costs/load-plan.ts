/** Reads the whole cost plan (every live record the calculation needs) in one pass for the pure reports. */
import type { PersonSalary } from '@shared/domain/costs';
import { readTransaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import type { OwnerParameters, PlanData } from '../../domain/cost-plan/types';
import { readReferenceParameters, REFERENCE_COSTS_SOURCE } from '../../reference/costs-file';
import type { MirrorMembership, ReadModel } from '../../read-model';
import { liveKeys, liveShares, toPlanKey } from '../../repositories/costs/allocation-keys';
import { liveContributions, toContribution } from '../../repositories/costs/contributions';
import { liveCostItems, toCostItem } from '../../repositories/costs/cost-items';
import { liveHostings, toPlanHosting } from '../../repositories/costs/hostings';
import { liveDefaultSalaries, liveParameters, toDefaultSalary, toParameter } from '../../repositories/costs/parameters';
import { livePersonSalaries, toPersonSalary } from '../../repositories/costs/person-salaries';
import { healthcareRegionNames, liveMemberPopulations, liveMembers, regionNames } from '../../repositories/costs/references';
import { installationOwner } from './scope';

function loadParameters(conn: Connection): OwnerParameters[] {
  const rows = liveParameters(conn);
  const salaries = liveDefaultSalaries(conn);
  const owners = [...new Set([...rows.map((r) => r.owner), ...salaries.map((s) => s.owner)])];
  return owners.map((owner) => ({
    owner,
    rows: rows.filter((r) => r.owner === owner).map(toParameter),
    defaultSalaries: salaries.filter((s) => s.owner === owner).map(toDefaultSalary),
  }));
}

function loadPersonSalaries(conn: Connection): Record<string, PersonSalary[]> {
  const result: Record<string, PersonSalary[]> = {};
  for (const r of livePersonSalaries(conn)) (result[r.person_id] ??= []).push(toPersonSalary(r));
  return result;
}

type PlanMembership = PlanData['memberships'][number];

/**
 * The memberships of the plan (those overlapping `year` when given) of persons with a region, with their
 * person and group, in the order of the report: person name, group name, start date, id. They come from
 * the register mirror (kept in that order), read inside the plan's read transaction; the objects are
 * shared with the mirror and never changed (a scenario changes copies).
 */
function loadMemberships(readModel: ReadModel, year: number | null): PlanMembership[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const result: PlanMembership[] = [];
  for (const m of readModel.mirror().inPlanOrder()) {
    if (m.personRegionCode === null) continue;
    if (year !== null && (m.startDate > last || (m.endDate !== null && m.endDate < first))) continue;
    result.push(m as MirrorMembership & { personRegionCode: string });
  }
  return result;
}

/**
 * One read transaction, so the plan is a consistent picture even while another process writes.
 * `only.year`: a plan for reports of that one year (memberships overlapping it; everything else as
 * always). `only.memberships: false`: everything but the memberships (the live year report takes them per region).
 */
export function loadPlan(ctx: ServiceContext, only: { year?: number; memberships?: false } | null = null): PlanData {
  const reference = readReferenceParameters(ctx.resourcesDir);
  const memberships = only?.memberships === false ? null : { year: only?.year ?? null };
  return readTransaction(ctx.conn, () => readPlan(ctx.conn, ctx.readModel, reference, memberships));
}

function readPlan(
  conn: Connection,
  readModel: ReadModel,
  referenceParameters: PlanData['referenceParameters'],
  memberships: { year: number | null } | null,
): PlanData {
  const shares = liveShares(conn);
  return {
    installationOwner: installationOwner(conn),
    hostings: liveHostings(conn).map(toPlanHosting),
    items: liveCostItems(conn).map(toCostItem),
    keys: liveKeys(conn).map((k) => toPlanKey(k, shares)),
    parameters: loadParameters(conn),
    referenceParameters,
    referenceSource: REFERENCE_COSTS_SOURCE,
    personSalaries: loadPersonSalaries(conn),
    memberships: memberships === null ? [] : loadMemberships(readModel, memberships.year),
    contributions: liveContributions(conn, { regionCode: null, year: null }).map(toContribution),
    populations: liveMemberPopulations(conn),
    members: liveMembers(conn),
    regionNames: regionNames(conn),
    healthcareRegionNames: healthcareRegionNames(conn),
    poOverrides: [],
    indexOverrides: [],
  };
}
