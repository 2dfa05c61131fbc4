/**
 * Everything a region pays in a year and to whom (its commitment, `regionCommitment` of the cost
 * domain): its shares of the hostings split to it (paid to the host), the time of its own
 * representatives (memberships of persons whose region it is, costed with the person's salary or the
 * default salary for role and profession, PO-pålägg of the year), and its fixed contributions.
 * A membership that cannot be costed (no salary) is left out with a warning; one whose time a hosting
 * already pays as a staffed role (`paid-by-hosting.ts`) is listed in `paidByHosting`, not counted again.
 */
import type { CostWarning, HostingReport, RegionReport } from '@shared/contract/cost/reports';
import { DomainError } from '@shared/contract/errors';
import { regionCommitment, toSafeNumber, type MembershipLineInput } from '@shared/domain/costs';
import { MembershipCoster, membershipsOfRegion, sumOre } from './membership-coster';
import { paidByHosting, staffedRolesByGroup, type PaidByHostingLine } from './paid-by-hosting';
import { resolveParameters, type ResolvedParameters } from './parameters';
import { reasonOf, regionName, regionsOf, warning, type PlanData, type PlanMembership } from './types';

type ShareLine = RegionReport['hostingShares'][number];

function shareLines(hostings: readonly HostingReport[], regionCode: string): ShareLine[] {
  const lines: ShareLine[] = [];
  for (const h of hostings) {
    const share = h.split?.shares.find((s) => s.regionCode === regionCode);
    const weight = h.split?.trace.weights.find((w) => w.regionCode === regionCode);
    if (!h.split || !share || !weight) continue;
    lines.push({
      hostingId: h.hostingId,
      groupName: h.groupName,
      hostHealthcareRegionCode: h.hostHealthcareRegionCode,
      hostingTotalOre: h.split.roundedTotalOre,
      shareOre: share.shareOre,
      keyKind: h.split.trace.keyKind,
      weight: weight.weight,
      population: weight.population,
      populationYearUsed: weight.populationYearUsed,
    });
  }
  return lines;
}

function membershipInput(data: PlanData, m: PlanMembership, year: number, resolved: NonNullable<ResolvedParameters>): MembershipLineInput {
  return {
    label: `${m.personName} – ${m.groupName}`,
    year,
    monthlySalaryOre: null,
    salaryLookup: {
      personSalaries: data.personSalaries[m.personId] ?? [],
      defaultSalaries: resolved.params.defaultSalaries ?? [],
      role: m.role,
      profession: m.profession ?? '',
      salaryIndex: resolved.params.salaryIndex ?? [],
      yearFactor: resolved.params.yearFactor ?? null,
    },
    poSurchargeBp: resolved.params.poSurchargeBp,
    allocationBp: m.allocationBp,
    start: m.startDate,
    end: m.endDate,
  };
}

export type Good = { membership: PlanMembership; costOre: number; input: MembershipLineInput | null };
type Costable = { good: Good[]; paid: PaidByHostingLine[] };

/**
 * What a membership comes to in the year: paid by a hosting, costed, or not costable (with the warning).
 * A pure function of the membership and the rest of the plan, so a caller may remember it per membership
 * object for as long as the rest of the plan (hostings, parameters, salaries, scenario) is unchanged.
 */
export type MembershipOutcome = { paid: PaidByHostingLine } | { costOre: number } | { failed: CostWarning };
export type OutcomeMemo = WeakMap<PlanMembership, MembershipOutcome>;

