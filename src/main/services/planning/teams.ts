import { sql, type Kysely, type Transaction } from 'kysely';
import type { z } from 'zod';
import { DomainError } from '@shared/contract/errors';
import type { deleteLevelInputSchema, setLevelInputSchema, Team, teamsListInputSchema } from '@shared/contract/planning/teams';
import type { GroupType } from '@shared/domain/enums';
import type { Database } from '../../db/schema';
import { isoDay } from '../../domain/register-rules';
import { eventOn, sortEvents } from '../../domain/levels/timeline';
import type { ServiceContext } from '../../lib/context';
import { appendAudit } from '../../repositories/audit';
import { loadLevelEvents, type LevelEventRow } from '../../repositories/planning-queries';
import { assertWritable, requireOwnerCode } from '../../repositories/records';
import { getSetting, SETTING_KEYS } from '../../repositories/settings';
import { newRecordColumns } from '../../repositories/sync-columns';
import { activeOnSql } from '../register/persons';

type Executor = Kysely<Database> | Transaction<Database>;
export type TeamFilter = {
  groupType: GroupType | null;
  regionCode: string | null;
  groupIds?: readonly string[];
  anyGroup?: boolean;
  regionCodes?: readonly string[];
};
export type TeamGroup = { id: string; name: string; type: GroupType; regionCode: string | null; parentName: string | null; owner: string };

/** RPT groups and every group with a level event; with a type filter, every group of that type. */
export async function loadTeamGroups(db: Executor, filter: TeamFilter): Promise<TeamGroup[]> {
  let query = db
    .selectFrom('groups as g')
    .leftJoin('groups as parent', 'parent.id', 'g.parent_group_id')
    .select(['g.id', 'g.name', 'g.type', 'g.region_code', 'g.owner', 'parent.name as parent_name'])
    .where('g.deleted_at', 'is', null);
  if (filter.groupType !== null) query = query.where('g.type', '=', filter.groupType);
  else if (!filter.anyGroup)
    query = query.where(
      sql<boolean>`(g.type = 'RPT' OR EXISTS (SELECT 1 FROM team_activity_levels t WHERE t.group_id = g.id AND t.deleted_at IS NULL))`,
    );
  if (filter.regionCode !== null) query = query.where('g.region_code', '=', filter.regionCode);
  if (filter.regionCodes) query = query.where('g.region_code', 'in', filter.regionCodes.length > 0 ? [...filter.regionCodes] : ['']);
  if (filter.groupIds) query = query.where('g.id', 'in', filter.groupIds.length > 0 ? [...filter.groupIds] : ['']);
  const rows = await query.execute();
  const collator = new Intl.Collator('sv', { sensitivity: 'base' });
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type as GroupType,
      regionCode: r.region_code,
      parentName: r.parent_name,
      owner: r.owner,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

function teamView(
  group: TeamGroup,
  events: readonly LevelEventRow[],
  context: { asOf: string; owner: string | null; activeMembers: number },
): Team {
  const sorted = sortEvents(events);
  const now = eventOn(sorted, context.asOf);
  return {
    groupId: group.id,
    name: group.name,
    type: group.type,
    regionCode: group.regionCode,
    parentGroupName: group.parentName,
    owner: group.owner,
    canSetLevel: context.owner !== null && group.owner === context.owner,
    asOf: context.asOf,
    levelNow: now?.level ?? null,
    levelSince: now?.effectiveDate ?? null,
    activeMembers: context.activeMembers,
    history: sorted.map((e) => ({
      id: e.id,
      level: e.level,
      effectiveDate: e.effectiveDate,
      note: e.note,
      owner: e.owner,
      version: e.version,
      readOnly: e.owner !== context.owner,
      isExample: e.isExample,
    })),
  };
}

async function activeMemberCounts(db: Executor, day: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('memberships as m')
    .select(['m.group_id'])
    .select(sql<number>`COUNT(*)`.as('n'))
    .where(activeOnSql(day))
    .groupBy('m.group_id')
    .execute();
  return new Map(rows.map((r) => [r.group_id, Number(r.n)]));
}

export async function listTeams(ctx: ServiceContext, input: z.output<typeof teamsListInputSchema>): Promise<Team[]> {
  const asOf = input.asOf ?? isoDay(ctx.now());
  const owner = await getSetting(ctx.db, SETTING_KEYS.ownerCode);
  const groups = await loadTeamGroups(ctx.db, { groupType: input.groupType, regionCode: input.regionCode });
  const events = await loadLevelEvents(ctx.db, null);
  const counts = await activeMemberCounts(ctx.db, asOf);
  return groups.map((g) => teamView(g, events.get(g.id) ?? [], { asOf, owner, activeMembers: counts.get(g.id) ?? 0 }));
}

async function getTeam(ctx: ServiceContext, groupId: string): Promise<Team> {
  const asOf = isoDay(ctx.now());
  const owner = await getSetting(ctx.db, SETTING_KEYS.ownerCode);
  const [team] = await loadTeamGroups(ctx.db, { groupType: null, regionCode: null, groupIds: [groupId], anyGroup: true });
  if (!team) throw new DomainError('NOT_FOUND', 'Group not found');
  const events = await loadLevelEvents(ctx.db, [groupId]);
  const counts = await activeMemberCounts(ctx.db, asOf);
  return teamView(team, events.get(groupId) ?? [], { asOf, owner, activeMembers: counts.get(groupId) ?? 0 });
}

/** Records a level change as a dated event; earlier events are never overwritten. */
export async function setTeamLevel(ctx: ServiceContext, input: z.output<typeof setLevelInputSchema>): Promise<Team> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const group = await trx
      .selectFrom('groups')
      .select(['owner', 'name'])
      .where('id', '=', input.groupId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!group) throw new DomainError('NOT_FOUND', 'Group not found');
    if (group.owner !== owner)
      throw new DomainError('FORBIDDEN', `${group.name} belongs to ${group.owner}; its activity level is set there`);
    const same = await trx
      .selectFrom('team_activity_levels')
      .select('level')
      .where('group_id', '=', input.groupId)
      .where('effective_date', '=', input.effectiveDate)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (same) throw new DomainError('CONFLICT', `A level (${same.level}) is already set from ${input.effectiveDate}; delete it first`);
    const row = {
      ...newRecordColumns(id, owner, now),
      group_id: input.groupId,
      level: input.level,
      effective_date: input.effectiveDate,
      note: input.note || null,
      is_example: 0,
    };
    await trx.insertInto('team_activity_levels').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'team_activity_levels', recordId: id, before: null, after: row }, ctx.actor, now);
  });
  return getTeam(ctx, input.groupId);
}

/** Removes a level event entered by mistake (a tombstone); the previous level is in force again. */
export async function deleteTeamLevel(ctx: ServiceContext, input: z.output<typeof deleteLevelInputSchema>): Promise<Team> {
  const now = ctx.now().toISOString();
  const groupId = await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('team_activity_levels').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Activity level', owner, input.version);
    const changes = { deleted_at: now, updated_at: now, version: before.version + 1 };
    await trx.updateTable('team_activity_levels').set(changes).where('id', '=', input.id).execute();
    await appendAudit(trx, { action: 'delete', entity: 'team_activity_levels', recordId: input.id, before, after: null }, ctx.actor, now);
    return before.group_id;
  });
  return getTeam(ctx, groupId);
}
