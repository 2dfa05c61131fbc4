import { describe, expect, it } from 'vitest';
import { regionReportSchema } from '../../src/shared/contract/cost/reports';
import type { PlanData, PlanMembership } from '../../src/main/domain/cost-plan/types';
import { regionYear, yearReport } from '../../src/main/domain/cost-plan/year-report';
import { hostedPlan, planMembership } from './cost-plan-fixture';

function membership(overrides: Partial<PlanMembership>): PlanMembership {
  return planMembership('m1', 'p1', 'Anna Ledare', { role: 'PROCESS_LEADER', allocationBp: 5_000, ...overrides });
}

/** NPO g1 hosted by NORRA with a process leader at 50 % of 65 000 kr a month; PO 50 %. */
function plan(memberships: PlanMembership[]): PlanData {
  return hostedPlan({
    memberships,
    poSurchargeBp: 5_000,
    personSalaries: {
      p1: [{ effectiveDate: '2020-01-01', monthlySalaryOre: 6_500_000 }],
      p2: [{ effectiveDate: '2020-01-01', monthlySalaryOre: 5_000_000 }],
    },
  });
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
