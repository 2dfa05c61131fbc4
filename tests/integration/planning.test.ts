import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

async function vgrPerson(name = 'Karin Sjödin') {
  return api.ok('persons:create', {
    name,
    email: null,
    phone: null,
    regionCode: '14',
    organisationId: null,
    profession: 'Läkare',
    gender: 'FEMALE',
    notes: null,
  });
}

async function team(name: string) {
  const teams = await api.ok('teams:list', { groupType: null, regionCode: '14', asOf: null });
  const found = teams.find((t) => t.name === name);
  if (!found) throw new Error(`no team ${name}`);
  return found;
}

async function join(personId: string, groupId: string, startDate: string, allocationBp: number, endDate: string | null = null) {
  return api.ok('memberships:create', {
    personId,
    groupId,
    seatId: null,
    role: 'MEMBER',
    startDate,
    endDate,
    allocationBp,
    status: 'DECIDED',
    notes: null,
  });
}

describe('capacity', () => {
  it('reacts to a new membership, by days in the month, with totals and a drill-down', async () => {
    const before = await api.ok('capacity:grid', { from: '2026-01', monthCount: 12, regionCode: '14' });
    expect(before.totalRows - before.plannedRows).toBe(0);
    const person = await vgrPerson();
    const stroke = await team('RPT Stroke');
    await join(person.id, stroke.groupId, '2026-03-16', 2000);
    const grid = await api.ok('capacity:grid', { from: '2026-01', monthCount: 12, regionCode: '14' });
    expect(grid.totalRows - grid.plannedRows).toBe(1);
    // the person first, then the placeholder rows (planned time without a name)
    expect(grid.rows[0]!.placeholder).toBeNull();
    const cells = grid.rows[0]!.cells;
    expect(cells[1]).toEqual({ bpDays: 0, bp: 0, band: 'NONE' });
    expect(cells[2]).toEqual({ bpDays: 2000 * 16, bp: 1032.3, band: 'OK' });
    expect(cells[3]!.bp).toBe(2000);
    expect(grid.totals!.byRegion).toEqual([
      expect.objectContaining({ regionCode: '14', regionName: 'Västra Götalandsregionen', persons: 1 }),
    ]);
    expect(grid.totals!.all.fte[3]! - grid.totals!.planned.fte[3]!).toBeCloseTo(0.2, 3);
    const cell = await api.ok('capacity:cell', { personId: person.id, month: '2026-03' });
    expect(cell.memberships).toEqual([expect.objectContaining({ groupName: 'RPT Stroke', daysCovered: 16, bpDays: 32_000 })]);
    const norra = await api.ok('capacity:grid', { from: '2025-07', monthCount: 36, healthcareRegionCode: 'NORRA', limit: 5 });
    expect(norra.rows).toHaveLength(5);
    expect(norra.totalRows).toBeGreaterThan(25);
    expect(norra.months).toHaveLength(36);
  });

  it('keeps configurable bands in the settings, audited', async () => {
    expect(await api.ok('capacity:settings-get', {})).toEqual({ highAtBp: 5000, overAboveBp: 8000 });
    const person = await vgrPerson();
    const stroke = await team('RPT Stroke');
    await join(person.id, stroke.groupId, '2026-01-01', 3000);
    await api.ok('capacity:settings-update', { highAtBp: 2500, overAboveBp: 2900 });
    const grid = await api.ok('capacity:grid', { from: '2026-01', monthCount: 12, regionCode: '14' });
    expect(grid.rows[0]!.peakBand).toBe('OVER');
    const bad = await api.raw('capacity:settings-update', { highAtBp: 9000, overAboveBp: 8000 });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    const window = await api.raw('capacity:grid', { from: '2026-01', monthCount: 11 });
    expect(!window.ok && window.error.message).toMatch(/12–36/);
    const audit = app.ctx.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'settings' AND record_id = 'capacity'").all();
    expect(audit).toHaveLength(1);
  });
});

