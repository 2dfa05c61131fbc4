import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchOwner, type OwnerCandidate } from '../../src/main/domain/owner-match';

type RegionsFile = { regions: { code: string; name: string }[]; healthcareRegions: { code: string; name: string }[] };
const reference = JSON.parse(fs.readFileSync(path.resolve('resources/reference/regions.json'), 'utf8')) as RegionsFile;
const candidates: OwnerCandidate[] = [
  ...reference.regions.map((r) => ({ kind: 'REGION' as const, code: r.code, name: r.name })),
  ...reference.healthcareRegions.map((h) => ({ kind: 'HEALTHCARE_REGION' as const, code: h.code, name: h.name })),
];
const code = (input: string) => {
  const m = matchOwner(input, candidates);
  return 'ambiguous' in m ? m.ambiguous.map((c) => c.code).sort() : (m.found?.code ?? null);
};

describe('whom the user means on first run', () => {
  it('takes codes and full names in any case, with or without diacritics', () => {
    expect(code('23')).toBe('23');
    expect(code('norra')).toBe('NORRA');
    expect(code('region jämtland härjedalen')).toBe('23');
    expect(code('Region Jamtland Harjedalen')).toBe('23');
    expect(code('Norra sjukvårdsregionen')).toBe('NORRA');
  });

  it('resolves words of a name when only one region has them', () => {
    expect(code('Jämtland')).toBe('23');
    expect(code('  jamtland ')).toBe('23');
    expect(code('Västerbotten')).toBe('24');
    expect(code('Västra Göta')).toBe('14');
  });

  it('returns every candidate when the words fit several, and nothing for too short or unknown words', () => {
    const stockholm = code('Stockholm');
    expect(Array.isArray(stockholm) && stockholm.length).toBeGreaterThan(1);
    expect(code('re')).toBeNull();
    expect(code('99')).toBeNull();
    expect(code('Atlantis')).toBeNull();
    expect(code('')).toBeNull();
  });
});