function outcomeOf(
  data: PlanData,
  m: PlanMembership,
  ctx: { roles: ReturnType<typeof staffedRolesByGroup>; coster: MembershipCoster; year: number; resolved: ResolvedParameters },
): MembershipOutcome {
  const covered = paidByHosting(m, ctx.roles);
  if (covered) return { paid: covered };
  const about = { person: m.personName, group: m.groupName, year: ctx.year };
  if (ctx.resolved === null) {
    const message = `${m.personName} in ${m.groupName} is not costed: no PO-pålägg for ${ctx.year}`;
    return { failed: warning('MEMBERSHIP_FAILED', message, m.id, { ...about, reasonKey: 'costReason.noPo' }) };
  }
  try {
    return { costOre: ctx.coster.cost(m, membershipInput(data, m, ctx.year, ctx.resolved)) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const message = `${m.personName} in ${m.groupName} is not costed: ${error.message}`;
    return { failed: warning('MEMBERSHIP_FAILED', message, m.id, { ...reasonOf(error, 'costReason.invalid'), ...about }) };
  }
}

/** A membership of the region's persons that counts in the year, with what it comes to. */
export type CountedOutcome = { membership: PlanMembership; outcome: MembershipOutcome };

/**
 * The memberships among `memberships` of the region's persons that count in the year (a share, overlapping
 * it), in their order, each with its outcome (remembered in `memo` when given).
 */
export function membershipOutcomes(
  data: PlanData,
  hostings: readonly HostingReport[],
  regionCode: string,
  year: number,
  resolved: ResolvedParameters,
  memo?: OutcomeMemo,
): CountedOutcome[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  // overlapsYear, with the year's bounds built once (this runs for tens of thousands of memberships)
  const rows = membershipsOfRegion(data.memberships, regionCode).filter(
    (m) => m.allocationBp > 0 && m.startDate <= last && (m.endDate === null || m.endDate >= first),
  );
  const ctx = { roles: staffedRolesByGroup(hostings), coster: new MembershipCoster(year), year, resolved };
  return rows.map((m) => {
    let outcome = memo?.get(m);
    if (outcome === undefined) {
      outcome = outcomeOf(data, m, ctx);
      memo?.set(m, outcome);
    }
    return { membership: m, outcome };
  });
}

/** The warning a membership paid by a hosting carries in the region's report. */
export function paidWarning(m: PlanMembership, paid: PaidByHostingLine): CostWarning {
  return warning(
    'MEMBERSHIP_PAID_BY_HOSTING',
    `${m.personName} in ${m.groupName}: paid by the hosting ("${paid.itemLabel}"), not counted again`,
    m.id,
    { person: m.personName, group: m.groupName, item: paid.itemLabel },
  );
}

/** The memberships of the region's persons in the year that it pays and can cost (with their inputs when lines are wanted). */
function costableMemberships(
  data: PlanData,
  hostings: readonly HostingReport[],
  regionCode: string,
  year: number,
  resolved: ResolvedParameters,
  warnings: CostWarning[],
  options: RegionReportOptions,
): Costable {
  const good: Good[] = [];
  const paid: PaidByHostingLine[] = [];
  for (const { membership: m, outcome } of membershipOutcomes(data, hostings, regionCode, year, resolved, options.memo)) {
    if ('paid' in outcome) {
      paid.push(outcome.paid);
      warnings.push(paidWarning(m, outcome.paid));
    } else if ('failed' in outcome) warnings.push(outcome.failed);
    else
      good.push({
        membership: m,
        costOre: outcome.costOre,
        input: options.lines && resolved !== null ? membershipInput(data, m, year, resolved) : null,
      });
  }
  return { good, paid };
}

function payees(
  report: Pick<RegionReport, 'hostingShares' | 'membershipsOre' | 'contributions'>,
  regionCode: string,
): RegionReport['payees'] {
  const totals = new Map<string, { kind: RegionReport['payees'][number]['kind']; payee: string; amountOre: number }>();
  const add = (kind: RegionReport['payees'][number]['kind'], payee: string, amountOre: number) => {
    const key = `${kind}:${payee}`;
    const row = totals.get(key) ?? { kind, payee, amountOre: 0 };
    row.amountOre += amountOre;
    totals.set(key, row);
  };
  for (const s of report.hostingShares) add('HOSTING', s.hostHealthcareRegionCode, s.shareOre);
  if (report.membershipsOre !== 0) add('OWN_STAFF', regionCode, report.membershipsOre);
  for (const c of report.contributions) add('CONTRIBUTION', c.recipient, c.amountOre);
  return [...totals.values()];
}

/** What to check in the hostings the region takes part in (a gap or an assumption changes what it pays). */
function hostingGaps(data: PlanData, hostings: readonly HostingReport[], regionCode: string): CostWarning[] {
  return hostings.filter((h) => regionsOf(data, h.key.healthcareRegionCode).includes(regionCode)).flatMap((h) => h.warnings);
}

/**
 * `lines: false` (the year report) leaves out the membership lines and their traces: the sums are the
 * same. `memo`: outcomes remembered per membership (see `MembershipOutcome`).
 */
export type RegionReportOptions = { lines: boolean; memo?: OutcomeMemo };

export function regionReport(
  data: PlanData,
  hostings: readonly HostingReport[],
  regionCode: string,
  year: number,
  options: RegionReportOptions = { lines: true },
): RegionReport {
  const warnings: CostWarning[] = [];
  const parameterWarnings: CostWarning[] = [];
  const resolved = resolveParameters(data, regionCode, year, parameterWarnings);
  const { good, paid } = costableMemberships(data, hostings, regionCode, year, resolved, warnings, options);
  const membershipsOre = options.lines ? null : sumOre(good.map((g) => g.costOre));
  return finishRegionReport(
    data,
    hostings,
    regionCode,
    year,
    { resolved, parameterWarnings },
    { costed: good.length, membershipsOre, good, paid, warnings },
  );
}

/**
 * What the region's costable memberships come to: how many are costed and their sum (null: lines are
 * wanted, the commitment sums `good`'s lines), those a hosting pays and the warnings, in plan order.
 */
export type MembershipSums = {
  costed: number;
  membershipsOre: number | null;
  good: readonly Good[];
  paid: PaidByHostingLine[];
  warnings: CostWarning[];
};

/** The region's report from its parameters and what its memberships come to (`regionReport`, or saved parts of it). */
export function finishRegionReport(
  data: PlanData,
  hostings: readonly HostingReport[],
  regionCode: string,
  year: number,
  { resolved, parameterWarnings }: { resolved: ResolvedParameters; parameterWarnings: CostWarning[] },
  sums: MembershipSums,
): RegionReport {
  const { good, paid, warnings } = sums;
  const hostingShares = shareLines(hostings, regionCode);
  const contributions = data.contributions
    .filter((c) => c.regionCode === regionCode && c.year === year)
    .map((c) => ({ id: c.id, recipient: c.recipient, label: c.label, amountOre: c.amountOre }));
  const commitment = regionCommitment({
    regionCode,
    year,
    hostingShares: hostingShares.map((s) => ({ label: s.groupName, shares: [{ regionCode, shareOre: s.shareOre }] })),
    memberships: sums.membershipsOre === null ? good.map((g) => g.input as MembershipLineInput) : [],
    fixedContributions: contributions,
  });
  const memberships = commitment.trace.membershipLines.map((line, i) => {
    const m = good[i]?.membership as PlanMembership;
    return {
      membershipId: m.id,
      personId: m.personId,
      personName: m.personName,
      groupId: m.groupId,
      groupName: m.groupName,
      groupType: m.groupType,
      role: m.role,
      allocationBp: m.allocationBp,
      startDate: m.startDate,
      endDate: m.endDate,
      costOre: line.costOre,
      trace: line.trace,
    };
  });
  const { hostingOre, fixedContributionsOre } = commitment.value;
  const membershipsOre = sums.membershipsOre ?? commitment.value.membershipsOre;
  const totalOre =
    sums.membershipsOre === null
      ? commitment.value.totalOre
      : toSafeNumber(BigInt(hostingOre) + BigInt(membershipsOre) + BigInt(fixedContributionsOre));
  if (sums.costed > 0) warnings.unshift(...parameterWarnings);
  warnings.unshift(...hostingGaps(data, hostings, regionCode));
  return {
    regionCode,
    regionName: regionName(data, regionCode),
    year,
    parameters: sums.costed > 0 ? (resolved?.used ?? null) : null,
    hostingShares,
    memberships,
    paidByHosting: paid,
    contributions,
    payees: payees({ hostingShares, membershipsOre, contributions }, regionCode),
    hostingOre,
    membershipsOre,
    fixedContributionsOre,
    totalOre,
    warnings,
  };
}
