/**
 * Import of the coordinators' spreadsheets into the register. Preview reads and plans without
 * writing; apply plans again inside one transaction and writes the whole plan or nothing.
 */
import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type { ColumnMapping, CreateGroupRequest, ImportInput, ImportReport, importApplySchema } from '@shared/contract/register-import';
import { createVerifiedBackup } from '../../db/backup';
import type { ServiceContext } from '../../lib/context';
import { hierarchyProblem } from '../../domain/register-rules';
import { assertNameColumn, hasNameHeaders, resolveMapping } from '../../domain/register-import/headers';
import { countPlan, planImport, type ImportPlan } from '../../domain/register-import/plan';
import { parseRows, type ParsedRow } from '../../domain/register-import/rows';
import { transaction } from '../../db/data';
import { requireOwner } from '../../repositories/records';
import { loadRegions, loadSnapshot } from '../../repositories/register/import-snapshot';
import { applyPlan } from './apply';
import { readSpreadsheet } from './read-file';

type ApplyInput = z.output<typeof importApplySchema>;
type Prepared = { sheet: string | null; sheets: string[]; headers: string[]; mapping: ColumnMapping[]; rows: ParsedRow[] };

function checkCreateGroups(requests: readonly CreateGroupRequest[]): void {
  for (const request of requests) {
    const problem = hierarchyProblem(request.type, request.level, null);
    if (problem) throw refusal('VALIDATION', problem.key, { ...problem.params, name: request.name });
  }
}

/** Reads the file and parses its rows; everything here happens before any transaction. */
async function prepare(ctx: ServiceContext, input: ImportInput, owner: string): Promise<Prepared> {
  checkCreateGroups(input.createGroups);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const { grid, sheet, sheets } = await readSpreadsheet(input.fileName, bytes, input.sheet, hasNameHeaders);
  const mapping = resolveMapping(grid.headers, input.mapping);
  assertNameColumn(mapping);
  const regions = loadRegions(ctx.conn);
  const rows = parseRows(grid, mapping, { regions, defaultRegionCode: /^\d{2}$/.test(owner) ? owner : null });
  return { sheet, sheets, headers: grid.headers, mapping, rows };
}

function report(input: ImportInput, prepared: Prepared, plan: ImportPlan, applied: boolean): ImportReport {
  return {
    fileName: input.fileName,
    sheet: prepared.sheet,
    sheets: prepared.sheets,
    applied,
    headers: prepared.headers,
    mapping: prepared.mapping,
    counts: countPlan(plan),
    rows: plan.rows,
    unknownGroups: plan.unknownGroups,
  };
}

export async function previewImport(ctx: ServiceContext, input: ImportInput): Promise<ImportReport> {
  const owner = requireOwner(ctx.conn);
  const prepared = await prepare(ctx, input, owner);
  const plan = planImport(prepared.rows, loadSnapshot(ctx.conn, owner), input.createGroups);
  return report(input, prepared, plan, false);
}

/** Applies the import after a verified 'import' backup (taken once the file has been read and parsed). */
export async function applyImport(ctx: ServiceContext, input: ApplyInput): Promise<ImportReport> {
  const prepared = await prepare(ctx, input, requireOwner(ctx.conn));
  await createVerifiedBackup(ctx.conn.sqlite, ctx.dbPath, 'import', ctx.now());
  const now = ctx.now().toISOString();
  const plan = transaction(ctx.conn, () => {
    const owner = requireOwner(ctx.conn);
    const planned = planImport(prepared.rows, loadSnapshot(ctx.conn, owner), input.createGroups);
    applyPlan(ctx.conn, planned, { owner, now, actor: ctx.actor, newId: ctx.newId, fileName: input.fileName });
    return planned;
  });
  return report(input, prepared, plan, true);
}
