import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { startTestApp } from '../helpers/temp';

let app: StartedApp;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  app = await startTestApp(); // "today" is 2026-11-23
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '23' });
  await api.ok('example:load', {});
});
afterEach(() => app.opened.close());

const personInput = {
  name: 'Åsa Öberg',
  email: null,
  phone: null,
  regionCode: '23',
  organisationId: null,
  profession: 'Läkare',
  gender: 'FEMALE' as const,
  notes: null,
};

function sql<T>(query: string, ...params: unknown[]): T[] {
  return app.ctx.sqlite.prepare(query).all(...params) as T[];
}

async function norraCell(groupName: string) {
  const view = await api.ok('vacancies:get', {});
  const row = view.rows.find((r) => r.groupName === groupName)!;
  return row.cells.find((c) => c.healthcareRegionCode === 'NORRA')!;
}

async function codes(input: { personId?: string; groupId?: string } = {}) {
  return (await api.ok('rules:list', input)).warnings.map((w) => w.code);
}

describe('vacancies', () => {
  it('shows the Norra seats the example dataset left empty as VACANT, and the own to-do list', async () => {
    const norraSeats = sql<{ n: number }>(
      "SELECT COUNT(*) AS n FROM seats s JOIN groups g ON g.id = s.group_id WHERE g.level = 'NATIONAL' AND s.healthcare_region_code = 'NORRA'",
    )[0]!.n;
    const heldSeats = sql<{ n: number }>(
      'SELECT COUNT(DISTINCT seat_id) AS n FROM memberships WHERE seat_id IS NOT NULL AND deleted_at IS NULL',
    )[0]!.n;
    const view = await api.ok('vacancies:get', {});
    expect(view.ownHealthcareRegionCodes).toEqual(['NORRA']);
    expect(view.rows).toHaveLength(33);
    expect(view.healthcareRegions.map((h) => h.code)).toEqual([
      'NORRA',
      'MELLANSVERIGE',
      'STOCKHOLM_GOTLAND',
      'SYDOSTRA',
      'SODRA',
      'VASTRA',
    ]);
    const norraCells = view.rows.map((r) => r.cells.find((c) => c.healthcareRegionCode === 'NORRA')!);
    const vacantSeats = norraCells.reduce((sum, c) => sum + c.vacantSeats, 0);
    expect(vacantSeats).toBe(norraSeats - heldSeats);
    expect(vacantSeats).toBe(Math.floor(34 / 9));
    expect(view.todo.filter((t) => t.status === 'VACANT')).toHaveLength(vacantSeats);
    expect(view.todo.every((t) => t.healthcareRegionCode === 'NORRA')).toBe(true);
    // terms ending 2026-12-31 and 2027-01-31 fall within 90 days of 2026-11-23; 2027-06-30 does not
    expect(
      view.todo
        .filter((t) => t.status === 'ENDING')
        .map((t) => t.emptyFrom)
        .sort()
        .at(-1),
    ).toBe('2027-02-01');
    expect(view.forecast.seatCount).toBe(34);
    expect(view.forecast.quarters[0]).toMatchObject({
      quarter: '2026-Q4',
      expiring: norraCells.flatMap((c) => c.holders).filter((h) => h.endDate === '2026-12-31').length,
    });
  });

  it("a seat becomes VACANT when its holder's membership is ended", async () => {
    const view = await api.ok('vacancies:get', { status: 'FILLED', healthcareRegionCode: 'NORRA' });
    const row = view.rows.find((r) => r.cells[0]!.holders[0]!.personRegionCode === '23')!;
    const holder = row.cells[0]!.holders[0]!;
    const [membership] = sql<{ version: number }>('SELECT version FROM memberships WHERE id = ?', holder.membershipId);
    await api.ok('memberships:end', { id: holder.membershipId, version: membership!.version, endDate: '2026-11-22' });
    const cell = await norraCell(row.groupName);
    expect(cell).toMatchObject({ status: 'VACANT', holders: [] });
    const after = await api.ok('vacancies:get', {});
    expect(after.todo.find((t) => t.groupId === row.groupId)).toMatchObject({ status: 'VACANT', emptyFrom: '2026-11-23' });
  });

  it('follows the ending-within setting and validates its input strictly', async () => {
    const wide = await api.ok('vacancies:get', { endingWithinDays: 730 });
    expect(wide.statusCounts.ENDING).toBeGreaterThan((await api.ok('vacancies:get', {})).statusCounts.ENDING);
    await api.ok('rules:settings-update', { endingWithinDays: 730 });
    expect((await api.ok('vacancies:get', {})).statusCounts).toEqual(wide.statusCounts);
    const unknown = await api.raw('vacancies:get', { healthcareRegionCode: 'NOWHERE' });
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'VALIDATION' });
    const extra = await api.raw('vacancies:get', { colour: 'red' });
    expect(!extra.ok && extra.error.code).toBe('VALIDATION');
    const npo = await api.ok('vacancies:get', { groupType: 'PRIMARY_CARE_COUNCIL' });
    expect(npo.rows.map((r) => r.groupName)).toEqual(['Nationella primärvårdsrådet']);
  });
});

