/**
 * A region's year report without lines as the sum of its persons' parts (read-model/year-seeds.ts): what
 * each person's memberships of the year come to depends only on the membership, the person's salaries, the
 * region's parameters and the staffed roles of the hostings (`MembershipOutcome`), and the report adds
 * them up — the costed ones as whole öre (an exact integer sum in any grouping), the paid and failed ones
 * as lines and warnings in plan order (person name, group name, start date, id). So a part saved per
 * person can be replaced for the persons a change touches and the region's report assembled again from
 * all its parts, with the same figures and lines as `regionReport` on the region's whole list.
 */
import type { CostWarning, HostingReport, RegionReport } from '@shared/contract/cost/reports';
import { sumOre } from './membership-coster';
import type { PaidByHostingLine } from './paid-by-hosting';
import { resolveParameters } from './parameters';
import { finishRegionReport, membershipOutcomes, paidWarning, type OutcomeMemo } from './region-report';
import type { PlanData, PlanMembership } from './types';

/** A paid or failed membership of a part: its warning (and the hosting's line) with its place in plan order. */
export type OtherLine = { order: [string, string, string, string]; warning: CostWarning; paid?: PaidByHostingLine };

/** One person's part of their region's year report. */
export type PersonPart = {
  region: string;
  /** The ids of the person's memberships overlapping the year (any share). */
  memberships: string[];
  /** One of them has a share (the region counts as one with memberships). */
  counted: boolean;
  costOre: number;
  costed: number;
  others: OtherLine[];
};

const orderOf = (m: PlanMembership): OtherLine['order'] => [m.personName, m.groupName, m.startDate, m.id];

/**
 * The parts of the persons of `regionCode` from `data.memberships` (the region's memberships overlapping
 * the year, in plan order); `memo` as in `regionReport`.
 */
export function personParts(
  data: PlanData,
  hostings: readonly HostingReport[],
  regionCode: string,
  year: number,
  memo?: OutcomeMemo,
): Map<string, PersonPart> {
  const parts = new Map<string, PersonPart>();
  const partOf = (personId: string): PersonPart => {
    let part = parts.get(personId);
    if (!part) parts.set(personId, (part = { region: regionCode, memberships: [], counted: false, costOre: 0, costed: 0, others: [] }));
    return part;
  };
  for (const m of data.memberships) {
    if (m.personRegionCode !== regionCode) continue;
    const part = partOf(m.personId);
    part.memberships.push(m.id);
    if (m.allocationBp > 0) part.counted = true;
  }
  const resolved = resolveParameters(data, regionCode, year, []);
  const costs = new Map<string, number[]>();
  for (const { membership: m, outcome } of membershipOutcomes(data, hostings, regionCode, year, resolved, memo)) {
    const part = partOf(m.personId);
    if ('paid' in outcome) part.others.push({ order: orderOf(m), warning: paidWarning(m, outcome.paid), paid: outcome.paid });
    else if ('failed' in outcome) part.others.push({ order: orderOf(m), warning: outcome.failed });
    else {
      part.costed++;
      const list = costs.get(m.personId);
      if (list) list.push(outcome.costOre);
      else costs.set(m.personId, [outcome.costOre]);
    }
  }
  for (const [personId, list] of costs) partOf(personId).costOre = sumOre(list);
  return parts;
}

function compareOrder(a: OtherLine, b: OtherLine): number {
  for (let i = 0; i < 4; i++) {
    const x = a.order[i] as string;
    const y = b.order[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The region's report without lines from all its persons' parts: `regionReport(…, { lines: false })` on their memberships. */
export function regionFromParts(
  data: PlanData,
  hostings: readonly HostingReport[],
  regionCode: string,
  year: number,
  parts: Iterable<PersonPart>,
): RegionReport {
  const parameterWarnings: CostWarning[] = [];
  const resolved = resolveParameters(data, regionCode, year, parameterWarnings);
  const costs: number[] = [];
  const others: OtherLine[] = [];
  let costed = 0;
  for (const part of parts) {
    costed += part.costed;
    if (part.costed > 0) costs.push(part.costOre);
    others.push(...part.others);
  }
  others.sort(compareOrder);
  const paid = others.flatMap((o) => (o.paid ? [o.paid] : []));
  const warnings = others.map((o) => o.warning);
  return finishRegionReport(
    data,
    hostings,
    regionCode,
    year,
    { resolved, parameterWarnings },
    { costed, membershipsOre: sumOre(costs), good: [], paid, warnings },
  );
}
