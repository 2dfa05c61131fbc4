/**
 * Costs the memberships of one region in one year, each distinct costing input once.
 *
 * A membership's cost (or the reason it cannot be costed) depends only on its salary (the person's
 * salaries, else the default for role and profession), the region's PO-pålägg and index of the year,
 * its share and the days it covers in the year. Thousands of representatives share those, so the
 * exact calculation (`membershipCost`, rounded once per line) runs once per distinct combination and
 * every membership gets that line's figure: the same öre as costing each line on its own. The salaries
 * of the year (person's or default, carried forward by the index, cut at every change) are resolved once
 * per person, role and profession and the line costed on those exact salaries from their first days,
 * which is what the calculation does after resolving them. A
 * membership whose dates or salary cannot be resolved is costed on its own, for exactly its error.
 */
import { DomainError } from '@shared/contract/errors';
import { overlapWithYear, yearEnd, yearStart } from '@shared/calendar';
import { membershipCost, salarySegments, toSafeNumber, type MembershipLineInput, type StatedSalary } from '@shared/domain/costs';
import type { PlanMembership } from './types';

type Outcome = { costOre: number } | { error: DomainError };

function costOrError(input: MembershipLineInput): Outcome {
  try {
    return { costOre: membershipCost(input).value.costOre };
  } catch (error) {
    if (error instanceof DomainError) return { error };
    throw error;
  }
}

export class MembershipCoster {
  private readonly outcomes = new Map<string, Outcome>();
  private readonly salaries = new Map<string, StatedSalary[] | null>();
  private readonly periods = new Map<string, string | null>();

  constructor(private readonly year: number) {}

  private salaryKey(m: PlanMembership, input: MembershipLineInput): string {
    const person = (input.salaryLookup?.personSalaries ?? []).length > 0 ? m.personId : '';
    return `${person}\u0000${m.role}\u0000${m.profession ?? ''}`;
  }

  /** The days of the period inside the year (first–last), or null when its dates cannot be read (once per distinct period). */
  private days(m: PlanMembership): string | null {
    const period = `${m.startDate}\u0000${m.endDate ?? ''}`;
    let days = this.periods.get(period);
    if (days === undefined) {
      try {
        const overlap = overlapWithYear(m.startDate, m.endDate, this.year);
        days = `${overlap.from ?? ''}\u0000${overlap.to ?? ''}`;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        days = null;
      }
      this.periods.set(period, days);
    }
    return days;
  }

  private key(m: PlanMembership, input: MembershipLineInput): string | null {
    const days = this.days(m);
    return days === null ? null : `${this.salaryKey(m, input)}\u0000${m.allocationBp}\u0000${days}`;
  }

  /** The exact monthly salaries of the year from their first days (person's or default, indexed), or null when there is none. */
  private salary(m: PlanMembership, input: MembershipLineInput): StatedSalary[] | null {
    const key = this.salaryKey(m, input);
    if (!this.salaries.has(key)) {
      try {
        const lookup = { ...input.salaryLookup, year: this.year, statedMonthlySalaryOre: null };
        const segments = salarySegments(lookup, yearStart(this.year), yearEnd(this.year));
        this.salaries.set(
          key,
          segments.map((s) => ({ effectiveDate: s.from, monthlySalaryOre: s.salary.monthlySalaryOre })),
        );
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.salaries.set(key, null);
      }
    }
    return this.salaries.get(key) ?? null;
  }

  /**
   * A line not costed before: with its salary resolved once per person, role and profession, the same
   * calculation on that exact salary; without one, the whole calculation, for its exact error.
   */
  private compute(m: PlanMembership, input: MembershipLineInput): Outcome {
    const salary = this.salary(m, input);
    if (salary === null) return costOrError(input);
    return costOrError({ ...input, monthlySalaryOre: null, salaryLookup: { statedSalaries: salary } });
  }

  /** The line's cost in öre; throws the calculation's DomainError when it cannot be costed. */
  cost(m: PlanMembership, input: MembershipLineInput): number {
    const key = this.key(m, input);
    let outcome = key === null ? undefined : this.outcomes.get(key);
    if (outcome === undefined) {
      outcome = key === null ? costOrError(input) : this.compute(m, input);
      if (key !== null) this.outcomes.set(key, outcome);
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.costOre;
  }
}

const byRegion = new WeakMap<readonly PlanMembership[], { length: number; index: Map<string, PlanMembership[]> }>();

/** The memberships of persons of a region, in plan order (indexed once per list of memberships). */
export function membershipsOfRegion(memberships: readonly PlanMembership[], regionCode: string): readonly PlanMembership[] {
  let entry = byRegion.get(memberships);
  if (!entry || entry.length !== memberships.length) {
    const index = new Map<string, PlanMembership[]>();
    for (const m of memberships) {
      const list = index.get(m.personRegionCode);
      if (list) list.push(m);
      else index.set(m.personRegionCode, [m]);
    }
    entry = { length: memberships.length, index };
    byRegion.set(memberships, entry);
  }
  return entry.index.get(regionCode) ?? [];
}

/** Sum of whole-öre amounts, exact (as the commitment sums its lines). */
export function sumOre(amounts: readonly number[]): number {
  let total = 0n;
  for (const a of amounts) total += BigInt(a);
  return toSafeNumber(total);
}
