import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import type { ChannelInput } from '../../src/shared/contract/channels';
import { logicalDump } from '../helpers/temp';
import { personFields, startRegionApp, type Api } from '../helpers/setup';

/**
 * Consecutive undos of one's own steps on one record: the undo's own write bumps the version, and that
 * is no "change since" for the step before it; a change by anything else still is.
 */
let app: StartedApp;
let api: Api;

beforeEach(async () => {
  ({ app, api } = await startRegionApp({ userName: 'Karin Berg' }));
});
afterEach(() => app.opened.close());

async function assignment() {
  const a = await api.ok('persons:create', { ...personFields, name: 'Anna Lindqvist' });
  const groups = await api.ok('groups:list', { type: 'NPO', level: null, query: 'Psykisk hälsa' });
  const input = {
    personId: a.id,
    groupId: groups[0]!.id,
    seatId: null,
    role: 'MEMBER',
    startDate: '2026-01-01',
    endDate: null,
    allocationBp: 2000,
    status: 'DECIDED',
    notes: null,
  } satisfies ChannelInput<'memberships:create'>;
  const m = await api.ok('memberships:create', input);
  return { m, input };
}

/** Share 20 → 25 %, then the end date: two steps on one record (versions 2 and 3). */
async function twoEdits() {
  const { m, input } = await assignment();
  await api.ok('memberships:update', { ...input, allocationBp: 2500, id: m.id, version: 1 });
  await api.ok('memberships:update', { ...input, allocationBp: 2500, endDate: '2026-12-31', id: m.id, version: 2 });
  return { m, input };
}

describe('undo twice on the same record', () => {
  it('undoes the end date, then the share, then the create: each undo starts from the one before', async () => {
    const { m } = await twoEdits();
    await api.ok('undo:last', {});
    expect(await api.ok('memberships:get', { id: m.id })).toMatchObject({ allocationBp: 2500, endDate: null, version: 4 });
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'update', fields: ['allocation_bp'], refusal: null });
    await api.ok('undo:last', {});
    expect(await api.ok('memberships:get', { id: m.id })).toMatchObject({ allocationBp: 2000, endDate: null, version: 5 });
    expect((await api.ok('undo:peek', {})).step).toMatchObject({ kind: 'create', refusal: null });
    await api.ok('undo:last', {});
    expect((await api.raw('memberships:get', { id: m.id })).ok).toBe(false);
  });

  it('still undoes the first step after a later edit of the same record was made and undone', async () => {
    const { m, input } = await twoEdits();
    await api.ok('undo:last', {}); // v4 = the state of v2
    await api.ok('memberships:update', { ...input, allocationBp: 3000, id: m.id, version: 4 }); // v5
    await api.ok('undo:last', {}); // v6 = the state of v4 = the state of v2
    await api.ok('undo:last', {});
    expect(await api.ok('memberships:get', { id: m.id })).toMatchObject({ allocationBp: 2000, endDate: null, version: 7 });
  });

  it('refuses the second undo, writing nothing, when something else changed the record after the first', async () => {
    const { m } = await twoEdits();
    await api.ok('undo:last', {});
    // another writer (a package, another window) writes a newer version outside this session's steps
    app.ctx.sqlite.prepare('UPDATE memberships SET version = version + 1, allocation_bp = 3000 WHERE id = ?').run(m.id);
    const before = logicalDump(app);
    const refused = await api.raw('undo:last', {});
    expect(!refused.ok && refused.error.code).toBe('CONFLICT');
    expect(!refused.ok && refused.error.detail).toEqual({
      key: 'undo.changedSinceIn',
      params: { name: 'Anna Lindqvist', group: 'Psykisk hälsa' },
    });
    expect(logicalDump(app)).toEqual(before);
  });
});
