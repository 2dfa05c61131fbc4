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
});
afterEach(() => app.opened.close());

const started = async () => (await api.ok('pathways:matrix', {})).regions.find((r) => r.code === '14')!.started;

describe('correcting a pathway status in place', () => {
  it('removes an implementation status recorded by mistake as a correction, refuses a stale one, and undo brings it back', async () => {
    const pathway = (await api.ok('pathways:list', { query: 'ALS' }))[0]!;
    const set = await api.ok('pathways:set-implementation', { carePathwayId: pathway.id, regionCode: '14', status: 'DECIDED' });
    const impl = set.implementations.find((i) => i.regionCode === '14')!;
    expect(await started()).toBe(1);
    const stale = await api.raw('pathways:delete-implementation', { id: impl.id, version: impl.version + 1 });
    expect(!stale.ok && stale.error.detail?.key).toBe('record.stale');
    expect(await api.ok('pathways:delete-implementation', { id: impl.id, version: impl.version })).toEqual({ ok: true });
    expect(await started()).toBe(0);
    const actions = app.ctx.sqlite.prepare('SELECT action FROM audit_log WHERE record_id = ? ORDER BY seq').all(impl.id);
    expect(actions).toEqual([{ action: 'create' }, { action: 'correction' }]);
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'delete', entity: 'pathway_implementations' });
    await api.ok('undo:last', {});
    expect(await started()).toBe(1);
    // recorded anew after a removal, the own tombstone is revived rather than a second record created
    const again = (await api.ok('pathways:list', { query: 'ALS' }))[0]!.implementations.find((i) => i.regionCode === '14')!;
    await api.ok('pathways:delete-implementation', { id: again.id, version: again.version });
    const revived = await api.ok('pathways:set-implementation', { carePathwayId: pathway.id, regionCode: '14', status: 'IN_PROGRESS' });
    expect(revived.implementations.find((i) => i.regionCode === '14')).toMatchObject({ id: impl.id, status: 'IN_PROGRESS' });
  });

  it('changes a national pathway status with the version check', async () => {
    const pathway = (await api.ok('pathways:list', { query: 'ALS' }))[0]!;
    const input = { id: pathway.id, version: pathway.version, name: pathway.name, nationalStatus: 'APPROVED' as const, statusDate: null };
    expect(await api.ok('pathways:update', input)).toMatchObject({ nationalStatus: 'APPROVED', version: pathway.version + 1 });
    const stale = await api.raw('pathways:update', { ...input, nationalStatus: 'IN_PROGRESS' });
    expect(!stale.ok && stale.error.detail?.key).toBe('record.stale');
  });
});
