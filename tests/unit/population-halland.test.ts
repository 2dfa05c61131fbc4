import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPopulationTable, type TableRecord } from '../../src/main/domain/populations/scb-table';
import { keyWeights } from '../../src/shared/domain/costs/split-weights';
import { partsFromMunicipalities, type MemberPopulation, type MunicipalityPart } from '../../src/shared/domain/population';

/** The shipped reference: Halland's parts with their municipalities, and the members' 31 Dec 2023 figures (the seed's). */
type RegionsJson = {
  regions: { code: string; name: string; county: string }[];
  healthcareRegionMembers: {
    healthcareRegion: string;
    region: string;
    population2023: number;
    municipalities?: { code: string; name: string }[];
  }[];
};
const reference = JSON.parse(fs.readFileSync(path.resolve('resources/reference/regions.json'), 'utf8')) as RegionsJson;
const HALLAND_PARTS: MunicipalityPart[] = reference.healthcareRegionMembers.flatMap((m) =>
  m.municipalities ? [{ healthcareRegionCode: m.healthcareRegion, regionCode: m.region, municipalities: m.municipalities }] : [],
);
const members2023: MemberPopulation[] = reference.healthcareRegionMembers.map((m) => ({
  healthcareRegionCode: m.healthcareRegion,
  regionCode: m.region,
  year: 2023,
  population: m.population2023,
}));

/**
 * Municipality figures for 31 Dec 2023 whose sums are the reference's parts (142 660 south, 201 086 north):
 * the split between the municipalities of a part is the test's own, only the sums are the seed's.
 */
const MUNICIPALITIES_2023 = [
  { code: '1380', population: 105_000 },
  { code: '1315', population: 11_000 },
  { code: '1381', population: 26_660 },
  { code: '1384', population: 85_000 },
  { code: '1383', population: 68_000 },
  { code: '1382', population: 48_086 },
];

const SODRA = ['12', '10', '07', '13'];
const VASTRA = ['14', '13'];

