/**
 * One hosting in one year: its cost lines (through the cost domain's `hostingCost`), the total, and the
 * split between the regions of the key's healthcare region (`splitTotal`), with every trace.
 *
 * - Staffed roles of a hosting that covers only part of the year cost the days of the hosting inside
 *   the year (the hosting's period is the item's period); fixed amounts are taken as given.
 * - A line that cannot be costed (no salary, no PO-pålägg) is left out of the total with a warning,
 *   so one gap never hides the rest of the calculation.
 * - No key chosen = POPULATION of the host's regions, population of 31 Dec of the year before.
 */
import type { CostWarning, HostingReport } from '@shared/contract/cost/reports';
import { DomainError } from '@shared/contract/errors';
import {
  costItemLine,
  DEFAULT_POPULATION_YEAR_OFFSET,
  hostingCost,
  splitTotal,
  type AllocationKey,
  type CostItem,
  type CostParameters,
  type SplitTotalTrace,
} from '@shared/domain/costs';
import { resolveParameters } from './parameters';
import {
  coversYear,
  reasonOf,
  regionName,
  regionsOf,
  statedSalariesOf,
  warning,
  type PlanCostItem,
  type PlanData,
  type PlanHosting,
  type PlanKey,
} from './types';

type KeyUsed = HostingReport['key'];

function domainItem(item: PlanCostItem, hosting: PlanHosting, year: number): CostItem {
  if (item.kind === 'FIXED_AMOUNT') return { kind: 'FIXED_AMOUNT', label: item.label, amountOre: item.amountOre ?? 0 };
  const partial = !coversYear(hosting.startDate, hosting.endDate, year);
  return {
    kind: 'STAFFED_ROLE',
    label: item.label,
    role: item.role ?? '',
    profession: item.profession,
    allocationBp: item.allocationBp ?? 0,
    monthlySalaryOre: item.monthlySalaryOre,
    statedSalaries: statedSalariesOf(item),
    start: partial ? hosting.startDate : null,
    end: partial ? hosting.endDate : null,
  };
}

function failure(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  throw error;
}

/** The items that can be costed; the others become warnings. */
function costableItems(
  items: readonly PlanCostItem[],
  hosting: PlanHosting,
  year: number,
  params: CostParameters | null,
  warnings: CostWarning[],
) {
  const good: { item: PlanCostItem; domain: CostItem }[] = [];
  for (const item of items) {
    const domain = domainItem(item, hosting, year);
    const ref = item.id ?? hosting.id;
    const about = { label: item.label, hosting: hosting.groupName, year };
    if (params === null && domain.kind === 'STAFFED_ROLE') {
      warnings.push(
        warning('ITEM_FAILED', `"${item.label}" is not costed: no PO-pålägg for ${year}`, ref, { ...about, reasonKey: 'costReason.noPo' }),
      );
      continue;
    }
    try {
      costItemLine(domain, params ?? { year, poSurchargeBp: 0 });
      good.push({ item, domain });
    } catch (error) {
      const why = reasonOf(error, 'costReason.invalid');
      warnings.push(warning('ITEM_FAILED', `"${item.label}" is not costed: ${failure(error)}`, ref, { ...why, ...about }));
    }
  }
  return good;
}

export function keyFor(data: PlanData, hosting: PlanHosting): { key: AllocationKey; used: KeyUsed } {
  const stored: PlanKey | undefined = data.keys.find((k) => k.id === hosting.allocationKeyId);
  if (!stored || stored.healthcareRegionCode !== hosting.hostHealthcareRegionCode) {
    const code = hosting.hostHealthcareRegionCode;
    return {
      key: { kind: 'POPULATION', healthcareRegionCode: code, populationYearOffset: DEFAULT_POPULATION_YEAR_OFFSET },
      used: {
        allocationKeyId: null,
        name: `POPULATION ${code}`,
        kind: 'POPULATION',
        healthcareRegionCode: code,
        fixedPartBp: null,
        populationYearOffset: DEFAULT_POPULATION_YEAR_OFFSET,
        shares: [],
        isDefault: true,
      },
    };
  }
  const used: KeyUsed = {
    allocationKeyId: stored.id,
    name: stored.name,
    kind: stored.kind,
    healthcareRegionCode: stored.healthcareRegionCode,
    fixedPartBp: stored.kind === 'FIXED_VARIABLE' ? stored.fixedPartBp : null,
    populationYearOffset: stored.kind === 'POPULATION' || stored.kind === 'FIXED_VARIABLE' ? stored.populationYearOffset : null,
    shares: stored.kind === 'CUSTOM' ? stored.shares : [],
    isDefault: false,
  };
  const code = stored.healthcareRegionCode;
  const offset = stored.populationYearOffset;
  switch (stored.kind) {
    case 'EQUAL':
      return { key: { kind: 'EQUAL' }, used };
    case 'CUSTOM':
      return { key: { kind: 'CUSTOM', shares: stored.shares }, used };
    case 'FIXED_VARIABLE':
      return {
        key: { kind: 'FIXED_VARIABLE', healthcareRegionCode: code, fixedPartBp: stored.fixedPartBp ?? 0, populationYearOffset: offset },
        used,
      };
    case 'POPULATION':
      return { key: { kind: 'POPULATION', healthcareRegionCode: code, populationYearOffset: offset }, used };
  }
}

