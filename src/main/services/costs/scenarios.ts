/**
 * Scenarios: a named list of overrides against the plan, stored as JSON (checked by the contract on
 * the way in and out). Targets are checked when the scenario is saved; one that disappears later is
 * skipped with a warning when the scenario is computed.
 */
import type { Selectable, Transaction } from 'kysely';
import { z } from 'zod';
import {
  scenarioOverrideSchema,
  type ScenarioOverride,
  type ScenarioRow,
  type scenarioCreateSchema,
  type scenarioUpdateSchema,
} from '@shared/contract/cost/scenarios';
import { DomainError } from '@shared/contract/errors';
import type { CostScenariosTable, Database } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import type { ScenarioInput } from '../../domain/cost-plan/year-report';
import { appendAudit } from '../../repositories/audit';
import { assertWritable, requireOwnerCode } from '../../repositories/records';
import { newRecordColumns } from '../../repositories/sync-columns';
import { installationOwner } from './scope';

type Trx = Transaction<Database>;
type CreateInput = z.output<typeof scenarioCreateSchema>;
type UpdateInput = z.output<typeof scenarioUpdateSchema>;

const storedOverrides = z.array(scenarioOverrideSchema);

function parseOverrides(json: string): ScenarioOverride[] {
  const parsed = storedOverrides.safeParse(JSON.parse(json));
  if (!parsed.success) throw new DomainError('VALIDATION', 'The stored scenario cannot be read by this version of Samplan');
  return parsed.data;
}

function view(r: Selectable<CostScenariosTable>, own: string | null): ScenarioRow {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    overrides: parseOverrides(r.overrides_json),
    owner: r.owner,
    version: r.version,
    readOnly: r.owner !== own,
    updatedAt: r.updated_at,
  };
}

export async function listScenarios(ctx: ServiceContext): Promise<ScenarioRow[]> {
  const own = await installationOwner(ctx.db);
  const rows = await ctx.db
    .selectFrom('cost_scenarios')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => view(r, own));
}

async function getScenario(ctx: ServiceContext, id: string): Promise<ScenarioRow> {
  const row = await ctx.db.selectFrom('cost_scenarios').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'Scenario not found');
  return view(row, await installationOwner(ctx.db));
}

/** The scenario to compute with (null = the plan itself). */
export async function scenarioInput(ctx: ServiceContext, id: string | null): Promise<ScenarioInput> {
  if (id === null) return null;
  const row = await getScenario(ctx, id);
  return { id: row.id, name: row.name, overrides: row.overrides };
}

async function exists(trx: Trx, table: 'hostings' | 'cost_items' | 'allocation_keys', id: string): Promise<boolean> {
  return (await trx.selectFrom(table).select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst()) !== undefined;
}

async function validateOverride(trx: Trx, o: ScenarioOverride, n: number): Promise<void> {
  const fail = (message: string): never => {
    throw new DomainError('VALIDATION', `overrides.${n}: ${message}`);
  };
  if ('hostingId' in o && !(await exists(trx, 'hostings', o.hostingId))) fail('the hosting does not exist');
  if (o.kind === 'REMOVE_COST_ITEM' && !(await exists(trx, 'cost_items', o.costItemId))) fail('the cost item does not exist');
  if (o.kind === 'ADD_COST_ITEM' && o.toYear < o.fromYear) fail('toYear is before fromYear');
  if (o.kind === 'HOSTING_HOST') {
    const host = await trx
      .selectFrom('healthcare_regions')
      .select('code')
      .where('code', '=', o.hostHealthcareRegionCode)
      .executeTakeFirst();
    if (!host) fail(`unknown healthcare region ${o.hostHealthcareRegionCode}`);
    if (o.allocationKeyId !== null) {
      const key = await trx
        .selectFrom('allocation_keys')
        .select('healthcare_region_code')
        .where('id', '=', o.allocationKeyId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (!key) fail('the allocation key does not exist');
      if (key && key.healthcare_region_code !== o.hostHealthcareRegionCode)
        fail(`the allocation key is for ${key.healthcare_region_code}, not ${o.hostHealthcareRegionCode}`);
    }
  }
}

async function validateScenario(trx: Trx, owner: string, input: CreateInput, selfId: string | null): Promise<void> {
  const clash = await trx
    .selectFrom('cost_scenarios')
    .select('id')
    .where('owner', '=', owner)
    .where('name', '=', input.name)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (clash && clash.id !== selfId) throw new DomainError('CONFLICT', `A scenario named "${input.name}" already exists`);
  for (const [n, o] of input.overrides.entries()) await validateOverride(trx, o, n);
}

function columns(input: CreateInput) {
  return { name: input.name, description: input.description, overrides_json: JSON.stringify(input.overrides) };
}

export async function createScenario(ctx: ServiceContext, input: CreateInput): Promise<ScenarioRow> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    await validateScenario(trx, owner, input, null);
    const row = { ...newRecordColumns(id, owner, now), ...columns(input) };
    await trx.insertInto('cost_scenarios').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'cost_scenarios', recordId: id, before: null, after: row }, ctx.actor, now);
  });
  return getScenario(ctx, id);
}

export async function updateScenario(ctx: ServiceContext, input: UpdateInput): Promise<ScenarioRow> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('cost_scenarios').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Scenario', owner, input.version);
    await validateScenario(trx, owner, input, input.id);
    const changes = { ...columns(input), version: before.version + 1, updated_at: now };
    await trx.updateTable('cost_scenarios').set(changes).where('id', '=', input.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'cost_scenarios', recordId: input.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
  });
  return getScenario(ctx, input.id);
}

export async function deleteScenario(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('cost_scenarios').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Scenario', owner, input.version);
    await trx
      .updateTable('cost_scenarios')
      .set({ deleted_at: now, version: before.version + 1, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(trx, { action: 'delete', entity: 'cost_scenarios', recordId: input.id, before, after: null }, ctx.actor, now);
  });
  return { ok: true };
}
