import { afterEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import type { PreviewLine, Worded } from '../../src/shared/contract/packages';
import { wordMessage, type MessageKey } from '../../src/shared/messages';
import { caller } from '../helpers/call';
import {
  exportPackageBytes,
  exportPackageResult,
  importInput,
  importPackageOk,
  importPackageResult,
  startInstallation,
} from '../helpers/packages';

/**
 * Issue #16 points 1 and 2: a package carries everything its records refer to (or the export is refused
 * naming the example records), a missing reference is rejected naming both records, and the preview
 * names every record, grouped by outcome, with the confirmations the import job enforces.
 */
const open: StartedApp[] = [];
async function installation(owner: string): Promise<StartedApp> {
  const app = await startInstallation(owner);
  open.push(app);
  return app;
}
afterEach(async () => {
  for (const app of open.splice(0)) await app.opened.close();
});

const sv = (m: Worded) => wordMessage('sv', m.key as MessageKey, m.params);
const membership = { seatId: null, role: 'MEMBER', endDate: null, status: 'DECIDED', notes: null, startDate: '2026-01-01' } as const;

function npo(app: StartedApp): { id: string; name: string } {
  return app.ctx.sqlite.prepare("SELECT id, name FROM groups WHERE type = 'NPO' ORDER BY name LIMIT 1").get() as {
    id: string;
    name: string;
  };
}

/** Jämtland's own register: Anna Lindqvist at Östersunds sjukhus, an assignment of 20 % in a national NPO. */
async function jamtland(app: StartedApp) {
  const { ok } = caller(app);
  const org = await ok('organisations:create', { name: 'Östersunds sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '23' });
  const person = { phone: null, regionCode: '23', profession: 'Läkare', gender: null, notes: null, email: null };
  const anna = await ok('persons:create', { ...person, name: 'Anna Lindqvist', organisationId: org.id });
  const bjorn = await ok('persons:create', { ...person, name: 'Björn Åström', organisationId: org.id });
  const group = npo(app);
  const m = await ok('memberships:create', { ...membership, personId: bjorn.id, groupId: group.id, allocationBp: 2000 });
  await ok('memberships:create', { ...membership, personId: anna.id, groupId: group.id, allocationBp: 1000 });
  return { org, anna, bjorn, group, membership: m };
}

/** A group owned by Norra sjukvårdsregionen, created at Norra and received by Jämtland. */
async function norraGroup(norra: StartedApp, receiver: StartedApp) {
  const group = await caller(norra).ok('groups:create', {
    name: 'RPO Norr Hjärta',
    type: 'RPO',
    level: 'HEALTHCARE_REGIONAL',
    parentGroupId: null,
    healthcareRegionCode: 'NORRA',
    regionCode: null,
    hostHealthcareRegionCode: null,
    hostingStatus: null,
    seatCount: 2,
    description: null,
  });
  const pkg = await exportPackageBytes(norra, { scope: 'own', recipient: '23' });
  await importPackageOk(receiver, importInput(pkg.bytes));
  return group.group;
}

describe('self-contained packages (#16.1)', () => {
  it('Jämtland exports its own register to Norra; Norra imports it with nothing rejected', async () => {
    const [a, norra] = [await installation('23'), await installation('NORRA')];
    await jamtland(a);
    const pkg = await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA' });
    const inspection = await caller(norra).ok('packages:inspect', importInput(pkg.bytes));
    expect(inspection.preview.totals).toMatchObject({ new: 5, rejected: 0, ignored: 0 });
    expect(inspection.preview.confirmations).toEqual([]);
    const result = await importPackageOk(norra, importInput(pkg.bytes));
    expect(result.outcome?.totals).toMatchObject({ new: 5, rejected: 0 });
  });

  it("another owner's record a package refers to travels with it, forwarded unchanged; the receiver takes it only when new", async () => {
    const [norra, a, b] = [await installation('NORRA'), await installation('23'), await installation('24')];
    const group = await norraGroup(norra, a);
    const { bjorn } = await jamtland(a);
    await caller(a).ok('memberships:create', { ...membership, personId: bjorn.id, groupId: group.id, allocationBp: 500 });
    const toB = await exportPackageBytes(a, { scope: 'own', recipient: '24' });
    expect(toB.summary.counts.groups).toBe(1);
    const atB = await importPackageOk(b, importInput(toB.bytes));
    expect(atB.outcome?.totals).toMatchObject({ rejected: 0, ignored: 0, new: 7 });
    const row = (app: StartedApp) => app.ctx.sqlite.prepare('SELECT owner, version, name FROM groups WHERE id = ?').get(group.id);
    expect(row(b)).toEqual(row(norra));
    // To Norra the group stays behind (Norra holds it); Norra imports with nothing rejected.
    const toNorra = await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA' });
    expect(toNorra.summary.counts.groups).toBe(0);
    expect((await importPackageOk(norra, importInput(toNorra.bytes))).outcome?.totals).toMatchObject({ rejected: 0, ignored: 0 });
  });

  it('a reference to an example record refuses the export, naming both records and how to fix it', async () => {
    const a = await installation('23');
    const { org } = await jamtland(a);
    a.ctx.sqlite.prepare('UPDATE organisations SET is_example = 1 WHERE id = ?').run(org.id);
    const refused = await exportPackageResult(a, { scope: 'own', recipient: 'NORRA' });
    expect(refused.ok ? null : refused.error.code).toBe('VALIDATION');
    const detail = refused.ok ? null : refused.error.detail;
    expect(detail?.key).toBe('package.export.exampleReference');
    const text = wordMessage('sv', detail!.key, detail!.params);
    expect(text).toContain('Anna Lindqvist (Östersunds sjukhus) → Östersunds sjukhus');
    expect(text).toContain('Björn Åström (Östersunds sjukhus) → Östersunds sjukhus');
    expect(text).toMatch(/Koppla posterna till riktiga organisationer/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});

describe('a preview a coordinator understands (#16.2)', () => {
  it('names every record, grouped by what happens, with changed fields and values', async () => {
    const [a, norra] = [await installation('23'), await installation('NORRA')];
    const { membership: m, group } = await jamtland(a);
    await importPackageOk(norra, importInput((await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA' })).bytes));
    await caller(a).ok('memberships:update', {
      id: m.id,
      version: m.version,
      ...membership,
      personId: m.personId,
      groupId: group.id,
      allocationBp: 2500,
    });
    const next = await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA' });
    const inspection = await caller(norra).ok('packages:inspect', importInput(next.bytes));
    const line = (outcome: string) => inspection.preview.lines.filter((l: PreviewLine) => l.outcome === outcome);
    expect(line('changed').map((l) => [sv(l.label), l.changes])).toEqual([
      [`Uppdrag: Björn Åström i ${group.name}`, [{ field: 'allocationBp', from: '20 %', to: '25 %' }]],
    ]);
    expect(line('unchanged').map((l) => sv(l.label))).toEqual(
      expect.arrayContaining(['Anna Lindqvist (Östersunds sjukhus)', 'Östersunds sjukhus', `Uppdrag: Anna Lindqvist i ${group.name}`]),
    );
    expect(wordMessage('sv', 'package.field.allocationBp')).toBe('Andel');
    expect(JSON.stringify(inspection.preview.lines)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('a missing reference is rejected naming both records; importing the rest needs acceptRejected', async () => {
    const [a, norra] = [await installation('23'), await installation('NORRA')];
    await jamtland(a);
    const full = await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA' });
    // An older tool's package: the persons travel, their organisation does not.
    const { decodeDocument, encodeDocument } = await import('../helpers/packages');
    const doc = decodeDocument(full.bytes);
    const orgName = String(doc.payload.organisations![0]!.name);
    doc.payload.organisations = [];
    (doc.manifest.counts as Record<string, number>).organisations = 0;
    const older = encodeDocument(doc, true);
    const inspection = await caller(norra).ok('packages:inspect', importInput(older));
    const rejected = inspection.preview.lines.filter((l) => l.outcome === 'rejected');
    expect(rejected.map((l) => `${sv(l.label)} – ${sv(l.reason!)}`).sort()).toEqual([
      'Anna Lindqvist – hänvisar till en organisation som inte finns i paketet eller hos dig.',
      'Björn Åström – hänvisar till en organisation som inte finns i paketet eller hos dig.',
      `Uppdrag: Anna Lindqvist i ${npo(norra).name} – hänvisar till Anna Lindqvist, som finns i paketet men inte tas emot.`,
      `Uppdrag: Björn Åström i ${npo(norra).name} – hänvisar till Björn Åström, som finns i paketet men inte tas emot.`,
    ]);
    expect(orgName).toBe('Östersunds sjukhus');
    const refused = await importPackageResult(norra, importInput(older));
    expect(refused.ok ? null : refused.error.detail).toEqual({ key: 'package.confirm.rejectedRequired', params: { count: 4 } });
    const rest = await importPackageOk(norra, importInput(older, { acceptRejected: true }));
    expect(rest.outcome?.totals).toMatchObject({ rejected: 4 });
  });

  it('a package addressed to someone else needs a confirmation naming both parties, enforced by the import job', async () => {
    const [a, vgr] = [await installation('23'), await installation('14')];
    await jamtland(a);
    const pkg = await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA' });
    const inspection = await caller(vgr).ok('packages:inspect', importInput(pkg.bytes));
    expect(inspection.preview.confirmations.map((c) => sv(c.message))).toEqual([
      'Paketet är adresserat till Norra sjukvårdsregionen, inte till Västra Götalandsregionen. Importera ändå?',
    ]);
    const refused = await importPackageResult(vgr, importInput(pkg.bytes));
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'CONFLICT', detail: { key: 'package.confirm.recipientRequired' } });
    expect(vgr.ctx.sqlite.prepare("SELECT COUNT(*) AS n FROM persons WHERE owner = '23'").get()).toEqual({ n: 0 });
    const confirmed = await importPackageOk(vgr, importInput(pkg.bytes, { confirmRecipient: true }));
    expect(confirmed.status).toBe('applied');
  });
});
