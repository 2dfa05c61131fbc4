import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import type { CandidateView, RequestDetail } from '../../src/shared/contract/nominations';
import { tempDir } from '../helpers/temp';
import { personFields, startRegionApp, type Api } from '../helpers/setup';

// the test app's clock: 2026-11-23; the installation works for Jämtland Härjedalen (23), healthcare region Norra
let app: StartedApp;
let api: Api;

beforeEach(async () => {
  ({ app, api } = await startRegionApp());
});
afterEach(() => app.opened.close());

const proposal = { proposedOn: '2026-11-02', proposedBy: 'Regionens samordnare', link: null, notes: null };

async function groupSeat(type: 'NPO' | 'NSG', query: string) {
  const [group] = await api.ok('groups:list', { type, level: null, query });
  const detail = await api.ok('groups:get', { id: group!.id });
  return { groupId: group!.id, seatId: detail.seats.find((s) => s.healthcareRegionCode === 'NORRA')!.id };
}

async function member(
  personId: string,
  at: { groupId: string; seatId: string | null },
  role: 'MEMBER' | 'CHAIR',
  start: string,
  end: string | null,
) {
  return api.ok('memberships:create', {
    personId,
    ...at,
    role,
    startDate: start,
    endDate: end,
    allocationBp: 1000,
    status: 'DECIDED',
    notes: null,
  });
}

/** NPO Psykisk hälsa: Anna Holm (female, läkare) holds the Norra seat until 2026-12-31; a request for that seat, due 2026-12-01. */
async function setting() {
  const anna = await api.ok('persons:create', { ...personFields, name: 'Anna Holm', gender: 'FEMALE', profession: 'Läkare' });
  const bo = await api.ok('persons:create', { ...personFields, name: 'Bo Lind', gender: 'MALE', profession: 'Psykolog' });
  const npo = await groupSeat('NPO', 'Psykisk hälsa');
  const holder = await member(anna.id, npo, 'MEMBER', '2024-01-01', '2026-12-31');
  const detail = await api.ok('nominations:create-request', {
    ...npo,
    requestedBy: 'NATIONAL_GROUP',
    requesterName: 'NPO Psykisk hälsa',
    personsWanted: 1,
    competence: 'Psykolog eller psykiater',
    role: 'MEMBER',
    allocationBp: 1500,
    periodStart: '2027-01-01',
    periodEnd: '2028-12-31',
    dueDate: '2026-12-01',
    reference: 'SKR 2026/123',
    link: null,
    notes: null,
  });
  return { anna, bo, npo, holder, requestId: detail.request.id };
}

async function proposeBoAndCecilia(requestId: string, boId: string): Promise<RequestDetail> {
  await api.ok('nominations:propose', { ...proposal, requestId, personId: boId, newPerson: null });
  const newPerson = {
    name: 'Cecilia Nord',
    regionCode: '14',
    email: null,
    profession: 'Psykiater',
    gender: 'FEMALE' as const,
    organisationId: null,
  };
  return api.ok('nominations:propose', { ...proposal, requestId, personId: null, newPerson });
}

const named = (detail: RequestDetail, name: string): CandidateView => detail.candidates.find((c) => c.name === name)!;
const count = (buckets: { key: string; count: number }[], key: string) => buckets.find((b) => b.key === key)?.count ?? 0;

describe('nominations:balance', () => {
  it('shows the group today and with each candidate in the seat instead of its holder', async () => {
    const f = await setting();
    let balance = await api.ok('nominations:balance', { requestId: f.requestId });
    expect(balance.current.members).toBe(1);
    expect(balance.withCandidates).toEqual([]);
    expect(count(balance.current.byGender, 'FEMALE')).toBe(1);
    expect(balance.current.byHealthcareRegion.map((b) => b.key)).toContain('SODRA');

    await proposeBoAndCecilia(f.requestId, f.bo.id);
    balance = await api.ok('nominations:balance', { requestId: f.requestId });
    const bo = balance.withCandidates.find((c) => c.name === 'Bo Lind');
    const cecilia = balance.withCandidates.find((c) => c.name === 'Cecilia Nord');
    expect(balance.withCandidates).toHaveLength(2);
    expect(bo).toMatchObject({ members: 1 });
    expect(count(bo!.byGender, 'MALE')).toBe(1);
    expect(count(bo!.byGender, 'FEMALE')).toBe(0);
    expect(count(bo!.byProfession, 'Psykolog')).toBe(1);
    // Cecilia comes from Västra Götaland (14) but sits on the Norra seat: region 14, healthcare region Norra
    expect(cecilia).toMatchObject({ members: 1 });
    expect(cecilia!.byRegion.find((b) => b.key === '14')).toMatchObject({ count: 1, label: 'Västra Götalandsregionen' });
    expect(count(cecilia!.byHealthcareRegion, 'NORRA')).toBe(1);

    expect((await api.raw('nominations:balance', { requestId: '00000000-0000-4000-8000-000000000000' })).ok).toBe(false);
  });
});

