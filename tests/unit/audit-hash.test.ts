import { describe, expect, it } from 'vitest';
import { auditHash, auditRow, GENESIS_HASH, payloadDigest } from '../../src/main/repositories/audit';

const entry = {
  prev_hash: GENESIS_HASH,
  at: '2026-11-23T10:00:00.000Z',
  actor: 'test',
  action: 'setup',
  entity: 'settings',
  record_id: null,
  payload_sha256: payloadDigest(null, '{"code":"23"}'),
};

describe('auditHash', () => {
  it('is stable for the same entry', () => {
    expect(auditHash(entry)).toBe(auditHash({ ...entry }));
    expect(auditHash(entry)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('changes when any field, the payload digest or the previous hash changes', () => {
    const base = auditHash(entry);
    expect(auditHash({ ...entry, payload_sha256: payloadDigest(null, '{"code":"24"}') })).not.toBe(base);
    expect(auditHash({ ...entry, prev_hash: 'f'.repeat(64) })).not.toBe(base);
    expect(auditHash({ ...entry, actor: 'other' })).not.toBe(base);
    expect(auditHash({ ...entry, record_id: 'x' })).not.toBe(base);
  });
});

describe('payloadDigest', () => {
  it('tells before from after and null from text', () => {
    expect(payloadDigest('{"a":1}', null)).not.toBe(payloadDigest(null, '{"a":1}'));
    expect(payloadDigest(null, null)).not.toBe(payloadDigest(null, 'null'));
    expect(payloadDigest('x', 'y')).toMatch(/^[0-9a-f]{64}$/);
  });
  it('is what a written row carries, and the row hash covers it (not the payload)', () => {
    const row = auditRow(
      { action: 'create', entity: 'persons', recordId: 'p1', before: null, after: { name: 'Åsa' } },
      'test',
      entry.at,
      GENESIS_HASH,
    );
    expect(row.after_json).toBe('{"name":"Åsa"}');
    expect(row.payload_sha256).toBe(payloadDigest(null, '{"name":"Åsa"}'));
    expect(row.hash).toBe(auditHash(row));
    expect(auditHash({ ...row, before_json: 'changed' } as typeof row)).toBe(row.hash);
  });
});
