import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import type { Channel, ChannelInput } from '../../src/shared/contract/channels';
import type { CandidateView, RequestDetail } from '../../src/shared/contract/nominations';
import { nominationRequest, personFields, startRegionApp, type Api } from '../helpers/setup';

// the test app's clock: 2026-11-23
let app: StartedApp;
let api: Api;

beforeEach(async () => {
  ({ app, api } = await startRegionApp());
});
afterEach(() => app.opened.close());

/** Group NPO Psykisk hälsa, its NORRA seat held by Anna Holm until `holderEnd`, and Bo Lind in the register. */
async function setting(holderEnd: string | null) {
  const anna = await api.ok('persons:create', { ...personFields, name: 'Anna Holm' });
  const bo = await api.ok('persons:create', { ...personFields, name: 'Bo Lind', profession: 'Psykolog' });
  const [group] = await api.ok('groups:list', { type: 'NPO', level: null, query: 'Psykisk hälsa' });
  const detail = await api.ok('groups:get', { id: group!.id });
  const seat = detail.seats.find((s) => s.healthcareRegionCode === 'NORRA')!;
  const holder = await api.ok('memberships:create', {
    personId: anna.id,
    groupId: group!.id,
    seatId: seat.id,
    role: 'MEMBER',
    startDate: '2024-01-01',
    endDate: holderEnd,
    allocationBp: 1000,
    status: 'DECIDED',
    notes: null,
  });
  return { anna, bo, groupId: group!.id, seatId: seat.id, holder };
}

function requestInput(
  groupId: string,
  seatId: string | null,
  role: 'MEMBER' | 'CHAIR' = 'MEMBER',
): ChannelInput<'nominations:create-request'> {
  return nominationRequest(groupId, {
    seatId,
    requesterName: 'NPO Psykisk hälsa',
    competence: 'Psykolog eller psykiater',
    role,
    allocationBp: 1500,
    reference: 'SKR 2026/123',
  });
}

const proposal = { proposedOn: '2026-11-02', proposedBy: 'Regionens samordnare', link: null, notes: null };

async function refused(
  channel: Channel,
  input: unknown,
): Promise<{ code: string; key: string | undefined; params: Record<string, unknown> }> {
  const result = await api.raw(channel, input);
  if (result.ok) throw new Error(`${channel} was not refused`);
  return { code: result.error.code, key: result.error.detail?.key, params: result.error.detail?.params ?? {} };
}

function candidate(detail: RequestDetail, name: string): CandidateView {
  const found = detail.candidates.find((c) => c.name === name);
  if (!found) throw new Error(`no candidate ${name}`);
  return found;
}

async function step(
  c: CandidateView,
  s: 'MANAGER_APPROVED' | 'DECLARATION_RECEIVED' | 'NOMINATED',
  on: string,
  outcome: 'NO_CONFLICT' | 'HANDLED' | 'BLOCKS' | null = null,
) {
  const by = s === 'MANAGER_APPROVED' ? 'Chefen Eva' : s === 'NOMINATED' ? 'NPO Psykisk hälsa' : 'Processledaren';
  return api.ok('nominations:advance', {
    id: c.id,
    version: c.version,
    step: s,
    on,
    by,
    outcome,
    reference: s === 'DECLARATION_RECEIVED' ? 'Jäv 12' : null,
  });
}

