/** Writes an import plan inside the caller's transaction through the record writer (an audit entry for every record). */
import type { Connection } from '../../db/data';
import type { Ref } from '../../domain/register-import/match';
import type { ImportPlan, PlannedGroup, PlannedUpdate } from '../../domain/register-import/plan';
import { write, type WriteOptions } from '../../repositories/record-writer';
import { insertGroup } from '../register/groups';
import { membershipColumns } from '../register/memberships';
import { personColumns } from '../register/persons';

export type ApplyContext = { owner: string; now: string; actor: string; newId: () => string; fileName: string };

const isRegionCode = (code: string) => /^\d{2}$/.test(code);

/** Resolves plan references to ids: existing ones as they are, new ones to the ids given on insert. */
class Ids {
  private readonly created = new Map<string, string>();
  constructor(private readonly newId: () => string) {}

  assign(key: string): string {
    const id = this.newId();
    this.created.set(key, id);
    return id;
  }

  of(ref: Ref): string {
    if (ref.kind === 'existing') return ref.id;
    const id = this.created.get(ref.key);
    if (id === undefined) throw new Error(`import plan refers to ${ref.key} before creating it`);
    return id;
  }
}

const writeOptions = (ctx: ApplyContext): WriteOptions => ({ owner: ctx.owner, now: ctx.now, actor: ctx.actor });

function createGroup(conn: Connection, group: PlannedGroup, id: string, ctx: ApplyContext): void {
  const input = {
    name: group.name,
    type: group.type,
    level: group.level,
    parentGroupId: null,
    healthcareRegionCode: group.level === 'HEALTHCARE_REGIONAL' && !isRegionCode(ctx.owner) ? ctx.owner : null,
    regionCode: group.level === 'REGIONAL' && isRegionCode(ctx.owner) ? ctx.owner : null,
    hostHealthcareRegionCode: null,
    hostingStatus: null,
    seatCount: null,
    description: `Skapad vid import av ${ctx.fileName}`,
  };
  insertGroup(conn, id, input, writeOptions(ctx), ctx.newId);
}

function createRecords(conn: Connection, plan: ImportPlan, ids: Ids, ctx: ApplyContext): void {
  const how = { ...writeOptions(ctx), action: 'create' } as const;
  for (const group of plan.groups) createGroup(conn, group, ids.assign(group.key), ctx);
  for (const org of plan.organisations) {
    write(conn, 'organisations', { id: ids.assign(org.key) }, { name: org.name, type: org.type, region_code: org.regionCode }, how);
  }
  for (const person of plan.persons) {
    const id = ids.assign(person.key);
    const { organisation: _text, organisationType: _type, ...fields } = person.fields;
    const organisationId = person.organisation === null ? null : ids.of(person.organisation);
    write(conn, 'persons', { id }, { ...personColumns({ ...fields, organisationId }), ended_on: null }, how);
  }
}

function createMemberships(conn: Connection, plan: ImportPlan, ids: Ids, ctx: ApplyContext): void {
  for (const m of plan.memberships) {
    const input = {
      personId: ids.of(m.person),
      groupId: ids.of(m.group),
      seatId: m.seatId,
      role: m.fields.role,
      startDate: m.fields.startDate,
      endDate: m.fields.endDate,
      allocationBp: m.fields.allocationBp,
      status: m.fields.status ?? 'DECIDED',
      notes: null,
    };
    write(conn, 'memberships', { id: ctx.newId() }, membershipColumns(conn, input, m.groupType), {
      ...writeOptions(ctx),
      action: 'create',
    });
  }
}

function updateMembership(conn: Connection, update: PlannedUpdate, ctx: ApplyContext): void {
  const { endDate, allocationBp, status } = update.changes;
  const changes = {
    ...(endDate !== undefined && { end_date: endDate }),
    ...(allocationBp !== undefined && { allocation_bp: allocationBp }),
    ...(status !== undefined && { status }),
  };
  const target = { id: update.membership.id, expectedVersion: update.membership.version };
  write(conn, 'memberships', target, changes, { ...writeOptions(ctx), action: 'update' });
}

export function applyPlan(conn: Connection, plan: ImportPlan, ctx: ApplyContext): void {
  const ids = new Ids(ctx.newId);
  createRecords(conn, plan, ids, ctx);
  createMemberships(conn, plan, ids, ctx);
  for (const update of plan.updates) updateMembership(conn, update, ctx);
}
