import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { regionalGroup } from '../helpers/setup';
import { logicalDump, startTestApp } from '../helpers/temp';

let app: StartedApp;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  app = await startTestApp(); // "today" is 2026-11-23
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '23' });
});
afterEach(() => app.opened.close());

const personFields = { email: null, phone: null, regionCode: '23', organisationId: null, profession: null, gender: null, notes: null };

function audit(recordId: string): { action: string; entity: string }[] {
  return app.ctx.sqlite.prepare('SELECT action, entity FROM audit_log WHERE record_id = ? ORDER BY seq').all(recordId) as {
    action: string;
    entity: string;
  }[];
}

function tombstone(table: string, id: string): { deleted_at: string | null; version: number } {
  return app.ctx.sqlite.prepare(`SELECT deleted_at, version FROM ${table} WHERE id = ?`).get(id) as {
    deleted_at: string | null;
    version: number;
  };
}

async function expectRefused(channel: Parameters<typeof api.raw>[0], input: Parameters<typeof api.raw>[1], code: string, key?: string) {
  const before = logicalDump(app);
  const result = await api.raw(channel, input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  if (key) expect(result.error.detail?.key).toBe(key);
  expect(logicalDump(app)).toEqual(before);
}

async function localGroup(name: string) {
  return api.ok('groups:create', regionalGroup(name));
}

describe('removing a record entered by mistake', () => {
  it('removes a person without assignments as a travelling tombstone audited as a correction, not an erasure', async () => {
    const p = await api.ok('persons:create', { ...personFields, name: 'Fel Registrerad' });
    await expectRefused('persons:remove-mistaken', { id: p.id, version: 2 }, 'CONFLICT');
    expect(await api.ok('persons:remove-mistaken', { id: p.id, version: 1 })).toEqual({ ok: true });
    expect(tombstone('persons', p.id)).toMatchObject({ version: 2, deleted_at: expect.any(String) });
    expect(audit(p.id)).toEqual([
      { action: 'create', entity: 'persons' },
      { action: 'correction', entity: 'persons' },
    ]);
    expect(app.ctx.sqlite.prepare('SELECT COUNT(*) AS n FROM person_erasures').get()).toEqual({ n: 0 });
    expect((await api.raw('persons:get', { id: p.id })).ok).toBe(false);
    expect((await api.ok('persons:search', { query: 'Fel Registrerad' })).total).toBe(0);
  });

  it('refuses a person who still has an assignment, and one of another owner', async () => {
    const p = await api.ok('persons:create', { ...personFields, name: 'Har Uppdrag' });
    const group = await localGroup('Arbetsgrupp A');
    await api.ok('memberships:create', {
      personId: p.id,
      groupId: group.group.id,
      seatId: null,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: '2026-03-31',
      allocationBp: 1000,
      status: 'DECIDED',
      notes: null,
    });
    await expectRefused('persons:remove-mistaken', { id: p.id, version: 1 }, 'CONFLICT', 'removal.personHasAssignments');
    const other = await api.ok('persons:create', { ...personFields, name: 'Annan Ägare' });
    app.ctx.sqlite.prepare("UPDATE persons SET owner = '22' WHERE id = ?").run(other.id);
    await expectRefused('persons:remove-mistaken', { id: other.id, version: 1 }, 'FORBIDDEN');
  });

  it('removes an organisation without persons; refuses one with persons, a stale version and another owner', async () => {
    const org = await api.ok('organisations:create', { name: 'Felstavad klinik', type: 'COUNTY_HOSPITAL', regionCode: '23' });
    const used = await api.ok('organisations:create', { name: 'Östersunds sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '23' });
    await api.ok('persons:create', { ...personFields, name: 'Anna Holm', organisationId: used.id });
    await expectRefused('organisations:delete', { id: used.id, version: 1 }, 'CONFLICT', 'removal.organisationHasPersons');
    const renamed = await api.ok('organisations:update', {
      id: org.id,
      version: 1,
      name: 'Felstavad klinik 2',
      type: 'COUNTY_HOSPITAL',
      regionCode: '23',
    });
    await expectRefused('organisations:delete', { id: org.id, version: 1 }, 'CONFLICT');
    expect(await api.ok('organisations:delete', { id: org.id, version: renamed.version })).toEqual({ ok: true });
    expect(audit(org.id).map((a) => a.action)).toEqual(['create', 'update', 'correction']);
    expect((await api.ok('organisations:list', {})).map((o) => o.id)).not.toContain(org.id);
    app.ctx.sqlite.prepare("UPDATE organisations SET owner = '22' WHERE id = ?").run(used.id);
    await expectRefused('organisations:delete', { id: used.id, version: 1 }, 'FORBIDDEN');
  });

  it('removes an own regional group without members with its seats; refuses one with members and a national group', async () => {
    const group = await localGroup('Felaktig grupp');
    const seats = group.seats.map((s) => s.id);
    expect(seats).toHaveLength(2);
    expect(await api.ok('groups:delete', { id: group.group.id, version: group.group.version })).toEqual({ ok: true });
    expect(tombstone('groups', group.group.id).deleted_at).not.toBeNull();
    for (const id of seats) expect(tombstone('seats', id).deleted_at).not.toBeNull();
    expect(audit(group.group.id).map((a) => a.action)).toEqual(['create', 'correction']);
    const used = await localGroup('Använd grupp');
    const p = await api.ok('persons:create', { ...personFields, name: 'Bo Lind' });
    await api.ok('memberships:create', {
      personId: p.id,
      groupId: used.group.id,
      seatId: null,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: 1000,
      status: 'DECIDED',
      notes: null,
    });
    await expectRefused('groups:delete', { id: used.group.id, version: used.group.version }, 'CONFLICT', 'removal.groupHasMembers');
    const npo = (await api.ok('groups:list', { type: 'NPO', level: null, query: 'Psykisk hälsa' }))[0]!;
    const detail = await api.ok('groups:get', { id: npo.id });
    await expectRefused('groups:delete', { id: npo.id, version: detail.group.version }, 'FORBIDDEN');
  });

  it('tells the group page which seats belong to a healthcare region without data here', async () => {
    const npo = (await api.ok('groups:list', { type: 'NPO', level: null, query: 'Psykisk hälsa' }))[0]!;
    const before = await api.ok('groups:get', { id: npo.id });
    const seat = (hr: string, g = before) => g.seats.find((s) => s.healthcareRegionCode === hr)!;
    expect(seat('NORRA').noData).toBe(false);
    expect(seat('SODRA').noData).toBe(true);
    const p = await api.ok('persons:create', { ...personFields, name: 'Från Södra' });
    await api.ok('memberships:create', {
      personId: p.id,
      groupId: npo.id,
      seatId: seat('SODRA').id,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: 1000,
      status: 'DECIDED',
      notes: null,
    });
    const after = await api.ok('groups:get', { id: npo.id });
    expect(seat('SODRA', after).noData).toBe(false);
    expect(seat('VASTRA', after).noData).toBe(true);
  });
});
