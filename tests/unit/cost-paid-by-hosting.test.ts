import { describe, expect, it } from 'vitest';
import { regionReportSchema } from '../../src/shared/contract/cost/reports';
import type { PlanData, PlanMembership } from '../../src/main/domain/cost-plan/types';
import { regionYear, yearReport } from '../../src/main/domain/cost-plan/year-report';

const NORRA = ['22', '23', '24', '25'];

function membership(overrides: Partial<PlanMembership>): PlanMembership {
  return {
    id: 'm1',
    personId: 'p1',
    personName: 'Anna Ledare',
    personRegionCode: '23',
    profession: null,
    groupId: 'g1',
    groupName: 'Endokrina sjukdomar',
    groupType: 'NPO',
    role: 'PROCESS_LEADER',
    allocationBp: 5_000,
    startDate: '2024-01-01',
    endDate: null,
    ...overrides,
  };
}

/** NPO g1 hosted by NORRA with a process leader at 50 % of 65 000 kr a month; PO 50 %. */
function plan(memberships: PlanMembership[]): PlanData {
  return {
    installationOwner: 'NORRA',
    hostings: [
      {
        id: 'h1',
        owner: 'NORRA',
        groupId: 'g1',
        groupName: 'Endokrina sjukdomar',
        groupType: 'NPO',
        hostHealthcareRegionCode: 'NORRA',
        status: 'ACTIVE',
        startDate: '2024-01-01',
        endDate: null,
        allocationKeyId: null,
        roundingUnit: 'ORE',
        planningCopy: false,
      },
    ],
    items: [
      {
        id: 'i1',
        hostingId: 'h1',
        year: 2024,
        kind: 'STAFFED_ROLE',
        label: 'Processledare',
        role: 'PROCESS_LEADER',
        profession: null,
        allocationBp: 5_000,
        monthlySalaryOre: 6_500_000,
        salaryEffectiveDate: null,
        salaryChanges: [],
        amountOre: null,
      },
    ],
    keys: [],
    parameters: [{ owner: 'NORRA', rows: [{ year: 2024, poSurchargeBp: 5_000, salaryIndexBp: 10_000 }], defaultSalaries: [] }],
    referenceParameters: [],
    referenceSource: 'test',
    personSalaries: {
      p1: [{ effectiveDate: '2020-01-01', monthlySalaryOre: 6_500_000 }],
      p2: [{ effectiveDate: '2020-01-01', monthlySalaryOre: 5_000_000 }],
    },
    memberships,
    contributions: [],
    populations: NORRA.map((regionCode) => ({ healthcareRegionCode: 'NORRA', regionCode, year: 2023, population: 100_000 })),
    members: NORRA.map((regionCode) => ({ healthcareRegionCode: 'NORRA', regionCode })),
    regionNames: {},
    poOverrides: [],
    indexOverrides: [],
  };
}

describe('a process leader paid by the hosting is not counted again by the region', () => {
  it('leaves the staffed role out of the representation cost and lists it as paid by the hosting', () => {
    const member = membership({ id: 'm2', personId: 'p2', personName: 'Bo Ledamot', role: 'MEMBER', allocationBp: 1_000 });
    const report = regionYear(plan([membership({}), member]), '23', 2024, null);
    // 65 000 × 12 × 1,5 × 50 % = 585 000 kr for the hosting, a quarter to each of four equal regions.
    expect(report.hostingOre).toBe(14_625_000);
    // Only the ordinary member counts as own staff: 50 000 × 12 × 1,5 × 10 % = 90 000 kr.
    expect(report.memberships.map((m) => m.membershipId)).toEqual(['m2']);
    expect(report.membershipsOre).toBe(9_000_000);
    expect(report.totalOre).toBe(14_625_000 + 9_000_000);
    expect(report.paidByHosting).toEqual([
      expect.objectContaining({
        membershipId: 'm1',
        role: 'PROCESS_LEADER',
        hostingId: 'h1',
        hostHealthcareRegionCode: 'NORRA',
        itemLabel: 'Processledare',
      }),
    ]);
    expect(report.warnings.filter((w) => w.code === 'MEMBERSHIP_PAID_BY_HOSTING').map((w) => w.ref)).toEqual(['m1']);
  });

  it('counts the representative when the hosting staffs no such role, in another group or another year', () => {
    const elsewhere = membership({ groupId: 'g2', groupName: 'Hjärta och kärl' });
    expect(regionYear(plan([elsewhere]), '23', 2024, null).membershipsOre).toBe(58_500_000);
    expect(regionYear(plan([membership({ role: 'CHAIR' })]), '23', 2024, null).paidByHosting).toEqual([]);
    const report = yearReport(plan([membership({})]), 2025, null, null);
    expect(report.regions.find((r) => r.regionCode === '23')?.paidByHosting).toEqual([]);
  });

  it('never treats ordinary members as staffed by the hosting', () => {
    const data = plan([membership({ role: 'MEMBER', allocationBp: 1_000 })]);
    data.items = [{ ...data.items[0]!, role: 'MEMBER' }];
    expect(regionYear(data, '23', 2024, null).membershipsOre).toBe(11_700_000);
  });

  it('reads a region report stored before the rule (a locked budget) with an empty list', () => {
    const report = regionYear(plan([membership({})]), '23', 2024, null);
    const { paidByHosting: _dropped, ...older } = report;
    expect(regionReportSchema.parse(older).paidByHosting).toEqual([]);
    expect(regionReportSchema.parse(report).paidByHosting).toHaveLength(1);
  });
});