describe('activity levels and planned time', () => {
  it('a dated level change makes planned time follow by days; deleting it restores the previous level', async () => {
    const person = await vgrPerson();
    const stroke = await team('RPT Stroke');
    expect(stroke).toMatchObject({ levelNow: 'HIGH', levelSince: '2025-01-01', canSetLevel: true });
    await join(person.id, stroke.groupId, '2025-01-01', 2000);
    const high = await api.ok('teams:planned-time', { from: '2026-01', monthCount: 12, groupId: stroke.groupId });
    expect(high.teams[0]!.months[4]!.plannedBpDays).toBe(2000 * 31);
    expect(high.deviations).toEqual([]);

    const changed = await api.ok('teams:set-level', {
      groupId: stroke.groupId,
      level: 'LOW',
      effectiveDate: '2026-05-16',
      note: 'Mindre arbete efter införandet',
    });
    expect(changed.history.map((h) => [h.level, h.effectiveDate])).toEqual([
      ['HIGH', '2025-01-01'],
      ['LOW', '2026-05-16'],
    ]);
    expect(changed.levelNow).toBe('LOW');
    const low = await api.ok('teams:planned-time', { from: '2026-01', monthCount: 12, groupId: stroke.groupId });
    const may = low.teams[0]!.months[4]!;
    expect(may.levels).toEqual([
      { level: 'HIGH', days: 15 },
      { level: 'LOW', days: 16 },
    ]);
    expect(may.plannedBpDays).toBe(2000 * 15 + 500 * 16);
    expect(low.teams[0]!.months[5]!.plannedFte).toBe(0.05);
    expect(low.deviations).toEqual([
      expect.objectContaining({ personId: person.id, allocationBp: 2000, expectedBpNow: 500, groupName: 'RPT Stroke' }),
    ]);
    expect(low.regions).toEqual([expect.objectContaining({ regionCode: '14' })]);
    const board = await api.ok('teams:board', { year: 2026, regionCode: '14' });
    expect(board.columns.find((c) => c.level === 'LOW')!.teams.map((t) => t.name)).toContain('RPT Stroke');
    const atStart = await api.ok('teams:board', { year: 2026, basis: 'YEAR_START', regionCode: '14' });
    expect(atStart.columns.find((c) => c.level === 'HIGH')!.teams.map((t) => t.name)).toContain('RPT Stroke');

    const duplicate = await api.raw('teams:set-level', { groupId: stroke.groupId, level: 'HIGH', effectiveDate: '2026-05-16', note: null });
    expect(!duplicate.ok && duplicate.error.code).toBe('CONFLICT');
    const event = changed.history.find((h) => h.level === 'LOW')!;
    const restored = await api.ok('teams:delete-level', { id: event.id, version: event.version });
    expect(restored.levelNow).toBe('HIGH');
    const again = await api.ok('teams:planned-time', { from: '2026-01', monthCount: 12, groupId: stroke.groupId });
    expect(again.teams[0]!.months[4]!.plannedBpDays).toBe(2000 * 31);
    const tombstone = app.ctx.sqlite.prepare('SELECT deleted_at, version FROM team_activity_levels WHERE id = ?').get(event.id);
    expect(tombstone).toMatchObject({ version: 2 });
    const actions = app.ctx.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'team_activity_levels' ORDER BY seq").all();
    expect(actions).toEqual([{ action: 'create' }, { action: 'correction' }]);
  });

  it('the expected allocation per level and role is configurable', async () => {
    const list = await api.ok('level-allocations:list', {});
    expect(list.find((a) => a.level === 'HIGH' && a.role === 'CHAIR')).toEqual({
      level: 'HIGH',
      role: 'CHAIR',
      allocationBp: 2000,
      configured: false,
    });
    const person = await vgrPerson();
    const stroke = await team('RPT Stroke');
    await join(person.id, stroke.groupId, '2025-01-01', 2000);
    const updated = await api.ok('level-allocations:set', { level: 'HIGH', role: 'MEMBER', allocationBp: 3000 });
    expect(updated.find((a) => a.level === 'HIGH' && a.role === 'CHAIR')!.allocationBp).toBe(3000);
    const time = await api.ok('teams:planned-time', { from: '2026-01', monthCount: 1, groupId: stroke.groupId });
    expect(time.teams[0]!.months[0]!.plannedBpDays).toBe(3000 * 31);
    expect(time.deviations[0]!.differenceBp).toBe(-1000);
    await api.ok('level-allocations:set', { level: 'HIGH', role: 'MEMBER', allocationBp: null });
    expect((await api.ok('level-allocations:list', {})).every((a) => !a.configured)).toBe(true);
  });

  it('refuses levels on groups of another owner', async () => {
    const npo = (await api.ok('groups:list', { type: 'NPO', level: null, query: 'Akut' }))[0]!;
    const result = await api.raw('teams:set-level', { groupId: npo.id, level: 'HIGH', effectiveDate: '2026-01-01', note: null });
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
  });
});

