/** Pure population arithmetic over the healthcare-region membership table. */

export type MemberPopulation = {
  healthcareRegionCode: string;
  regionCode: string;
  year: number;
  population: number;
};

/** Population of one healthcare region in one year: the sum of its members' parts (Halland counts with its part). */
export function healthcareRegionPopulation(rows: readonly MemberPopulation[], healthcareRegionCode: string, year: number): number | null {
  const members = rows.filter((r) => r.healthcareRegionCode === healthcareRegionCode && r.year === year);
  if (members.length === 0) return null;
  return members.reduce((sum, r) => sum + r.population, 0);
}

/** Years for which every member of the healthcare region has a population figure. */
export function completeYears(
  rows: readonly MemberPopulation[],
  healthcareRegionCode: string,
  memberRegionCodes: readonly string[],
): number[] {
  const years = new Set(rows.filter((r) => r.healthcareRegionCode === healthcareRegionCode).map((r) => r.year));
  return [...years]
    .filter((year) =>
      memberRegionCodes.every((code) =>
        rows.some((r) => r.healthcareRegionCode === healthcareRegionCode && r.regionCode === code && r.year === year),
      ),
    )
    .sort((a, b) => a - b);
}

/** A split region's part in one healthcare region and the municipalities (SCB kommunkod and name) it is made of. */
export type MunicipalityPart = {
  healthcareRegionCode: string;
  regionCode: string;
  municipalities: readonly { code: string; name: string }[];
};

export type MunicipalityFigure = { code: string; population: number };

export type PartsFromMunicipalities = {
  /** The parts of every split region whose municipalities all have a figure, and the whole as their sum. */
  parts: { healthcareRegionCode: string; regionCode: string; population: number }[];
  wholes: { regionCode: string; population: number }[];
  /** Split regions with some municipality figures but not all: the names of those lacking. */
  incomplete: { regionCode: string; missing: string[] }[];
};

/**
 * A split region's parts (Halland: Halmstad, Hylte, Laholm in SODRA; Kungsbacka, Varberg, Falkenberg in
 * VASTRA) from its municipalities' populations on one date: each part is the sum of its municipalities,
 * the whole the sum of the parts. A region is left out unless every municipality of every part has a
 * figure, so the parts of one date always add up to the region.
 */
export function partsFromMunicipalities(
  partsOf: readonly MunicipalityPart[],
  figures: readonly MunicipalityFigure[],
): PartsFromMunicipalities {
  const byCode = new Map(figures.map((f) => [f.code, f.population]));
  const result: PartsFromMunicipalities = { parts: [], wholes: [], incomplete: [] };
  for (const regionCode of [...new Set(partsOf.map((p) => p.regionCode))]) {
    const own = partsOf.filter((p) => p.regionCode === regionCode);
    const all = own.flatMap((p) => p.municipalities);
    const missing = all.filter((m) => !byCode.has(m.code)).map((m) => m.name);
    if (missing.length === all.length) continue;
    if (missing.length > 0) {
      result.incomplete.push({ regionCode, missing });
      continue;
    }
    const parts = own.map((p) => ({
      healthcareRegionCode: p.healthcareRegionCode,
      regionCode,
      population: p.municipalities.reduce((sum, m) => sum + (byCode.get(m.code) ?? 0), 0),
    }));
    result.parts.push(...parts);
    result.wholes.push({ regionCode, population: parts.reduce((sum, p) => sum + p.population, 0) });
  }
  return result;
}
