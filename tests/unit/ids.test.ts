import { describe, expect, it } from 'vitest';
import { deterministicId, randomId } from '../../src/main/lib/ids';

describe('deterministicId', () => {
  it('is a version-5 UUID that every installation computes the same way', () => {
    const id = deterministicId('region:23');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicId('region:23')).toBe(id);
    expect(deterministicId('region:24')).not.toBe(id);
  });
  it('handles Swedish letters', () => {
    expect(deterministicId('group:NATIONAL:Öron-, näsa- och halssjukdomar')).not.toBe(
      deterministicId('group:NATIONAL:Oron-, nasa- och halssjukdomar'),
    );
  });
  it('random ids are version-4 UUIDs', () => {
    expect(randomId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
