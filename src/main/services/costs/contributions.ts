/** Fixed annual contributions of a region (RCC, quality registers, SKR services …): recipient, label, öre. */
import type { z } from 'zod';
import type { FixedContributionRow, fixedContributionCreateSchema, fixedContributionUpdateSchema } from '@shared/contract/cost/records';
import { refusal } from '@shared/contract/errors';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { liveContribution, liveContributions, toContribution, type ContributionRow } from '../../repositories/costs/contributions';
import { writableRecord, write } from '../../repositories/record-writer';
import { installationOwner, requireRegionInScope, requireScope } from './scope';

type CreateInput = z.output<typeof fixedContributionCreateSchema>;
type UpdateInput = z.output<typeof fixedContributionUpdateSchema>;

function view(r: ContributionRow, own: string | null): FixedContributionRow {
  return { ...toContribution(r), owner: r.owner, version: r.version, readOnly: r.owner !== own };
}

function columns(input: CreateInput) {
  return { region_code: input.regionCode, year: input.year, recipient: input.recipient, label: input.label, amount_ore: input.amountOre };
}

export async function listFixedContributions(
  ctx: ServiceContext,
  input: { regionCode: string | null; year: number | null },
): Promise<FixedContributionRow[]> {
  const own = installationOwner(ctx.conn);
  return Promise.resolve(liveContributions(ctx.conn, input).map((r) => view(r, own)));
}

function getContribution(conn: Connection, id: string): FixedContributionRow {
  const row = liveContribution(conn, id);
  if (!row) throw refusal('NOT_FOUND', 'contribution.notFound');
  return view(row, installationOwner(conn));
}

export async function createFixedContribution(ctx: ServiceContext, input: CreateInput): Promise<FixedContributionRow> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const scope = requireScope(conn);
    requireRegionInScope(scope, input.regionCode);
    write(conn, 'fixed_contributions', { id }, columns(input), { action: 'create', actor: ctx.actor, now, owner: scope.code });
  });
  return Promise.resolve(getContribution(conn, id));
}

export async function updateFixedContribution(ctx: ServiceContext, input: UpdateInput): Promise<FixedContributionRow> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const scope = requireScope(conn);
    const target = { id: input.id, expectedVersion: input.version };
    writableRecord(conn, 'fixed_contributions', target, scope.code);
    requireRegionInScope(scope, input.regionCode);
    write(conn, 'fixed_contributions', target, columns(input), { action: 'update', actor: ctx.actor, now, owner: scope.code });
  });
  return Promise.resolve(getContribution(conn, input.id));
}

export async function deleteFixedContribution(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const scope = requireScope(conn);
    const target = { id: input.id, expectedVersion: input.version };
    write(conn, 'fixed_contributions', target, {}, { action: 'delete', actor: ctx.actor, now, owner: scope.code });
  });
  return Promise.resolve({ ok: true });
}
