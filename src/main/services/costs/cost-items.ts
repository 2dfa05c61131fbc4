/**
 * Cost items of a hosting per year: STAFFED_ROLE (a share of a post at the item's own monthly salary
 * or the default salary for role and profession) or FIXED_AMOUNT (travel, meetings, licences; öre).
 * Only the hosting's owner changes its items, and only for years inside the hosting's period.
 */
import type { z } from 'zod';
import type { HostingDetail, costItemCreateSchema, costItemUpdateSchema } from '@shared/contract/cost/records';
import { refusal } from '@shared/contract/errors';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { overlapsYear } from '../../domain/cost-plan/types';
import { liveHostingPeriod } from '../../repositories/costs/hostings';
import { requireOwner } from '../../repositories/records';
import { writableRecord, write } from '../../repositories/record-writer';
import { getHosting } from './hostings';

type CreateInput = z.output<typeof costItemCreateSchema>;
type UpdateInput = z.output<typeof costItemUpdateSchema>;

/**
 * A staffed item's dated salaries must lie in its year: the first from its effective date (1 January when
 * not given), each change strictly later than the one before, and a change only after a stated salary.
 */
function checkSalaryDates(input: CreateInput | UpdateInput): void {
  if (input.kind !== 'STAFFED_ROLE') return;
  const { year } = input;
  const changes = [...input.salaryChanges].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1));
  for (const date of [input.salaryEffectiveDate, ...changes.map((c) => c.effectiveDate)]) {
    if (date !== null && !date.startsWith(`${year}-`)) throw refusal('VALIDATION', 'roll.salaryDateNotInYear', { date, year });
  }
  if (changes.length > 0 && input.monthlySalaryOre === null) throw refusal('VALIDATION', 'roll.salaryChangeWithoutSalary');
  let previous = input.salaryEffectiveDate ?? `${year}-01-01`;
  const from = previous;
  for (const change of changes) {
    if (change.effectiveDate <= previous) throw refusal('VALIDATION', 'roll.salaryChangeOrder', { date: change.effectiveDate, from });
    previous = change.effectiveDate;
  }
}

/** The item's salary columns: the stated salary from its date (1 January unless given) and the later changes in date order. */
function salaryColumns(input: CreateInput | UpdateInput) {
  if (input.kind !== 'STAFFED_ROLE' || input.monthlySalaryOre === null) return { salary_effective_date: null, salary_changes_json: '[]' };
  const changes = [...input.salaryChanges].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1));
  return {
    salary_effective_date: input.salaryEffectiveDate ?? `${input.year}-01-01`,
    salary_changes_json: JSON.stringify(changes.map((c) => ({ effectiveDate: c.effectiveDate, monthlySalaryOre: c.monthlySalaryOre }))),
  };
}

function itemColumns(input: CreateInput | UpdateInput) {
  checkSalaryDates(input);
  const staffed = input.kind === 'STAFFED_ROLE';
  return {
    ...salaryColumns(input),
    year: input.year,
    kind: input.kind,
    label: input.label,
    role: staffed ? input.role : null,
    profession: staffed ? input.profession : null,
    allocation_bp: staffed ? input.allocationBp : null,
    monthly_salary_ore: staffed ? input.monthlySalaryOre : null,
    amount_ore: staffed ? null : input.amountOre,
  };
}

/** The hosting must exist, belong to this installation and cover the year. */
export function requireHostingYear(conn: Connection, hostingId: string, owner: string, year: number): void {
  const hosting = liveHostingPeriod(conn, hostingId);
  if (!hosting) throw refusal('NOT_FOUND', 'hosting.notFound');
  if (hosting.owner !== owner) throw refusal('FORBIDDEN', 'hosting.readOnly', { owner: hosting.owner });
  if (!overlapsYear(hosting.start_date, hosting.end_date, year)) {
    throw refusal('VALIDATION', 'hosting.notInYear', { year });
  }
}

export async function createCostItem(ctx: ServiceContext, input: CreateInput): Promise<HostingDetail> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const owner = requireOwner(conn);
    requireHostingYear(conn, input.hostingId, owner, input.year);
    write(
      conn,
      'cost_items',
      { id },
      { hosting_id: input.hostingId, ...itemColumns(input) },
      { action: 'create', actor: ctx.actor, now, owner },
    );
  });
  return getHosting(ctx, input.hostingId);
}

export async function updateCostItem(ctx: ServiceContext, input: UpdateInput): Promise<HostingDetail> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  const hostingId = transaction(conn, () => {
    const owner = requireOwner(conn);
    const target = { id: input.id, expectedVersion: input.version };
    const before = writableRecord(conn, 'cost_items', target, owner);
    requireHostingYear(conn, before.hosting_id, owner, input.year);
    write(conn, 'cost_items', target, itemColumns(input), { action: 'update', actor: ctx.actor, now, owner });
    return before.hosting_id;
  });
  return getHosting(ctx, hostingId);
}

export async function deleteCostItem(ctx: ServiceContext, input: { id: string; version: number }): Promise<HostingDetail> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  const hostingId = transaction(conn, () => {
    const owner = requireOwner(conn);
    const row = write(
      conn,
      'cost_items',
      { id: input.id, expectedVersion: input.version },
      {},
      { action: 'delete', actor: ctx.actor, now, owner },
    );
    return row.hosting_id;
  });
  return getHosting(ctx, hostingId);
}
