/**
 * Scenarios: a named list of overrides against the plan, stored as JSON (checked by the contract on
 * the way in and out). Targets are checked when the scenario is saved; one that disappears later is
 * skipped with a warning when the scenario is computed.
 */
import { z } from 'zod';
import {
  scenarioOverrideSchema,
  type ScenarioOverride,
  type ScenarioRow,
  type scenarioCreateSchema,
  type scenarioUpdateSchema,
} from '@shared/contract/cost/scenarios';
import { refusal } from '@shared/contract/errors';
import type { MessageKey, MessageParams } from '@shared/messages';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import type { ScenarioInput } from '../../domain/cost-plan/year-report';
import { liveKey } from '../../repositories/costs/allocation-keys';
import { healthcareRegionExists } from '../../repositories/costs/references';
import {
  liveScenario,
  liveScenarioNamed,
  liveScenarios,
  liveTargetExists,
  type ScenarioRow as StoredScenario,
} from '../../repositories/costs/scenarios';
import { requireOwner } from '../../repositories/records';
import { writableRecord, write } from '../../repositories/record-writer';
import { installationOwner } from './scope';

type CreateInput = z.output<typeof scenarioCreateSchema>;
type UpdateInput = z.output<typeof scenarioUpdateSchema>;

const storedOverrides = z.array(scenarioOverrideSchema);

function parseOverrides(json: string): ScenarioOverride[] {
  const parsed = storedOverrides.safeParse(JSON.parse(json));
  if (!parsed.success) throw refusal('VALIDATION', 'scenario.unreadable');
  return parsed.data;
}

function view(r: StoredScenario, own: string | null): ScenarioRow {
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
  const own = installationOwner(ctx.conn);
  return Promise.resolve(liveScenarios(ctx.conn).map((r) => view(r, own)));
}

function getScenario(conn: Connection, id: string): ScenarioRow {
  const row = liveScenario(conn, id);
  if (!row) throw refusal('NOT_FOUND', 'scenario.notFound');
  return view(row, installationOwner(conn));
}

/** The scenario to compute with (null = the plan itself). */
export async function scenarioInput(ctx: ServiceContext, id: string | null): Promise<ScenarioInput> {
  if (id === null) return null;
  const row = getScenario(ctx.conn, id);
  return Promise.resolve({ id: row.id, name: row.name, overrides: row.overrides });
}

function validateOverride(conn: Connection, o: ScenarioOverride, index: number): void {
  const n = index + 1;
  const fail = (key: MessageKey, params: MessageParams = {}): never => {
    throw refusal('VALIDATION', key, { n, ...params });
  };
  if ('hostingId' in o && !liveTargetExists(conn, 'hostings', o.hostingId)) fail('scenarioOverride.hostingMissing');
  if (o.kind === 'REMOVE_COST_ITEM' && !liveTargetExists(conn, 'cost_items', o.costItemId)) fail('scenarioOverride.costItemMissing');
  if (o.kind === 'ADD_COST_ITEM' && o.toYear < o.fromYear)
    fail('scenarioOverride.yearsReversed', { fromYear: o.fromYear, toYear: o.toYear });
  if (o.kind === 'HOSTING_HOST') {
    if (!healthcareRegionExists(conn, o.hostHealthcareRegionCode))
      fail('scenarioOverride.unknownHealthcareRegion', { code: o.hostHealthcareRegionCode });
    if (o.allocationKeyId !== null) {
      const key = liveKey(conn, o.allocationKeyId);
      if (!key) fail('scenarioOverride.keyMissing');
      if (key && key.healthcare_region_code !== o.hostHealthcareRegionCode)
        fail('scenarioOverride.keyOtherRegion', { keyRegion: key.healthcare_region_code, region: o.hostHealthcareRegionCode });
    }
  }
}

function validateScenario(conn: Connection, owner: string, input: CreateInput, selfId: string | null): void {
  const clash = liveScenarioNamed(conn, owner, input.name);
  if (clash !== undefined && clash !== selfId) throw refusal('CONFLICT', 'scenario.nameTaken', { name: input.name });
  for (const [n, o] of input.overrides.entries()) validateOverride(conn, o, n);
}

function columns(input: CreateInput) {
  return { name: input.name, description: input.description, overrides_json: JSON.stringify(input.overrides) };
}

export async function createScenario(ctx: ServiceContext, input: CreateInput): Promise<ScenarioRow> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const owner = requireOwner(conn);
    validateScenario(conn, owner, input, null);
    write(conn, 'cost_scenarios', { id }, columns(input), { action: 'create', actor: ctx.actor, now, owner });
  });
  return Promise.resolve(getScenario(conn, id));
}

export async function updateScenario(ctx: ServiceContext, input: UpdateInput): Promise<ScenarioRow> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const owner = requireOwner(conn);
    const target = { id: input.id, expectedVersion: input.version };
    writableRecord(conn, 'cost_scenarios', target, owner);
    validateScenario(conn, owner, input, input.id);
    write(conn, 'cost_scenarios', target, columns(input), { action: 'update', actor: ctx.actor, now, owner });
  });
  return Promise.resolve(getScenario(conn, input.id));
}

export async function deleteScenario(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const owner = requireOwner(conn);
    write(conn, 'cost_scenarios', { id: input.id, expectedVersion: input.version }, {}, { action: 'delete', actor: ctx.actor, now, owner });
  });
  return Promise.resolve({ ok: true });
}
