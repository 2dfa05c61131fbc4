import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { logicalDump, startTestApp } from '../helpers/temp';

let app: StartedApp;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  app = await startTestApp(); // "today" is 2026-11-23
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '14' });
  await api.ok('example:load', {});
});
afterEach(() => app.opened.close());

async function stroke() {
  return (await api.ok('teams:list', { groupType: null, regionCode: '14', asOf: null })).find((t) => t.name === 'RPT Stroke')!;
}

describe('an activity level corrected in place', () => {
  it('changes level and date at the version seen, refuses a stale version, a taken date and another owner', async () => {
    const team = await stroke();
    const set = await api.ok('teams:set-level', { groupId: team.groupId, level: 'LOW', effectiveDate: '2026-09-01', note: null });
    const event = set.history.find((h) => h.effectiveDate === '2026-09-01')!;
    const changed = await api.ok('teams:update-level', {
      id: event.id,
      version: event.version,
      level: 'MEDIUM',
      effectiveDate: '2026-10-01',
      note: 'Rättat datum',
    });
    const after = changed.history.find((h) => h.id === event.id)!;
    expect(after).toMatchObject({ level: 'MEDIUM', effectiveDate: '2026-10-01', version: event.version + 1 });
    const audit = app.ctx.sqlite.prepare('SELECT action FROM audit_log WHERE record_id = ? ORDER BY seq').all(event.id);
    expect(audit).toEqual([{ action: 'create' }, { action: 'update' }]);

    const before = logicalDump(app);
    const stale = await api.raw('teams:update-level', {
      id: event.id,
      version: event.version,
      level: 'HIGH',
      effectiveDate: '2026-10-01',
      note: null,
    });
    expect(!stale.ok && stale.error).toMatchObject({ code: 'CONFLICT', detail: { key: 'record.stale' } });
    const first = changed.history.find((h) => h.id !== event.id)!;
    const taken = await api.raw('teams:update-level', {
      id: event.id,
      version: after.version,
      level: 'HIGH',
      effectiveDate: first.effectiveDate,
      note: null,
    });
    expect(!taken.ok && taken.error).toMatchObject({ code: 'CONFLICT', detail: { key: 'level.exists' } });
    app.ctx.sqlite.prepare("UPDATE team_activity_levels SET owner = '13' WHERE id = ?").run(event.id);
    const foreign = await api.raw('teams:update-level', {
      id: event.id,
      version: after.version,
      level: 'HIGH',
      effectiveDate: '2026-10-01',
      note: null,
    });
    expect(!foreign.ok && foreign.error.code).toBe('FORBIDDEN');
    app.ctx.sqlite.prepare("UPDATE team_activity_levels SET owner = '14' WHERE id = ?").run(event.id);
    expect(logicalDump(app)).toEqual(before);
  });
});
