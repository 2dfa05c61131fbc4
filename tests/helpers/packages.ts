import type { z } from 'zod';
import fs from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describeValidationError, type Result } from '../../src/shared/contract/errors';
import { jobStartInputSchema } from '../../src/shared/contract/jobs';
import { exportOutputSchema, importOutputSchema, PACKAGE_RECORD_TYPES, type ImportResult } from '../../src/shared/contract/packages';
import { canonicalJson } from '../../src/main/domain/packages/canonical';
import { rowToWire, type DbRow } from '../../src/main/domain/packages/wire';
import { encodeContainer, sha256Hex } from '../../src/main/services/packages/codec';
import { appErrorOf, executeJob } from '../../src/main/jobs/execute';
import { startServices, type StartedApp } from '../../src/main/services/bootstrap';
import { truncateWal } from '../../src/main/db/wal';
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
    truncateWal(seed.ctx.conn);
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

/**
 * The work of a job (jobs/execute.ts) in-process, on the test's own connection: the input is checked by
 * the `jobs:start` schema and a failure is the job's typed error (the packages:import and packages:export
 * channels are gone; the UI and the CLI start a job, which runs the same function in a worker thread).
 */
export async function runJobHere(app: StartedApp, input: unknown): Promise<Result<unknown>> {
  const parsed = jobStartInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: describeValidationError(parsed.error) } };
  try {
    return { ok: true, value: await executeJob(app.ctx, parsed.data, {}) };
  } catch (error) {
    return { ok: false, error: appErrorOf(error) };
  }
}

type ExportJobInput = { scope: 'own' | 'healthcare-region' | 'hosting'; recipient?: string | null; sinceLast?: boolean; sign?: boolean };

/** A package-export job's result (checked by its schema), or its typed error. */
export async function exportPackageResult(app: StartedApp, input: ExportJobInput): Promise<Result<z.output<typeof exportOutputSchema>>> {
  const result = await runJobHere(app, { kind: 'package-export', ...input });
  return result.ok ? { ok: true, value: exportOutputSchema.parse(result.value) } : result;
}

export async function exportPackageBytes(app: StartedApp, input: ExportJobInput) {
  const result = await exportPackageResult(app, input);
  if (!result.ok) throw new Error(`package export: ${result.error.code} ${result.error.message}`);
  return { bytes: Buffer.from(result.value.contentBase64, 'base64'), ...result.value };
}

/** The confirmations an import job takes (each false unless given). */
export type ImportConfirmations = {
  confirmMassDeletion?: boolean;
  trustSigner?: boolean;
  confirmRecipient?: boolean;
  confirmOlder?: boolean;
  acceptRejected?: boolean;
};
type ImportJobInput = { fileName?: string; contentBase64: string } & ImportConfirmations;

/** A package-import job's result (checked by its schema), or its typed error: what `caller(app).raw` gave of the channel. */
export async function importPackageResult(app: StartedApp, input: ImportJobInput): Promise<Result<ImportResult>> {
  const result = await runJobHere(app, { kind: 'package-import', ...input });
  return result.ok ? { ok: true, value: importOutputSchema.parse(result.value) } : result;
}

/** A package-import job's result; a typed error throws, so tests read naturally. */
export async function importPackageOk(app: StartedApp, input: ImportJobInput): Promise<ImportResult> {
  const result = await importPackageResult(app, input);
  if (!result.ok) throw new Error(`package import: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export function importInput(bytes: Buffer, extra: ImportConfirmations = {}) {
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
