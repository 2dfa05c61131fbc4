/**
 * "Kopiera till nästa år" (#15.6): a hosting's cost items, or a region's fixed contributions, of one year
 * copied to the next, in one transaction through the record writer (each copy is a new audited record).
 *
 * - Amounts are multiplied by the index (10 300 = +3 %) and rounded once, half away from zero, to whole öre:
 *   a fixed amount, a contribution, and a staffed item's stated salary — the salary in force at the end of
 *   the copied year (its last change), stated from 1 January of the next year. An item on the default
 *   salary keeps the default (the parameters of the next year decide it).
 * - When the next year already has entries: REFUSE (a Swedish refusal naming the year) or SKIP those whose
 *   label (and, for contributions, recipient) is already there.
 */
import type { CopyYearInput, CopyYearResult, copyYearInputSchema } from '@shared/contract/cost/roll';
import { refusal } from '@shared/contract/errors';
import { indexedOre } from '@shared/domain/costs';
import type { z } from 'zod';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { liveCostItems, salaryChangesOf, type CostItemRow } from '../../repositories/costs/cost-items';
import { liveContributions } from '../../repositories/costs/contributions';
import { regionNames } from '../../repositories/costs/references';
import { requireOwner } from '../../repositories/records';
import { write } from '../../repositories/record-writer';
import { requireHostingYear } from './cost-items';
import { requireRegionInScope, requireScope } from './scope';

type Input = z.output<typeof copyYearInputSchema>;
export type { CopyYearInput };

/** The salary in force on the last day of the item's year: its last change, else its stated salary. */
function lastSalary(item: CostItemRow): number | null {
  if (item.monthly_salary_ore === null) return null;
  return salaryChangesOf(item).at(-1)?.monthlySalaryOre ?? item.monthly_salary_ore;
}

function copiedItem(item: CostItemRow, toYear: number, indexBp: number) {
  const salary = lastSalary(item);
  const monthly = salary === null ? null : indexedOre(salary, indexBp);
  return {
    hosting_id: item.hosting_id,
    year: toYear,
    kind: item.kind,
    label: item.label,
    role: item.role,
    profession: item.profession,
    allocation_bp: item.allocation_bp,
    monthly_salary_ore: monthly,
    salary_effective_date: monthly === null ? null : `${toYear}-01-01`,
    salary_changes_json: '[]',
    amount_ore: item.amount_ore === null ? null : indexedOre(item.amount_ore, indexBp),
  };
}

type Plan<C> = { toCopy: { label: string; columns: C }[]; skipped: string[] };
type ItemColumns = ReturnType<typeof copiedItem>;
type ContributionColumns = { region_code: string; year: number; recipient: string; label: string; amount_ore: number };

function planItems(conn: Connection, hostingId: string, input: Input, owner: string): Plan<ItemColumns> {
  const toYear = input.fromYear + 1;
  requireHostingYear(conn, hostingId, owner, toYear);
  const items = liveCostItems(conn, hostingId);
  const from = items.filter((i) => i.year === input.fromYear);
  if (from.length === 0) throw refusal('VALIDATION', 'roll.nothingToCopy', { year: input.fromYear });
  const there = new Set(items.filter((i) => i.year === toYear).map((i) => i.label));
  if (there.size > 0 && input.existing === 'REFUSE') throw refusal('CONFLICT', 'roll.nextYearHasItems', { year: toYear });
  return {
    toCopy: from.filter((i) => !there.has(i.label)).map((i) => ({ label: i.label, columns: copiedItem(i, toYear, input.indexBp) })),
    skipped: from.filter((i) => there.has(i.label)).map((i) => i.label),
  };
}

function planContributions(conn: Connection, regionCode: string, input: Input): Plan<ContributionColumns> {
  const toYear = input.fromYear + 1;
  requireRegionInScope(requireScope(conn), regionCode);
  const from = liveContributions(conn, { regionCode, year: input.fromYear });
  if (from.length === 0) throw refusal('VALIDATION', 'roll.nothingToCopy', { year: input.fromYear });
  const key = (c: { recipient: string; label: string }) => `${c.recipient}\u0000${c.label}`;
  const there = new Set(liveContributions(conn, { regionCode, year: toYear }).map(key));
  if (there.size > 0 && input.existing === 'REFUSE') {
    throw refusal('CONFLICT', 'roll.nextYearHasContributions', { region: regionNames(conn)[regionCode] ?? regionCode, year: toYear });
  }
  const columns = (c: (typeof from)[number]): ContributionColumns => ({
    region_code: regionCode,
    year: toYear,
    recipient: c.recipient,
    label: c.label,
    amount_ore: indexedOre(c.amount_ore, input.indexBp),
  });
  return {
    toCopy: from.filter((c) => !there.has(key(c))).map((c) => ({ label: c.label, columns: columns(c) })),
    skipped: from.filter((c) => there.has(key(c))).map((c) => c.label),
  };
}

function summary<C>(plan: Plan<C>, amount: (c: C) => number | null): Omit<CopyYearResult, 'fromYear' | 'toYear' | 'indexBp'> {
  return { copied: plan.toCopy.map((e) => ({ label: e.label, amountOre: amount(e.columns) })), skipped: plan.skipped };
}

export async function copyYear(ctx: ServiceContext, input: Input): Promise<CopyYearResult> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  const result = transaction(conn, () => {
    const owner = requireOwner(conn);
    const how = { action: 'create' as const, actor: ctx.actor, now, owner };
    const { target } = input;
    if (target.kind === 'HOSTING') {
      const plan = planItems(conn, target.hostingId, input, owner);
      for (const entry of plan.toCopy) write(conn, 'cost_items', { id: ctx.newId() }, entry.columns, how);
      return summary(plan, (c) => c.amount_ore ?? c.monthly_salary_ore);
    }
    const plan = planContributions(conn, target.regionCode, input);
    for (const entry of plan.toCopy) write(conn, 'fixed_contributions', { id: ctx.newId() }, entry.columns, how);
    return summary(plan, (c) => c.amount_ore);
  });
  return { fromYear: input.fromYear, toYear: input.fromYear + 1, indexBp: input.indexBp, ...result };
}
