import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CapacityGrid } from '../../src/shared/contract/planning/capacity';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { startTestApp } from '../helpers/temp';

let app: StartedApp;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  app = await startTestApp(); // "today" is 2026-11-23
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '14' });
  await api.ok('example:load', {});
});
afterEach(() => app.opened.close());

const window = { from: '2027-01', monthCount: 12, limit: 5000 };

function sumOf(rows: CapacityGrid['rows'], month: number): number {
  return rows.reduce((sum, row) => sum + row.cells[month]!.bpDays, 0);
}

async function vgrPerson(name: string) {
  return api.ok('persons:create', {
    name,
    email: null,
    phone: null,
    regionCode: '14',
    organisationId: null,
    profession: null,
    gender: null,
    notes: null,
  });
}

describe('placeholder rows of the capacity grid', () => {
  it('shows each seat of the own healthcare region to fill at the default share, counted in the totals', async () => {
    const vacancies = await api.ok('vacancies:get', {});
    expect(vacancies.todo.length).toBeGreaterThan(0);
    const defaults = await api.ok('allocation-defaults:list', {});
    const grid = await api.ok('capacity:grid', window);
    const seats = grid.rows.filter((r) => r.placeholder?.kind === 'SEAT');
    expect(seats.map((r) => r.personId).sort()).toEqual(vacancies.todo.map((s) => `seat:${s.seatId}`).sort());
    for (const row of seats) {
      const expected = defaults.find((d) => d.groupType === row.placeholder!.groupType && d.role === 'MEMBER')!.allocationBp;
      expect(row.placeholder!.allocationBp).toBe(expected);
      // a whole month without a holder: the share × the month's days
      expect(row.cells[0]!.bpDays).toBe(expected * 31);
      expect(row.organisationId).toBeNull();
    }
    // the totals: the whole selection = persons + placeholders; the planned sum = the placeholders
    const planned = grid.rows.filter((r) => r.placeholder !== null);
    expect(grid.plannedRows).toBe(planned.length);
    expect(grid.totals!.planned.rows).toBe(planned.length);
    expect(grid.totals!.persons).toBe(grid.totalRows - planned.length);
    for (const month of [0, 6, 11]) {
      expect(grid.totals!.planned.bpDays[month]).toBe(sumOf(planned, month));
      expect(grid.totals!.all.bpDays[month]).toBe(sumOf(grid.rows, month));
    }
    // sorted by name, the persons come first and the placeholders after them
    const firstPlaceholder = grid.rows.findIndex((r) => r.placeholder !== null);
    expect(grid.rows.slice(firstPlaceholder).every((r) => r.placeholder !== null)).toBe(true);
  });

  it('ends a seat placeholder the day before its next holder starts, who has a row of their own', async () => {
    const { todo } = await api.ok('vacancies:get', {});
    const seat = todo.find((s) => s.status === 'VACANT' && s.upcoming.length === 0)!;
    const person = await vgrPerson('Vera Platsdotter');
    await api.ok('memberships:create', {
      personId: person.id,
      groupId: seat.groupId,
      seatId: seat.seatId,
      role: 'MEMBER',
      startDate: '2027-03-16',
      endDate: null,
      allocationBp: 1000,
      status: 'DECIDED',
      notes: null,
    });
    const grid = await api.ok('capacity:grid', window);
    const row = grid.rows.find((r) => r.personId === `seat:${seat.seatId}`)!;
    const share = row.placeholder!.allocationBp;
    expect(row.cells.slice(0, 3).map((c) => c.bpDays)).toEqual([share * 31, share * 28, share * 15]);
    expect(row.cells[3]!.bpDays).toBe(0);
    // the new holder is a person row of their own
    expect(grid.rows.find((r) => r.personId === person.id)!.cells[3]!.bpDays).toBe(1000 * 30);
  });

  it('plans a process leader for an RPT whose activity level expects one, until someone takes the role', async () => {
    const teams = await api.ok('teams:list', { groupType: null, regionCode: '14', asOf: null });
    const stroke = teams.find((t) => t.name === 'RPT Stroke')!;
    await api.ok('teams:set-level', { groupId: stroke.groupId, level: 'HIGH', effectiveDate: '2027-01-01', note: null });
    await api.ok('teams:set-level', { groupId: stroke.groupId, level: 'LOW', effectiveDate: '2027-07-01', note: null });
    const matrix = await api.ok('level-allocations:list', {});
    const expected = (level: string) => matrix.find((m) => m.level === level && m.role === 'PROCESS_LEADER')!.allocationBp;
    const grid = await api.ok('capacity:grid', window);
    const role = grid.rows.find((r) => r.personId === `role:${stroke.groupId}`);
    expect(role?.placeholder).toEqual(expect.objectContaining({ kind: 'ROLE', role: 'PROCESS_LEADER', groupName: 'RPT Stroke' }));
    expect(role!.regionCode).toBe('14');
    expect(role!.cells[0]!.bpDays).toBe(expected('HIGH') * 31);
    expect(role!.cells[6]!.bpDays).toBe(expected('LOW') * 31);
    expect(grid.totals!.planned.bpDays[0]).toBe(
      sumOf(
        grid.rows.filter((r) => r.placeholder !== null),
        0,
      ),
    );
    // scoped to a healthcare region, only its regions' RPTs are planned (they are read for that scope only)
    const west = await api.ok('capacity:grid', { ...window, healthcareRegionCode: 'VASTRA' });
    expect(west.rows.some((r) => r.personId === `role:${stroke.groupId}`)).toBe(true);
    const north = await api.ok('capacity:grid', { ...window, healthcareRegionCode: 'NORRA' });
    expect(north.rows.some((r) => r.personId === `role:${stroke.groupId}`)).toBe(false);

    const leader = await vgrPerson('Per Processledare');
    await api.ok('memberships:create', {
      personId: leader.id,
      groupId: stroke.groupId,
      seatId: null,
      role: 'PROCESS_LEADER',
      startDate: '2026-12-01',
      endDate: null,
      allocationBp: 2000,
      status: 'DECIDED',
      notes: null,
    });
    const after = await api.ok('capacity:grid', window);
    expect(after.rows.some((r) => r.personId === `role:${stroke.groupId}`)).toBe(false);
    expect(after.plannedRows).toBe(grid.plannedRows - 1);
  });

  it('follows the filters: none for an organisation, only the group asked for', async () => {
    const { todo } = await api.ok('vacancies:get', {});
    const seat = todo[0]!;
    const byGroup = await api.ok('capacity:grid', { ...window, groupId: seat.groupId });
    expect(byGroup.rows.filter((r) => r.placeholder).every((r) => r.placeholder!.groupId === seat.groupId)).toBe(true);
    expect(byGroup.rows.some((r) => r.personId === `seat:${seat.seatId}`)).toBe(true);
    const organisations = await api.ok('organisations:list', {});
    const byOrganisation = await api.ok('capacity:grid', { ...window, organisationId: organisations[0]!.id });
    expect(byOrganisation.plannedRows).toBe(0);
  });
});
