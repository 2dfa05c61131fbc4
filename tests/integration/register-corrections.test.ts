import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import type { ChannelInput } from '../../src/shared/contract/channels';
import { caller } from '../helpers/call';
import { logicalDump, startTestApp } from '../helpers/temp';
import { personFields } from '../helpers/setup';

let app: StartedApp;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  app = await startTestApp(); // "today" is 2026-11-23
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '23' });
});
afterEach(() => app.opened.close());

async function setting() {
  const a = await api.ok('persons:create', { ...personFields, name: 'Anna Holm' });
  const b = await api.ok('persons:create', { ...personFields, name: 'Bo Lind' });
  const groups = await api.ok('groups:list', { type: 'NPO', level: null, query: 'Psykisk hälsa' });
  const group = await api.ok('groups:get', { id: groups[0]!.id });
  const seat = group.seats.find((s) => s.healthcareRegionCode === 'NORRA')!;
  return { a, b, groupId: group.group.id, seatId: seat.id };
}

function membership(personId: string, groupId: string, seatId: string | null, from: string, to: string | null = null) {
  return {
    personId,
    groupId,
    seatId,
    role: 'MEMBER',
    startDate: from,
    endDate: to,
    allocationBp: 1000,
    status: 'DECIDED',
    notes: null,
  } satisfies ChannelInput<'memberships:create'>;
}

function auditActions(recordId: string): string[] {
  return (
    app.ctx.sqlite.prepare('SELECT action FROM audit_log WHERE record_id = ? ORDER BY seq').all(recordId) as { action: string }[]
  ).map((r) => r.action);
}

