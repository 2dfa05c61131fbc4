/**
 * A region's commitment (åtagande) in a year:
 *   its shares of all hostings + the cost of its own representatives' memberships + its fixed contributions.
 * Hosting shares come from the hosts' split calculations (possibly received in a package from another
 * region); memberships are calculated here; contributions (RCC, quality registers, SKR services) are
 * amounts in öre. The total is the sum of the rounded lines.
 */
import { membershipCost, type MembershipCostInput, type MembershipCostTrace } from './membership';
import { toSafeNumber } from './rational';
import type { RegionShare } from './split';
import { invalid, requireInteger, requireYear } from './validate';

export type HostingShareInput = {
  /** E.g. "NPO Endokrina sjukdomar – värdskap Norra". */
  label: string;
  /** The shares of one split (the value of `splitTotal`). */
  shares: readonly RegionShare[];
};

export type MembershipLineInput = MembershipCostInput & { label: string };

export type FixedContributionInput = { recipient: string; label: string; amountOre: number; year?: number };

export type RegionCommitmentInput = {
  regionCode: string;
  year: number;
  hostingShares?: readonly HostingShareInput[];
  memberships?: readonly MembershipLineInput[];
  fixedContributions?: readonly FixedContributionInput[];
};

export type RegionCommitmentValue = {
  regionCode: string;
  year: number;
  hostingOre: number;
  membershipsOre: number;
  fixedContributionsOre: number;
  totalOre: number;
};

export type RegionCommitmentTrace = RegionCommitmentValue & {
  hostingLines: { label: string; shareOre: number }[];
  membershipLines: { label: string; costOre: number; trace: MembershipCostTrace }[];
  contributionLines: { recipient: string; label: string; amountOre: number }[];
};

function hostingLine(regionCode: string, hosting: HostingShareInput): { label: string; shareOre: number } {
  const share = hosting.shares.find((s) => s.regionCode === regionCode);
  if (!share) invalid(`region ${regionCode} has no share in "${hosting.label}"`);
  return { label: hosting.label, shareOre: requireInteger(`share in "${hosting.label}"`, share.shareOre) };
}

function total(amounts: readonly number[]): number {
  return toSafeNumber(amounts.reduce((acc, a) => acc + BigInt(a), 0n));
}

export function regionCommitment(input: RegionCommitmentInput): { value: RegionCommitmentValue; trace: RegionCommitmentTrace } {
  const year = requireYear('year', input.year);
  const hostingLines = (input.hostingShares ?? []).map((h) => hostingLine(input.regionCode, h));
  const membershipLines = (input.memberships ?? []).map((m) => {
    if (m.year !== year) invalid(`membership "${m.label}" is calculated for ${m.year}, not ${year}`);
    const result = membershipCost(m);
    return { label: m.label, costOre: result.value.costOre, trace: result.trace };
  });
  const contributionLines = (input.fixedContributions ?? []).map((c) => {
    if (c.year !== undefined && c.year !== year) invalid(`contribution "${c.label}" is for ${c.year}, not ${year}`);
    return { recipient: c.recipient, label: c.label, amountOre: requireInteger(`contribution "${c.label}"`, c.amountOre) };
  });
  const hostingOre = total(hostingLines.map((l) => l.shareOre));
  const membershipsOre = total(membershipLines.map((l) => l.costOre));
  const fixedContributionsOre = total(contributionLines.map((l) => l.amountOre));
  const value = {
    regionCode: input.regionCode,
    year,
    hostingOre,
    membershipsOre,
    fixedContributionsOre,
    totalOre: total([hostingOre, membershipsOre, fixedContributionsOre]),
  };
  return { value, trace: { ...value, hostingLines, membershipLines, contributionLines } };
}
