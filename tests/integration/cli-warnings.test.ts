import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMonths, monthOfDay } from '@shared/calendar';
import { caller } from '../helpers/call';
import { runCliProcess as cli } from '../helpers/cli';
import { startTestApp, tempDir } from '../helpers/temp';

type Item = { code: string; personId: string | null; personName: string | null; groupId: string | null; firstMonth: string };

/** A register where Åsa Öberg takes 70 % in Endokrina sjukdomar from the first day of the month three months ahead. */
async function registerWithFutureLoad(): Promise<{ db: string; personId: string; month: string }> {
  const dir = tempDir();
  const today = new Date().toISOString().slice(0, 10); // the CLI runs on the real clock
  const month = addMonths(monthOfDay(today), 3);
  const app = await startTestApp({ dir, now: () => new Date() });
  const api = caller(app);
  await api.ok('setup:complete', { ownerCode: '23' });
  await api.ok('example:load', {});
  const group = (await api.ok('groups:list', { type: 'NPO', level: null, query: 'Endokrina' }))[0]!;
  const person = await api.ok('persons:create', {
    name: 'Åsa Öberg',
    email: null,
    phone: null,
    regionCode: '23',
    organisationId: null,
    profession: 'Läkare',
    gender: 'FEMALE',
    notes: null,
  });
  await api.ok('memberships:create', {
    personId: person.id,
    groupId: group.id,
    seatId: null,
    role: 'MEMBER',
    startDate: `${month}-01`,
    endDate: null,
    allocationBp: 7000,
    status: 'DECIDED',
    notes: null,
  });
  await app.opened.close();
  return { db: path.join(dir, 'samplan.db'), personId: person.id, month };
}

function items(db: string, ...args: string[]): Item[] {
  const result = cli(['--db', db, 'warnings', ...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Item[];
}

describe('CLI warnings', () => {
  it('lists a future over-allocation now, with the person and the first month, within the horizon only', async () => {
    const { db, personId, month } = await registerWithFutureLoad();
    const found = items(db).filter((i) => i.personId === personId);
    expect(found).toEqual([expect.objectContaining({ code: 'PERSON_OVER_ALLOCATED', personName: 'Åsa Öberg', firstMonth: month })]);
    expect(items(db, '--horizon', '3').filter((i) => i.personId === personId)).toEqual([]);
    expect(items(db, '--horizon', '4').filter((i) => i.personId === personId)).toHaveLength(1);
    const groups = items(db).filter((i) => i.code === 'GROUP_WITHOUT_CHAIR');
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((i) => i.groupId !== null && /^\d{4}-\d{2}$/.test(i.firstMonth))).toBe(true);
    const text = cli(['--db', db, 'warnings']);
    expect(text.stdout).toMatch(/^Varningar \d{4}-\d{2}-\d{2}, 24 månader framåt: \d+/);
    expect(text.stdout).toContain(`fr.o.m. ${month}  Överbelagd person: Åsa Öberg`);
  });

  it.each([['soon'], ['0'], ['121'], ['2.5']])('refuses --horizon %s with one Swedish line', (value) => {
    const db = path.join(tempDir(), 's.db');
    expect(cli(['--db', db, 'init', '--region', '23']).code).toBe(0);
    const result = cli(['--db', db, 'warnings', '--horizon', value]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--horizon tar ett helt antal månader från 1 till 120/);
  });
});