describe('the seat guard', () => {
  it('refuses a seat held on any shared day, naming the holder and dates without an id, and writes nothing', async () => {
    const { a, b, groupId, seatId } = await setting();
    await api.ok('memberships:create', membership(a.id, groupId, seatId, '2025-01-01', '2027-03-31'));
    const before = logicalDump(app);
    // the last shared day is the holder's last day
    const refused = await api.raw('memberships:create', membership(b.id, groupId, seatId, '2027-03-31'));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('CONFLICT');
    expect(refused.error.detail).toEqual({
      key: 'seat.taken',
      params: {
        seat: 'NORRA',
        holderName: 'Anna Holm',
        holderStart: '2025-01-01',
        holderEnd: '2027-03-31',
        replaceFrom: '2027-03-31',
        replaceable: 1,
      },
    });
    expect(refused.error.message).toMatch(/^Platsen NORRA innehas av Anna Holm 2025-01-01 – 2027-03-31/);
    expect(refused.error.message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    expect(logicalDump(app)).toEqual(before);
    // a planned holder is as much in the way as a current one; the day after the holder's end is free
    const later = await api.raw('memberships:create', membership(b.id, groupId, seatId, '2020-01-01', '2025-01-01'));
    expect(!later.ok && later.error.detail?.params['replaceable']).toBe(0);
    expect((await api.raw('memberships:create', membership(b.id, groupId, seatId, '2027-04-01'))).ok).toBe(true);
  });

  it('the successor path ends the holder the day before and starts the new person, in one transaction', async () => {
    const { a, b, groupId, seatId } = await setting();
    const holder = await api.ok('memberships:create', membership(a.id, groupId, seatId, '2025-01-01'));
    const successor = await api.ok('memberships:create', { ...membership(b.id, groupId, seatId, '2027-01-01'), replaceHolder: true });
    expect(successor).toMatchObject({ personName: 'Bo Lind', startDate: '2027-01-01', seatLabel: 'NORRA' });
    const ended = await api.ok('memberships:get', { id: holder.id });
    expect(ended).toMatchObject({ endDate: '2026-12-31', status: 'ENDED', phase: 'CURRENT', version: 2 });
    expect(auditActions(holder.id)).toEqual(['create', 'end-successor']);
    // a holder who has not started by then cannot be replaced: refused, and nothing changes
    const before = logicalDump(app);
    const early = await api.raw('memberships:create', {
      ...membership(a.id, groupId, seatId, '2026-12-01', '2027-06-30'),
      replaceHolder: true,
    });
    expect(!early.ok && early.error.code).toBe('CONFLICT');
    expect(logicalDump(app)).toEqual(before);
  });

  it('an update is guarded when it moves the seat or the dates, not when it corrects only the share', async () => {
    const { a, b, groupId, seatId } = await setting();
    await api.ok('memberships:create', membership(a.id, groupId, seatId, '2025-01-01', '2026-12-31'));
    const other = await api.ok('memberships:create', membership(b.id, groupId, null, '2026-01-01'));
    const moved = await api.raw('memberships:update', { ...membership(b.id, groupId, seatId, '2026-01-01'), id: other.id, version: 1 });
    expect(!moved.ok && moved.error.detail?.key).toBe('seat.taken');
    const later = await api.ok('memberships:update', { ...membership(b.id, groupId, seatId, '2027-01-01'), id: other.id, version: 1 });
    expect(later).toMatchObject({ seatId, startDate: '2027-01-01', version: 2 });
    // an old double booking (arrived by package) does not block correcting the share
    app.ctx.sqlite.prepare('UPDATE memberships SET start_date = ? WHERE id = ?').run('2026-06-01', other.id);
    const share = await api.ok('memberships:update', {
      ...membership(b.id, groupId, seatId, '2026-06-01'),
      allocationBp: 2000,
      id: other.id,
      version: 2,
    });
    expect(share.allocationBp).toBe(2000);
  });
});

describe('correcting and removing an assignment', () => {
  it('edits dates, share, role and seat from the version seen; a stale version is a typed conflict', async () => {
    const { a, groupId, seatId } = await setting();
    const m = await api.ok('memberships:create', membership(a.id, groupId, null, '2025-01-01'));
    const edited = await api.ok('memberships:update', {
      ...membership(a.id, groupId, seatId, '2025-02-01', '2027-01-31'),
      role: 'CHAIR',
      allocationBp: 2500,
      id: m.id,
      version: m.version,
    });
    expect(edited).toMatchObject({
      startDate: '2025-02-01',
      endDate: '2027-01-31',
      role: 'CHAIR',
      allocationBp: 2500,
      seatLabel: 'NORRA',
      version: 2,
    });
    const before = logicalDump(app);
    const stale = await api.raw('memberships:update', { ...membership(a.id, groupId, null, '2025-01-01'), id: m.id, version: 1 });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect([stale.error.code, stale.error.detail?.key, stale.error.detail?.params['version']]).toEqual(['CONFLICT', 'record.stale', 2]);
    const staleDelete = await api.raw('memberships:delete', { id: m.id, version: 1 });
    expect(!staleDelete.ok && staleDelete.error.detail?.key).toBe('record.stale');
    expect(logicalDump(app)).toEqual(before);
  });

  it('a removed assignment is a tombstone audited as a correction, not an erasure', async () => {
    const { a, groupId, seatId } = await setting();
    const m = await api.ok('memberships:create', membership(a.id, groupId, seatId, '2025-01-01'));
    expect(await api.ok('memberships:delete', { id: m.id, version: 1 })).toEqual({ ok: true });
    const row = app.ctx.sqlite.prepare('SELECT deleted_at, version FROM memberships WHERE id = ?').get(m.id) as {
      deleted_at: string | null;
      version: number;
    };
    expect(row).toEqual({ deleted_at: '2026-11-23T10:00:00.000Z', version: 2 });
    expect(auditActions(m.id)).toEqual(['create', 'correction']);
    expect(await api.ok('memberships:list', { personId: a.id })).toEqual([]);
    const erasures = app.ctx.sqlite.prepare('SELECT count(*) AS n FROM person_erasures').get() as { n: number };
    expect(erasures.n).toBe(0);
    const again = await api.raw('memberships:get', { id: m.id });
    expect(!again.ok && again.error.code).toBe('NOT_FOUND');
  });

  it("refuses to correct, remove or replace another owner's assignment", async () => {
    const { a, b, groupId, seatId } = await setting();
    const m = await api.ok('memberships:create', membership(a.id, groupId, seatId, '2025-01-01'));
    app.ctx.sqlite.prepare("UPDATE memberships SET owner = '22' WHERE id = ?").run(m.id);
    expect((await api.ok('memberships:get', { id: m.id })).readOnly).toBe(true);
    const before = logicalDump(app);
    const edit = await api.raw('memberships:update', {
      ...membership(a.id, groupId, seatId, '2025-01-01'),
      allocationBp: 5000,
      id: m.id,
      version: 1,
    });
    expect(!edit.ok && [edit.error.code, edit.error.detail?.key]).toEqual(['FORBIDDEN', 'record.readOnly']);
    const del = await api.raw('memberships:delete', { id: m.id, version: 1 });
    expect(!del.ok && del.error.code).toBe('FORBIDDEN');
    const replace = await api.raw('memberships:create', { ...membership(b.id, groupId, seatId, '2027-01-01'), replaceHolder: true });
    expect(!replace.ok && [replace.error.code, replace.error.detail?.params['replaceable']]).toEqual(['CONFLICT', 0]);
    expect(logicalDump(app)).toEqual(before);
  });
});

describe('a double booking that arrives another way', () => {
  it('is a warning in Varningar, on the group and on both persons', async () => {
    const { a, b, groupId, seatId } = await setting();
    await api.ok('memberships:create', membership(a.id, groupId, seatId, '2025-01-01'));
    const second = await api.ok('memberships:create', membership(b.id, groupId, null, '2026-03-01'));
    app.ctx.sqlite.prepare('UPDATE memberships SET seat_id = ? WHERE id = ?').run(seatId, second.id);
    const all = await api.ok('rules:list', {});
    const found = all.warnings.filter((w) => w.code === 'SEAT_DOUBLE_BOOKED');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'WARNING',
      personIds: [a.id, b.id],
      groupIds: [groupId],
      params: { seatLabel: 'NORRA', personName: 'Anna Holm', otherPersonName: 'Bo Lind', from: '2026-11-23', until: null },
    });
    for (const filter of [{ groupId }, { personId: a.id }, { personId: b.id }]) {
      const listed = await api.ok('rules:list', filter);
      expect(listed.warnings.map((w) => w.code)).toContain('SEAT_DOUBLE_BOOKED');
    }
  });
});

describe('editing a person in place', () => {
  it('changes name, e-mail, organisation and profession from the version seen', async () => {
    const { a } = await setting();
    const org = await api.ok('organisations:create', { name: 'Östersunds sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '23' });
    const edited = await api.ok('persons:update', {
      ...personFields,
      name: 'Anna Holm-Berg',
      email: 'anna@example.org',
      organisationId: org.id,
      profession: 'Sjuksköterska',
      id: a.id,
      version: a.version,
    });
    expect(edited).toMatchObject({
      name: 'Anna Holm-Berg',
      organisationName: 'Östersunds sjukhus',
      profession: 'Sjuksköterska',
      version: 2,
    });
    const stale = await api.raw('persons:update', { ...personFields, name: 'X', id: a.id, version: 1 });
    expect(!stale.ok && stale.error.detail?.key).toBe('record.stale');
  });
});
