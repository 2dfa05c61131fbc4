import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from './call';

/** Seed 001's split in öre (tests/unit/costs-seed001.test.ts): 2 375 568 kr by population 31 Dec 2023. */
export const SEED001_SHARES = [
  { regionCode: '22', shareOre: 63_778_800 },
  { regionCode: '23', shareOre: 34_917_800 },
  { regionCode: '24', shareOre: 73_413_700 },
  { regionCode: '25', shareOre: 65_446_500 },
];
export const SEED001_TOTAL_ORE = 237_556_800;

export async function groupId(app: StartedApp, name: string): Promise<string> {
  const groups = await caller(app).ok('groups:list', { query: name });
  const group = groups.find((g) => g.name === name);
  if (!group) throw new Error(`no group ${name}`);
  return group.id;
}

/**
 * Seed 001 in a NORRA installation: PO-pålägg 2024 = 52.28 %, Norra hosts NPO Endokrina sjukdomar
 * from 2024 with two process leaders at 100 % and 65 000 kr a month (the seed's two leaders).
 */
export async function setUpSeed001(app: StartedApp, owner = 'NORRA') {
  const { ok } = caller(app);
  await ok('setup:complete', { ownerCode: owner });
  await ok('cost-parameters:set', { year: 2024, poSurchargeBp: 5228, source: 'seed 001' });
  const detail = await ok('hostings:create', {
    groupId: await groupId(app, 'Endokrina sjukdomar'),
    hostHealthcareRegionCode: 'NORRA',
    status: 'ACTIVE',
    startDate: '2024-01-01',
  });
  const hostingId = detail.hosting.id;
  const leader = {
    hostingId,
    year: 2024,
    kind: 'STAFFED_ROLE' as const,
    role: 'PROCESS_LEADER',
    allocationBp: 10_000,
    monthlySalaryOre: 6_500_000,
  };
  await ok('cost-items:create', { ...leader, label: 'Processledare NPO Endokrina sjukdomar' });
  const withItems = await ok('cost-items:create', { ...leader, label: 'Processledare NPO Levnadsvanor' });
  return { hostingId, items: withItems.items };
}
