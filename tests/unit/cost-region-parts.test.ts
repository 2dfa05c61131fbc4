import { describe, expect, it } from 'vitest';
import { personParts, regionFromParts, type PersonPart } from '../../src/main/domain/cost-plan/region-parts';
import { regionReport } from '../../src/main/domain/cost-plan/region-report';
import type { PlanData, PlanMembership } from '../../src/main/domain/cost-plan/types';
import { computeYear } from '../../src/main/domain/cost-plan/year-report';
import { hostedPlan, planMembership } from './cost-plan-fixture';

/**
 * Region 23's persons: process leaders the hosting pays (Anna, Cecilia), members with salaries (Bo, Cecilia
 * in another group), a member without any salary (David: not costable), one without a share and one of
 * another region. The paid and failed ones interleave across persons in plan order.
 */
const MEMBERSHIPS: PlanMembership[] = [
  planMembership('m1', 'p1', 'Anna', { role: 'PROCESS_LEADER', allocationBp: 5_000 }),
  planMembership('m2', 'p2', 'Bo', { groupId: 'g2', groupName: 'Hjärta' }),
  planMembership('m3', 'p2', 'Bo', { startDate: '2024-07-01' }),
  planMembership('m4', 'p3', 'Cecilia', { role: 'PROCESS_LEADER', allocationBp: 2_000 }),
  planMembership('m5', 'p3', 'Cecilia', { groupId: 'g2', groupName: 'Hjärta', allocationBp: 3_000 }),
  planMembership('m6', 'p4', 'David'),
  planMembership('m7', 'p4', 'David', { groupId: 'g2', groupName: 'Hjärta', allocationBp: 0 }),
  planMembership('m8', 'p5', 'Erik', { personRegionCode: '22' }),
];

function plan(memberships: PlanMembership[], salaryOfBo = 5_000_000): PlanData {
  return hostedPlan({
    memberships,
    poSurchargeBp: 4_321,
    contributions: [{ id: 'c1', regionCode: '23', year: 2024, recipient: 'NORRA', label: 'Kansli', amountOre: 12_345 }],
    personSalaries: {
      p1: [{ effectiveDate: '2020-01-01', monthlySalaryOre: 6_500_000 }],
      p2: [{ effectiveDate: '2024-03-17', monthlySalaryOre: salaryOfBo }],
      p3: [{ effectiveDate: '2020-01-01', monthlySalaryOre: 4_333_333 }],
      p5: [{ effectiveDate: '2020-01-01', monthlySalaryOre: 4_000_000 }],
    },
  });
}

function whole(data: PlanData) {
  const { data: year, hostings } = computeYear(data, 2024, null);
  return { year, hostings, report: regionReport(year, hostings, '23', 2024, { lines: false }) };
}

describe("a region's year report summed from its persons' parts", () => {
  it('equals the report on the whole list, whatever order the parts come in', () => {
    const { year, hostings, report } = whole(plan(MEMBERSHIPS));
    const parts = personParts(year, hostings, '23', 2024);
    expect([...parts.keys()].sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(parts.get('p4')).toMatchObject({ memberships: ['m6', 'm7'], counted: true, costed: 0 });
    expect(report.paidByHosting.map((p) => p.membershipId)).toEqual(['m1', 'm4']);
    expect(report.warnings.map((w) => w.ref)).toEqual(expect.arrayContaining(['m1', 'm4', 'm6']));
    const shuffled = [parts.get('p4'), parts.get('p2'), parts.get('p1'), parts.get('p3')] as PersonPart[];
    expect(regionFromParts(year, hostings, '23', 2024, shuffled)).toEqual(report);
  });

  it("replacing one person's part after their salary changed equals the whole calculation on the changed plan", () => {
    const before = whole(plan(MEMBERSHIPS));
    const parts = personParts(before.year, before.hostings, '23', 2024);
    const after = whole(plan(MEMBERSHIPS, 5_123_457));
    expect(after.report.membershipsOre).not.toBe(before.report.membershipsOre);
    const bo = MEMBERSHIPS.filter((m) => m.personId === 'p2');
    const fresh = personParts({ ...after.year, memberships: bo }, after.hostings, '23', 2024);
    parts.set('p2', fresh.get('p2') as PersonPart);
    expect(regionFromParts(after.year, after.hostings, '23', 2024, parts.values())).toEqual(after.report);
  });

  it('a region without parts reports no memberships and no parameters, as one without persons', () => {
    const { year, hostings } = whole(plan(MEMBERSHIPS));
    const empty = regionReport({ ...year, memberships: [] }, hostings, '23', 2024, { lines: false });
    expect(regionFromParts(year, hostings, '23', 2024, [])).toEqual(empty);
    expect(empty.parameters).toBeNull();
  });
});
