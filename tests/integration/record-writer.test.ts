import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '@shared/contract/errors';
import { all, qb } from '../../src/main/db/data';
import { verifyAuditChain } from '../../src/main/repositories/audit-chain';
import { write, type WriteOptions } from '../../src/main/repositories/record-writer';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { startTestApp, tempDir } from '../helpers/temp';

let app: StartedApp;
let dir: string;
beforeEach(async () => {
  dir = tempDir();
  app = await startTestApp({ dir });
});
afterEach(async () => {
  await app.opened.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ours: WriteOptions = { actor: 'tester', now: '2026-11-23T10:00:00.000Z', owner: '23' };
const later = { ...ours, now: '2026-11-24T10:00:00.000Z' };
const organisation = { name: 'Vårdcentralen Ekdalen', type: 'PRIMARY_CARE', region_code: '23' };

function auditOf(id: string) {
  return all(
    app.ctx.conn,
    qb.selectFrom('audit_log').select(['action', 'actor', 'at', 'before_json', 'after_json']).where('record_id', '=', id).orderBy('seq'),
  );
}

function refusal(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the write was not refused');
}

describe('the record writer', () => {
  it('creates, changes and deletes (tombstone) with version, updated_at and one chained audit entry each', () => {
    const { conn } = app.ctx;
    const created = write(conn, 'organisations', { id: 'org-1' }, organisation, { ...ours, action: 'create' });
    expect(created).toMatchObject({ id: 'org-1', owner: '23', version: 1, created_at: ours.now, updated_at: ours.now, deleted_at: null });
    const changed = write(
      conn,
      'organisations',
      { id: 'org-1', expectedVersion: 1 },
      { name: 'VC Ekdalen' },
      { ...later, action: 'update' },
    );
    expect(changed).toMatchObject({ name: 'VC Ekdalen', version: 2, created_at: ours.now, updated_at: later.now });
    const deleted = write(conn, 'organisations', { id: 'org-1', expectedVersion: 2 }, {}, { ...later, action: 'delete' });
    expect(deleted).toMatchObject({ version: 3, deleted_at: later.now });
    const audit = auditOf('org-1');
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['create', 'tester'],
      ['update', 'tester'],
      ['delete', 'tester'],
    ]);
    expect(JSON.parse(audit[1]!.before_json!)).toMatchObject({ name: organisation.name, version: 1 });
    expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ name: 'VC Ekdalen', version: 2 });
    expect(audit[2]!.after_json).toBeNull();
    expect(verifyAuditChain(app.ctx.sqlite).ok).toBe(true);
  });

  it('refuses a stale version with CONFLICT and a detail the renderer can word, and writes nothing', () => {
    const { conn } = app.ctx;
    write(conn, 'organisations', { id: 'org-1' }, organisation, { ...ours, action: 'create' });
    write(conn, 'organisations', { id: 'org-1', expectedVersion: 1 }, { name: 'Ny' }, { ...ours, action: 'update' });
    const stale = refusal(() =>
      write(conn, 'organisations', { id: 'org-1', expectedVersion: 1 }, { name: 'Gammal' }, { ...ours, action: 'update' }),
    );
    expect(stale.code).toBe('CONFLICT');
    // who changed it and when (the newest audit entry), so the user reads a person and a time rather than versions
    expect(stale.detail).toEqual({
      key: 'record.stale',
      params: {
        entity: 'organisations',
        id: 'org-1',
        owner: ours.owner,
        version: 2,
        expected: 1,
        changedBy: 'tester',
        changedAt: ours.now,
      },
    });
    expect(stale.message).not.toMatch(/organisations|org-1/);
    expect(auditOf('org-1')).toHaveLength(2);
  });

  it("refuses another owner's record (FORBIDDEN) and a deleted or missing one (NOT_FOUND)", () => {
    const { conn } = app.ctx;
    write(conn, 'organisations', { id: 'theirs' }, organisation, { ...ours, owner: '22', action: 'create' });
    const foreign = refusal(() => write(conn, 'organisations', { id: 'theirs' }, { name: 'X' }, { ...ours, action: 'update' }));
    expect([foreign.code, foreign.detail?.key, foreign.detail?.params.owner]).toEqual(['FORBIDDEN', 'record.readOnly', '22']);
    write(conn, 'organisations', { id: 'gone' }, organisation, { ...ours, action: 'create' });
    write(conn, 'organisations', { id: 'gone' }, {}, { ...ours, action: 'delete' });
    for (const id of ['gone', 'never']) {
      const missing = refusal(() => write(conn, 'organisations', { id }, { name: 'X' }, { ...ours, action: 'update' }));
      expect([missing.code, missing.detail?.key]).toEqual(['NOT_FOUND', 'record.notFound']);
    }
    expect(auditOf('theirs')).toHaveLength(1);
  });

  it('writes the row and its audit entry together or not at all', () => {
    const { conn } = app.ctx;
    const before = auditOf('dup').length;
    write(conn, 'organisations', { id: 'dup' }, organisation, { ...ours, action: 'create' });
    expect(() => write(conn, 'organisations', { id: 'dup' }, organisation, { ...ours, action: 'create' })).toThrow(/UNIQUE|PRIMARY/);
    expect(auditOf('dup')).toHaveLength(before + 1);
  });

  it("brings back the own tombstone only when asked (revive), never another owner's, and names the audit action when told", () => {
    const { conn } = app.ctx;
    write(conn, 'organisations', { id: 'back' }, organisation, { ...ours, action: 'create' });
    write(conn, 'organisations', { id: 'back' }, {}, { ...ours, action: 'delete' });
    const revived = write(conn, 'organisations', { id: 'back', revive: true }, { name: 'Åter' }, { ...later, action: 'update' });
    expect(revived).toMatchObject({ name: 'Åter', version: 3, deleted_at: null, updated_at: later.now });
    write(conn, 'organisations', { id: 'theirs' }, organisation, { ...ours, owner: '22', action: 'create' });
    write(conn, 'organisations', { id: 'theirs' }, {}, { ...ours, owner: '22', action: 'delete' });
    const foreign = refusal(() =>
      write(conn, 'organisations', { id: 'theirs', revive: true }, { name: 'X' }, { ...ours, action: 'update' }),
    );
    expect(foreign.code).toBe('FORBIDDEN');
    write(conn, 'organisations', { id: 'back' }, { name: 'Status' }, { ...later, action: 'update', auditAction: 'update-national-status' });
    expect(auditOf('back').map((a) => a.action)).toEqual(['create', 'delete', 'update', 'update-national-status']);
    expect(verifyAuditChain(app.ctx.sqlite).ok).toBe(true);
  });
});
