import type { ExampleLoadResult } from '@shared/contract/app';
import { transaction } from '../db/data';
import { buildExampleDataset } from '../domain/example-dataset';
import type { ServiceContext } from '../lib/context';
import { deterministicId } from '../lib/ids';
import { readGroupsFile } from '../reference/files';
import { appendAuditEntry } from '../repositories/audit';
import { insertExampleDataset, norraSeats } from '../repositories/example-dataset';
import { SETTING_KEYS, writeSetting } from '../repositories/settings';

/** Loads the clearly labelled example dataset in one transaction; loading it again adds nothing. */
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
  return transaction(ctx.conn, () => {
    const result = insertExampleDataset(ctx.conn, data, now);
    writeSetting(ctx.conn, SETTING_KEYS.exampleLoadedAt, now);
    appendAuditEntry(ctx.conn, { action: 'example:load', entity: 'dataset', recordId: null, before: null, after: result }, ctx.actor, now);
    return result;
  });
}
