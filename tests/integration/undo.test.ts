import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import type { ChannelInput } from '../../src/shared/contract/channels';
import { logicalDump } from '../helpers/temp';
import { personFields, startRegionApp, type Api } from '../helpers/setup';

let app: StartedApp;
let api: Api;

beforeEach(async () => {
  ({ app, api } = await startRegionApp({ userName: 'Karin Berg' }));
});
afterEach(() => app.opened.close());

async function setting() {
  const a = await api.ok('persons:create', { ...personFields, name: 'Anna Lindqvist' });
  const b = await api.ok('persons:create', { ...personFields, name: 'Bo Lind' });
  const groups = await api.ok('groups:list', { type: 'NPO', level: null, query: 'Psykisk hälsa' });
  const group = await api.ok('groups:get', { id: groups[0]!.id });
  const seat = group.seats.find((s) => s.healthcareRegionCode === 'NORRA')!;
  return { a, b, groupId: group.group.id, groupName: group.group.name, seatId: seat.id };
}

function membership(personId: string, groupId: string, seatId: string | null, from: string, share = 2000) {
  return {
    personId,
    groupId,
    seatId,
    role: 'MEMBER',
    startDate: from,
    endDate: null,
    allocationBp: share,
    status: 'DECIDED',
    notes: null,
  } satisfies ChannelInput<'memberships:create'>;
}

function audit(recordId: string): { action: string; actor: string }[] {
  return app.ctx.sqlite.prepare('SELECT action, actor FROM audit_log WHERE record_id = ? ORDER BY seq').all(recordId) as {
    action: string;
    actor: string;
  }[];
}

function changeLogCount(recordId: string): number {
  return (app.ctx.sqlite.prepare('SELECT count(*) AS n FROM change_log WHERE record_id = ?').get(recordId) as { n: number }).n;
}

