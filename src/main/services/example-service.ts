import type { ExampleLoadResult } from '@shared/contract/app';
import { transaction } from '../db/data';
import { buildExampleCosts, NORRA_HOSTED_NPO } from '../domain/example-costs';
import { buildExampleDataset } from '../domain/example-dataset';
import type { ServiceContext } from '../lib/context';
import { deterministicId } from '../lib/ids';
import { readGroupsFile } from '../reference/files';
import { appendAuditEntry } from '../repositories/audit';
import { hostableNationalGroups, insertExampleCosts } from '../repositories/example-costs';
import { insertExampleDataset, norraSeats } from '../repositories/example-dataset';
import { SETTING_KEYS, writeSetting } from '../repositories/settings';

/**
 * Loads the clearly labelled example dataset in one transaction — the register rows and the example
 * cost plan of seed 001 (example-costs.ts); loading it again adds nothing.
 */
export async function loadExampleData(ctx: ServiceContext): Promise<ExampleLoadResult> {
  const groupsFile = readGroupsFile(ctx.resourcesDir);
  const data = buildExampleDataset({
    vgrRegionCode: groupsFile.exampleRegion,
    rptByLevel2025: groupsFile.exampleRptByLevel2025,
    sorNames: groupsFile.exampleSorVgr.map((s) => s.name),
    rpoNames: groupsFile.exampleRpoVgr,
    norraSeats: norraSeats(ctx.conn),
    id: deterministicId,
  });
  const now = ctx.now().toISOString();
  const hostingId = (groupName: string) => deterministicId(`example:hosting:NORRA:${groupName}`);
  return transaction(ctx.conn, () => {
    const hostedGroups = hostableNationalGroups(ctx.conn, NORRA_HOSTED_NPO, 'NORRA', hostingId);
    const costs = buildExampleCosts({ hostedGroups, id: deterministicId });
    const result = { ...insertExampleDataset(ctx.conn, data, now), costRecords: insertExampleCosts(ctx.conn, costs, now) };
    writeSetting(ctx.conn, SETTING_KEYS.exampleLoadedAt, now);
    appendAuditEntry(ctx.conn, { action: 'example:load', entity: 'dataset', recordId: null, before: null, after: result }, ctx.actor, now);
    return result;
  });
}
