import { describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH } from '../../src/main/repositories/audit';

const entry = {
  prev_hash: GENESIS_HASH,
  at: '2026-11-23T10:00:00.000Z',
  actor: 'test',
  action: 'setup',
  entity: 'settings',
  record_id: null,
  before_json: null,
  after_json: '{"code":"23"}',
};

describe('auditHash', () => {
  it('is stable for the same entry', () => {
    expect(auditHash(entry)).toBe(auditHash({ ...entry }));
    expect(auditHash(entry)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('changes when any field or the previous hash changes', () => {
    const base = auditHash(entry);
    expect(auditHash({ ...entry, after_json: '{"code":"24"}' })).not.toBe(base);
    expect(auditHash({ ...entry, prev_hash: 'f'.repeat(64) })).not.toBe(base);
    expect(auditHash({ ...entry, actor: 'other' })).not.toBe(base);
  });
});
