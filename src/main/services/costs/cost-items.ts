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

function itemColumns(input: CreateInput | UpdateInput) {
  const staffed = input.kind === 'STAFFED_ROLE';
  return {
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
function requireHostingYear(conn: Connection, hostingId: string, owner: string, year: number): void {
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