describe('nominations through the handlers', () => {
  it('takes a seat request from two candidates to one appointed successor and one not chosen', async () => {
    const f = await setting('2026-12-31');
    let detail = await api.ok('nominations:create-request', requestInput(f.groupId, f.seatId));
    expect(detail.request).toMatchObject({ status: 'OPEN', seatLabel: 'NORRA', groupType: 'NPO', daysToDue: 22, candidateCount: 0 });
    expect(detail.seatHolders.map((h) => h.personName)).toEqual(['Anna Holm']);
    const requestId = detail.request.id;

    detail = await api.ok('nominations:propose', { ...proposal, requestId, personId: f.bo.id, newPerson: null });
    const newPerson = {
      name: 'Cecilia Nord',
      regionCode: '23',
      email: 'Cecilia.Nord@example.se',
      profession: 'Psykiater',
      gender: 'FEMALE' as const,
      organisationId: null,
    };
    detail = await api.ok('nominations:propose', { ...proposal, requestId, personId: null, newPerson });
    expect(detail.request).toMatchObject({ candidateCount: 2, openCandidateCount: 2 });
    let bo = candidate(detail, 'Bo Lind');
    let cecilia = candidate(detail, 'Cecilia Nord');
    expect(bo).toMatchObject({
      status: 'PROPOSED',
      profession: 'Psykolog',
      missing: ['MANAGER_APPROVAL', 'DECLARATION', 'NOMINATION'],
      waitingDays: 21,
    });
    expect(cecilia).toMatchObject({
      personId: null,
      email: 'cecilia.nord@example.se',
      gender: 'FEMALE',
      newPerson: { name: 'Cecilia Nord' },
    });

    // the same person twice, or a person and a new candidate at once, is refused
    expect(await refused('nominations:propose', { ...proposal, requestId, personId: f.bo.id, newPerson: null })).toMatchObject({
      key: 'nominations.alreadyProposed',
      params: { name: 'Bo Lind' },
    });
    expect((await refused('nominations:propose', { ...proposal, requestId, personId: f.bo.id, newPerson })).key).toBe(
      'nominations.personXorNew',
    );

    // no decision while the manager's approval is missing
    const decision = {
      chosen: true,
      on: '2026-11-20',
      decidedBy: 'NPO Psykisk hälsa',
      decisionReference: 'Beslut 7',
      startDate: null,
      endDate: null,
      replaceHolder: false,
    };
    expect(await refused('nominations:decide', { ...decision, id: bo.id, version: bo.version })).toMatchObject({
      code: 'VALIDATION',
      key: 'nominations.approvalMissing',
      params: { name: 'Bo Lind' },
    });

    // only the declaration keeps a reference: one given with another step is refused, never dropped
    expect(
      await refused('nominations:advance', {
        id: bo.id,
        version: bo.version,
        step: 'MANAGER_APPROVED',
        on: '2026-11-05',
        by: 'Chefen Eva',
        outcome: null,
        reference: 'Mejl 2026-11-05',
      }),
    ).toMatchObject({ code: 'VALIDATION', key: 'nominations.referenceOnlyDeclaration' });
    detail = await step(bo, 'MANAGER_APPROVED', '2026-11-05');
    // a stale version is refused with the writer's CONFLICT
    expect(
      await refused('nominations:advance', {
        id: bo.id,
        version: bo.version,
        step: 'NOMINATED',
        on: '2026-11-06',
        by: null,
        outcome: null,
        reference: null,
      }),
    ).toMatchObject({
      code: 'CONFLICT',
      key: 'record.stale',
    });
    bo = candidate(detail, 'Bo Lind');
    expect(bo).toMatchObject({ status: 'MANAGER_APPROVED', managerApprovedBy: 'Chefen Eva', missing: ['DECLARATION', 'NOMINATION'] });
    detail = await step(bo, 'DECLARATION_RECEIVED', '2026-11-10', 'NO_CONFLICT');
    bo = candidate(detail, 'Bo Lind');
    expect(bo).toMatchObject({
      status: 'DECLARATION_RECEIVED',
      declarationReference: 'Jäv 12',
      missing: ['NOMINATION'],
      waitingDays: null,
    });

    // the declaration first, and it blocks: no decision
    detail = await step(cecilia, 'DECLARATION_RECEIVED', '2026-11-08', 'BLOCKS');
    cecilia = candidate(detail, 'Cecilia Nord');
    detail = await step(cecilia, 'MANAGER_APPROVED', '2026-11-09');
    cecilia = candidate(detail, 'Cecilia Nord');
    expect(cecilia).toMatchObject({ status: 'DECLARATION_RECEIVED', missing: ['DECLARATION_BLOCKS', 'NOMINATION'] });
    expect((await refused('nominations:decide', { ...decision, id: cecilia.id, version: cecilia.version })).key).toBe(
      'nominations.declarationBlocks',
    );

    // into the held seat on a day the holder still sits: refused, naming the holder
    expect(await refused('nominations:decide', { ...decision, id: bo.id, version: bo.version, startDate: '2026-12-01' })).toMatchObject({
      code: 'CONFLICT',
      key: 'seat.taken',
      params: { holderName: 'Anna Holm', replaceable: 1 },
    });
    // nothing was written by the refused decision
    expect((await api.ok('nominations:get', { requestId })).candidates.find((c) => c.id === bo.id)?.version).toBe(bo.version);

    // by default the successor starts the day after the holder's end
    const chosen = await api.ok('nominations:decide', { ...decision, id: bo.id, version: bo.version });
    expect(chosen.assignment).toMatchObject({
      personId: f.bo.id,
      seatId: f.seatId,
      startDate: '2027-01-01',
      endDate: null,
      allocationBp: 1500,
      role: 'MEMBER',
    });
    expect(chosen.chairTermEnds).toBeNull();
    expect(chosen.detail.request).toMatchObject({ status: 'CLOSED', closedOn: '2026-11-20', decidedCount: 1, openCandidateCount: 1 });
    expect(candidate(chosen.detail, 'Bo Lind')).toMatchObject({
      status: 'DECIDED',
      membershipId: chosen.assignment!.id,
      decisionReference: 'Beslut 7',
      missing: [],
    });
    const holder = await api.ok('memberships:get', { id: f.holder.id });
    expect(holder.endDate).toBe('2026-12-31');

    // the other is not chosen (also once the request is closed)
    cecilia = candidate(chosen.detail, 'Cecilia Nord');
    const notChosen = await api.ok('nominations:decide', { ...decision, chosen: false, id: cecilia.id, version: cecilia.version });
    expect(candidate(notChosen.detail, 'Cecilia Nord')).toMatchObject({ status: 'NOT_CHOSEN', closedOn: '2026-11-20', missing: [] });
    expect(notChosen.assignment).toBeNull();
    expect((await api.ok('nominations:list', { open: true, groupId: null })).map((r) => r.id)).not.toContain(requestId);
    expect((await api.ok('nominations:list', { open: false, groupId: f.groupId })).map((r) => r.id)).toEqual([requestId]);

    // a request with candidates is not removed as a mistake
    expect(await refused('nominations:remove-request', { id: requestId, version: notChosen.detail.request.version })).toMatchObject({
      key: 'nominations.requestHasCandidates',
      params: { count: 2 },
    });
  });

  it('appoints a new candidate as chair through the successor path and says when the three years end', async () => {
    const f = await setting(null);
    let detail = await api.ok('nominations:create-request', {
      ...requestInput(f.groupId, f.seatId, 'CHAIR'),
      periodStart: '2027-01-01',
      periodEnd: '2029-12-31',
    });
    const requestId = detail.request.id;
    const newPerson = {
      name: 'Dag Ek',
      regionCode: '23',
      email: null,
      profession: 'Läkare',
      gender: 'MALE' as const,
      organisationId: null,
    };
    detail = await api.ok('nominations:propose', { ...proposal, requestId, personId: null, newPerson });
    let dag = candidate(detail, 'Dag Ek');
    dag = candidate(await step(dag, 'MANAGER_APPROVED', '2026-11-05'), 'Dag Ek');
    dag = candidate(await step(dag, 'DECLARATION_RECEIVED', '2026-11-06', 'HANDLED'), 'Dag Ek');
    // nominating is recorded, and refused over a blocking conflict elsewhere (see the rules' unit tests)
    dag = candidate(await step(dag, 'NOMINATED', '2026-11-07'), 'Dag Ek');
    expect(dag).toMatchObject({ status: 'NOMINATED', nominatedTo: 'NPO Psykisk hälsa', missing: [] });

    const decision = { chosen: true, on: '2026-11-20', decidedBy: null, decisionReference: null, startDate: null, endDate: null };
    expect(await refused('nominations:decide', { ...decision, replaceHolder: false, id: dag.id, version: dag.version })).toMatchObject({
      key: 'seat.taken',
      params: { holderName: 'Anna Holm', replaceFrom: '2027-01-01' },
    });
    const search = {
      query: 'Dag Ek',
      regionCode: null,
      includeEnded: true,
      sort: 'name',
      descending: false,
      limit: 10,
      offset: 0,
    } as const;
    const persons = await api.ok('persons:search', search);
    expect(persons.total).toBe(0);

    const chosen = await api.ok('nominations:decide', { ...decision, replaceHolder: true, id: dag.id, version: dag.version });
    expect(chosen.assignment).toMatchObject({ personName: 'Dag Ek', role: 'CHAIR', startDate: '2027-01-01', endDate: '2029-12-31' });
    expect(chosen.chairTermEnds).toBe('2029-12-31');
    expect((await api.ok('memberships:get', { id: f.holder.id })).endDate).toBe('2026-12-31');
    const decided = candidate(chosen.detail, 'Dag Ek');
    expect(decided.personId).toBe(chosen.assignment!.personId);
    expect(decided.newPerson).toBeNull();
    const person = await api.ok('persons:get', { id: decided.personId! });
    expect(person).toMatchObject({ name: 'Dag Ek', regionCode: '23', profession: 'Läkare', gender: 'MALE' });
    // an appointed candidate is not removed as a mistake
    expect((await refused('nominations:remove-candidate', { id: decided.id, version: decided.version })).key).toBe(
      'nominations.candidateAppointed',
    );

    // the decision is one step: its undo takes back the person, the assignment, the holder's end and the candidate's decision
    await api.ok('undo:last', {});
    const after = candidate(await api.ok('nominations:get', { requestId }), 'Dag Ek');
    expect(after).toMatchObject({ status: 'NOMINATED', personId: null, membershipId: null, newPerson: { name: 'Dag Ek' } });
    expect((await api.ok('memberships:get', { id: f.holder.id })).endDate).toBeNull();
    expect((await api.ok('persons:search', search)).total).toBe(0);
    expect((await api.ok('nominations:get', { requestId })).request.status).toBe('OPEN');
  });

  it('removes a mistaken candidate and request, undoes a step, and marks records of another owner read-only', async () => {
    const f = await setting('2026-12-31');
    let detail = await api.ok('nominations:create-request', requestInput(f.groupId, null));
    const requestId = detail.request.id;
    detail = await api.ok('nominations:propose', { ...proposal, requestId, personId: f.bo.id, newPerson: null });
    const bo = candidate(detail, 'Bo Lind');

    // undo of a step brings the candidate back to where it was
    await step(bo, 'MANAGER_APPROVED', '2026-11-05');
    const { step: undoable } = await api.ok('undo:peek', {});
    expect(undoable).toMatchObject({ entity: 'nomination_candidates', kind: 'update' });
    await api.ok('undo:last', {});
    const back = candidate(await api.ok('nominations:get', { requestId }), 'Bo Lind');
    expect(back).toMatchObject({ status: 'PROPOSED', managerApprovedOn: null, managerApprovedBy: null });
    expect(back.version).toBe(bo.version + 2);

    // a person who is a candidate is not removed as a mistake, nor a group with requests
    const person = await api.ok('persons:get', { id: f.bo.id });
    expect(await refused('persons:remove-mistaken', { id: f.bo.id, version: person.version })).toMatchObject({
      key: 'nominations.personIsCandidate',
      params: { count: 1 },
    });

    // a candidate entered by mistake is removed, and then the request
    await api.ok('nominations:remove-candidate', { id: back.id, version: back.version });
    detail = await api.ok('nominations:get', { requestId });
    expect(detail.candidates).toEqual([]);
    await api.ok('nominations:remove-request', { id: requestId, version: detail.request.version });
    expect((await refused('nominations:get', { requestId })).key).toBe('nominations.requestNotFound');
    const audit = app.ctx.sqlite.prepare("SELECT action FROM audit_log WHERE entity LIKE 'nomination_%' AND action = 'correction'").all();
    expect(audit).toHaveLength(2);

    // a request another region owns is read-only, and its writes are refused
    const other = await api.ok('nominations:create-request', requestInput(f.groupId, null));
    app.ctx.sqlite.prepare("UPDATE nomination_requests SET owner = '01' WHERE id = ?").run(other.request.id);
    const seen = await api.ok('nominations:get', { requestId: other.request.id });
    expect(seen.request.readOnly).toBe(true);
    expect(
      (
        await refused('nominations:set-request-status', {
          id: other.request.id,
          version: seen.request.version,
          status: 'CANCELLED',
          on: '2026-11-23',
        })
      ).code,
    ).toBe('FORBIDDEN');
  });
});
