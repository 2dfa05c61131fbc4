/**
 * The demo dataset, built from the seeds: VGR's regional process teams with their 2025 activity
 * levels (seed 002), and Norra's seats in the national groups held by fictitious people (seed 001
 * says Norra has about 30 such representatives at 10 %). Pure: ids and names come in as arguments.
 */

export type ExampleInputs = {
  vgrRegionCode: string;
  rptByLevel2025: Record<string, string[]>;
  sorNames: string[];
  rpoNames: string[];
  /** Norra's seats in national groups, in a stable order. */
  norraSeats: { seatId: string; groupId: string; groupType: string }[];
  id: (key: string) => string;
};

export type ExampleOrganisation = { id: string; name: string; type: string; regionCode: string };
export type ExamplePerson = {
  id: string;
  name: string;
  email: string;
  regionCode: string;
  organisationId: string;
  profession: string;
  gender: 'FEMALE' | 'MALE';
};
export type ExampleGroup = { id: string; name: string; type: 'RPT' | 'SOR' | 'RPO'; regionCode: string };
export type ExampleLevel = { id: string; groupId: string; level: string; effectiveDate: string; note: string | null };
export type ExampleMembership = {
  id: string;
  personId: string;
  groupId: string;
  seatId: string;
  startDate: string;
  endDate: string;
  allocationBp: number;
  status: 'DECIDED';
};
export type ExampleDataset = {
  organisations: ExampleOrganisation[];
  persons: ExamplePerson[];
  groups: ExampleGroup[];
  levels: ExampleLevel[];
  memberships: ExampleMembership[];
};