describe('representation balance', () => {
  it('counts the current seat holders by organisation type, region and gender as the data says', async () => {
    const balance = await api.ok('balance:get', {});
    expect(balance).toMatchObject({ scope: 'HEALTHCARE_REGION', healthcareRegionCodes: ['NORRA'] });
    const held = sql<{ type: string; gender: string; region: string }>(`
      SELECT o.type AS type, p.gender AS gender, p.region_code AS region FROM memberships m
      JOIN persons p ON p.id = m.person_id JOIN organisations o ON o.id = p.organisation_id
      WHERE m.seat_id IS NOT NULL AND m.deleted_at IS NULL AND m.start_date <= '2026-11-23' AND (m.end_date IS NULL OR m.end_date >= '2026-11-23')`);
    expect(balance.heldSeats).toBe(held.length);
    const count = (key: 'type' | 'gender' | 'region', value: string) => held.filter((h) => h[key] === value).length;
    for (const b of balance.byOrganisationType) if (b.key !== 'UNKNOWN') expect(b.count, b.key).toBe(count('type', b.key));
    for (const b of balance.byGender) if (b.key !== 'UNKNOWN') expect(b.count, b.key).toBe(count('gender', b.key));
    expect(balance.byRegion.map((b) => b.key)).toEqual(['22', '23', '24', '25', 'UNKNOWN']);
    for (const b of balance.byRegion) if (b.key !== 'UNKNOWN') expect(b.count, b.key).toBe(count('region', b.key));
    for (const b of balance.byGender) expect(b.shareBp, b.key).toBe(Math.round((b.count * 10_000) / balance.heldSeats));
    const national = await api.ok('balance:get', { healthcareRegionCode: 'ALL' });
    expect(national).toMatchObject({ scope: 'ALL', heldSeats: held.length });
    expect((await api.ok('balance:get', { healthcareRegionCode: 'VASTRA' })).heldSeats).toBe(0);
  });
});

