/**
 * Which cost parameters a calculation uses.
 *
 * - The parameter set of an owner (the hosting's owner for a hosting, the region for its own
 *   representatives): its stored rows; if it has none, the installation owner's stored rows; if none
 *   either, the reference PO-pålägg of costs.json. Default salaries are resolved the same way (no
 *   reference default exists for them).
 * - PO-pålägg of year Y: the row of Y; else the latest earlier row, flagged as assumed; else none.
 * - Salary index: the rows' `salaryIndexBp` per year (a missing year counts as unchanged, flagged in
 *   the salary trace by the cost domain).
 * - A scenario's PO or index override of a year wins over every set.
 */
import type { CostWarning, ParametersUsed } from '@shared/contract/cost/reports';
import {
  rational,
  toFractionString,
  type CostParameters,
  type DefaultSalary,
  type FractionString,
  type SalaryIndexEntry,
} from '@shared/domain/costs';
import { ownerName, warning, type OwnerParameters, type ParameterRow, type PlanData } from './types';

type ParameterSource = { owner: string; source: 'STORED' | 'REFERENCE'; rows: ParameterRow[] };

function storedSet(data: PlanData, owner: string | null): OwnerParameters | undefined {
  return owner === null ? undefined : data.parameters.find((p) => p.owner === owner);
}

export function parameterSource(data: PlanData, owner: string): ParameterSource {
  for (const candidate of [owner, data.installationOwner]) {
    const set = storedSet(data, candidate);
    if (set && set.rows.length > 0) return { owner: set.owner, source: 'STORED', rows: set.rows };
  }
  return { owner: 'REFERENCE', source: 'REFERENCE', rows: data.referenceParameters };
}

export function defaultSalariesFor(data: PlanData, owner: string): DefaultSalary[] {
  for (const candidate of [owner, data.installationOwner]) {
    const set = storedSet(data, candidate);
    if (set && set.defaultSalaries.length > 0) return set.defaultSalaries;
  }
  return [];
}

/** The index entries of the rows (each from its effective date); a scenario's override of a year applies from 1 January. */
function salaryIndex(data: PlanData, rows: readonly ParameterRow[]): SalaryIndexEntry[] {
  const byYear = new Map<number, SalaryIndexEntry>();
  for (const r of rows) {
    if (r.salaryIndexBp === 10_000) continue;
    const dated = r.salaryIndexEffectiveDate ?? null;
    byYear.set(
      r.year,
      dated === null ? { year: r.year, indexBp: r.salaryIndexBp } : { year: r.year, indexBp: r.salaryIndexBp, effectiveDate: dated },
    );
  }
  for (const o of data.indexOverrides) byYear.set(o.year, { year: o.year, indexBp: o.indexBp });
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * A scenario's salary index for the year also changes the salaries stated for the year: by its ratio to
 * the stored index of the year (10 300 against none = × 1,03), so "Löneindex +3 %" raises every salary.
 */
function scenarioYearFactor(data: PlanData, rows: readonly ParameterRow[], year: number): FractionString | null {
  const override = data.indexOverrides.find((o) => o.year === year);
  if (!override) return null;
  const stored = rows.find((r) => r.year === year)?.salaryIndexBp ?? 10_000;
  return override.indexBp === stored ? null : toFractionString(rational(BigInt(override.indexBp), BigInt(stored)));
}

function poFor(data: PlanData, source: ParameterSource, year: number) {
  const override = data.poOverrides.find((o) => o.year === year);
  if (override) return { poSurchargeBp: override.poSurchargeBp, poYear: year, source: 'SCENARIO' as const };
  const earlier = source.rows.filter((r) => r.year <= year).sort((a, b) => b.year - a.year)[0];
  return earlier ? { poSurchargeBp: earlier.poSurchargeBp, poYear: earlier.year, source: source.source } : null;
}

export type ResolvedParameters = { params: CostParameters; used: ParametersUsed } | null;

/** The parameters of `owner` for `year`, with warnings for a missing or assumed PO-pålägg. */
export function resolveParameters(data: PlanData, owner: string, year: number, warnings: CostWarning[]): ResolvedParameters {
  const source = parameterSource(data, owner);
  const po = poFor(data, source, year);
  if (!po) {
    warnings.push(
      warning('NO_PO_SURCHARGE', `No PO-pålägg for ${year} or earlier (parameters of ${source.owner})`, owner, {
        year,
        owner: ownerName(data, source.owner),
      }),
    );
    return null;
  }
  if (po.poYear !== year) {
    warnings.push(
      warning('PO_ASSUMED', `PO-pålägg for ${year} is missing; the figure of ${po.poYear} is used`, owner, {
        year,
        poYear: po.poYear,
        owner: source.source === 'REFERENCE' ? 'costs.json' : ownerName(data, source.owner),
      }),
    );
  }
  const index = salaryIndex(data, source.rows);
  const params: CostParameters = {
    year,
    poSurchargeBp: po.poSurchargeBp,
    salaryIndex: index,
    defaultSalaries: defaultSalariesFor(data, owner),
    yearFactor: scenarioYearFactor(data, source.rows, year),
  };
  const used: ParametersUsed = {
    owner: source.owner,
    source: po.source,
    year,
    poSurchargeBp: po.poSurchargeBp,
    poYear: po.poYear,
    poAssumed: po.poYear !== year,
    salaryIndex: index,
  };
  return { params, used };
}