describe("Halland's parts from its municipalities' figures", () => {
  it('ships the six municipalities of Halland, three in each part, once each', () => {
    expect(HALLAND_PARTS.map((p) => [p.healthcareRegionCode, p.regionCode, p.municipalities.map((m) => m.name)])).toEqual([
      ['SODRA', '13', ['Halmstad', 'Hylte', 'Laholm']],
      ['VASTRA', '13', ['Kungsbacka', 'Varberg', 'Falkenberg']],
    ]);
    const codes = HALLAND_PARTS.flatMap((p) => p.municipalities.map((m) => m.code));
    expect(new Set(codes).size).toBe(6);
    expect(codes.every((c) => c.startsWith('13'))).toBe(true);
  });

  it("sums each part from its municipalities, and the whole from the parts (the seed's 142 660 + 201 086 = 343 746)", () => {
    const derived = partsFromMunicipalities(HALLAND_PARTS, MUNICIPALITIES_2023);
    expect(derived.parts).toEqual([
      { healthcareRegionCode: 'SODRA', regionCode: '13', population: 142_660 },
      { healthcareRegionCode: 'VASTRA', regionCode: '13', population: 201_086 },
    ]);
    expect(derived.wholes).toEqual([{ regionCode: '13', population: 343_746 }]);
    expect(derived.incomplete).toEqual([]);
    // the parts equal the reference's, so the 2024 keys (31 Dec 2023) weigh Halland exactly as shipped
    const parts2023 = derived.parts.map((p) => ({ ...p, year: 2023 }));
    const rows = [...members2023.filter((m) => m.regionCode !== '13'), ...parts2023];
    const sodra = keyWeights({ kind: 'POPULATION', healthcareRegionCode: 'SODRA' }, SODRA, rows, 2024);
    // 142 660 / (1 421 781 + 157 973 + 203 686 + 142 660) = 142 660 / 1 926 100 = 14 266 / 192 610
    expect(sodra.find((w) => w.regionCode === '13')).toMatchObject({ weight: '7133/96305', population: 142_660, populationYearUsed: 2023 });
    const vastra = keyWeights({ kind: 'POPULATION', healthcareRegionCode: 'VASTRA' }, VASTRA, rows, 2024);
    // 201 086 / (1 767 016 + 201 086) = 201 086 / 1 968 102
    expect(vastra.find((w) => w.regionCode === '13')).toMatchObject({ weight: '100543/984051', population: 201_086 });
  });

  it('derives nothing while a municipality lacks a figure, and names the ones lacking', () => {
    const derived = partsFromMunicipalities(
      HALLAND_PARTS,
      MUNICIPALITIES_2023.filter((m) => m.code !== '1315'),
    );
    expect(derived.parts).toEqual([]);
    expect(derived.incomplete).toEqual([{ regionCode: '13', missing: ['Hylte'] }]);
    expect(partsFromMunicipalities(HALLAND_PARTS, [])).toEqual({ parts: [], wholes: [], incomplete: [] });
  });

  it('a key uses the parts of the right date: the 2025 key waits for 31 Dec 2024 of every part, then uses it', () => {
    // every SODRA member has 31 Dec 2024 except Halland's part: the whole key stays on 2023
    const others2024 = members2023
      .filter((m) => m.healthcareRegionCode === 'SODRA' && m.regionCode !== '13')
      .map((m) => ({ ...m, year: 2024, population: m.population + 1_000 }));
    const before = keyWeights({ kind: 'POPULATION', healthcareRegionCode: 'SODRA' }, SODRA, [...members2023, ...others2024], 2025);
    expect(before.every((w) => w.populationYearUsed === 2023 && w.populationFallback)).toBe(true);
    // SCB's 2024 municipality figures give the 2024 parts, and the whole key moves to 2024
    const figures2024 = MUNICIPALITIES_2023.map((m) => ({ ...m, population: m.population + 100 }));
    const parts2024 = partsFromMunicipalities(HALLAND_PARTS, figures2024).parts.map((p) => ({ ...p, year: 2024 }));
    expect(parts2024.map((p) => p.population)).toEqual([142_960, 201_386]);
    const after = keyWeights(
      { kind: 'POPULATION', healthcareRegionCode: 'SODRA' },
      SODRA,
      [...members2023, ...others2024, ...parts2024],
      2025,
    );
    expect(after.every((w) => w.populationYearUsed === 2024 && !w.populationFallback)).toBe(true);
    expect(after.find((w) => w.regionCode === '13')?.population).toBe(142_960);
  });

  it("reads Halland's municipality rows from SCB's table per kommun, leaving other municipalities out without a problem", () => {
    const lines = [
      ['Folkmängd per kommun 31 december'],
      ['region', '2024'],
      ['0180 Stockholm', '988 943'],
      ['1380 Halmstad', '105 100'],
      ['1315 Hylte', '11 100'],
      ['Laholm', '26 760'],
      ['1384 Kungsbacka', '85 100'],
      ['1383 Varberg', '68 100'],
      ['1382 Falkenberg kommun', '48 186'],
      ['13 Hallands län', '344 346'],
    ];
    const records: TableRecord[] = lines.map((cells, i) => ({ line: i + 1, cells }));
    const regions = reference.regions.map((r) => ({ code: r.code, name: r.name, county: r.county }));
    const table = readPopulationTable(
      records,
      regions,
      null,
      HALLAND_PARTS.flatMap((p) => p.municipalities),
    );
    expect(table.year).toBe(2024);
    expect(table.problems).toEqual([]);
    expect(table.rows).toEqual([{ line: 10, regionCode: '13', population: 344_346 }]);
    expect(table.municipalities.map((m) => [m.code, m.population])).toEqual([
      ['1380', 105_100],
      ['1315', 11_100],
      ['1381', 26_760],
      ['1384', 85_100],
      ['1383', 68_100],
      ['1382', 48_186],
    ]);
    const derived = partsFromMunicipalities(HALLAND_PARTS, table.municipalities);
    expect(derived.wholes).toEqual([{ regionCode: '13', population: 344_346 }]);
  });
});

describe('the shipped Halland parts say where their municipalities come from', () => {
  const parts = (
    JSON.parse(fs.readFileSync(path.resolve('resources/reference/regions.json'), 'utf8')) as {
      healthcareRegionMembers: {
        region: string;
        note?: string;
        municipalities?: { code: string; name: string }[];
        municipalitiesSource?: string;
      }[];
    }
  ).healthcareRegionMembers.filter((m) => m.municipalities !== undefined);

  it('every part made of municipalities names its source, and says the codes are not from the reference data', () => {
    expect(parts.map((p) => p.region)).toEqual(['13', '13']);
    for (const part of parts) {
      expect(part.municipalitiesSource).toMatch(/reference data/);
      expect(part.municipalitiesSource).toMatch(/not in the project's reference data/);
      for (const m of part.municipalities ?? []) {
        // the names are the reference's own (its note on the part); each code is stated in the source text
        expect(part.note).toContain(m.name);
        expect(part.municipalitiesSource).toContain(`${m.code} ${m.name}`);
      }
    }
  });
});