describe('rule warnings', () => {
  it("reports a seat held from another healthcare region until the person's region is corrected", async () => {
    const p = await api.ok('persons:create', { ...personInput, regionCode: '14' });
    const group = (await api.ok('groups:list', { type: 'NSG', level: null, query: 'Forskning' }))[0]!;
    const detail = await api.ok('groups:get', { id: group.id });
    const seat = detail.seats.find((s) => s.healthcareRegionCode === 'NORRA')!;
    await api.ok('memberships:create', {
      personId: p.id,
      groupId: group.id,
      seatId: seat.id,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: null,
      status: 'DECIDED',
      notes: null,
    });
    const onPerson = await api.ok('rules:list', { personId: p.id });
    expect(onPerson.warnings.map((w) => w.code)).toEqual(['SEAT_OTHER_HEALTHCARE_REGION']);
    expect(await codes({ groupId: group.id })).toContain('SEAT_OTHER_HEALTHCARE_REGION');
    await api.ok('persons:update', { ...personInput, id: p.id, version: 1, regionCode: '24' });
    expect(await codes({ personId: p.id })).toEqual([]);
  });

  it('reports the hosted NPO without a chair until one is appointed, and an over-allocated person', async () => {
    const endokrina = (await api.ok('groups:list', { type: 'NPO', level: null, query: 'Endokrina' }))[0]!;
    expect(await codes({ groupId: endokrina.id })).toEqual(['GROUP_WITHOUT_CHAIR', 'GROUP_WITHOUT_PROCESS_LEADER']);
    const p = await api.ok('persons:create', personInput);
    await api.ok('memberships:create', {
      personId: p.id,
      groupId: endokrina.id,
      seatId: null,
      role: 'CHAIR',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: 6000,
      status: 'DECIDED',
      notes: null,
    });
    expect(await codes({ groupId: endokrina.id })).toEqual(['PERSON_OVER_ALLOCATED', 'GROUP_WITHOUT_PROCESS_LEADER']);
    await api.ok('rules:settings-update', { overAllocationThresholdBp: 6000 });
    expect(await codes({ groupId: endokrina.id })).toEqual(['GROUP_WITHOUT_PROCESS_LEADER']);
  });

  it('flags a possible duplicate, remembers "not the same person" and can take it back', async () => {
    const a = await api.ok('persons:create', { ...personInput, email: 'Asa.Oberg@Example.org' });
    const b = await api.ok('persons:create', { ...personInput, name: 'Asa Oberg', email: 'asa.oberg@example.org' });
    const before = await api.ok('rules:list', { personId: a.id });
    const duplicate = before.warnings.find((w) => w.code === 'POSSIBLE_DUPLICATE_PERSON')!;
    expect(duplicate.personIds.sort()).toEqual([a.id, b.id].sort());
    expect(duplicate.dismissal).not.toBeNull();
    const reversedKey = [b.id, a.id].sort().reverse().join('|');
    await api.ok('rules:dismiss', { rule: 'POSSIBLE_DUPLICATE_PERSON', key: reversedKey });
    await api.ok('rules:dismiss', { rule: 'POSSIBLE_DUPLICATE_PERSON', key: reversedKey });
    const after = await api.ok('rules:list', { personId: a.id });
    expect(after).toMatchObject({ warnings: [], dismissedCount: 1 });
    expect(sql('SELECT rule, key, actor FROM rule_dismissals')).toEqual([
      { rule: 'POSSIBLE_DUPLICATE_PERSON', key: duplicate.dismissal!.key, actor: '' },
    ]);
    await api.ok('rules:undismiss', duplicate.dismissal!);
    expect(await codes({ personId: a.id })).toEqual(['POSSIBLE_DUPLICATE_PERSON']);
    const missing = await api.raw('rules:dismiss', {
      rule: 'POSSIBLE_DUPLICATE_PERSON',
      key: `${a.id}|00000000-0000-4000-8000-000000000000`,
    });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    const same = await api.raw('rules:dismiss', { rule: 'POSSIBLE_DUPLICATE_PERSON', key: `${a.id}|${a.id}` });
    expect(!same.ok && same.error.code).toBe('VALIDATION');
  });

  it('previews the over-allocation an assignment not yet saved would bring, from the month it begins', async () => {
    const endokrina = (await api.ok('groups:list', { type: 'NPO', level: null, query: 'Endokrina' }))[0]!;
    const p = await api.ok('persons:create', personInput);
    await api.ok('memberships:create', {
      personId: p.id,
      groupId: endokrina.id,
      seatId: null,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: 3000,
      status: 'DECIDED',
      notes: null,
    });
    const planned = { personId: p.id, startDate: '2027-02-01', endDate: null, allocationBp: 3000 };
    const { warning } = await api.ok('rules:preview-allocation', planned);
    expect(warning).toMatchObject({
      code: 'PERSON_OVER_ALLOCATED',
      firstMonth: '2027-02',
      groupIds: [endokrina.id],
      params: { personName: 'Åsa Öberg', allocationBp: 6000, currentMemberships: 2 },
    });
    expect(warning?.membershipIds).toHaveLength(1);
    expect((await api.ok('rules:preview-allocation', { ...planned, allocationBp: 2000 })).warning).toBeNull();
    expect((await api.ok('rules:preview-allocation', { ...planned, startDate: '2029-01-01' })).warning).toBeNull();
    expect(await codes({ personId: p.id })).toEqual([]);
    const bad = await api.raw('rules:preview-allocation', { ...planned, allocationBp: 10_001 });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
  });

  it('stores the settings in the settings table, with defaults and strict validation', async () => {
    expect(await api.ok('rules:settings-get', {})).toEqual({
      endingWithinDays: 90,
      overAllocationThresholdBp: 5000,
      expiryShareThresholdBp: 2500,
      chairMaxYears: 3,
      leadershipScope: 'HOSTED',
      horizonMonths: 24,
    });
    const updated = await api.ok('rules:settings-update', { chairMaxYears: 4, leadershipScope: 'ALL', horizonMonths: 12 });
    expect(updated).toMatchObject({ chairMaxYears: 4, leadershipScope: 'ALL', endingWithinDays: 90, horizonMonths: 12 });
    expect(sql("SELECT value FROM settings WHERE key = 'rules.chair_max_years'")).toEqual([{ value: '4' }]);
    expect(sql("SELECT value FROM settings WHERE key = 'rules.horizon_months'")).toEqual([{ value: '12' }]);
    expect((await api.ok('rules:list', {})).horizonMonths).toBe(12);
    expect((await api.ok('rules:list', { horizonMonths: 36 })).horizonMonths).toBe(36);
    const badHorizon = await api.raw('rules:list', { horizonMonths: 0 });
    expect(!badHorizon.ok && badHorizon.error.code).toBe('VALIDATION');
    const bad = await api.raw('rules:settings-update', { chairMaxYears: 0 });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    const unknownKey = await api.raw('rules:settings-update', { colour: 'red' });
    expect(!unknownKey.ok && unknownKey.error.code).toBe('VALIDATION');
    app.ctx.sqlite.prepare("UPDATE settings SET value = 'soon' WHERE key = 'rules.chair_max_years'").run();
    expect(await api.ok('rules:settings-get', {})).toMatchObject({ chairMaxYears: 3, leadershipScope: 'ALL' });
    const all = await api.ok('rules:list', {});
    expect(all.warnings.filter((w) => w.code === 'GROUP_WITHOUT_CHAIR').length).toBeGreaterThan(2);
  });
});