function split(data: PlanData, hosting: PlanHosting, totalOre: number, year: number, warnings: CostWarning[]) {
  const { key, used } = keyFor(data, hosting);
  try {
    const result = splitTotal({
      totalOre,
      key,
      regions: regionsOf(data, used.healthcareRegionCode),
      populations: data.populations,
      year,
      unit: hosting.roundingUnit,
    });
    const fallback = populationFallbackWarning(data, result.trace, hosting.id);
    if (fallback) warnings.push(fallback);
    const shares = result.value.shares.map((s) => ({ ...s, regionName: regionName(data, s.regionCode) }));
    const { unit, roundedTotalOre, invoicedTotalOre, roundingDifferenceOre } = result.value;
    return { used, split: { unit, roundedTotalOre, invoicedTotalOre, roundingDifferenceOre, shares, trace: result.trace } };
  } catch (error) {
    const why = reasonOf(error, 'costReason.keyInvalid');
    warnings.push(
      warning('SPLIT_FAILED', `The cost of ${hosting.groupName} is not split: ${failure(error)}`, hosting.id, {
        ...why,
        hosting: hosting.groupName,
        year,
      }),
    );
    return { used, split: null };
  }
}

/**
 * One warning per split whose key could not use the wanted population date: the whole key used an
 * earlier year (one date for every region) because the named regions lack the wanted one.
 */
export function populationFallbackWarning(data: PlanData, trace: SplitTotalTrace, ref: string): CostWarning | null {
  const wanted = trace.populationYearWanted;
  const used = trace.populationYearUsed;
  if (wanted === null || used === null || wanted === used) return null;
  const codes = trace.populationFallbacks.map((f) => f.regionCode);
  return warning(
    'POPULATION_FALLBACK',
    `Population of 31 Dec ${wanted} is missing for ${codes.join(', ')}; 31 Dec ${used} is used for every region of the key`,
    ref,
    { wantedYear: wanted, usedYear: used, regions: codes.map((c) => regionName(data, c)).join(', ') },
  );
}

export function hostingReport(data: PlanData, hosting: PlanHosting, year: number): HostingReport {
  const warnings: CostWarning[] = [];
  const resolved = resolveParameters(data, hosting.owner, year, warnings);
  const items = data.items.filter((i) => i.hostingId === hosting.id && i.year === year);
  const good = costableItems(items, hosting, year, resolved?.params ?? null, warnings);
  const cost = hostingCost(
    good.map((g) => g.domain),
    resolved?.params ?? { year, poSurchargeBp: 0 },
  );
  const lines = cost.value.lines.map((line, i) => ({
    costItemId: good[i]?.item.id ?? null,
    label: line.label,
    kind: line.kind,
    costOre: line.costOre,
    exactOre: line.exactOre,
    trace: cost.trace.lines[i] as HostingReport['lines'][number]['trace'],
  }));
  const { used, split: splitResult } = split(data, hosting, cost.value.totalOre, year, warnings);
  return {
    hostingId: hosting.id,
    groupId: hosting.groupId,
    groupName: hosting.groupName,
    groupType: hosting.groupType,
    owner: hosting.owner,
    planningCopy: hosting.planningCopy,
    hostHealthcareRegionCode: hosting.hostHealthcareRegionCode,
    status: hosting.status,
    startDate: hosting.startDate,
    endDate: hosting.endDate,
    year,
    parameters: resolved?.used ?? null,
    lines,
    totalOre: cost.value.totalOre,
    key: used,
    split: splitResult,
    warnings,
  };
}
