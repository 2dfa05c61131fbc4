/** Reads the whole cost plan (every live record the calculation needs) in one pass for the pure reports. */
import type { PersonSalary } from '@shared/domain/costs';
import type { AllocationKeyKind, GroupType, HostingStatus, RoundingUnit } from '@shared/domain/enums';
import type { Db } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import type { OwnerParameters, PlanData, PlanHosting, PlanKey } from '../../domain/cost-plan/types';
import { readReferenceParameters, REFERENCE_COSTS_SOURCE } from '../../reference/costs-file';
import type { MirrorMembership, ReadModel } from '../../read-model';
import { installationOwner } from './scope';

async function loadHostings(db: Db): Promise<PlanHosting[]> {
  const rows = await db
    .selectFrom('hostings as h')
    .innerJoin('groups as g', 'g.id', 'h.group_id')
    .select([
      'h.id',
      'h.owner',
      'h.group_id',
      'g.name as group_name',
      'g.type as group_type',
      'h.host_healthcare_region_code',
      'h.status',
      'h.start_date',
      'h.end_date',
      'h.allocation_key_id',
      'h.rounding_unit',
    ])
    .where('h.deleted_at', 'is', null)
    .orderBy('g.name')
    .orderBy('h.start_date')
    .orderBy('h.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    owner: r.owner,
    groupId: r.group_id,
    groupName: r.group_name,
    groupType: r.group_type as GroupType,
    hostHealthcareRegionCode: r.host_healthcare_region_code,
    status: r.status as HostingStatus,
    startDate: r.start_date,
    endDate: r.end_date,
    allocationKeyId: r.allocation_key_id,
    roundingUnit: r.rounding_unit as RoundingUnit,
    planningCopy: r.owner !== r.host_healthcare_region_code,
  }));
}

async function loadKeys(db: Db): Promise<PlanKey[]> {
  const keys = await db.selectFrom('allocation_keys').selectAll().where('deleted_at', 'is', null).execute();
  const shares = await db.selectFrom('allocation_key_shares').selectAll().where('deleted_at', 'is', null).orderBy('region_code').execute();
  return keys.map((k) => ({
    id: k.id,
    name: k.name,
    kind: k.kind as AllocationKeyKind,
    healthcareRegionCode: k.healthcare_region_code,
    fixedPartBp: k.fixed_part_bp,
    populationYearOffset: k.population_year_offset,
    shares: shares.filter((s) => s.allocation_key_id === k.id).map((s) => ({ regionCode: s.region_code, shareBp: s.share_bp })),
  }));
}

async function loadParameters(db: Db): Promise<OwnerParameters[]> {
  const rows = await db.selectFrom('cost_parameters').selectAll().where('deleted_at', 'is', null).orderBy('year').execute();
  const salaries = await db.selectFrom('default_salaries').selectAll().where('deleted_at', 'is', null).orderBy('year').execute();
  const owners = [...new Set([...rows.map((r) => r.owner), ...salaries.map((s) => s.owner)])];
  return owners.map((owner) => ({
    owner,
    rows: rows
      .filter((r) => r.owner === owner)
      .map((r) => ({ year: r.year, poSurchargeBp: r.po_surcharge_bp, salaryIndexBp: r.salary_index_bp })),
    defaultSalaries: salaries
      .filter((s) => s.owner === owner)
      .map((s) => ({ year: s.year, role: s.role, profession: s.profession, monthlySalaryOre: s.monthly_salary_ore })),
  }));
}

async function loadPersonSalaries(db: Db): Promise<Record<string, PersonSalary[]>> {
  const rows = await db.selectFrom('person_salaries').selectAll().where('deleted_at', 'is', null).orderBy('effective_date').execute();
  const result: Record<string, PersonSalary[]> = {};
  for (const r of rows) (result[r.person_id] ??= []).push({ effectiveDate: r.effective_date, monthlySalaryOre: r.monthly_salary_ore });
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

async function loadPopulationsAndNames(db: Db) {
  const populations = await db
    .selectFrom('healthcare_region_member_populations')
    .select(['healthcare_region_code', 'region_code', 'year', 'population'])
    .where('deleted_at', 'is', null)
    .execute();
  const members = await db
    .selectFrom('healthcare_region_members')
    .select(['healthcare_region_code', 'region_code'])
    .where('deleted_at', 'is', null)
    .execute();
  const regions = await db.selectFrom('regions').select(['code', 'name']).where('deleted_at', 'is', null).execute();
  return {
    populations: populations.map((p) => ({
      healthcareRegionCode: p.healthcare_region_code,
      regionCode: p.region_code,
      year: p.year,
      population: p.population,
    })),
    members: members.map((m) => ({ healthcareRegionCode: m.healthcare_region_code, regionCode: m.region_code })),
    regionNames: Object.fromEntries(regions.map((r) => [r.code, r.name])),
  };
}

/**
 * One read transaction, so the plan is a consistent picture even while the UI writes. `only.year`: a
 * plan for reports of that one year (memberships overlapping it; everything else as always).
 * `only.memberships: false`: everything but the memberships (the live year report takes them per region).
 */
export async function loadPlan(ctx: ServiceContext, only: { year?: number; memberships?: false } | null = null): Promise<PlanData> {
  const reference = readReferenceParameters(ctx.resourcesDir);
  const memberships = only?.memberships === false ? null : { year: only?.year ?? null };
  return ctx.db.transaction().execute((trx) => readPlan(trx, ctx.readModel, reference, memberships));
}

async function readPlan(
  db: Db,
  readModel: ReadModel,
  referenceParameters: PlanData['referenceParameters'],
  memberships: { year: number | null } | null,
): Promise<PlanData> {
  const items = await db
    .selectFrom('cost_items')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('year')
    .orderBy('created_at')
    .orderBy('label')
    .orderBy('id')
    .execute();
  const contributions = await db
    .selectFrom('fixed_contributions')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('recipient')
    .orderBy('label')
    .execute();
  return {
    installationOwner: await installationOwner(db),
    hostings: await loadHostings(db),
    items: items.map((i) => ({
      id: i.id,
      hostingId: i.hosting_id,
      year: i.year,
      kind: i.kind === 'STAFFED_ROLE' ? 'STAFFED_ROLE' : 'FIXED_AMOUNT',
      label: i.label,
      role: i.role,
      profession: i.profession,
      allocationBp: i.allocation_bp,
      monthlySalaryOre: i.monthly_salary_ore,
      amountOre: i.amount_ore,
    })),
    keys: await loadKeys(db),
    parameters: await loadParameters(db),
    referenceParameters,
    referenceSource: REFERENCE_COSTS_SOURCE,
    personSalaries: await loadPersonSalaries(db),
    memberships: memberships === null ? [] : loadMemberships(readModel, memberships.year),
    contributions: contributions.map((c) => ({
      id: c.id,
      regionCode: c.region_code,
      year: c.year,
      recipient: c.recipient,
      label: c.label,
      amountOre: c.amount_ore,
    })),
    ...(await loadPopulationsAndNames(db)),
    poOverrides: [],
    indexOverrides: [],
  };
}
