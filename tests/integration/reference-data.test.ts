import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { getReferenceData } from '../../src/main/services/reference-service';
import type { ReferenceData } from '../../src/shared/contract/reference';
import { startTestApp } from '../helpers/temp';

let app: StartedApp;
let reference: ReferenceData;

beforeAll(async () => {
  app = await startTestApp();
  reference = await getReferenceData(app.ctx.conn, app.sources);
});
afterAll(() => app.opened.close());

describe('reference data loaded on first start', () => {
  it('has 6 healthcare regions and 21 regions', () => {
    expect(reference.healthcareRegions).toHaveLength(6);
    expect(reference.regions).toHaveLength(21);
  });

  it('sums the 21 regions to the national population 2023', () => {
    const sum = reference.regions.reduce((total, r) => total + (r.populationByYear['2023'] ?? 0), 0);
    expect(sum).toBe(10_551_707);
    expect(reference.nationalPopulation['2023']).toBe(10_551_707);
  });

  it('counts Halland with its part in Södra and in Västra', () => {
    const pop = (code: string) => reference.healthcareRegions.find((h) => h.code === code)?.populationByYear['2023'];
    expect(pop('SODRA')).toBe(1_926_100);
    expect(pop('VASTRA')).toBe(1_968_102);
    const halland = reference.regions.find((r) => r.code === '13');
    expect(halland?.healthcareRegionCodes).toEqual(['SODRA', 'VASTRA']);
    expect(halland?.partsByHealthcareRegion.SODRA?.['2023']).toBe(142_660);
    expect(halland?.partsByHealthcareRegion.VASTRA?.['2023']).toBe(201_086);
    const total = reference.healthcareRegions.reduce((t, h) => t + (h.populationByYear['2023'] ?? 0), 0);
    expect(total).toBe(10_551_707);
  });

  it('has the 33 national groups with hosts, and seats per healthcare region', async () => {
    expect(reference.nationalGroups).toHaveLength(33);
    expect(reference.nationalGroups.filter((g) => g.type === 'NPO')).toHaveLength(25);
    expect(reference.nationalGroups.filter((g) => g.type === 'NSG')).toHaveLength(7);
    const council = reference.nationalGroups.find((g) => g.type === 'PRIMARY_CARE_COUNCIL');
    expect(council).toMatchObject({ seatsPerHealthcareRegion: 2, hostHealthcareRegionCode: 'SODRA', hostingStatus: 'DORMANT' });
    const endokrina = reference.nationalGroups.find((g) => g.name === 'Endokrina sjukdomar');
    expect(endokrina).toMatchObject({ hostHealthcareRegionCode: 'NORRA', hostingStatus: 'ACTIVE' });
    const seats = app.ctx.sqlite.prepare('SELECT id FROM seats').all();
    expect(seats).toHaveLength(32 * 6 + 12);
  });

  it('gives reference records the same deterministic ids in every installation', async () => {
    const other = await startTestApp();
    const ids = (a: StartedApp) => (a.ctx.sqlite.prepare('SELECT id FROM groups ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    expect(ids(other)).toEqual(ids(app));
    await other.opened.close();
  });
});
