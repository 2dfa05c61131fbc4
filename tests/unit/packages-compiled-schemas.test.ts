import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { PACKAGE_RECORD_TYPES } from '@shared/contract/packages';
import { compiledRecordSchema, RECORD_SCHEMAS } from '../../src/main/domain/packages/record-schemas';

const membership = {
  id: '2b6f3c1e-4a52-4c8e-9d1a-2f4b5c6d7e8f',
  owner: '23',
  version: 1,
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  deletedAt: null,
  personId: '3b6f3c1e-4a52-4c8e-9d1a-2f4b5c6d7e8f',
  groupId: '4b6f3c1e-4a52-4c8e-9d1a-2f4b5c6d7e8f',
  seatId: null,
  role: 'MEMBER',
  startDate: '2026-01-01',
  endDate: null,
  allocationBp: 500,
  status: 'DECIDED',
  notes: null,
};

describe('the compiled record schemas (every record of every package is checked with them)', () => {
  it('compile for every record type, so the fast path is really used', () => {
    for (const type of PACKAGE_RECORD_TYPES) expect(() => z.compile(RECORD_SCHEMAS[type], { strict: true }), type).not.toThrow();
  });

  it('accept and refuse exactly what the schemas do, with the same first issue', () => {
    const variants: Record<string, unknown>[] = [
      membership,
      { ...membership, endDate: '2025-12-31' },
      { ...membership, allocationBp: 10_001 },
      { ...membership, allocationBp: 1.5 },
      { ...membership, version: 0 },
      { ...membership, owner: 'x' },
      { ...membership, id: 'not-a-uuid' },
      { ...membership, createdAt: '2026-11-23 10:00' },
      { ...membership, role: 'KING' },
      { ...membership, extra: 1 },
      Object.fromEntries(Object.entries(membership).filter(([key]) => key !== 'notes')),
    ];
    const compiled = compiledRecordSchema('memberships');
    for (const record of variants) {
      const runtime = RECORD_SCHEMAS.memberships.safeParse(record);
      const fast = compiled.safeParse(record);
      expect(fast.success).toBe(runtime.success);
      expect(z.validate(compiled, record)).toBe(runtime.success);
      expect(fast.error?.issues[0]).toEqual(runtime.error?.issues[0]);
    }
  });
});
