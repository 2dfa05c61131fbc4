import type { DbRow } from '../../domain/packages/wire';
import type { GroupRef } from './build-groups';
import { hostOf } from './build-groups';
import { FIRST_YEAR, LAST_YEAR, dayIn, monthIndex, programmeAreas, syncColumns, type BuildContext } from './model';

export type Costs = { allocationKeys: DbRow[]; hostings: DbRow[]; costItems: DbRow[] };

/** Staffed roles of a hosting (monthly salary in kronor at the first year) and the fixed meeting costs. */
const STAFFED = [
  { label: 'Ordförande', role: 'CHAIR', profession: 'Läkare', bp: 2000, salaryKr: [78_000, 96_000] },
  { label: 'Processledare', role: 'PROCESS_LEADER', profession: 'Sjuksköterska', bp: 5000, salaryKr: [52_000, 61_000] },
  { label: 'Sekreterare', role: 'SECRETARY', profession: 'Verksamhetsutvecklare', bp: 3000, salaryKr: [44_000, 50_000] },
] as const;

/** Yearly salary growth in hundredths of a percent (3 %). */
const SALARY_GROWTH_BP = 300;

function grown(amountKr: number, years: number): number {
  let value = amountKr;
  for (let i = 0; i < years; i++) value = Math.round((value * (10_000 + SALARY_GROWTH_BP)) / 10_000);
  return value;
}

function costItems(ctx: BuildContext, hostingId: string, host: string): DbRow[] {
  const { rng } = ctx;
  const rows: DbRow[] = [];
  const salaries = STAFFED.map((s) => rng.int(s.salaryKr[0], s.salaryKr[1]));
  const travelKr = rng.int(150, 400) * 1000;
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    STAFFED.forEach((s, i) => {
      rows.push({
        ...syncColumns(ctx.id(`cost-item:${hostingId}:${year}:${s.role}`), host),
        hosting_id: hostingId,
        year,
        kind: 'STAFFED_ROLE',
        label: s.label,
        role: s.role,
        profession: s.profession,
        allocation_bp: s.bp,
        monthly_salary_ore: grown(salaries[i]!, year - FIRST_YEAR) * 100,
        amount_ore: null,
        salary_effective_date: `${year}-01-01`,
        salary_changes_json: '[]',
      });
    });
    rows.push({
      ...syncColumns(ctx.id(`cost-item:${hostingId}:${year}:meetings`), host),
      hosting_id: hostingId,
      year,
      kind: 'FIXED_AMOUNT',
      label: 'Resor, möten och lokaler',
      role: null,
      profession: null,
      allocation_bp: null,
      monthly_salary_ore: null,
      amount_ore: grown(travelKr, year - FIRST_YEAR) * 100,
      salary_effective_date: null,
      salary_changes_json: '[]',
    });
  }
  return rows;
}

/** A population key per healthcare region and a hosting with yearly cost items for every NPO. */
export function buildCosts(ctx: BuildContext): Costs {
  const out: Costs = { allocationKeys: [], hostings: [], costItems: [] };
  const keyOf = new Map<string, string>();
  for (const hr of ctx.ref.healthcareRegions) {
    const id = ctx.id(`allocation-key:${hr.code}`);
    keyOf.set(hr.code, id);
    out.allocationKeys.push({
      ...syncColumns(id, hr.code),
      name: `Befolkningsandel ${hr.name}`,
      kind: 'POPULATION',
      healthcare_region_code: hr.code,
      fixed_part_bp: null,
      population_year_offset: -1,
    });
  }
  programmeAreas(ctx).forEach((npo, i) => {
    const host = hostOf(ctx, i);
    const id = ctx.id(`hosting:${npo.id}`);
    out.hostings.push({
      ...syncColumns(id, host),
      group_id: npo.id,
      host_healthcare_region_code: host,
      status: npo.hostingStatus === 'DORMANT' ? 'DORMANT' : 'ACTIVE',
      start_date: `${FIRST_YEAR}-01-01`,
      end_date: null,
      allocation_key_id: keyOf.get(host) ?? null,
      rounding_unit: 'KRONA',
    });
    out.costItems.push(...costItems(ctx, id, host));
  });
  return out;
}

const STATUS_WEIGHTS: readonly (readonly [string, number])[] = [
  ['IMPLEMENTED', 25],
  ['IN_PROGRESS', 35],
  ['DECIDED', 20],
  ['NOT_STARTED', 20],
];
const LATEST_IMPLEMENTATION = monthIndex(2026, 6);

/** Every region's status for every national care pathway, with consistent decision, start and implementation dates. */
export function buildPathwayImplementations(ctx: BuildContext, groups: GroupRef[]): DbRow[] {
  const { rng } = ctx;
  const rows: DbRow[] = [];
  for (const region of ctx.ref.regions) {
    const teams = groups.filter((g) => g.regionCode === region.code && g.type === 'RPT').map((g) => g.id);
    for (const pathway of ctx.ref.carePathways) {
      let status = rng.weighted(STATUS_WEIGHTS);
      const decided = monthIndex(FIRST_YEAR, 1) + rng.int(0, 35);
      const started = decided + rng.int(1, 8);
      const implemented = started + rng.int(6, 18);
      if (status === 'IMPLEMENTED' && implemented > LATEST_IMPLEMENTATION) status = 'IN_PROGRESS';
      rows.push({
        ...syncColumns(ctx.id(`pathway:${region.code}:${pathway.id}`), region.code),
        care_pathway_id: pathway.id,
        region_code: region.code,
        status,
        decided_on: status !== 'NOT_STARTED' ? dayIn(decided, rng.int(1, 28)) : null,
        started_on: status === 'IN_PROGRESS' || status === 'IMPLEMENTED' ? dayIn(started, 1) : null,
        implemented_on: status === 'IMPLEMENTED' ? dayIn(implemented, 1) : null,
        responsible_group_id: status !== 'NOT_STARTED' && teams.length > 0 && rng.chance(0.8) ? rng.pick(teams) : null,
      });
    }
  }
  return rows;
}
