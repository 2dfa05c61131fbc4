/**
 * Seed 001, section 11, reproduced with STATED inputs (not the reference data):
 * - "Norra's 30 representatives at 10 % cost about 5 MSEK a year together."
 * - "The two process leaders of Norra's hosted NPOs cost Region Jämtland Härjedalen 350 tkr a year."
 * The salaries are assumptions chosen to match the seed; the PO-pålägg is SKR's 2023 figure, 52.28 %.
 */
import { describe, expect, it } from 'vitest';
import {
  formatKronor,
  formatTkr,
  hostingCost,
  membershipCost,
  regionCommitment,
  splitTotal,
  type CostItem,
} from '../../src/shared/domain/costs';
import type { MemberPopulation } from '../../src/shared/domain/population';

const PO_2023_BP = 5228; // 52.28 %
const NBSP = '\u00A0';

describe('seed 001: Norra representatives', () => {
  it('30 representatives at 10 % with 90 000 kr a month cost 4 933 872 kr in 2023', () => {
    // One representative, whole of 2023 (365/365):
    //   9 000 000 öre × 12 = 108 000 000 öre a year in salary
    //   × 15 228/10 000 (PO 52.28 %) = 164 462 400 öre annual full-time cost (1 644 624 kr)
    //   × 1 000/10 000 (10 %) = 16 446 240 öre = 164 462,40 kr — exact, nothing to round
    // 30 × 16 446 240 = 493 387 200 öre = 4 933 872 kr ≈ 4.93 MSEK ("about 5 MSEK")
    const one = { year: 2023, monthlySalaryOre: 9_000_000, poSurchargeBp: PO_2023_BP, allocationBp: 1000, start: '2023-01-01', end: null };
    const lines = Array.from({ length: 30 }, () => membershipCost(one));
    expect(lines[0]?.value).toEqual({ costOre: 16_446_240, exactOre: '16446240' });
    expect(lines[0]?.trace.formula).toBe('9000000 × 12 × 15228/10000 × 1000/10000 × 365/365');
    const total = lines.reduce((acc, l) => acc + l.value.costOre, 0);
    expect(total).toBe(493_387_200);
    expect(formatKronor(total)).toBe(`4${NBSP}933${NBSP}872${NBSP}kr`);
    expect(Math.abs(total - 500_000_000) / 500_000_000).toBeLessThan(0.02); // about 5 MSEK
  });
});

describe('seed 001: Norra process leaders split by population', () => {
  // Populations 31 Dec 2023 (SCB), used for the 2024 costs by the Y−1 rule.
  const populations: MemberPopulation[] = [
    { healthcareRegionCode: 'NORRA', regionCode: '25', year: 2023, population: 248_480 }, // Norrbotten
    { healthcareRegionCode: 'NORRA', regionCode: '24', year: 2023, population: 278_729 }, // Västerbotten
    { healthcareRegionCode: 'NORRA', regionCode: '22', year: 2023, population: 242_148 }, // Västernorrland
    { healthcareRegionCode: 'NORRA', regionCode: '23', year: 2023, population: 132_572 }, // Jämtland Härjedalen
  ];
  const leader: CostItem = {
    kind: 'STAFFED_ROLE',
    label: 'Processledare',
    role: 'PROCESS_LEADER',
    allocationBp: 10_000,
    monthlySalaryOre: 6_500_000,
  };
  const items: CostItem[] = [
    { ...leader, label: 'Processledare NPO Endokrina sjukdomar' },
    { ...leader, label: 'Processledare NPO Levnadsvanor' },
  ];

  it('gives every region its exact share, Jämtland Härjedalen about 350 tkr', () => {
    // One process leader, whole of 2024 (366/366):
    //   6 500 000 öre × 12 × 15 228/10 000 × 10 000/10 000 × 366/366 = 118 778 400 öre (1 187 784 kr)
    // Two leaders: 237 556 800 öre = 2 375 568 kr; rounded to krona: 2 375 568 kr (already whole)
    const hosting = hostingCost(items, { year: 2024, poSurchargeBp: PO_2023_BP });
    expect(hosting.value.lines.map((l) => l.costOre)).toEqual([118_778_400, 118_778_400]);
    expect(hosting.value.totalOre).toBe(237_556_800);

    // Σ population = 248 480 + 278 729 + 242 148 + 132 572 = 901 929
    // quota (kr) = 2 375 568 × population / 901 929:
    //   22 Västernorrland      2 375 568 × 242 148 = 575 239 040 064 → 637 787 rest 448 941 (637 787.498)
    //   23 Jämtland Härjedalen 2 375 568 × 132 572 = 314 933 800 896 → 349 178 rest  36 534 (349 178.041)
    //   24 Västerbotten        2 375 568 × 278 729 = 662 139 693 072 → 734 137 rest 242 799 (734 137.269)
    //   25 Norrbotten          2 375 568 × 248 480 = 590 281 136 640 → 654 465 rest 173 655 (654 465.193)
    // floors: 637 787 + 349 178 + 734 137 + 654 465 = 2 375 567 → 1 krona left over
    // remainders ranked: 22 (448 941) > 24 (242 799) > 25 (173 655) > 23 (36 534) → 22 gets the krona
    // shares: 22 = 637 788 kr, 23 = 349 178 kr, 24 = 734 137 kr, 25 = 654 465 kr; sum 2 375 568 kr
    const split = splitTotal({
      totalOre: hosting.value.totalOre,
      key: { kind: 'POPULATION', healthcareRegionCode: 'NORRA' },
      regions: ['25', '24', '22', '23'],
      populations,
      year: 2024,
      unit: 'KRONA',
    });
    expect(split.value).toEqual({
      unit: 'KRONA',
      roundedTotalOre: 237_556_800,
      invoicedTotalOre: 237_556_800,
      roundingDifferenceOre: 0,
      shares: [
        { regionCode: '22', shareOre: 63_778_800 },
        { regionCode: '23', shareOre: 34_917_800 },
        { regionCode: '24', shareOre: 73_413_700 },
        { regionCode: '25', shareOre: 65_446_500 },
      ],
    });
    // the trace holds the same figures, fractions reduced by 3 (901 929 = 3 × 300 643)
    expect(split.trace.quotas.map((q) => [q.regionCode, q.floorUnits, q.remainder, q.remainderRank, q.extraUnits])).toEqual([
      ['22', 637_787, '149647/300643', 1, 1],
      ['23', 349_178, '12178/300643', 4, 0],
      ['24', 734_137, '80933/300643', 2, 0],
      ['25', 654_465, '57885/300643', 3, 0],
    ]);
    expect(split.trace.weights.every((w) => w.populationYearUsed === 2023 && !w.populationFallback)).toBe(true);
    expect(split.trace).toMatchObject({ roundedTotalUnits: 2_375_568, floorSumUnits: 2_375_567, extraUnitsGiven: 1 });

    const jamtland = split.value.shares.find((s) => s.regionCode === '23')?.shareOre ?? 0;
    expect(formatKronor(jamtland)).toBe(`349${NBSP}178${NBSP}kr`);
    expect(formatTkr(jamtland)).toBe(`349${NBSP}tkr`);
    expect(Math.abs(jamtland - 35_000_000)).toBeLessThan(350_000); // about 350 tkr (within 1 %)

    const commitment = regionCommitment({
      regionCode: '23',
      year: 2024,
      hostingShares: [{ label: 'Norra värdskap', shares: split.value.shares }],
    });
    expect(commitment.value.hostingOre).toBe(34_917_800);
  });
});
