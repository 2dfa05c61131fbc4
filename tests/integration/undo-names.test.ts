import { afterEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import type { UndoStep } from '../../src/shared/contract/undo';
import { wordMessage, type MessageKey } from '../../src/shared/messages';
import { caller } from '../helpers/call';
import { setUpSeed001 } from '../helpers/costs';
import { startTestApp } from '../helpers/temp';
import { nominationRequest, regionalGroup } from '../helpers/setup';

/**
 * An undo refused because the record changed since names the record, whatever its kind: by its person,
 * its group, its own name or label, its care pathway — never "Uppgiften om  har ändrats" with a hole.
 */
let app: StartedApp;
let api: ReturnType<typeof caller>;

afterEach(() => app.opened.close());

async function start(ownerCode: string): Promise<void> {
  app = await startTestApp();
  api = caller(app);
  await api.ok('setup:complete', { ownerCode });
  await api.ok('example:load', {});
  await api.ok('settings:update', { userName: 'Karin Berg' });
}

/** Someone else writes a newer version of the record the last step wrote; what does the undo say? */
async function refusalAfterOtherWrite(): Promise<{ entity: string; refusal: UndoStep['refusal']; sv: string }> {
  const last = app.ctx.sqlite.prepare('SELECT entity, record_id FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
    entity: string;
    record_id: string;
  };
  app.ctx.sqlite.prepare(`UPDATE ${last.entity} SET version = version + 1 WHERE id = ?`).run(last.record_id);
  const { step } = await api.ok('undo:peek', {});
  const refusal = step?.refusal ?? null;
  const sv = refusal ? wordMessage('sv', refusal.key as MessageKey, refusal.params) : '';
  return { entity: last.entity, refusal, sv };
}

/** Named by the step's display name: the record's own name, and the group it sits in when that is not the name. */
function expectNamed(found: { refusal: UndoStep['refusal']; sv: string }, name: string, group?: string): void {
  if (group === undefined) {
    expect(found.refusal).toEqual({ key: 'undo.changedSince', params: { name } });
    expect(found.sv).toContain(`Uppgiften om ${name} har ändrats`);
  } else {
    expect(found.refusal).toEqual({ key: 'undo.changedSinceIn', params: { name, group } });
    expect(found.sv).toContain(`Uppgiften om ${name} i ${group} har ändrats`);
  }
}

describe('an undo refusal names the record', () => {
  it('of the register and planning: organisation, seat, activity level, pathway implementation', async () => {
    await start('14');
    await api.ok('organisations:create', { name: 'Östersunds sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '14' });
    expectNamed(await refusalAfterOtherWrite(), 'Östersunds sjukhus');

    const group = await api.ok('groups:create', regionalGroup('Regional arbetsgrupp', { regionCode: '14', seatCount: 1 }));
    const [seat] = group.seats;
    await api.ok('seats:update', { id: seat!.id, version: seat!.version, ordinal: 2, regionCode: '14', healthcareRegionCode: null });
    expectNamed(await refusalAfterOtherWrite(), 'Regional arbetsgrupp');

    const team = (await api.ok('teams:list', { groupType: null, regionCode: '14', asOf: null })).find((t) => t.name === 'RPT Stroke')!;
    await api.ok('teams:set-level', { groupId: team.groupId, level: 'LOW', effectiveDate: '2026-09-01', note: null });
    expectNamed(await refusalAfterOtherWrite(), 'RPT Stroke');

    const pathway = (await api.ok('pathways:list', { query: 'ALS' }))[0]!;
    await api.ok('pathways:set-implementation', { carePathwayId: pathway.id, regionCode: '14', status: 'DECIDED' });
    expect((await refusalAfterOtherWrite()).refusal?.params.name).toBe(pathway.name);
  });

  it("of costs: a cost item, and a region actual by its hosting's group", async () => {
    app = await startTestApp();
    api = caller(app);
    const { hostingId } = await setUpSeed001(app, '23');
    const found = await refusalAfterOtherWrite(); // the last cost item
    expectNamed(found, 'Processledare NPO Levnadsvanor', 'Endokrina sjukdomar');
    await api.ok('region-actuals:set', { year: 2024, category: 'hosting', hostingId, amountOre: 35_000_000, note: null });
    expectNamed(await refusalAfterOtherWrite(), 'Endokrina sjukdomar');
  });

  it('of nominations: a request, and a candidate new to the register', async () => {
    await start('23');
    const [group] = await api.ok('groups:list', { type: 'NPO', level: null, query: 'Psykisk hälsa' });
    const detail = await api.ok('nominations:create-request', nominationRequest(group!.id));
    expectNamed(await refusalAfterOtherWrite(), group!.name);
    const newPerson = { name: 'Dag Nyström', regionCode: '23', email: null, profession: null, gender: null, organisationId: null };
    await api.ok('nominations:propose', {
      requestId: detail.request.id,
      personId: null,
      newPerson,
      proposedOn: '2026-11-02',
      proposedBy: null,
      link: null,
      notes: null,
    });
    expectNamed(await refusalAfterOtherWrite(), 'Dag Nyström', group!.name);
  });

  it('without any name, says so without a hole', () => {
    const sv = wordMessage('sv', 'undo.changedSinceUnnamed');
    expect(sv).toMatch(/^Uppgiften har ändrats sedan dess/);
    expect(sv).not.toMatch(/\{\{|\s{2}/);
  });
});
