import { afterEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { regionalGroup } from '../helpers/setup';
import { setUpSeed001 } from '../helpers/costs';
import { startTestApp } from '../helpers/temp';

/**
 * Undo of the corrections that landed without an undo test: removing a mistaken person, organisation
 * or group, correcting an activity level, and a region's actual outcome. Each: write through the
 * handler, `undo:last`, and the record is as it was (every field) at a new version that travels.
 */
let app: StartedApp;
let api: ReturnType<typeof caller>;

afterEach(() => app.opened.close());

async function start(ownerCode: string): Promise<void> {
  app = await startTestApp(); // "today" is 2026-11-23
  api = caller(app);
  await api.ok('setup:complete', { ownerCode });
  await api.ok('settings:update', { userName: 'Karin Berg' });
}

type Row = Record<string, unknown> & { version: number; deleted_at: string | null };

/** The stored row, tombstoned or not. */
function stored(table: string, id: string): Row {
  return app.ctx.sqlite.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row;
}

/** The row without what every write changes (version, time stamps): what the user sees of the record. */
function fields(row: Row): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...row };
  for (const key of ['version', 'updated_at', 'deleted_at', 'hlc', 'origin_seq']) delete copy[key];
  return copy;
}

function actions(id: string): string[] {
  return (app.ctx.sqlite.prepare('SELECT action FROM audit_log WHERE record_id = ? ORDER BY seq').all(id) as { action: string }[]).map(
    (e) => e.action,
  );
}

/** Undoes the last step and checks the record is back: same fields, live, two versions on. */
async function expectUndone(table: string, id: string, before: Row): Promise<void> {
  const result = await api.ok('undo:last', {});
  expect(result.entities).toContain(table);
  const after = stored(table, id);
  expect(fields(after)).toEqual(fields(before));
  expect(after.deleted_at).toBeNull();
  expect(after.version).toBe(before.version + 2);
  expect(actions(id).at(-1)).toBe('undo');
}

const personFields = { email: null, phone: null, regionCode: '23', organisationId: null, profession: null, gender: null, notes: null };

describe('undo of a correction', () => {
  it('brings back a person removed by mistake', async () => {
    await start('23');
    const p = await api.ok('persons:create', { ...personFields, name: 'Fel Registrerad', profession: 'Sjuksköterska' });
    const before = stored('persons', p.id);
    await api.ok('persons:remove-mistaken', { id: p.id, version: 1 });
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'delete', entity: 'persons', refusal: null });
    await expectUndone('persons', p.id, before);
    expect(await api.ok('persons:get', { id: p.id })).toMatchObject({ name: 'Fel Registrerad', profession: 'Sjuksköterska', version: 3 });
  });

  it('brings back an organisation removed by mistake', async () => {
    await start('23');
    const org = await api.ok('organisations:create', { name: 'Felstavad klinik', type: 'COUNTY_HOSPITAL', regionCode: '23' });
    const before = stored('organisations', org.id);
    await api.ok('organisations:delete', { id: org.id, version: 1 });
    await expectUndone('organisations', org.id, before);
    const listed = await api.ok('organisations:list', {});
    expect(listed.find((o) => o.id === org.id)).toMatchObject({ name: 'Felstavad klinik', version: 3 });
  });

  it('brings back a group removed by mistake', async () => {
    await start('23');
    const created = await api.ok('groups:create', regionalGroup('Arbetsgrupp fel', { seatCount: 0, description: 'Skapad av misstag' }));
    const id = created.group.id;
    const before = stored('groups', id);
    await api.ok('groups:delete', { id, version: created.group.version });
    expect((await api.raw('groups:get', { id })).ok).toBe(false);
    await expectUndone('groups', id, before);
    expect((await api.ok('groups:get', { id })).group).toMatchObject({ name: 'Arbetsgrupp fel', description: 'Skapad av misstag' });
  });

  it('takes back an activity level corrected in place', async () => {
    await start('14');
    await api.ok('example:load', {});
    const team = (await api.ok('teams:list', { groupType: null, regionCode: '14', asOf: null })).find((t) => t.name === 'RPT Stroke')!;
    const set = await api.ok('teams:set-level', { groupId: team.groupId, level: 'LOW', effectiveDate: '2026-09-01', note: 'Första' });
    const event = set.history.find((h) => h.effectiveDate === '2026-09-01')!;
    const before = stored('team_activity_levels', event.id);
    await api.ok('teams:update-level', { id: event.id, version: event.version, level: 'HIGH', effectiveDate: '2026-10-01', note: null });
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'update', entity: 'team_activity_levels', refusal: null });
    await expectUndone('team_activity_levels', event.id, before);
    expect(actions(event.id)).toEqual(['create', 'update', 'undo']);
    const board = await api.ok('teams:list', { groupType: null, regionCode: '14', asOf: null });
    expect(board.find((t) => t.groupId === team.groupId)?.history.find((h) => h.id === event.id)).toMatchObject({
      level: 'LOW',
      effectiveDate: '2026-09-01',
      note: 'Första',
    });
  });

  it("takes back a region's actual outcome: a changed amount, and a first entry", async () => {
    app = await startTestApp();
    api = caller(app);
    const { hostingId } = await setUpSeed001(app, '23');
    await api.ok('settings:update', { userName: 'Karin Berg' });
    const key = { year: 2024, category: 'hosting' as const, hostingId };
    const [first] = await api.ok('region-actuals:set', { ...key, amountOre: 35_000_000, note: 'Huvudbok juni' });
    const before = stored('cost_region_actuals', first!.id);
    await api.ok('region-actuals:set', { ...key, amountOre: 30_000_000, note: null, version: first!.version });
    await expectUndone('cost_region_actuals', first!.id, before);
    const listed = await api.ok('region-actuals:list', { fromYear: 2024, toYear: 2024 });
    expect(listed.map((a) => [a.amountOre, a.note, a.version])).toEqual([[35_000_000, 'Huvudbok juni', 3]]);
    // a first entry taken back leaves nothing recorded for the year (a tombstone that travels)
    const [contribution] = await api.ok('region-actuals:set', { year: 2025, category: 'contribution', amountOre: 385_000 });
    await api.ok('undo:last', {});
    expect(await api.ok('region-actuals:list', { fromYear: 2025, toYear: 2025 })).toEqual([]);
    expect(stored('cost_region_actuals', contribution!.id)).toMatchObject({ version: 2, deleted_at: expect.any(String) });
  });
});
