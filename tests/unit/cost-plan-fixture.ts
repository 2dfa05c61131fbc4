/**
 * A small cost plan for the unit tests of the region report: NPO g1 "Endokrina sjukdomar" hosted by NORRA
 * from 2024 with a process leader at 50 % of 65 000 kr a month, Norra's four regions at 100 000 inhabitants
 * each; the caller gives the memberships, PO-pålägg, persons' salaries and contributions.
 */
import type { PlanData, PlanHosting, PlanMembership } from '../../src/main/domain/cost-plan/types';

export const NORRA = ['22', '23', '24', '25'];

/** Norra's hosting h1 of NPO g1 from 2024, open-ended, active, rounded to whole kronor unless `overrides` say otherwise. */
export function planHosting(overrides: Partial<PlanHosting> = {}): PlanHosting {
  return {
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
    roundingUnit: 'KRONA',
    planningCopy: false,
    ...overrides,
  };
}

/** A membership of region 23 in g1 from 2024-01-01, open-ended, at 10 % as a member unless `overrides` say otherwise. */
export function planMembership(id: string, personId: string, personName: string, overrides: Partial<PlanMembership> = {}): PlanMembership {
  return {
    id,
    personId,
    personName,
    personRegionCode: '23',
    profession: null,
    groupId: 'g1',
    groupName: 'Endokrina sjukdomar',
    groupType: 'NPO',
    role: 'MEMBER',
    allocationBp: 1_000,
    startDate: '2024-01-01',
    endDate: null,
    ...overrides,
  };
}

type Choices = Pick<PlanData, 'memberships' | 'personSalaries'> & Partial<Pick<PlanData, 'contributions'>> & { poSurchargeBp: number };

export function hostedPlan({ memberships, personSalaries, contributions = [], poSurchargeBp }: Choices): PlanData {
  return {
    installationOwner: 'NORRA',
    hostings: [planHosting({ roundingUnit: 'ORE' })],
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
    parameters: [{ owner: 'NORRA', rows: [{ year: 2024, poSurchargeBp, salaryIndexBp: 10_000 }], defaultSalaries: [] }],
    referenceParameters: [],
    referenceSource: 'test',
    personSalaries,
    memberships,
    contributions,
    populations: NORRA.map((regionCode) => ({ healthcareRegionCode: 'NORRA', regionCode, year: 2023, population: 100_000 })),
    members: NORRA.map((regionCode) => ({ healthcareRegionCode: 'NORRA', regionCode })),
    regionNames: {},
    poOverrides: [],
    indexOverrides: [],
  };
}