describe('nominations:reminders', () => {
  it('lists what waits, most urgent first, and lets each reminder go when it is resolved', async () => {
    const f = await setting();
    const carl = await api.ok('persons:create', { ...personFields, name: 'Carl Berg' });
    const dora = await api.ok('persons:create', { ...personFields, name: 'Dora Ek' });
    const nsg = await groupSeat('NSG', '');
    await member(carl.id, nsg, 'MEMBER', '2024-01-01', '2027-02-15');
    await member(dora.id, { groupId: nsg.groupId, seatId: null }, 'CHAIR', '2024-01-15', null);
    let detail = await proposeBoAndCecilia(f.requestId, f.bo.id);

    let reminders = await api.ok('nominations:reminders', {});
    expect(reminders.map((r) => [r.kind, r.personName, r.days])).toEqual([
      ['REQUEST_DUE_SOON', null, 8],
      ['WAITING_MANAGER', 'Bo Lind', 21],
      ['WAITING_MANAGER', 'Cecilia Nord', 21],
      ['CHAIR_NEAR_THREE_YEARS', 'Dora Ek', 53],
      ['TERM_ENDS_NO_REQUEST', 'Carl Berg', 84],
    ]);
    expect(reminders[0]).toMatchObject({ requestId: f.requestId, seatId: f.npo.seatId, seatLabel: 'NORRA', date: '2026-12-01' });
    expect(reminders.find((r) => r.kind === 'TERM_ENDS_NO_REQUEST')).toMatchObject({ seatId: nsg.seatId, date: '2027-02-15' });
    // the Norra NPO seat ends within the horizon too, but its request is open: no reminder for it
    expect(reminders.some((r) => r.kind === 'TERM_ENDS_NO_REQUEST' && r.seatId === f.npo.seatId)).toBe(false);
    // a shorter horizon leaves the term and the chair out
    expect((await api.ok('nominations:reminders', { horizonDays: 30, dueSoonDays: 7 })).map((r) => r.kind)).toEqual([
      'WAITING_MANAGER',
      'WAITING_MANAGER',
    ]);

    const bo = named(detail, 'Bo Lind');
    detail = await api.ok('nominations:advance', {
      id: bo.id,
      version: bo.version,
      step: 'MANAGER_APPROVED',
      on: '2026-11-20',
      by: 'Eva',
      outcome: null,
      reference: null,
    });
    reminders = await api.ok('nominations:reminders', {});
    expect(reminders.filter((r) => r.candidateId === bo.id).map((r) => [r.kind, r.days, r.date])).toEqual([
      ['WAITING_DECLARATION', 3, '2026-11-20'],
    ]);

    const approved = named(detail, 'Bo Lind');
    detail = await api.ok('nominations:advance', {
      id: approved.id,
      version: approved.version,
      step: 'DECLARATION_RECEIVED',
      on: '2026-11-21',
      by: 'Processledaren',
      outcome: 'NO_CONFLICT',
      reference: 'Jäv 1',
    });
    const declared = named(detail, 'Bo Lind');
    await api.ok('nominations:decide', {
      id: declared.id,
      version: declared.version,
      chosen: true,
      on: '2026-11-22',
      decidedBy: 'NPO Psykisk hälsa',
      decisionReference: 'Beslut 7',
      startDate: null,
      endDate: null,
      replaceHolder: false,
    });
    // decided: the request closes, and with it its due date and its other candidate's waiting
    reminders = await api.ok('nominations:reminders', {});
    expect(reminders.some((r) => r.requestId === f.requestId)).toBe(false);
    // the successor follows on after Anna's term: the Norra NPO seat is covered and not reminded of either
    expect(reminders.map((r) => r.kind)).toEqual(['CHAIR_NEAR_THREE_YEARS', 'TERM_ENDS_NO_REQUEST']);
  });
});

