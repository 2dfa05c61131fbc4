import { createHash, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations';
import { verifyAuditChain } from '../../src/main/repositories/audit-chain';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { regionalGroup } from '../helpers/setup';
import { logicalDump } from '../helpers/temp';
import { exportPackageBytes, importInput, importPackageOk, startInstallation, travellingState } from '../helpers/packages';

const open: StartedApp[] = [];
async function installation(owner: string): Promise<StartedApp> {
  const app = await startInstallation(owner);
  open.push(app);
  return app;
}
afterEach(async () => {
  for (const app of open.splice(0)) await app.opened.close();
});

/** Region 23's register: an organisation, two persons, a regional team with a level, NPO seats, a contribution. */
async function fillRegion(app: StartedApp) {
  const { ok } = caller(app);
  const org = await ok('organisations:create', { name: 'Östersunds sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '23' });
  const base = { phone: null, regionCode: '23', profession: 'Läkare', gender: null, notes: null };
  const asa = await ok('persons:create', { ...base, name: 'Åsa Öberg', email: 'asa@example.org', organisationId: org.id });
  const bo = await ok('persons:create', { ...base, name: 'Bo Ek', email: null, organisationId: null });
  const rpt = await ok('groups:create', regionalGroup('RPT Stroke'));
  const npo = app.ctx.sqlite.prepare("SELECT id FROM groups WHERE type = 'NPO' ORDER BY name LIMIT 1").get() as { id: string };
  const membership = { seatId: null, role: 'MEMBER', endDate: null, allocationBp: 1000, status: 'DECIDED', notes: null } as const;
  await ok('memberships:create', { ...membership, personId: asa.id, groupId: rpt.group.id, startDate: '2026-01-01' });
  await ok('memberships:create', { ...membership, personId: bo.id, groupId: npo.id, startDate: '2026-02-01' });
  await ok('fixed-contributions:create', {
    regionCode: '23',
    year: 2026,
    recipient: 'RCC Norr',
    label: 'Regionalt cancercentrum',
    amountOre: 123_456_789,
  });
  return { asa, bo, org };
}

function liveSum(app: StartedApp, owner: string): number {
  const row = app.ctx.sqlite
    .prepare('SELECT COALESCE(SUM(amount_ore), 0) AS s FROM fixed_contributions WHERE owner = ? AND deleted_at IS NULL')
    .get(owner) as { s: number };
  return row.s;
}

describe('package exchange round trip: region → coordinator → region', () => {
  it('A (23) → C (NORRA) → forwarded → B (24): all three hold identical records of 23', async () => {
    const [a, c, b] = [await installation('23'), await installation('NORRA'), await installation('24')];
    const { asa } = await fillRegion(a);

    const own = await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA' });
    expect(own.fileName).toMatch(/^samplan-23-own-NORRA-000001-\d{8}\.samplan$/);
    expect(own.summary.counts).toMatchObject({ persons: 2, organisations: 1, groups: 1, memberships: 2, fixed_contributions: 1 });

    const atC = await importPackageOk(c, importInput(own.bytes));
    expect(atC.status).toBe('applied');
    expect(atC.outcome?.totals).toMatchObject({ new: own.summary.totalRecords, rejected: 0, ignored: 0 });

    const forward = await exportPackageBytes(c, { scope: 'healthcare-region', recipient: '24' });
    expect(forward.summary.originOwner).toBe('NORRA');
    const atB = await importPackageOk(b, importInput(forward.bytes));
    expect(atB.outcome?.totals).toMatchObject({ new: own.summary.totalRecords, rejected: 0, ignored: 0 });

    const reference = travellingState(a, ['23']);
    expect(JSON.parse(reference)).toHaveLength(own.summary.totalRecords);
    expect(travellingState(c, ['23'])).toBe(reference);
    expect(travellingState(b, ['23'])).toBe(reference);
    expect(liveSum(b, '23')).toBe(123_456_789);

    const person = await caller(b).ok('persons:get', { id: asa.id });
    expect(person).toMatchObject({
      readOnly: true,
      owner: '23',
      provenance: { originOwner: 'NORRA', packageId: forward.summary.packageId },
    });
    await expect(caller(b).ok('persons:update', { ...person, name: 'X' })).rejects.toThrow();
    expect((await caller(c).ok('persons:get', { id: asa.id })).provenance).toMatchObject({
      originOwner: '23',
      packageId: own.summary.packageId,
    });
    for (const app of [a, b, c]) expect(verifyAuditChain(app.ctx.sqlite).ok).toBe(true);
  });

  it('the same package twice is a no-op ("already imported"), changing nothing', async () => {
    const [a, c] = [await installation('23'), await installation('NORRA')];
    await fillRegion(a);
    const own = await exportPackageBytes(a, { scope: 'own' });
    await importPackageOk(c, importInput(own.bytes));
    const before = logicalDump(c);
    for (let i = 0; i < 3; i++) {
      const again = await importPackageOk(c, importInput(own.bytes));
      expect(again).toMatchObject({ status: 'already-imported', outcome: null, backupFileName: null });
    }
    expect(logicalDump(c)).toBe(before);
    const inspection = await caller(c).ok('packages:inspect', importInput(own.bytes));
    expect(inspection.alreadyImported).toBe(true);
    expect(inspection.preview.totals).toMatchObject({ new: 0, changed: 0, unchanged: own.summary.totalRecords });
  });

  it('changes since the last package carry only what changed, plus what it refers to', async () => {
    const [a, c] = [await installation('23'), await installation('NORRA')];
    const { bo } = await fillRegion(a);
    const first = await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA', sinceLast: true });
    await importPackageOk(c, importInput(first.bytes));
    const nothing = await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA', sinceLast: true });
    expect(nothing.summary.totalRecords).toBe(0);
    const { ok } = caller(a);
    const current = await ok('persons:get', { id: bo.id });
    await ok('persons:update', {
      id: bo.id,
      version: current.version,
      name: 'Bo Ek',
      email: 'bo@example.org',
      phone: null,
      regionCode: '23',
      organisationId: null,
      profession: null,
      gender: 'MALE',
      notes: null,
    });
    const delta = await exportPackageBytes(a, { scope: 'own', recipient: 'NORRA', sinceLast: true });
    expect(delta.summary.counts).toMatchObject({ persons: 1, memberships: 0 });
    expect(delta.summary.sequence).toBe(3);
    const result = await importPackageOk(c, importInput(delta.bytes));
    expect(result.outcome?.totals).toMatchObject({ changed: 1, new: 0 });
    expect(travellingState(c, ['23'])).toBe(travellingState(a, ['23']));
    const other = await exportPackageBytes(a, { scope: 'own', recipient: '24', sinceLast: true });
    expect(other.summary.totalRecords).toBe(first.summary.totalRecords);
  });

  it('hosting scope: the host sends its hosting-cost calculation; a member region imports it exactly', async () => {
    const [c, a] = [await installation('NORRA'), await installation('23')];
    const { ok } = caller(c);
    const npo = c.ctx.sqlite
      .prepare("SELECT id FROM groups WHERE type = 'NPO' AND host_healthcare_region_code = 'NORRA' LIMIT 1")
      .get() as { id: string };
    const hosting = await ok('hostings:create', {
      groupId: npo.id,
      hostHealthcareRegionCode: 'NORRA',
      status: 'ACTIVE',
      startDate: '2024-01-01',
    });
    await ok('cost-items:create', {
      hostingId: hosting.hosting.id,
      year: 2026,
      kind: 'STAFFED_ROLE',
      label: 'Processledare',
      role: 'PROCESS_LEADER',
      allocationBp: 5000,
      monthlySalaryOre: 6_500_000,
    });
    await ok('cost-items:create', {
      hostingId: hosting.hosting.id,
      year: 2026,
      kind: 'FIXED_AMOUNT',
      label: 'Resor',
      amountOre: 4_000_001,
    });
    const pkg = await exportPackageBytes(c, { scope: 'hosting' });
    expect(pkg.summary.counts).toMatchObject({ hostings: 1, cost_items: 2, persons: 0 });
    const result = await importPackageOk(a, importInput(pkg.bytes));
    expect(result.outcome?.totals.rejected).toBe(0);
    expect(travellingState(a, ['NORRA'])).toBe(travellingState(c, ['NORRA']));
    const sum = (app: StartedApp) =>
      (app.ctx.sqlite.prepare("SELECT SUM(amount_ore) AS s FROM cost_items WHERE owner = 'NORRA'").get() as { s: number }).s;
    expect(sum(a)).toBe(4_000_001);
    await expect(exportPackageBytes(a, { scope: 'hosting' })).rejects.toThrow(/Only a healthcare region's installation can send/);
  });

  it.each([
    ['of this schema version', LATEST_SCHEMA_VERSION],
    ['signed by a Samplan before nominations (schema 16), without their record types', 16],
  ])('a package written by an independent program from docs/package-format.md is accepted: %s', async (_what, schemaVersion) => {
    const receiver = await installation('NORRA');
    const written = independentlyWrittenPackage(schemaVersion);
    const result = await importPackageOk(receiver, importInput(written.bytes, { trustSigner: true }));
    expect(result).toMatchObject({
      status: 'applied',
      signer: { status: 'trusted', fingerprint: written.fingerprint },
      outcome: { totals: { new: 1, rejected: 0 } },
    });
    expect(receiver.ctx.sqlite.prepare('SELECT name, owner FROM persons WHERE id = ?').get(written.personId)).toEqual({
      name: 'Åsa Öberg',
      owner: '23',
    });
  });
});

/** Canonical JSON as the format document defines it, written from the text, not from the app's code. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Follows docs/package-format.md step by step with node:crypto and node:zlib only; as an older Samplan
 * wrote it for a schema version before nominations (17), without their record types.
 */
function independentlyWrittenPackage(schemaVersion = LATEST_SCHEMA_VERSION) {
  const allTypes = [
    'person_erasures',
    'organisations',
    'persons',
    'groups',
    'seats',
    'memberships',
    'nomination_requests',
    'nomination_candidates',
    'team_activity_levels',
    'care_pathways',
    'pathway_implementations',
    'allocation_keys',
    'allocation_key_shares',
    'hostings',
    'cost_items',
    'cost_parameters',
    'default_salaries',
    'person_salaries',
    'fixed_contributions',
  ];
  const types = schemaVersion < 17 ? allTypes.filter((t) => !t.startsWith('nomination_')) : allTypes;
  const personId = randomUUID();
  const at = '2026-03-01T09:30:00.000Z';
  const payload: Record<string, unknown[]> = Object.fromEntries(types.map((t) => [t, []]));
  payload.persons = [
    {
      id: personId,
      owner: '23',
      version: 1,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      name: 'Åsa Öberg',
      email: 'asa@example.org',
      phone: null,
      regionCode: '23',
      organisationId: null,
      profession: 'Läkare',
      gender: 'FEMALE',
      notes: null,
      endedOn: null,
    },
  ];
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const rawPublicKey = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const manifest: Record<string, unknown> = {
    format: 'samplan-package',
    formatVersion: 1,
    schemaVersion,
    packageId: randomUUID(),
    createdAt: at,
    origin: { owner: '23', installationId: randomUUID(), appVersion: 'other-writer 1.0' },
    scope: 'own',
    recipient: 'NORRA',
    sequence: 1,
    counts: Object.fromEntries(types.map((t) => [t, payload[t]!.length])),
    payloadSha256: createHash('sha256').update(canonical(payload), 'utf8').digest('hex'),
  };
  manifest.signature = {
    algorithm: 'Ed25519',
    publicKey: rawPublicKey.toString('base64'),
    value: sign(null, Buffer.from(canonical(manifest), 'utf8'), privateKey).toString('base64'),
  };
  const gz = gzipSync(Buffer.from(JSON.stringify({ manifest, payload }, null, 2), 'utf8'), { level: 6 });
  gz[9] = 0xff; // the format fixes the OS byte of the gzip header to 255 (unknown)
  return { bytes: gz, personId, fingerprint: createHash('sha256').update(rawPublicKey).digest('hex') };
}