const NORRA_ORGANISATIONS: { key: string; name: string; type: string; regionCode: string }[] = [
  { key: 'nus', name: 'Norrlands universitetssjukhus', type: 'UNIVERSITY_HOSPITAL', regionCode: '24' },
  { key: 'sunderby', name: 'Sunderby sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '25' },
  { key: 'ostersund', name: 'Östersunds sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '23' },
  { key: 'sundsvall', name: 'Sundsvalls sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '22' },
  { key: 'pv-jh', name: 'Hälsocentralerna Jämtland Härjedalen', type: 'PRIMARY_CARE', regionCode: '23' },
  { key: 'pv-vb', name: 'Primärvården Västerbotten', type: 'PRIMARY_CARE', regionCode: '24' },
];

const GIVEN_FEMALE = [
  'Anna',
  'Maria',
  'Karin',
  'Sara',
  'Lena',
  'Eva',
  'Ingrid',
  'Elin',
  'Johanna',
  'Åsa',
  'Malin',
  'Ylva',
  'Hanna',
  'Sofia',
  'Linnéa',
];
const GIVEN_MALE = [
  'Erik',
  'Lars',
  'Anders',
  'Johan',
  'Per',
  'Mikael',
  'Björn',
  'Jonas',
  'Göran',
  'Olof',
  'Henrik',
  'Nils',
  'Mats',
  'Tomas',
  'Östen',
];
const FAMILY = [
  'Lindqvist',
  'Öberg',
  'Sandström',
  'Holmgren',
  'Nordin',
  'Lundmark',
  'Berglund',
  'Wikström',
  'Sjödin',
  'Håkansson',
  'Forsberg',
  'Strömberg',
  'Nyström',
  'Eklund',
  'Marklund',
];
const PROFESSIONS = [
  'Läkare',
  'Sjuksköterska',
  'Läkare',
  'Fysioterapeut',
  'Läkare',
  'Psykolog',
  'Sjuksköterska',
  'Arbetsterapeut',
  'Läkare',
  'Dietist',
];
const TERMS: [string, string][] = [
  ['2023-01-01', '2026-12-31'],
  ['2024-01-01', '2027-12-31'],
  ['2025-01-01', '2028-12-31'],
  ['2023-07-01', '2027-01-31'],
  ['2024-03-01', '2027-06-30'],
];
/** Seats left empty so that the vacancy view has something to show (every ninth seat). */
const VACANT_EVERY = 9;

const LEVEL_SOURCE: Record<string, { level: string; date: string; note: string | null }> = {
  STARTUP: { level: 'STARTUP', date: '2025-01-01', note: null },
  STARTUP_POSSIBLE: { level: 'STARTUP', date: '2025-01-01', note: 'Eventuellt team (föreslaget) enligt VGR:s tabell 2025' },
  HIGH: { level: 'HIGH', date: '2025-01-01', note: null },
  MEDIUM: { level: 'MEDIUM', date: '2025-01-01', note: null },
  LOW: { level: 'LOW', date: '2025-01-01', note: null },
  CLOSING: { level: 'CLOSING', date: '2025-01-01', note: null },
  CLOSED_2024: { level: 'CLOSED', date: '2024-12-31', note: 'Avslutat under 2024 enligt VGR:s tabell 2025' },
  DORMANT: { level: 'DORMANT', date: '2025-01-01', note: null },
};

function vgrTeams(input: ExampleInputs): { groups: ExampleGroup[]; levels: ExampleLevel[] } {
  const groups: ExampleGroup[] = [];
  const levels: ExampleLevel[] = [];
  const seen = new Map<string, string>();
  for (const [sourceLevel, names] of Object.entries(input.rptByLevel2025)) {
    const mapping = LEVEL_SOURCE[sourceLevel];
    if (!mapping) continue;
    for (const name of names) {
      const groupName = `RPT ${name}`;
      if (seen.has(groupName)) continue; // the source lists some teams twice (e.g. Glaukom)
      const groupId = input.id(`example:group:${input.vgrRegionCode}:${groupName}`);
      seen.set(groupName, groupId);
      groups.push({ id: groupId, name: groupName, type: 'RPT', regionCode: input.vgrRegionCode });
      levels.push({
        id: input.id(`example:level:${groupName}:${mapping.level}:${mapping.date}`),
        groupId,
        level: mapping.level,
        effectiveDate: mapping.date,
        note: mapping.note,
      });
    }
  }
  for (const name of input.sorNames) {
    groups.push({ id: input.id(`example:group:${input.vgrRegionCode}:${name}`), name, type: 'SOR', regionCode: input.vgrRegionCode });
  }
  for (const name of input.rpoNames) {
    groups.push({ id: input.id(`example:group:${input.vgrRegionCode}:${name}`), name, type: 'RPO', regionCode: input.vgrRegionCode });
  }
  return { groups, levels };
}

function norraPeople(input: ExampleInputs) {
  const organisations = NORRA_ORGANISATIONS.map((o) => ({
    id: input.id(`example:organisation:${o.key}`),
    name: o.name,
    type: o.type,
    regionCode: o.regionCode,
  }));
  const persons: ExamplePerson[] = [];
  const memberships: ExampleMembership[] = [];
  input.norraSeats.forEach((seat, index) => {
    if ((index + 1) % VACANT_EVERY === 0) return;
    const n = persons.length;
    const female = n % 5 !== 1 && n % 5 !== 3;
    const given = (female ? GIVEN_FEMALE : GIVEN_MALE)[n % 15]!;
    const family = FAMILY[(n * 7 + Math.floor(n / 15)) % 15]!; // unique names for up to 225 people
    const organisation = organisations[n % organisations.length]!;
    const person: ExamplePerson = {
      id: input.id(`example:person:${n}`),
      name: `${given} ${family}`,
      email: `${given}.${family}@example.org`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
      regionCode: organisation.regionCode,
      organisationId: organisation.id,
      profession: PROFESSIONS[n % PROFESSIONS.length]!,
      gender: female ? 'FEMALE' : 'MALE',
    };
    persons.push(person);
    const [startDate, endDate] = TERMS[n % TERMS.length]!;
    memberships.push({
      id: input.id(`example:membership:${n}`),
      personId: person.id,
      groupId: seat.groupId,
      seatId: seat.seatId,
      startDate,
      endDate,
      allocationBp: 1000,
      status: 'DECIDED',
    });
  });
  return { organisations, persons, memberships };
}

export function buildExampleDataset(input: ExampleInputs): ExampleDataset {
  const teams = vgrTeams(input);
  const people = norraPeople(input);
  return { ...people, groups: teams.groups, levels: teams.levels };
}
