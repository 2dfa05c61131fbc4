/**
 * Removing a record entered by mistake: a tombstone through the record writer (it travels, the owner
 * and the version the user saw are checked) audited as a `correction`. Distinct from ending a record
 * (it happened and is over) and from a GDPR erasure (privacy/erasure: the person's data is wiped).
 */
import { refusal } from '@shared/contract/errors';
import { transaction } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { liveNominationCount } from '../../repositories/nominations';
import { requireOwner } from '../../repositories/records';
import { write, writableRecord, type WriteOptions } from '../../repositories/record-writer';
import { childGroups, seatsOfGroup } from '../../repositories/register/groups';
import { liveMembershipCount } from '../../repositories/register/memberships';
import { livePersonCountOf } from '../../repositories/register/persons';

type Target = { id: string; version: number };
type Ok = { ok: true };

function correction(ctx: ServiceContext): WriteOptions & { action: 'delete' } {
  return { action: 'delete', auditAction: 'correction', actor: ctx.actor, now: ctx.now().toISOString(), owner: requireOwner(ctx.conn) };
}

/** A person created by mistake, only while no assignment of theirs is left (remove those first). */
export async function removeMistakenPerson(ctx: ServiceContext, input: Target): Promise<Ok> {
  transaction(ctx.conn, () => {
    const how = correction(ctx);
    writableRecord(ctx.conn, 'persons', { id: input.id, expectedVersion: input.version }, how.owner);
    const count = liveMembershipCount(ctx.conn, { personId: input.id });
    if (count > 0) throw refusal('CONFLICT', 'removal.personHasAssignments', { count });
    const candidacies = liveNominationCount(ctx.conn, { personId: input.id });
    if (candidacies > 0) throw refusal('CONFLICT', 'nominations.personIsCandidate', { count: candidacies });
    write(ctx.conn, 'persons', { id: input.id, expectedVersion: input.version }, {}, how);
  });
  return { ok: true };
}

/** An organisation nobody belongs to. */
export async function removeOrganisation(ctx: ServiceContext, input: Target): Promise<Ok> {
  transaction(ctx.conn, () => {
    const how = correction(ctx);
    writableRecord(ctx.conn, 'organisations', { id: input.id, expectedVersion: input.version }, how.owner);
    const count = livePersonCountOf(ctx.conn, input.id);
    if (count > 0) throw refusal('CONFLICT', 'removal.organisationHasPersons', { count });
    write(ctx.conn, 'organisations', { id: input.id, expectedVersion: input.version }, {}, how);
  });
  return { ok: true };
}

/** An own regional or local group without assignments or subgroups; its seats go with it. */
export async function removeGroup(ctx: ServiceContext, input: Target): Promise<Ok> {
  transaction(ctx.conn, () => {
    const how = correction(ctx);
    const group = writableRecord(ctx.conn, 'groups', { id: input.id, expectedVersion: input.version }, how.owner);
    if (group.level === 'NATIONAL') throw refusal('CONFLICT', 'removal.nationalGroup');
    const count = liveMembershipCount(ctx.conn, { groupId: input.id });
    if (count > 0) throw refusal('CONFLICT', 'removal.groupHasMembers', { count });
    const children = childGroups(ctx.conn, input.id).length;
    if (children > 0) throw refusal('CONFLICT', 'removal.groupHasChildren', { count: children });
    const requests = liveNominationCount(ctx.conn, { groupId: input.id });
    if (requests > 0) throw refusal('CONFLICT', 'nominations.groupHasRequests', { count: requests });
    for (const seat of seatsOfGroup(ctx.conn, input.id)) write(ctx.conn, 'seats', { id: seat.id }, {}, how);
    write(ctx.conn, 'groups', { id: input.id, expectedVersion: input.version }, {}, how);
  });
  return { ok: true };
}
