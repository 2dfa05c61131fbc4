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