describe('nominations exports', () => {
  it('writes the open nominations as a workbook with real dates, text never a formula, the header frozen and filtered', async () => {
    const f = await setting();
    await proposeBoAndCecilia(f.requestId, f.bo.id);
    await api.ok('nominations:propose', {
      ...proposal,
      requestId: f.requestId,
      personId: null,
      newPerson: { name: '=HYPERLINK("x")', regionCode: '23', email: null, profession: null, gender: null, organisationId: null },
    });
    const file = await api.ok('nominations:export-xlsx', {});
    expect(file.fileName).toBe('nomineringar-2026-11-23.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nomineringar')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(['Grupp', 'Plats', 'Roll', 'Antal personer', 'Svar senast', 'Diarienummer', 'Kandidat', 'Region']);
    expect(sheet.rowCount).toBe(4);
    const rows = [2, 3, 4].map((n) => sheet.getRow(n));
    const bo = rows.find((row) => row.getCell(7).value === 'Bo Lind')!;
    expect(bo.getCell(1).value).toBe('NPO Psykisk hälsa');
    expect(bo.getCell(2).value).toBe('Norra sjukvårdsregionen');
    expect(bo.getCell(3).value).toBe('Ledamot');
    expect(bo.getCell(5).value).toEqual(new Date('2026-12-01T00:00:00.000Z'));
    expect(bo.getCell(8).value).toBe('Region Jämtland Härjedalen');
    expect(bo.getCell(11).value).toBe('Föreslagen');
    expect(bo.getCell(16).value).toBe('chefens godkännande, jävsdeklaration, nominering');
    const hostile = rows.map((row) => row.getCell(7)).find((cell) => typeof cell.value === 'string' && cell.value.startsWith('='))!;
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    expect(hostile.value).toBe('=HYPERLINK("x")');

    // another healthcare region has none of these; an unknown one is refused
    const sodra = await api.ok('nominations:export-xlsx', { healthcareRegionCode: 'SODRA', language: 'en' });
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(Buffer.from(sodra.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(other.getWorksheet('Nominations')!.rowCount).toBe(1);
    expect((await api.raw('nominations:export-xlsx', { healthcareRegionCode: 'NOWHERE' })).ok).toBe(false);
  });

  function pdfText(file: { fileName: string; contentBase64: string }): string {
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const target = path.join(tempDir(), file.fileName);
    fs.writeFileSync(target, bytes);
    return spawnSync('/usr/bin/pdftotext', ['-layout', target, '-'], { encoding: 'utf8' }).stdout.replace(/\u00A0/g, ' ');
  }

  it('writes the meeting list and a nomination letter as PDFs, worded in Swedish or English, without codes', async () => {
    const f = await setting();
    const detail = await proposeBoAndCecilia(f.requestId, f.bo.id);
    const list = pdfText(await api.ok('nominations:export-pdf', {}));
    expect(list).toMatch(/Öppna nomineringar/);
    expect(list).toMatch(/Sjukvårdsregion: Norra sjukvårdsregionen/);
    expect(list).toMatch(/NPO Psykisk hälsa – Norra sjukvårdsregionen/);
    expect(list).toMatch(/Bo Lind\s+Jämtland Härjedalen\s+Föreslagen\s+chefens godkännande, jävsdeklaration, nominering\n/);
    expect(list).toMatch(/Cecilia Nord\s+Västra Götaland\S*\s+Föreslagen/);
    expect(list, 'a long name or region wraps onto another line in the PDF instead of being cut').not.toContain('…');
    expect(list).toMatch(/Sida 1 av 1/);

    const bo = named(detail, 'Bo Lind');
    await api.ok('nominations:advance', {
      id: bo.id,
      version: bo.version,
      step: 'MANAGER_APPROVED',
      on: '2026-11-20',
      by: 'Eva Berg',
      outcome: null,
      reference: null,
    });
    const file = await api.ok('nominations:letter-pdf', { candidateId: bo.id });
    expect(file.fileName).toBe('nominering-bo-lind-2026-11-23.pdf');
    const letter = pdfText(file);
    expect(letter).toMatch(/Nominering – Bo Lind/);
    expect(letter).toMatch(/Diarienummer\s+SKR 2026\/123/);
    expect(letter).toMatch(/Period\s+2027-01-01 – 2028-12-31/);
    expect(letter).toMatch(/Andel av heltid\s+15 %/);
    expect(letter).toMatch(/Chefens godkännande\s+Godkänt 2026-11-20 av Eva Berg/);
    expect(letter).toMatch(/Jävsdeklaration\s+Ännu inte/);
    expect(letter).toMatch(/• jävsdeklaration\s+• nominering/);
    expect(letter).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(letter).not.toMatch(/MANAGER_APPROVED|PROPOSED|NATIONAL_GROUP/);

    const english = pdfText(await api.ok('nominations:letter-pdf', { candidateId: bo.id, language: 'en' }));
    expect(english).toMatch(/Manager's approval\s+Approved 2026-11-20 by Eva Berg/);
  });
});