describe('care pathways', () => {
  it('setting an implementation status changes the matrix count of the own healthcare region', async () => {
    const matrix = await api.ok('pathways:matrix', {});
    expect(matrix.healthcareRegionCodes).toEqual(['VASTRA']);
    expect(matrix.regions.map((r) => [r.code, r.started])).toEqual([
      ['13', 0],
      ['14', 0],
    ]);
    const pathway = (await api.ok('pathways:list', { query: 'Stroke och TIA – tidiga' }))[0]!;
    expect(pathway).toMatchObject({ owner: 'NATIONAL', isReference: true, editable: 'STATUS_ONLY', nationalStatus: 'APPROVED' });
    const stroke = await team('RPT Stroke');
    const set = await api.ok('pathways:set-implementation', {
      carePathwayId: pathway.id,
      regionCode: '14',
      status: 'DECIDED',
      decidedOn: '2025-10-01',
      responsibleGroupId: stroke.groupId,
    });
    expect(set.implementations).toEqual([
      expect.objectContaining({ regionCode: '14', owner: '14', version: 1, responsibleGroupName: 'RPT Stroke' }),
    ]);
    const after = await api.ok('pathways:matrix', {});
    expect(after.regions.find((r) => r.code === '14')).toMatchObject({ started: 1, implemented: 0 });
    const impl = set.implementations[0]!;
    await api.ok('pathways:set-implementation', {
      carePathwayId: pathway.id,
      regionCode: '14',
      status: 'IMPLEMENTED',
      decidedOn: '2025-10-01',
      startedOn: '2026-01-15',
      implementedOn: '2026-09-01',
      version: impl.version,
    });
    expect((await api.ok('pathways:matrix', {})).regions.find((r) => r.code === '14')).toMatchObject({ started: 1, implemented: 1 });
    const stale = await api.raw('pathways:set-implementation', {
      carePathwayId: pathway.id,
      regionCode: '14',
      status: 'IN_PROGRESS',
      version: 1,
    });
    expect(!stale.ok && stale.error.code).toBe('CONFLICT');
    const other = await api.raw('pathways:set-implementation', { carePathwayId: pathway.id, regionCode: '13', status: 'DECIDED' });
    expect(!other.ok && other.error.code).toBe('FORBIDDEN');
    const backwards = await api.raw('pathways:set-implementation', {
      carePathwayId: pathway.id,
      regionCode: '14',
      status: 'IMPLEMENTED',
      startedOn: '2026-02-01',
      implementedOn: '2026-01-01',
      version: 2,
    });
    expect(!backwards.ok && backwards.error.code).toBe('VALIDATION');
  });

  it('adds own pathways; a national one only changes its status, keeping owner NATIONAL', async () => {
    const created = await api.ok('pathways:create', {
      name: 'Lokalt vårdförlopp Höftfraktur',
      nationalStatus: 'STARTING',
      statusDate: '2026-02-01',
    });
    expect(created).toMatchObject({ owner: '14', editable: 'FULL', version: 1 });
    const renamed = await api.ok('pathways:update', {
      id: created.id,
      version: 1,
      name: 'Höftfraktur',
      nationalStatus: 'IN_PROGRESS',
      statusDate: null,
    });
    expect(renamed).toMatchObject({ name: 'Höftfraktur', version: 2 });
    const astma = (await api.ok('pathways:list', { query: 'Astma' }))[0]!;
    const updated = await api.ok('pathways:update', {
      id: astma.id,
      version: astma.version,
      name: astma.name,
      nationalStatus: 'CONSULTATION',
      statusDate: '2026-03-01',
    });
    expect(updated).toMatchObject({ owner: 'NATIONAL', version: 2, nationalStatus: 'CONSULTATION', statusDate: '2026-03-01' });
    const rename = await api.raw('pathways:update', {
      id: astma.id,
      version: 2,
      name: 'Astma hos vuxna',
      nationalStatus: 'CONSULTATION',
      statusDate: null,
    });
    expect(!rename.ok && rename.error.code).toBe('FORBIDDEN');
    const audit = app.ctx.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'care_pathways' AND record_id = ?").all(astma.id);
    expect(audit).toEqual([{ action: 'update-national-status' }]);
  });

  it("a healthcare-region installation records member regions' status; Halland sees both healthcare regions", async () => {
    const norra = await startTestApp();
    const norraApi = caller(norra);
    await norraApi.ok('setup:complete', { ownerCode: 'NORRA' });
    const pathway = (await norraApi.ok('pathways:list', { query: 'KOL' }))[0]!;
    const set = await norraApi.ok('pathways:set-implementation', {
      carePathwayId: pathway.id,
      regionCode: '23',
      status: 'IN_PROGRESS',
      startedOn: '2026-04-01',
    });
    expect(set.implementations[0]).toMatchObject({ owner: 'NORRA', regionCode: '23' });
    const outside = await norraApi.raw('pathways:set-implementation', { carePathwayId: pathway.id, regionCode: '14', status: 'DECIDED' });
    expect(!outside.ok && outside.error.code).toBe('FORBIDDEN');
    expect((await norraApi.ok('pathways:matrix', {})).regions.map((r) => r.code)).toEqual(['22', '23', '24', '25']);
    await norra.opened.close();
    const halland = await startTestApp();
    const hallandApi = caller(halland);
    await hallandApi.ok('setup:complete', { ownerCode: '13' });
    const matrix = await hallandApi.ok('pathways:matrix', {});
    expect(matrix.healthcareRegionCodes).toEqual(['SODRA', 'VASTRA']);
    expect(matrix.regions.find((r) => r.code === '13')!.healthcareRegionCodes).toEqual(['SODRA', 'VASTRA']);
    await halland.opened.close();
  });
});
