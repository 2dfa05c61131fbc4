import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MembershipView, PersonDetail } from '../../src/shared/contract/register';
import { caller } from '../helpers/call';
import { runCliProcess } from '../helpers/cli';
import { startTestApp, tempDir } from '../helpers/temp';

/** A database with two persons of region 23, made in-process; the CLI bundle then works on it. */
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
  await app.opened.close();
  return { db: path.join(dir, 'samplan.db'), anna, bo, groupName: group!.name, groupId: group!.id, seatId: seat.id };
}

function expectOneSwedishLine(result: ReturnType<typeof runCliProcess>, pattern: RegExp): void {
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('CLI assignments and persons edit', () => {
  it('adds, refuses a held seat, replaces with --replace, edits, ends, deletes and lists', { timeout: 180_000 }, async () => {
    const f = await fixture();
    const cli = (...args: string[]) => runCliProcess(['--db', f.db, ...args]);
    const json = <T>(...args: string[]): T => {
      const result = cli(...args, '--json');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as T;
    };

    // the group by its name (case and spacing forgiven), the share in percent
    const added = json<MembershipView>(
      'assignments',
      'add',
      '--person',
      f.anna.id,
      '--group',
      f.groupName.toUpperCase(),
      '--seat',
      f.seatId,
      '--role',
      'member',
      '--from',
      '2025-01-01',
      '--share',
      '12,5',
    );
    expect(added).toMatchObject({
      personId: f.anna.id,
      groupId: f.groupId,
      seatId: f.seatId,
      startDate: '2025-01-01',
      endDate: null,
      allocationBp: 1250,
    });

    const refused = cli(
      'assignments',
      'add',
      '--person',
      f.bo.id,
      '--group',
      f.groupId,
      '--seat',
      f.seatId,
      '--role',
      'MEMBER',
      '--from',
      '2027-01-01',
    );
    expectOneSwedishLine(refused, /^samplan: Platsen NORRA innehas redan av Anna Holm \(från 2025-01-01\)\..*--replace/);
    expect(refused.stderr).not.toContain(added.id);

    const successor = json<MembershipView>(
      'assignments',
      'add',
      '--person',
      f.bo.id,
      '--group',
      f.groupId,
      '--seat',
      f.seatId,
      '--role',
      'MEMBER',
      '--from',
      '2027-01-01',
      '--replace',
    );
    expect(successor).toMatchObject({ personName: 'Bo Lind', startDate: '2027-01-01', seatId: f.seatId });
    const annas = json<MembershipView[]>('assignments', 'list', '--person', f.anna.id);
    expect(annas.map((m) => [m.id, m.endDate, m.status])).toEqual([[added.id, '2026-12-31', 'ENDED']]);

    const edited = json<MembershipView>('assignments', 'edit', successor.id, '--share', '20', '--to', '2029-12-31', '--role', 'chair');
    expect(edited).toMatchObject({ allocationBp: 2000, endDate: '2029-12-31', role: 'CHAIR', version: 2 });
    const ended = json<MembershipView>('assignments', 'end', successor.id, '--on', '2028-06-30');
    expect(ended).toMatchObject({ endDate: '2028-06-30', status: 'ENDED', version: 3 });

    expectOneSwedishLine(cli('assignments', 'delete', successor.id), /^samplan: bekräfta med --yes/);
    expect(json<{ ok: boolean; id: string }>('assignments', 'delete', successor.id, '--yes')).toEqual({ ok: true, id: successor.id });
    const all = json<MembershipView[]>('assignments', 'list', '--group', f.groupId);
    expect(all.map((m) => m.id)).toEqual([added.id]);
    expect(cli('assignments', 'list', '--group', f.groupId).stdout).toMatch(/Anna Holm .* 2025-01-01 – 2026-12-31 +12,5 %\n1 uppdrag\n$/);

    const person = json<PersonDetail>(
      'persons',
      'edit',
      f.anna.id,
      '--name',
      'Anna Holm-Berg',
      '--email',
      'anna@example.org',
      '--profession',
      'Läkare',
    );
    expect(person).toMatchObject({ name: 'Anna Holm-Berg', email: 'anna@example.org', profession: 'Läkare', version: 2 });
  });

  it('answers bad input with one Swedish line and exit 1', { timeout: 180_000 }, async () => {
    const f = await fixture();
    const cli = (...args: string[]) => runCliProcess(['--db', f.db, ...args]);
    const base = ['assignments', 'add', '--person', f.anna.id, '--group', f.groupId, '--role', 'MEMBER'];
    expectOneSwedishLine(cli(...base), /^samplan: --from ska vara ett datum ÅÅÅÅ-MM-DD \(användning: assignments add/);
    expectOneSwedishLine(cli(...base, '--from', '2025-13-01'), /--from ska vara ett datum/);
    expectOneSwedishLine(cli(...base, '--from', '2025-01-01', '--share', 'abc'), /--share ska vara en procentsats/);
    expectOneSwedishLine(cli(...base, '--from', '2025-01-01', '--share', '120'), /--share ska vara en procentsats/);
    expectOneSwedishLine(
      cli('assignments', 'add', '--person', 'x', '--group', f.groupId, '--role', 'MEMBER', '--from', '2025-01-01'),
      /--person ska vara ett id/,
    );
    expectOneSwedishLine(
      cli('assignments', 'add', '--person', f.anna.id, '--group', 'NPO Finns inte', '--role', 'MEMBER', '--from', '2025-01-01'),
      /Ingen grupp heter "NPO Finns inte"/,
    );
    expectOneSwedishLine(cli(...base.slice(0, -1), 'BOSS', '--from', '2025-01-01'), /--role ska vara en av MEMBER/);
    expectOneSwedishLine(cli('assignments', 'edit', f.anna.id), /ange minst något att ändra/);
    expectOneSwedishLine(
      cli('assignments', 'end', '00000000-0000-4000-8000-000000000000', '--on', '2026-01-01'),
      /^samplan: Uppdraget finns inte\.$/,
    );
    expectOneSwedishLine(cli('persons', 'edit', f.anna.id, '--email', 'inte-en-adress'), /--email ska vara en e-postadress/);
  });
});