describe('undo of the last change', () => {
  it('writes the configured name as the actor and says what an update would undo, in names not ids', async () => {
    const { a, groupId, groupName } = await setting();
    const m = await api.ok('memberships:create', membership(a.id, groupId, null, '2026-01-01'));
    await api.ok('memberships:update', { ...membership(a.id, groupId, null, '2026-01-01', 2500), id: m.id, version: 1 });
    expect(audit(m.id).map((e) => e.actor)).toEqual(['Karin Berg', 'Karin Berg']);
    const { step } = await api.ok('undo:peek', {});
    expect(step).toMatchObject({
      kind: 'update',
      entity: 'memberships',
      fields: ['allocation_bp'],
      name: 'Anna Lindqvist',
      groupName,
      refusal: null,
    });
    expect(JSON.stringify(step)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it('undoes an update by writing the before values back as a new version that travels', async () => {
    const { a, groupId } = await setting();
    const m = await api.ok('memberships:create', membership(a.id, groupId, null, '2026-01-01'));
    await api.ok('memberships:update', { ...membership(a.id, groupId, null, '2026-01-01', 2500), id: m.id, version: 1 });
    const logged = changeLogCount(m.id);
    const result = await api.ok('undo:last', {});
    expect(result.entities).toEqual(['memberships']);
    const restored = await api.ok('memberships:get', { id: m.id });
    expect(restored).toMatchObject({ allocationBp: 2000, version: 3 });
    expect(audit(m.id).map((e) => e.action)).toEqual(['create', 'update', 'undo']);
    expect(changeLogCount(m.id)).toBeGreaterThan(logged);
    // the next undo takes back the step before: the create
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'create', name: 'Anna Lindqvist' });
  });

  it('undoes a create with a tombstone and a delete with a revive', async () => {
    const { a, groupId } = await setting();
    const m = await api.ok('memberships:create', membership(a.id, groupId, null, '2026-01-01'));
    await api.ok('undo:last', {});
    const tomb = app.ctx.sqlite.prepare('SELECT deleted_at, version FROM memberships WHERE id = ?').get(m.id) as {
      deleted_at: string | null;
      version: number;
    };
    expect(tomb.deleted_at).not.toBeNull();
    expect(tomb.version).toBe(2);

    const n = await api.ok('memberships:create', membership(a.id, groupId, null, '2026-02-01'));
    await api.ok('memberships:delete', { id: n.id, version: 1 });
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'delete', entity: 'memberships' });
    await api.ok('undo:last', {});
    expect(await api.ok('memberships:get', { id: n.id })).toMatchObject({ startDate: '2026-02-01', allocationBp: 2000, version: 3 });
    expect(audit(n.id).map((e) => e.action)).toEqual(['create', 'correction', 'undo']);
  });

  it('undoes the "Ersätt från" successor pair as one step', async () => {
    const { a, b, groupId, seatId } = await setting();
    const holder = await api.ok('memberships:create', membership(a.id, groupId, seatId, '2025-01-01'));
    const before = logicalDump(app);
    const successor = await api.ok('memberships:create', { ...membership(b.id, groupId, seatId, '2027-01-01'), replaceHolder: true });
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'successor', records: 2, name: 'Bo Lind' });
    await api.ok('undo:last', {});
    expect(await api.ok('memberships:get', { id: holder.id })).toMatchObject({ endDate: null, status: 'DECIDED', version: 3 });
    expect((await api.raw('memberships:get', { id: successor.id })).ok).toBe(false);
    expect(audit(holder.id).map((e) => e.action)).toEqual(['create', 'end-successor', 'undo']);
    // one step: the next undo is the holder's create, not half of the pair
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'create', name: 'Anna Lindqvist' });
    expect(logicalDump(app)).not.toEqual(before); // new versions, not a rewind
  });

  it('refuses, writing nothing, when the record changed since', async () => {
    const { a, groupId, groupName } = await setting();
    const m = await api.ok('memberships:create', membership(a.id, groupId, null, '2026-01-01'));
    await api.ok('memberships:update', { ...membership(a.id, groupId, null, '2026-01-01', 2500), id: m.id, version: 1 });
    // someone else (another window, a package) writes a newer version outside this session's steps
    app.ctx.sqlite.prepare('UPDATE memberships SET version = version + 1, allocation_bp = 3000 WHERE id = ?').run(m.id);
    const before = logicalDump(app);
    const refused = await api.raw('undo:last', {});
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('CONFLICT');
    expect(refused.error.detail).toEqual({ key: 'undo.changedSinceIn', params: { name: 'Anna Lindqvist', group: groupName } });
    expect(logicalDump(app)).toEqual(before);
    expect((await api.ok('undo:peek', {})).step?.refusal?.key).toBe('undo.changedSinceIn');
  });

  it('never undoes an erasure', async () => {
    const { a } = await setting();
    await api.ok('privacy:erase', { personId: a.id, confirmName: 'Anna Lindqvist' });
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'erasure', refusal: { key: 'undo.erasure' } });
    const before = logicalDump(app);
    const refused = await api.raw('undo:last', {});
    expect(!refused.ok && refused.error.detail?.key).toBe('undo.erasure');
    expect(logicalDump(app)).toEqual(before);
  });

  it('has nothing to undo in a new session, and a refused change leaves no step', async () => {
    expect(await api.ok('undo:peek', {})).toEqual({ step: null });
    const { a, b, groupId, seatId } = await setting();
    await api.ok('memberships:create', membership(a.id, groupId, seatId, '2025-01-01'));
    const taken = await api.raw('memberships:create', membership(b.id, groupId, seatId, '2026-01-01'));
    expect(taken.ok).toBe(false);
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'create', name: 'Anna Lindqvist' });
  });

  it('a blank name records no name, never the login the process runs as', async () => {
    expect((await api.ok('app:info', {})).userName).toBe('Karin Berg');
    await api.ok('settings:update', { userName: '  ' });
    expect((await api.ok('app:info', {})).userName).toBeNull();
    const p = await api.ok('persons:create', { ...personFields, name: 'Cecilia Ek' });
    expect(audit(p.id)[0]!.actor).toBe('');
  });

  it("keeps the person's and the group's history readable: their assignments' entries, by name, with the names of what they refer to", async () => {
    const { a, groupId, groupName } = await setting();
    const m = await api.ok('memberships:create', membership(a.id, groupId, null, '2026-01-01'));
    await api.ok('memberships:update', { ...membership(a.id, groupId, null, '2026-01-01', 2500), id: m.id, version: 1 });
    await api.ok('undo:last', {});
    const person = await api.ok('persons:get', { id: a.id });
    expect(person.history.map((e) => [e.entity, e.action, e.actor])).toEqual([
      ['memberships', 'undo', 'Karin Berg'],
      ['memberships', 'update', 'Karin Berg'],
      ['memberships', 'create', 'Karin Berg'],
      ['persons', 'create', 'Karin Berg'],
    ]);
    expect(person.history[0]!.names).toEqual({ [a.id]: 'Anna Lindqvist', [groupId]: groupName, '23': 'Region Jämtland Härjedalen' });
    const group = await api.ok('groups:get', { id: groupId });
    expect(group.audit.filter((e) => e.entity === 'memberships').map((e) => e.action)).toEqual(['undo', 'update', 'create']);
  });
});
