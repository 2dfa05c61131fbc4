import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type {
  deleteLevelInputSchema,
  setLevelInputSchema,
  Team,
  teamsListInputSchema,
  updateLevelInputSchema,
} from '@shared/contract/planning/teams';
import { transaction } from '../../db/data';
import { isoDay } from '@shared/calendar';
import { eventOn, sortEvents } from '../../domain/levels/timeline';
import type { ServiceContext } from '../../lib/context';
import { levelEventOn, loadLevelEvents, type LevelEventRow } from '../../repositories/planning/team-levels';
import { activeMemberCounts, liveGroupBrief, loadTeamGroups, type TeamGroup } from '../../repositories/planning/teams';
import { writableRecord, write } from '../../repositories/record-writer';
import { ownerCodeOf, requireOwner } from '../../repositories/records';

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

export async function listTeams(ctx: ServiceContext, input: z.output<typeof teamsListInputSchema>): Promise<Team[]> {
  const asOf = input.asOf ?? isoDay(ctx.now());
  const owner = ownerCodeOf(ctx.conn);
  const groups = loadTeamGroups(ctx.conn, { groupType: input.groupType, regionCode: input.regionCode });
  const events = loadLevelEvents(ctx.conn, null);
  const counts = activeMemberCounts(ctx.conn, asOf);
  return groups.map((g) => teamView(g, events.get(g.id) ?? [], { asOf, owner, activeMembers: counts.get(g.id) ?? 0 }));
}

function getTeam(ctx: ServiceContext, groupId: string): Team {
  const asOf = isoDay(ctx.now());
  const owner = ownerCodeOf(ctx.conn);
  const [team] = loadTeamGroups(ctx.conn, { groupType: null, regionCode: null, groupIds: [groupId], anyGroup: true });
  if (!team) throw refusal('NOT_FOUND', 'group.notFound');
  const events = loadLevelEvents(ctx.conn, [groupId]);
  const counts = activeMemberCounts(ctx.conn, asOf);
  return teamView(team, events.get(groupId) ?? [], { asOf, owner, activeMembers: counts.get(groupId) ?? 0 });
}

/** Records a level change as a dated event; earlier events are never overwritten. */
export async function setTeamLevel(ctx: ServiceContext, input: z.output<typeof setLevelInputSchema>): Promise<Team> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  transaction(ctx.conn, () => {
    const owner = requireOwner(ctx.conn);
    const group = liveGroupBrief(ctx.conn, input.groupId);
    if (!group) throw refusal('NOT_FOUND', 'group.notFound');
    if (group.owner !== owner) throw refusal('FORBIDDEN', 'group.ownedElsewhere', { group: group.name, owner: group.owner });
    const same = levelEventOn(ctx.conn, input.groupId, input.effectiveDate);
    if (same) throw refusal('CONFLICT', 'level.exists', { date: input.effectiveDate, level: same.level });
    const fields = {
      group_id: input.groupId,
      level: input.level,
      effective_date: input.effectiveDate,
      note: input.note || null,
      is_example: 0,
    };
    write(ctx.conn, 'team_activity_levels', { id }, fields, { action: 'create', actor: ctx.actor, now, owner });
  });
  return getTeam(ctx, input.groupId);
}

/** Removes a level event entered by mistake (a tombstone audited as a correction); the previous level is in force again. */
export async function deleteTeamLevel(ctx: ServiceContext, input: z.output<typeof deleteLevelInputSchema>): Promise<Team> {
  const now = ctx.now().toISOString();
  const groupId = transaction(ctx.conn, () => {
    const owner = requireOwner(ctx.conn);
    const target = { id: input.id, expectedVersion: input.version };
    const how = { action: 'delete' as const, auditAction: 'correction', actor: ctx.actor, now, owner };
    return write(ctx.conn, 'team_activity_levels', target, {}, how).group_id;
  });
  return getTeam(ctx, groupId);
}

/** Corrects a level event in place (level, date, note); another event on the new date is refused. */
export async function updateTeamLevel(ctx: ServiceContext, input: z.output<typeof updateLevelInputSchema>): Promise<Team> {
  const now = ctx.now().toISOString();
  const groupId = transaction(ctx.conn, () => {
    const owner = requireOwner(ctx.conn);
    const target = { id: input.id, expectedVersion: input.version };
    const before = writableRecord(ctx.conn, 'team_activity_levels', target, owner);
    const same = levelEventOn(ctx.conn, before.group_id, input.effectiveDate);
    if (same && same.id !== input.id) throw refusal('CONFLICT', 'level.exists', { date: input.effectiveDate, level: same.level });
    const fields = { level: input.level, effective_date: input.effectiveDate, note: input.note || null };
    return write(ctx.conn, 'team_activity_levels', target, fields, { action: 'update', actor: ctx.actor, now, owner }).group_id;
  });
  return getTeam(ctx, groupId);
}
