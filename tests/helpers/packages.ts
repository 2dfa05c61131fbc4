import fs from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { PACKAGE_RECORD_TYPES } from '../../src/shared/contract/packages';
import { canonicalJson } from '../../src/main/domain/packages/canonical';
import { rowToWire, type DbRow } from '../../src/main/domain/packages/wire';
import { encodeContainer, sha256Hex } from '../../src/main/services/packages/codec';
import { startServices, type StartedApp } from '../../src/main/services/bootstrap';
import { caller } from './call';
import { RESOURCES_DIR, startTestApp, tempDir } from './temp';

/** A clock that moves one second per call, so backups and timestamps never collide. */
export function tickingClock(start = '2026-11-23T10:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

/** A fresh installation working for `owner` (region or healthcare-region code). */
export async function startInstallation(owner: string, now = tickingClock()): Promise<StartedApp> {
  const app = await startTestApp({ now });
  await caller(app).ok('setup:complete', { ownerCode: owner });
  return app;
}

let template: string | null = null;

/** Like startInstallation, but copies a prepared database file: fast enough for property tests. */
export async function startFromTemplate(owner: string, now = tickingClock()): Promise<StartedApp> {
  if (template === null) {
    const seed = await startTestApp();
    seed.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await seed.opened.close();
    template = seed.ctx.dbPath;
  }
  const dir = tempDir('samplan-pkg-');
  const dbPath = path.join(dir, 'samplan.db');
  fs.copyFileSync(template, dbPath);
  const app = await startServices({ dbPath, resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', actor: 'test', create: false, now });
  await caller(app).ok('setup:complete', { ownerCode: owner });
  return app;
}

/**
 * The travelling state of an installation: every record of the package record types (optionally of
 * some owners) as [type, id, version, content hash], sorted. Equal strings mean identical records.
 */
export function travellingState(app: StartedApp, owners?: readonly string[]): string {
  const rows: [string, string, number, string][] = [];
  for (const type of PACKAGE_RECORD_TYPES) {
    const all = app.ctx.sqlite.prepare(`SELECT * FROM "${type}" ORDER BY id`).all() as DbRow[];
    for (const row of all) {
      if (owners && !owners.includes(String(row.owner))) continue;
      if (row.owner === 'NATIONAL') continue;
      rows.push([type, String(row.id), Number(row.version), sha256Hex(canonicalJson(rowToWire(type, row)))]);
    }
  }
  return JSON.stringify(rows);
}

export async function exportPackageBytes(
  app: StartedApp,
  input: { scope: 'own' | 'healthcare-region' | 'hosting'; recipient?: string | null; sinceLast?: boolean; sign?: boolean },
) {
  const result = await caller(app).ok('packages:export', input);
  return { bytes: Buffer.from(result.contentBase64, 'base64'), ...result };
}

export function importInput(bytes: Buffer, extra: { confirmMassDeletion?: boolean; trustSigner?: boolean } = {}) {
  return { fileName: 'p.samplan', contentBase64: bytes.toString('base64'), ...extra };
}

/** The decompressed document of a package, for tests that tamper with it. */
export function decodeDocument(bytes: Buffer): { manifest: Record<string, unknown>; payload: Record<string, Record<string, unknown>[]> } {
  return JSON.parse(inflateRawSync(bytes.subarray(10, bytes.length - 8)).toString('utf8')) as ReturnType<typeof decodeDocument>;
}

/** Re-encodes a (tampered) document; with `fixChecksum` the payload checksum is recomputed. */
export function encodeDocument(document: unknown, fixChecksum = false): Buffer {
  const doc = document as { manifest: Record<string, unknown>; payload: unknown };
  if (fixChecksum) doc.manifest.payloadSha256 = sha256Hex(canonicalJson(doc.payload));
  return encodeContainer(JSON.stringify(doc));
}

/** Encodes any text as a package container (valid gzip framing around arbitrary content). */
export function encodeText(text: string): Buffer {
  return encodeContainer(text);
}
