/**
 * Hostings (värdskap): a healthcare region hosts a group for a period, ACTIVE or DORMANT, with an
 * allocation key and a rounding unit. See `scope.ts` for who may record which hosting.
 */
import type { z } from 'zod';
import type { HostingDetail, HostingSummary, hostingCreateSchema, hostingUpdateSchema } from '@shared/contract/cost/records';
import { refusal } from '@shared/contract/errors';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { overlapsYear } from '../../domain/cost-plan/types';
import { liveKey } from '../../repositories/costs/allocation-keys';
import { costItemYears, liveCostItems, toCostItem } from '../../repositories/costs/cost-items';
import { liveHostings, liveHostingsOfGroup, toPlanHosting } from '../../repositories/costs/hostings';
import { healthcareRegionExists, liveGroupExists } from '../../repositories/costs/references';
import { recordHistory } from '../../repositories/records';
import { writableRecord, write } from '../../repositories/record-writer';
import { installationOwner, requireHealthcareRegionInScope, requireScope } from './scope';

type CreateInput = z.output<typeof hostingCreateSchema>;
type UpdateInput = z.output<typeof hostingUpdateSchema>;

export async function listHostings(
  ctx: ServiceContext,
  input: { year: number | null; hostHealthcareRegionCode: string | null },
): Promise<HostingSummary[]> {
  return Promise.resolve(hostingSummaries(ctx.conn, input));
}

function hostingSummaries(conn: Connection, input: { year: number | null; hostHealthcareRegionCode: string | null }): HostingSummary[] {
  const own = installationOwner(conn);
  const rows = liveHostings(conn, input.hostHealthcareRegionCode);
  const items = costItemYears(conn);
  return rows
    .filter((r) => input.year === null || overlapsYear(r.start_date, r.end_date, input.year))
    .map((r) => {
      const { owner: _owner, ...hosting } = toPlanHosting(r);
      return {
        ...hosting,
        allocationKeyName: r.key_name,
        itemYears: items.filter((i) => i.hosting_id === r.id).map((i) => i.year),
        owner: r.owner,
        version: r.version,
        readOnly: r.owner !== own,
      };
    });
}

export async function getHosting(ctx: ServiceContext, id: string): Promise<HostingDetail> {
  return Promise.resolve(hostingDetail(ctx.conn, id));
}

function hostingDetail(conn: Connection, id: string): HostingDetail {
  const hosting = hostingSummaries(conn, { year: null, hostHealthcareRegionCode: null }).find((h) => h.id === id);
  if (!hosting) throw refusal('NOT_FOUND', 'hosting.notFound');
  const items = liveCostItems(conn, id);
  return {
    hosting,
    items: items.map((i) => ({ ...toCostItem(i), version: i.version })),
    audit: recordHistory(conn, 'hostings', id),
  };
}

function validateHosting(conn: Connection, owner: string, input: CreateInput, selfId: string | null): void {
  if (input.endDate !== null && input.endDate < input.startDate) throw refusal('VALIDATION', 'hosting.endsBeforeStart');
  if (!liveGroupExists(conn, input.groupId)) throw refusal('VALIDATION', 'group.notFound');
  if (!healthcareRegionExists(conn, input.hostHealthcareRegionCode)) {
    throw refusal('VALIDATION', 'region.unknownHealthcare', { code: input.hostHealthcareRegionCode });
  }
  if (input.allocationKeyId !== null) {
    const key = liveKey(conn, input.allocationKeyId);
    if (!key) throw refusal('VALIDATION', 'key.notFound');
    if (key.healthcare_region_code !== input.hostHealthcareRegionCode) {
      throw refusal('VALIDATION', 'key.otherHealthcareRegion', {
        keyRegion: key.healthcare_region_code,
        host: input.hostHealthcareRegionCode,
      });
    }
  }
  const clash = liveHostingsOfGroup(conn, input.groupId, owner).find(
    (o) => o.id !== selfId && o.start_date <= (input.endDate ?? '9999-12-31') && (o.end_date ?? '9999-12-31') >= input.startDate,
  );
  if (clash) throw refusal('CONFLICT', 'hosting.overlap', { date: clash.start_date });
}

function hostingColumns(input: CreateInput) {
  return {
    group_id: input.groupId,
    host_healthcare_region_code: input.hostHealthcareRegionCode,
    status: input.status,
    start_date: input.startDate,
    end_date: input.endDate,
    allocation_key_id: input.allocationKeyId,
    rounding_unit: input.roundingUnit,
  };
}

export async function createHosting(ctx: ServiceContext, input: CreateInput): Promise<HostingDetail> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const scope = requireScope(conn);
    requireHealthcareRegionInScope(scope, input.hostHealthcareRegionCode);
    validateHosting(conn, scope.code, input, null);
    write(conn, 'hostings', { id }, hostingColumns(input), { action: 'create', actor: ctx.actor, now, owner: scope.code });
  });
  return getHosting(ctx, id);
}

export async function updateHosting(ctx: ServiceContext, input: UpdateInput): Promise<HostingDetail> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const scope = requireScope(conn);
    const target = { id: input.id, expectedVersion: input.version };
    writableRecord(conn, 'hostings', target, scope.code);
    requireHealthcareRegionInScope(scope, input.hostHealthcareRegionCode);
    validateHosting(conn, scope.code, input, input.id);
    const outside = liveCostItems(conn, input.id).find((i) => !overlapsYear(input.startDate, input.endDate, i.year));
    if (outside) throw refusal('VALIDATION', 'hosting.itemsOutside', { year: outside.year });
    write(conn, 'hostings', target, hostingColumns(input), { action: 'update', actor: ctx.actor, now, owner: scope.code });
  });
  return getHosting(ctx, input.id);
}

/** Removes a hosting and its cost items (tombstones that travel). */
export async function deleteHosting(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const scope = requireScope(conn);
    const how = { action: 'delete', actor: ctx.actor, now, owner: scope.code } as const;
    const target = { id: input.id, expectedVersion: input.version };
    writableRecord(conn, 'hostings', target, scope.code);
    for (const item of liveCostItems(conn, input.id)) write(conn, 'cost_items', { id: item.id }, {}, how);
    write(conn, 'hostings', target, {}, how);
  });
  return Promise.resolve({ ok: true });
}
