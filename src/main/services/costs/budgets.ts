/**
 * Budgets: locking the plan (or a scenario) of a year stores the whole computed calculation as JSON
 * with its SHA-256. The figures are frozen (a database trigger refuses any change of them): later edits
 * of the plan never alter a budget; a new lock makes the next revision, and the highest revision of
 * a year is "the budget". Reading a budget re-hashes it and reports whether it is intact.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { yearReportSchema } from '@shared/contract/cost/reports';
import { upgradeYearReportSnapshot } from '../../domain/cost-plan/snapshot-upgrade';
import type { BudgetSummary, budgetLockSchema } from '@shared/contract/cost/scenarios';
import { refusal } from '@shared/contract/errors';
import type { ServiceContext } from '../../lib/context';
import { yearReport } from '../../domain/cost-plan/year-report';
import { budgetById, insertLockedBudget, latestBudget, liveBudgets, type BudgetRow } from '../../repositories/costs/budgets';
import { requireOwner } from '../../repositories/records';
import { newRecordColumns } from '../../repositories/sync-columns';
import { loadPlan } from './load-plan';
import { scenarioInput } from './scenarios';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function budgetSummary(r: BudgetRow): BudgetSummary {
  return {
    id: r.id,
    year: r.year,
    revision: r.revision,
    name: r.name,
    note: r.note,
    scenarioId: r.scenario_id,
    scenarioName: r.scenario_name,
    lockedAt: r.locked_at,
    lockedBy: r.locked_by,
    sha256: r.snapshot_sha256,
    intact: sha256(r.snapshot_json) === r.snapshot_sha256,
    hostingsOre: r.hostings_ore,
    regionsOre: r.regions_ore,
    owner: r.owner,
  };
}

export async function lockBudget(ctx: ServiceContext, input: z.output<typeof budgetLockSchema>): Promise<BudgetSummary> {
  const scenario = await scenarioInput(ctx, input.scenarioId);
  const report = yearReport(loadPlan(ctx), input.year, null, scenario);
  const snapshot = JSON.stringify(report);
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  const owner = requireOwner(conn);
  const row = {
    ...newRecordColumns(id, owner, now),
    year: input.year,
    name: input.name,
    note: input.note,
    scenario_id: scenario?.id ?? null,
    scenario_name: scenario?.name ?? null,
    locked_at: now,
    locked_by: ctx.actor,
    snapshot_json: snapshot,
    snapshot_sha256: sha256(snapshot),
    hostings_ore: report.totals.hostingsOre,
    regions_ore: report.totals.regionsOre,
  };
  insertLockedBudget(conn, row, ctx.actor, now);
  return budgetSummary(budgetRow(conn, id));
}

export async function listBudgets(ctx: ServiceContext, input: { year: number | null }): Promise<BudgetSummary[]> {
  return Promise.resolve(liveBudgets(ctx.conn, input.year).map(budgetSummary));
}

function budgetRow(conn: ServiceContext['conn'], id: string): BudgetRow {
  const row = budgetById(conn, id);
  if (!row) throw refusal('NOT_FOUND', 'budget.notFound');
  return row;
}

export async function getBudget(ctx: ServiceContext, id: string) {
  const row = budgetRow(ctx.conn, id);
  const parsed = yearReportSchema.safeParse(upgradeYearReportSnapshot(JSON.parse(row.snapshot_json)));
  if (!parsed.success) throw refusal('VALIDATION', 'budget.unreadable');
  return { budget: budgetSummary(row), report: parsed.data };
}

/** The few figures of a snapshot that comparisons need, read leniently so old snapshots stay usable. */
const snapshotFigures = z.object({
  hostings: z.array(
    z.object({ hostingId: z.string(), groupName: z.string(), hostHealthcareRegionCode: z.string(), totalOre: z.number().int() }),
  ),
});

/** The chosen budget of a year, or the own latest revision; null when none is locked. */
export async function budgetForYear(ctx: ServiceContext, year: number, budgetId: string | null) {
  let row: BudgetRow | undefined;
  if (budgetId !== null) {
    row = budgetRow(ctx.conn, budgetId);
    if (row.year !== year) throw refusal('VALIDATION', 'budget.wrongYear', { budgetYear: row.year, year });
  } else {
    row = latestBudget(ctx.conn, requireOwner(ctx.conn), year);
  }
  if (!row) return null;
  const figures = snapshotFigures.safeParse(JSON.parse(row.snapshot_json));
  if (!figures.success) throw refusal('VALIDATION', 'budget.unreadable');
  return { summary: budgetSummary(row), hostings: figures.data.hostings };
}
