import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { erasureJournalPath } from '../../src/main/db/erasure-journal';
import { verifyAuditChain } from '../../src/main/repositories/audit-chain';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { startServices } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { exportPackageBytes, startInstallation } from '../helpers/packages';
import { logicalDump, PROJECT_ROOT, RESOURCES_DIR, tempDir } from '../helpers/temp';
import { CLI_BUNDLE as CLI } from '../helpers/cli';
import { personFields } from '../helpers/setup';

const open: StartedApp[] = [];
afterEach(async () => {
  for (const app of open.splice(0)) if (app.ctx.sqlite.open) await app.opened.close();
});

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function occurrences(haystack: Buffer, needle: string): number {
  let count = 0;
  for (const bytes of [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')]) {
    for (let at = haystack.indexOf(bytes); at !== -1; at = haystack.indexOf(bytes, at + 1)) count += 1;
  }
  return count;
}

function fileBytes(file: string): Buffer {
  return fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
}

function npoId(app: StartedApp, offset: number): string {
  return (app.ctx.sqlite.prepare("SELECT id FROM groups WHERE type = 'NPO' ORDER BY name LIMIT 1 OFFSET ?").get(offset) as { id: string })
    .id;
}

/** A person whose name, e-mail, phone, notes, membership notes and salary all carry the marker; they also went to region 24 in a package. */
async function plantCanary(app: StartedApp, mark: string) {
  const api = caller(app);
  const input = {
    name: `${mark} Svensson`,
    email: `${mark.toLowerCase()}@example.se`,
    phone: '070-123 45 67',
    regionCode: '23',
    organisationId: null,
    profession: `Läkare ${mark}`,
    gender: null,
    notes: `Anteckning ${mark}`,
  };
  const person = await api.ok('persons:create', input);
  await api.ok('persons:update', { ...input, id: person.id, version: person.version, notes: `Ändrad ${mark}` });
  for (const offset of [0, 1]) {
    await api.ok('memberships:create', {
      personId: person.id,
      groupId: npoId(app, offset),
      seatId: null,
      role: 'MEMBER',
      startDate: '2026-01-01',
      endDate: null,
      allocationBp: 500,
      status: 'DECIDED',
      notes: `Uppdrag ${mark}`,
    });
  }
  await api.ok('person-salaries:set', { personId: person.id, effectiveDate: '2026-01-01', monthlySalaryOre: 7_654_321_00 });
  await exportPackageBytes(app, { scope: 'own', recipient: '24', sinceLast: true });
  return person;
}

describe('person erasure (GDPR art. 17): the canary', () => {
  it('after erase (CLI) the marker is found 0 times in the database file, its WAL and SHM, and the CLI output', async () => {
    const mark = `Kanarie${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const app = await startInstallation('23');
    open.push(app);
    const person = await plantCanary(app, mark);
    const keep = await caller(app).ok('persons:create', { ...personFields, name: 'Kontroll Kvarsson' });
    const dump = logicalDump(app);
    const wrong = await caller(app).raw('privacy:erase', { personId: person.id, confirmName: 'Någon annan' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(logicalDump(app)).toBe(dump);
    const dbPath = app.ctx.dbPath;
    expect(occurrences(fileBytes(dbPath), mark) + occurrences(fileBytes(`${dbPath}-wal`), mark)).toBeGreaterThan(0);
    const before = await caller(app).ok('backups:create', {});
    await app.opened.close();

    const extractDir = tempDir();
    const [jsonFile, pdfFile] = [path.join(extractDir, 'utdrag.json'), path.join(extractDir, 'utdrag.pdf')];
    const exported = cli(['--db', dbPath, '--json', 'person', 'export', person.id, '--out', jsonFile, '--pdf', pdfFile]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual({ personId: person.id, files: [jsonFile, pdfFile] });
    const extract = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as {
      person: { name: string };
      memberships: unknown[];
      salaries: unknown[];
      recipients: { recipient: string }[];
    };
    expect(extract.person.name).toBe(`${mark} Svensson`);
    expect([extract.memberships.length, extract.salaries.length, extract.recipients.map((r) => r.recipient)]).toEqual([2, 1, ['24']]);
    expect(fs.readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const refused = cli(['--db', dbPath, 'person', 'erase', person.id]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--yes/);
    const erased = cli(['--db', dbPath, '--json', 'person', 'erase', person.id, '--yes']);
    expect(erased.stderr).toBe('');
    expect(erased.code).toBe(0);
    expect(JSON.parse(erased.stdout)).toMatchObject({ personId: person.id, memberships: 2, salaries: 1, recipients: ['24'] });
    const verified = cli(['--db', dbPath, '--json', 'audit', 'verify']);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true });
    expect((JSON.parse(verified.stdout) as { erasedPayloads: number }).erasedPayloads).toBeGreaterThanOrEqual(5);

    const logs = Buffer.from([exported, refused, erased, verified].map((r) => r.stdout + r.stderr).join('\n'), 'utf8');
    for (const place of [fileBytes(dbPath), fileBytes(`${dbPath}-wal`), fileBytes(`${dbPath}-shm`), logs]) {
      expect(occurrences(place, mark)).toBe(0);
      expect(occurrences(place, mark.toLowerCase())).toBe(0);
      expect(occurrences(place, '765432100')).toBe(0);
    }

    const reopened = await startServices({ dbPath, resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', actor: 'test', create: false });
    open.push(reopened);
    expect(verifyAuditChain(reopened.ctx.sqlite)).toMatchObject({ ok: true });
    expect((await caller(reopened).ok('persons:get', { id: keep.id })).name).toBe('Kontroll Kvarsson');
    expect((await caller(reopened).raw('persons:get', { id: person.id })).ok).toBe(false);
    const erasures = await caller(reopened).ok('privacy:erasures', {});
    expect(erasures.rows).toEqual([
      expect.objectContaining({ personId: person.id, owner: '23', erasedBy: expect.stringMatching(/^cli:/), receivedFrom: null }),
    ]);
    expect(reopened.ctx.sqlite.prepare('SELECT count(*) AS n FROM package_recipients WHERE person_id = ?').get(person.id)).toEqual({
      n: 1,
    });

    // A backup from before the erasure, restored over a damaged database: the erasure journal beside it makes the erasure again.
    await reopened.opened.close();
    open.splice(open.indexOf(reopened), 1);
    const bytes = fs.readFileSync(dbPath);
    bytes.fill(0xa5, 4096);
    fs.writeFileSync(dbPath, bytes);
    const restored = cli(['--db', dbPath, '--json', 'restore', before.id]);
    expect(restored.code).toBe(0);
    const journal = fileBytes(erasureJournalPath(dbPath));
    expect(occurrences(journal, person.id)).toBe(1);
    for (const place of [fileBytes(dbPath), fileBytes(`${dbPath}-wal`), journal, Buffer.from(restored.stdout + restored.stderr)]) {
      expect(occurrences(place, mark)).toBe(0);
      expect(occurrences(place, '765432100')).toBe(0);
    }
  }, 180_000);
});
