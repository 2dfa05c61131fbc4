import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { logicalDump, startTestApp } from '../helpers/temp';

let app: StartedApp;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  app = await startTestApp(); // "today" is 2026-11-23
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '23' });
});
afterEach(() => app.opened.close());

const person = {
  name: 'Åsa Öberg',
  email: 'Asa.Oberg@Example.org',
  phone: null,
  regionCode: '23',
  organisationId: null,
  profession: 'Läkare',
  gender: 'FEMALE' as const,
  notes: null,
};

async function npo(name = 'Endokrina sjukdomar') {
  const groups = await api.ok('groups:list', { type: 'NPO', level: null, query: name });
  const detail = await api.ok('groups:get', { id: groups[0]!.id });
  return detail;
}

describe('register', () => {
  it('creates a person owned by the own region, with an audit entry visible on the record', async () => {
    const created = await api.ok('persons:create', person);
    expect(created).toMatchObject({ owner: '23', version: 1, email: 'asa.oberg@example.org', readOnly: false, currentAllocationBp: 0 });
    expect(created.history.map((h) => h.action)).toEqual(['create']);
    const found = await api.ok('persons:search', { query: 'öberg', regionCode: null, includeEnded: false, limit: 10, offset: 0 });
    expect(found.total).toBe(1);
  });

  it('adds a membership with the default allocation for the group type and role, and sums the allocation', async () => {
    const p = await api.ok('persons:create', person);
    const group = await npo();
    const norraSeat = group.seats.find((s) => s.healthcareRegionCode === 'NORRA')!;
    const m = await api.ok('memberships:create', {
      personId: p.id,
      groupId: group.group.id,
      seatId: norraSeat.id,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: null,
      status: 'DECIDED',
      notes: null,
    });
    expect(m).toMatchObject({ allocationBp: 1000, phase: 'CURRENT', seatLabel: 'NORRA' });
    const detail = await api.ok('persons:get', { id: p.id });
    expect(detail.currentAllocationBp).toBe(1000);
    const after = await npo();
    expect(after.seats.find((s) => s.id === norraSeat.id)?.holders.map((h) => h.personName)).toEqual(['Åsa Öberg']);
    expect(after.group.filledSeats).toBe(1);
  });

  it('ends a membership: it leaves the seat and the allocation', async () => {
    const p = await api.ok('persons:create', person);
    const group = await npo();
    const seat = group.seats.find((s) => s.healthcareRegionCode === 'NORRA')!;
    const m = await api.ok('memberships:create', {
      personId: p.id,
      groupId: group.group.id,
      seatId: seat.id,
      role: 'MEMBER',
      startDate: '2025-01-01',
      endDate: null,
      allocationBp: 1500,
      status: 'DECIDED',
      notes: null,
    });
    const ended = await api.ok('memberships:end', { id: m.id, version: m.version, endDate: '2026-06-30' });
    expect(ended).toMatchObject({ status: 'ENDED', phase: 'PAST', version: 2 });
    expect((await api.ok('persons:get', { id: p.id })).currentAllocationBp).toBe(0);
    expect((await npo()).group.filledSeats).toBe(0);
  });

  it("refuses a stale version, another owner's record and an invalid seat, writing nothing", async () => {
    const p = await api.ok('persons:create', person);
    await api.ok('persons:update', { ...person, id: p.id, version: 1, phone: '070-123 45 67' });
    const before = logicalDump(app);
    const stale = await api.raw('persons:update', { ...person, id: p.id, version: 1 });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    const group = await npo();
    const national = await api.raw('groups:update', {
      id: group.group.id,
      version: group.group.version,
      name: 'X',
      type: 'NPO',
      level: 'NATIONAL',
      parentGroupId: null,
      healthcareRegionCode: null,
      regionCode: null,
      hostHealthcareRegionCode: null,
      hostingStatus: null,
      seatCount: null,
      description: null,
    });
    expect(!national.ok && national.error.code).toBe('FORBIDDEN');
    const other = await npo('Levnadsvanor');
    const wrongSeat = await api.raw('memberships:create', {
      personId: p.id,
      groupId: group.group.id,
      seatId: other.seats[0]!.id,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: null,
      status: 'DECIDED',
      notes: null,
    });
    expect(!wrongSeat.ok && wrongSeat.error.code).toBe('VALIDATION');
    const backwards = await api.raw('memberships:create', {
      personId: p.id,
      groupId: group.group.id,
      seatId: null,
      role: 'CO_OPTED',
      startDate: '2026-01-01',
      endDate: '2025-01-01',
      allocationBp: null,
      status: 'DECIDED',
      notes: null,
    });
    expect(!backwards.ok && backwards.error.code).toBe('VALIDATION');
    expect(logicalDump(app)).toBe(before);
  });

  it('creates regional groups with configured seats and the NPO → NAG, RPO → RPT hierarchy', async () => {
    const base = {
      level: 'REGIONAL' as const,
      parentGroupId: null,
      healthcareRegionCode: null,
      regionCode: '23',
      hostHealthcareRegionCode: null,
      hostingStatus: null,
      description: null,
    };
    const rpo = await api.ok('groups:create', { ...base, name: 'RPO Psykisk hälsa', type: 'RPO', seatCount: 3 });
    expect(rpo.seats).toHaveLength(3);
    const rpt = await api.ok('groups:create', { ...base, name: 'RPT Depression', type: 'RPT', parentGroupId: rpo.group.id, seatCount: 5 });
    expect(rpt.group.parentGroupName).toBe('RPO Psykisk hälsa');
    const shrunk = await api.ok('groups:update', {
      ...base,
      id: rpt.group.id,
      version: 1,
      name: 'RPT Depression',
      type: 'RPT',
      parentGroupId: rpo.group.id,
      seatCount: 2,
    });
    expect(shrunk.seats).toHaveLength(2);
    const nag = await api.raw('groups:create', {
      ...base,
      level: 'NATIONAL',
      regionCode: null,
      name: 'NAG X',
      type: 'NAG',
      parentGroupId: rpo.group.id,
      seatCount: null,
    });
    expect(!nag.ok && nag.error.message).toMatch(/NAG cannot sit under a RPO/);
    const endokrina = await npo();
    const goodNag = await api.ok('groups:create', {
      ...base,
      level: 'NATIONAL',
      regionCode: null,
      name: 'NAG Diabetes',
      type: 'NAG',
      parentGroupId: endokrina.group.id,
      seatCount: null,
    });
    expect(goodNag.seats).toHaveLength(6);
    expect((await npo()).children.map((c) => c.name)).toEqual(['NAG Diabetes']);
  });

  it('ending a person ends running memberships and cancels planned ones', async () => {
    const p = await api.ok('persons:create', person);
    const group = await npo();
    await api.ok('memberships:create', {
      personId: p.id,
      groupId: group.group.id,
      seatId: null,
      role: 'CO_OPTED',
      startDate: '2025-01-01',
      endDate: null,
      allocationBp: 500,
      status: 'DECIDED',
      notes: null,
    });
    await api.ok('memberships:create', {
      personId: p.id,
      groupId: group.group.id,
      seatId: null,
      role: 'CO_OPTED',
      startDate: '2027-06-01',
      endDate: null,
      allocationBp: 500,
      status: 'NOMINATED',
      notes: null,
    });
    const ended = await api.ok('persons:end', { id: p.id, version: 1, endDate: '2026-12-31' });
    expect(ended.endedOn).toBe('2026-12-31');
    expect(ended.memberships).toHaveLength(1);
    expect(ended.memberships[0]).toMatchObject({ endDate: '2026-12-31', status: 'ENDED' });
  });
});
