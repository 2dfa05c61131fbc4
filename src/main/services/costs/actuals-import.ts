/**
 * Import of a region's actual outcomes from a ledger export (.csv/.xlsx, read under the register import's
 * bounds): every row is read through the user's mapping (columns, and rules from account / cost centre to
 * an outcome), previewed with what it saves or why it is rejected, and applied in one transaction. An
 * applied import sets each outcome it names to the sum of its accepted rows, so importing the same export
 * again changes nothing; outcomes the file does not name are left as they are. The mapping applied last is
 * remembered for the next import.
 */
import type { z } from 'zod';
import {
  ledgerMappingSchema,
  type ActualsImportReport,
  type actualsImportSchema,
  type LedgerMapping,
  type LedgerReason,
  type LedgerTarget,
} from '@shared/contract/cost/actuals';
import { refusal } from '@shared/contract/errors';
import { caseKey } from '../../domain/register-import/normalize';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { overlapsYear } from '../../domain/cost-plan/types';
import { evaluateLedger, targetSums, type TargetSum } from '../../domain/ledger/rows';
import { liveHostings } from '../../repositories/costs/hostings';
import { regionActualOf } from '../../repositories/costs/region-actuals';
import { readSetting, SETTING_KEYS, writeSetting } from '../../repositories/settings';
import { readSpreadsheet } from '../register-import/read-file';
import { recordingRegion, setOutcome } from './region-actuals';

type ImportInput = Pick<z.output<typeof actualsImportSchema>, 'fileName' | 'contentBase64' | 'mapping'>;

type HostingInfo = { groupName: string; start: string; end: string | null };

function hostingInfo(conn: Connection): Map<string, HostingInfo> {
  return new Map(liveHostings(conn).map((h) => [h.id, { groupName: h.group_name, start: h.start_date, end: h.end_date }]));
}

/** Every hosting a rule names must exist: a mapping saved before a hosting was removed is refused whole. */
function checkRules(mapping: LedgerMapping, hostings: Map<string, HostingInfo>): void {
  for (const rule of mapping.rules)
    if (rule.hostingId !== null && !hostings.has(rule.hostingId)) throw refusal('VALIDATION', 'ledger.unknownHosting');
}

function previewOf(
  conn: Connection,
  input: ImportInput,
  regionCode: string,
  headers: string[],
  grid: Parameters<typeof evaluateLedger>[0],
) {
  const hostings = hostingInfo(conn);
  checkRules(input.mapping, hostings);
  const check = (hostingId: string, year: number): LedgerReason | null => {
    const h = hostings.get(hostingId)!;
    return overlapsYear(h.start, h.end, year) ? null : { key: 'ledger.hostingNotInYear', params: { group: h.groupName, year } };
  };
  const rows = evaluateLedger(grid, input.mapping, check);
  const sums = targetSums(rows);
  const targets: LedgerTarget[] = sums.map((t) => {
    const stored = regionActualOf(conn, { ...t, owner: regionCode, regionCode });
    return {
      year: t.year,
      category: t.category,
      hostingId: t.hostingId,
      groupName: t.hostingId === null ? null : (hostings.get(t.hostingId)?.groupName ?? null),
      rows: t.rows,
      amountOre: t.amountOre,
      previousOre: stored && stored.deleted_at === null ? stored.amount_ore : null,
    };
  });
  const save = rows.filter((r) => r.status === 'save').length;
  const report: ActualsImportReport = {
    fileName: input.fileName,
    regionCode,
    headers,
    rows,
    targets,
    counts: { save, rejected: rows.length - save },
    applied: false,
  };
  return { report, sums };
}

async function read(ctx: ServiceContext, input: ImportInput) {
  const regionCode = recordingRegion(ctx.conn);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const wanted = caseKey(input.mapping.columns.account);
  const { grid } = await readSpreadsheet(input.fileName, bytes, undefined, (g) => g.headers.some((h) => caseKey(h) === wanted));
  return { regionCode, grid };
}

export async function previewActualsImport(ctx: ServiceContext, input: ImportInput): Promise<ActualsImportReport> {
  const { regionCode, grid } = await read(ctx, input);
  return previewOf(ctx.conn, input, regionCode, grid.headers, grid).report;
}

function applySums(ctx: ServiceContext, regionCode: string, sums: readonly TargetSum[], fileName: string): void {
  const how = { actor: ctx.actor, now: ctx.now().toISOString(), owner: regionCode };
  for (const sum of sums) {
    const note = `Import: ${fileName} (${sum.rows} ${sum.rows === 1 ? 'rad' : 'rader'})`;
    setOutcome(ctx.conn, how, sum, { amountOre: sum.amountOre, note }, 'current', () => ctx.newId());
  }
}

export async function applyActualsImport(ctx: ServiceContext, input: ImportInput): Promise<ActualsImportReport> {
  const { regionCode, grid } = await read(ctx, input);
  let report: ActualsImportReport | null = null;
  transaction(ctx.conn, () => {
    const preview = previewOf(ctx.conn, input, regionCode, grid.headers, grid);
    applySums(ctx, regionCode, preview.sums, input.fileName);
    writeSetting(ctx.conn, SETTING_KEYS.actualsImportMapping, JSON.stringify(input.mapping));
    report = { ...preview.report, applied: true };
  });
  return report!;
}

/** The mapping the last applied import used, or null (also when it no longer reads as a mapping). */
export async function savedActualsMapping(ctx: ServiceContext): Promise<LedgerMapping | null> {
  const text = readSetting(ctx.conn, SETTING_KEYS.actualsImportMapping);
  if (text === null) return Promise.resolve(null);
  try {
    const parsed = ledgerMappingSchema.safeParse(JSON.parse(text));
    return Promise.resolve(parsed.success ? parsed.data : null);
  } catch {
    return Promise.resolve(null);
  }
}

/** The headers and first five rows of a ledger export (the same bounded reading as the import). */
export async function ledgerFileColumns(_ctx: ServiceContext, input: { fileName: string; contentBase64: string }) {
  const { grid } = await readSpreadsheet(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  return { headers: grid.headers, sample: grid.rows.slice(0, 5).map((r) => r.cells.slice(0, grid.headers.length)) };
}
