import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/calendar';
import type { CandidateView, RequestSummary } from '../../src/shared/contract/nominations';
import type { MembershipView } from '../../src/shared/contract/register';
import { caller } from '../helpers/call';
import { runCliProcess } from '../helpers/cli';
import { startTestApp, tempDir } from '../helpers/temp';

/** The CLI works on the computer's clock: every date here is counted from its today. */
const today = new Date().toISOString().slice(0, 10);
const holderEnd = addDays(today, 60);

/** Region 23's database: Anna Holm holds the NORRA seat of NPO Psykisk hälsa until `holderEnd`; Bo Lind is in the register. */
async function fixture() {
  const dir = tempDir();
  const app = await startTestApp({ dir });
  const api = caller(app);
  await api.ok('setup:complete', { ownerCode: '23' });
  const fields = { email: null, phone: null, regionCode: '23', organisationId: null, profession: null, gender: null, notes: null };
  const anna = await api.ok('persons:create', { ...fields, name: 'Anna Holm' });
  const bo = await api.ok('persons:create', { ...fields, name: 'Bo Lind' });
  const [group] = await api.ok('groups:list', { type: 'NPO', level: null, query: 'Psykisk hälsa' });
  const detail = await api.ok('groups:get', { id: group!.id });
  const seat = detail.seats.find((s) => s.healthcareRegionCode === 'NORRA')!;
  const membership = { groupId: group!.id, seatId: seat.id, role: 'MEMBER', allocationBp: 1000, status: 'DECIDED', notes: null } as const;
  await api.ok('memberships:create', { ...membership, personId: anna.id, startDate: '2024-01-01', endDate: holderEnd });
  await app.opened.close();
  return { db: path.join(dir, 'samplan.db'), bo, groupName: group!.name, seatId: seat.id };
}

describe('CLI nominations', () => {
  it('requests, proposes, advances, refuses and decides as issue 17 writes the command lines', { timeout: 240_000 }, async () => {
    const f = await fixture();
    const cli = (...args: string[]) => runCliProcess(['--db', f.db, 'nominations', ...args]);
    const json = <T>(...args: string[]): T => {
      const result = cli(...args, '--json');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as T;
    };
    const refusedWith = (pattern: RegExp, ...args: string[]) => {
      const result = cli(...args);
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
    };

    const due = addDays(today, 30);
    const request = json<RequestSummary>(
      'request',
      '--group',
      f.groupName.toLowerCase(),
      '--seat',
      f.seatId,
      '--due',
      due,
      '--share',
      '10',
      '--reference',
      'SKR 2026/1',
    );
    expect(request).toMatchObject({
      status: 'OPEN',
      seatLabel: 'NORRA',
      dueDate: due,
      allocationBp: 1000,
      reference: 'SKR 2026/1',
      role: 'MEMBER',
    });
    refusedWith(/--due ska vara ett datum/, 'request', '--group', f.groupName, '--due', '31/12');
    refusedWith(/Ingen grupp heter "NPO Finns inte"/, 'request', '--group', 'NPO Finns inte', '--due', due);

    const bo = json<CandidateView>('propose', request.id, '--person', f.bo.id);
    expect(bo).toMatchObject({ status: 'PROPOSED', name: 'Bo Lind', proposedOn: today });
    const cecilia = json<CandidateView>(
      'propose',
      request.id,
      '--name',
      'Cecilia Nord',
      '--region',
      '23',
      '--email',
      'cecilia@example.se',
      '--profession',
      'Psykiater',
    );
    expect(cecilia).toMatchObject({ status: 'PROPOSED', personId: null, name: 'Cecilia Nord', profession: 'Psykiater' });
    refusedWith(/antingen --person eller --name/, 'propose', request.id, '--person', f.bo.id, '--name', 'X');
    refusedWith(/Bo Lind är redan kandidat/, 'propose', request.id, '--person', f.bo.id);

    refusedWith(
      /^samplan: Beslut kan inte registreras för Bo Lind: närmaste chefs godkännande saknas/,
      'decide',
      bo.id,
      '--chosen',
      '--on',
      today,
    );
    expect(json<CandidateView>('advance', bo.id, '--step', 'manager-approved', '--by', 'Eva Chef')).toMatchObject({
      status: 'MANAGER_APPROVED',
      managerApprovedBy: 'Eva Chef',
      managerApprovedOn: today,
    });
    expect(
      json<CandidateView>('advance', bo.id, '--step', 'declaration-received', '--outcome', 'no-conflict', '--on', today),
    ).toMatchObject({
      status: 'DECLARATION_RECEIVED',
      declarationOutcome: 'NO_CONFLICT',
    });
    refusedWith(/--outcome/, 'advance', cecilia.id, '--step', 'declaration-received');
    refusedWith(/--step ska vara/, 'advance', cecilia.id, '--step', 'approved');
    json<CandidateView>('advance', cecilia.id, '--step', 'declaration-received', '--outcome', 'blocks');
    json<CandidateView>('advance', cecilia.id, '--step', 'manager-approved');
    refusedWith(/jäv hindrar/, 'decide', cecilia.id, '--chosen', '--on', today);

    // a start while the holder still sits is refused with the seat guard's words and the CLI's way out
    refusedWith(/Anna Holm.*--replace/, 'decide', bo.id, '--chosen', '--from', addDays(today, 10), '--on', today);
    const decided = json<CandidateView & { assignment: MembershipView }>(
      'decide',
      bo.id,
      '--chosen',
      '--on',
      today,
      '--reference',
      'Beslut 1',
    );
    expect(decided).toMatchObject({ id: bo.id, status: 'DECIDED', decisionReference: 'Beslut 1' });
    expect(decided.assignment).toMatchObject({ seatId: f.seatId, startDate: addDays(holderEnd, 1), personName: 'Bo Lind' });
    expect(decided.membershipId).toBe(decided.assignment.id);

    expect(json<CandidateView>('decide', cecilia.id, '--not-chosen', '--on', today)).toMatchObject({
      status: 'NOT_CHOSEN',
      assignment: null,
    });
    refusedWith(/antingen --chosen eller --not-chosen/, 'decide', cecilia.id, '--on', today);
    expect(json<RequestSummary[]>('list', '--open')).toEqual([]);
    expect(json<RequestSummary[]>('list')).toMatchObject([{ id: request.id, status: 'CLOSED', decidedCount: 1, candidateCount: 2 }]);
    const human = cli('list');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('stängd');
  });
});
