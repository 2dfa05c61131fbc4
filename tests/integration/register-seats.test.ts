import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { logicalDump, startTestApp } from '../helpers/temp';
import { personFields, regionalGroup } from '../helpers/setup';

let app: StartedApp;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  app = await startTestApp(); // "today" is 2026-11-23
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '23' });
});
afterEach(() => app.opened.close());

async function expectRefused(channel: Parameters<typeof api.raw>[0], input: Parameters<typeof api.raw>[1], code: string, key: string) {
  const before = logicalDump(app);
  const result = await api.raw(channel, input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.detail?.key).toBe(key);
  expect(logicalDump(app)).toEqual(before);
}

async function createGroup(seatCount: number) {
  return api.ok('groups:create', regionalGroup('Regional arbetsgrupp', { seatCount }));
}

const seats = async (groupId: string) => (await api.ok('groups:get', { id: groupId })).seats;

describe('correcting a seat in place', () => {
  it('gives a regional seat another ordinal and region with the version check, and undo takes it back', async () => {
    const group = await createGroup(2);
    const [first] = group.seats;
    const change = { id: first!.id, version: first!.version, ordinal: 5, regionCode: '23', healthcareRegionCode: null };
    expect(await api.ok('seats:update', change)).toEqual({ ok: true });
    expect((await seats(group.group.id)).find((s) => s.id === first!.id)).toMatchObject({ ordinal: 5, regionCode: '23', version: 2 });
    await expectRefused('seats:update', { ...change, ordinal: 6 }, 'CONFLICT', 'record.stale');
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'update', entity: 'seats' });
    await api.ok('undo:last', {});
    expect((await seats(group.group.id)).find((s) => s.id === first!.id)).toMatchObject({ ordinal: 1, regionCode: null, version: 3 });
  });

  it('refuses an unknown region, a twin seat and the seats of a national group, in Swedish keys', async () => {
    const group = await createGroup(2);
    const [a, b] = group.seats;
    await api.ok('seats:update', { id: a!.id, version: 1, ordinal: 1, regionCode: '23', healthcareRegionCode: null });
    await expectRefused(
      'seats:update',
      { id: b!.id, version: 1, ordinal: 1, regionCode: '23', healthcareRegionCode: null },
      'CONFLICT',
      'seat.duplicate',
    );
    await expectRefused(
      'seats:update',
      { id: b!.id, version: 1, ordinal: 1, regionCode: 'XX', healthcareRegionCode: null },
      'VALIDATION',
      'seat.unknownRegion',
    );
    const npo = (await api.ok('groups:list', { type: 'NPO' }))[0]!;
    const national = (await seats(npo.id))[0]!;
    const input = {
      id: national.id,
      version: national.version,
      ordinal: 2,
      regionCode: null,
      healthcareRegionCode: national.healthcareRegionCode,
    };
    const refused = await api.raw('seats:update', input);
    expect(refused.ok).toBe(false);
  });

  it('removes a seat added by mistake (the count follows), refuses one with an assignment, and undo revives it', async () => {
    const group = await createGroup(3);
    const id = group.group.id;
    const [held, , spare] = [...group.seats].sort((x, y) => x.ordinal - y.ordinal);
    const person = await api.ok('persons:create', { ...personFields, name: 'Sitter Här' });
    await api.ok('memberships:create', {
      personId: person.id,
      groupId: id,
      seatId: held!.id,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: null,
      status: 'DECIDED',
      notes: null,
    });
    await expectRefused('seats:delete', { id: held!.id, version: held!.version }, 'CONFLICT', 'seat.hasAssignment');
    expect(await api.ok('seats:delete', { id: spare!.id, version: spare!.version })).toEqual({ ok: true });
    const after = await api.ok('groups:get', { id });
    expect(after.seats.map((s) => s.id)).not.toContain(spare!.id);
    expect(after.group.seatCount).toBe(2);
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'delete', entity: 'seats' });
    await api.ok('undo:last', {}); // seat and count back, as one step
    const restored = await api.ok('groups:get', { id });
    expect(restored.seats.map((s) => s.id)).toContain(spare!.id);
    expect(restored.seats.length).toBe(3);
    // removed again, a later edit of the group keeps the corrected seats instead of re-creating the removed one
    const again = restored.seats.find((s) => s.id === spare!.id)!;
    await api.ok('seats:delete', { id: again.id, version: again.version });
    const g = (await api.ok('groups:get', { id })).group;
    await api.ok('groups:update', {
      id,
      version: g.version,
      ...regionalGroup('Omdöpt grupp'),
    });
    expect((await seats(id)).map((s) => s.id).sort()).toEqual(after.seats.map((s) => s.id).sort());
  });
});
