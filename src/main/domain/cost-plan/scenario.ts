/**
 * A scenario applied to the plan of one year: the overrides change a copy of the loaded data, never
 * the database. Overrides apply in their order; one whose target no longer exists is skipped with a
 * warning. See `scenarioOverrideSchema` for what each override means.
 */
import type { CostWarning } from '@shared/contract/cost/reports';
import type { ScenarioOverride } from '@shared/contract/cost/scenarios';
import { warning, type PlanData, type PlanHosting, type PlanKey, type PlanMembership, type YearPlan } from './types';

type Override<K extends ScenarioOverride['kind']> = Extract<ScenarioOverride, { kind: K }>;

function copyMembership(m: PlanMembership): PlanMembership {
  return {
    id: m.id,
    personId: m.personId,
    personName: m.personName,
    personRegionCode: m.personRegionCode,
    profession: m.profession,
    groupId: m.groupId,
    groupName: m.groupName,
    groupType: m.groupType,
    role: m.role,
    allocationBp: m.allocationBp,
    startDate: m.startDate,
    endDate: m.endDate,
  };
}

/** A copy the overrides may change; the memberships (tens of thousands) are copied only when an override changes them. */
function copy(data: PlanData, overrides: readonly ScenarioOverride[]): PlanData {
  return {
    ...data,
    hostings: data.hostings.map((h) => ({ ...h })),
    items: [...data.items],
    keys: [...data.keys],
    memberships: overrides.some((o) => o.kind === 'MEMBER_ALLOCATION') ? data.memberships.map(copyMembership) : data.memberships,
    poOverrides: [...data.poOverrides],
    indexOverrides: [...data.indexOverrides],
  };
}

/** The key a hosting uses after moving to another host. */
function movedKey(data: PlanData, hosting: PlanHosting, o: Override<'HOSTING_HOST'>, index: number): string | null {
  if (o.allocationKeyId !== null) return o.allocationKeyId;
  const current = data.keys.find((k) => k.id === hosting.allocationKeyId);
  if (!current || current.kind === 'CUSTOM') return null;
  const moved: PlanKey = {
    ...current,
    id: `scenario:${index}`,
    name: `${current.name} → ${o.hostHealthcareRegionCode}`,
    healthcareRegionCode: o.hostHealthcareRegionCode,
    shares: [],
  };
  data.keys.push(moved);
  return moved.id;
}

function applyHost(data: PlanData, o: Override<'HOSTING_HOST'>, index: number, year: number, warnings: CostWarning[]) {
  const hosting = data.hostings.find((h) => h.id === o.hostingId);
  if (!hosting)
    return warnings.push(
      warning('SCENARIO_TARGET_MISSING', `Override ${index + 1}: the hosting no longer exists`, o.hostingId, { override: index + 1 }),
    );
  if (year < o.fromYear || hosting.hostHealthcareRegionCode === o.hostHealthcareRegionCode) return;
  const keyId = movedKey(data, hosting, o, index);
  hosting.hostHealthcareRegionCode = o.hostHealthcareRegionCode;
  hosting.allocationKeyId = keyId;
}

function applyStatus(data: PlanData, o: Override<'HOSTING_STATUS'>, index: number, year: number, warnings: CostWarning[]) {
  const hosting = data.hostings.find((h) => h.id === o.hostingId);
  if (!hosting)
    return warnings.push(
      warning('SCENARIO_TARGET_MISSING', `Override ${index + 1}: the hosting no longer exists`, o.hostingId, { override: index + 1 }),
    );
  if (year < o.fromYear) return;
  hosting.status = o.status;
  if (o.dropStaffedRoles) data.items = data.items.filter((i) => !(i.hostingId === hosting.id && i.kind === 'STAFFED_ROLE'));
}

function applyAddItem(data: PlanData, o: Override<'ADD_COST_ITEM'>, index: number, year: number, warnings: CostWarning[]) {
  if (!data.hostings.some((h) => h.id === o.hostingId)) {
    return warnings.push(
      warning('SCENARIO_TARGET_MISSING', `Override ${index + 1}: the hosting no longer exists`, o.hostingId, { override: index + 1 }),
    );
  }
  if (year < o.fromYear || year > o.toYear) return;
  const item = o.item;
  data.items.push({
    id: null,
    hostingId: o.hostingId,
    year,
    kind: item.kind,
    label: item.label,
    role: item.kind === 'STAFFED_ROLE' ? item.role : null,
    profession: item.kind === 'STAFFED_ROLE' ? item.profession : null,
    allocationBp: item.kind === 'STAFFED_ROLE' ? item.allocationBp : null,
    monthlySalaryOre: item.kind === 'STAFFED_ROLE' ? item.monthlySalaryOre : null,
    salaryEffectiveDate: item.kind === 'STAFFED_ROLE' ? item.salaryEffectiveDate : null,
    salaryChanges: item.kind === 'STAFFED_ROLE' ? item.salaryChanges : [],
    amountOre: item.kind === 'FIXED_AMOUNT' ? item.amountOre : null,
  });
}

function applyOne(data: PlanData, o: ScenarioOverride, index: number, year: number, warnings: CostWarning[]): void {
  switch (o.kind) {
    case 'HOSTING_HOST':
      applyHost(data, o, index, year, warnings);
      return;
    case 'HOSTING_STATUS':
      applyStatus(data, o, index, year, warnings);
      return;
    case 'ADD_COST_ITEM':
      applyAddItem(data, o, index, year, warnings);
      return;
    case 'REMOVE_COST_ITEM':
      if (!data.items.some((i) => i.id === o.costItemId)) {
        warnings.push(
          warning('SCENARIO_TARGET_MISSING', `Override ${index + 1}: the cost item no longer exists`, o.costItemId, {
            override: index + 1,
          }),
        );
      }
      data.items = data.items.filter((i) => i.id !== o.costItemId);
      return;
    case 'MEMBER_ALLOCATION':
      if (year < o.fromYear) return;
      for (const m of data.memberships) {
        if (m.groupType === o.groupType && (o.role === null || m.role === o.role)) m.allocationBp = o.allocationBp;
      }
      return;
    case 'PO_SURCHARGE':
      data.poOverrides = [...data.poOverrides.filter((p) => p.year !== o.year), { year: o.year, poSurchargeBp: o.poSurchargeBp }];
      return;
    case 'SALARY_INDEX':
      data.indexOverrides = [...data.indexOverrides.filter((p) => p.year !== o.year), { year: o.year, indexBp: o.indexBp }];
      return;
  }
}

export function applyScenario(data: PlanData, overrides: readonly ScenarioOverride[], year: number): YearPlan {
  const result = copy(data, overrides);
  const warnings: CostWarning[] = [];
  overrides.forEach((o, index) => applyOne(result, o, index, year, warnings));
  return { data: result, year, warnings };
}
