import { describe, expect, it } from 'vitest';
import { resolveMapping } from '../../src/main/domain/register-import/headers';
import { countPlan, planImport, type ExistingMembership, type Snapshot } from '../../src/main/domain/register-import/plan';
import { parseRows } from '../../src/main/domain/register-import/rows';
import { buildGrid } from '../../src/main/domain/register-import/text';

const REGIONS = [{ code: '23', name: 'Region Jämtland Härjedalen', county: 'Jämtlands län' }];
const HEADERS = ['Namn', 'E-post', 'Arbetsplats', 'Grupp', 'Grupptyp', 'Roll', 'Från', 'Till', 'Andel', 'Status'];

function rows(...lines: string[][]) {
  const grid = buildGrid(
    't.csv',
    [HEADERS, ...lines].map((cells, i) => ({ row: i + 1, cells })),
  );
  return parseRows(grid, resolveMapping(grid.headers), { regions: REGIONS, defaultRegionCode: '23' });
}

const membership = (over: Partial<ExistingMembership>): ExistingMembership => ({
  id: 'm1',
  personId: 'p1',
  groupId: 'g-endo',
  role: 'MEMBER',
  startDate: '2025-01-01',
  endDate: '2026-12-31',
  allocationBp: 1000,
  status: 'DECIDED',
  owner: '23',
  version: 3,
  seatLabel: null,
  ...over,
});

const SNAPSHOT: Snapshot = {
  owner: '23',
  persons: [
    { id: 'p1', name: 'Åsa Öberg', email: 'asa@x.se', organisationName: 'Sjukhuset', regionCode: '23', owner: '23' },
    { id: 'p2', name: 'Bo Ek', email: null, organisationName: 'Sjukhuset', regionCode: '23', owner: '22' },
    { id: 'p3', name: 'Bo Ek', email: null, organisationName: 'Sjukhuset', regionCode: '23', owner: '24' },
  ],
  organisations: [{ id: 'o1', name: 'Sjukhuset', owner: '23' }],
  groups: [
    { id: 'g-endo', name: 'Endokrina sjukdomar', type: 'NPO', owner: 'NATIONAL' },
    { id: 'g-lev', name: 'Levnadsvanor', type: 'NPO', owner: 'NATIONAL' },
    { id: 'g-lev-rpo', name: 'Levnadsvanor', type: 'RPO', owner: '23' },
  ],
  memberships: [membership({}), membership({ id: 'm2', groupId: 'g-lev', owner: '22' })],
  seats: [],
  seatHoldings: [],
  places: { healthcareRegionsOf: new Map(), placeNames: new Map() },
  allocationDefaults: new Map(),
};

const plan = (parsed: ReturnType<typeof rows>, createGroups = [] as Parameters<typeof planImport>[2]) =>
  planImport(parsed, SNAPSHOT, createGroups);

describe('planImport', () => {
  it('updates only what the file says: empty cells never clear a value', () => {
    const result = plan(
      rows(
        ['Åsa Öberg', 'ASA@x.se', 'Sjukhuset', 'endokrina sjukdomar', '', 'ledamot', '2025-01-01', '', '', ''],
        ['Åsa Öberg', 'asa@x.se', '', 'NPO Endokrina sjukdomar', '', 'ledamot', '2025-01-01', '2027-06-30', '15 %', 'avslutad'],
      ),
    );
    expect(result.rows.map((r) => r.kind)).toEqual(['unchanged', 'duplicate']);
    const changed = plan(
      rows(['Åsa Öberg', 'asa@x.se', '', 'NPO Endokrina sjukdomar', '', 'ledamot', '2025-01-01', '2027-06-30', '15 %', 'avslutad']),
    );
    expect(changed.updates).toEqual([
      { row: 2, membership: SNAPSHOT.memberships[0], changes: { endDate: '2027-06-30', allocationBp: 1500, status: 'ENDED' } },
    ]);
    expect(changed.rows[0]!.reason).toEqual({ code: 'changes', params: { endDate: '2026-12-31', allocationBp: 1000, status: 'DECIDED' } });
    expect(changed.rows[0]!.values).toEqual({
      name: 'Åsa Öberg',
      group: 'NPO Endokrina sjukdomar',
      role: 'MEMBER',
      allocationBp: 1500,
      startDate: '2025-01-01',
      endDate: '2027-06-30',
      seat: null,
    });
  });

  it("refuses to change another region's membership, an ambiguous person and an ambiguous group", () => {
    const result = plan(
      rows(
        ['Åsa Öberg', 'asa@x.se', '', 'NPO Levnadsvanor', '', 'ledamot', '2025-01-01', '', '20 %', ''],
        ['Bo Ek', '', 'sjukhuset', 'Endokrina sjukdomar', '', '', '2025-01-01', '', '', ''],
        ['Åsa Öberg', 'asa@x.se', '', 'Levnadsvanor', '', 'ordförande', '2025-01-01', '', '', ''],
        ['Åsa Öberg', 'asa@x.se', '', 'Levnadsvanor', 'RPO', 'ordförande', '2025-01-01', '', '', ''],
      ),
    );
    expect(result.rows.map((r) => [r.kind, r.reason])).toEqual([
      ['rejected', { code: 'readOnlyAssignment', params: { owner: '22' } }],
      ['rejected', { code: 'ambiguousPerson', params: { count: 2, by: 'nameOrganisation' } }],
      ['rejected', { code: 'ambiguousGroup', params: { count: 2, value: 'Levnadsvanor' } }],
      ['create-membership', null],
    ]);
    expect(result.memberships[0]).toMatchObject({
      person: { kind: 'existing', id: 'p1' },
      group: { kind: 'existing', id: 'g-lev-rpo' },
      groupType: 'RPO',
    });
  });

  it('creates a person once, with its new organisation, and reports later rows as duplicates', () => {
    const result = plan(
      rows(
        ['Cia Ny', '', 'Vårdcentralen', '', '', '', '', '', '', ''],
        ['Cia  Ny', '', 'VÅRDCENTRALEN', 'Levnadsvanor', 'NPO', 'ledamot', '2025-01-01', '', '', ''],
        ['cia ny', '', 'vårdcentralen', '', '', '', '', '', '', ''],
        ['Åsa Öberg', 'asa@x.se', 'Annat ställe', '', '', '', '', '', '', ''],
      ),
    );
    expect(result.rows.map((r) => [r.kind, r.createsPerson])).toEqual([
      ['create-person', true],
      ['create-membership', false],
      ['duplicate', false],
      ['unchanged', false],
    ]);
    expect(result.persons).toHaveLength(1);
    expect(result.organisations).toEqual([{ key: 'o1', name: 'Vårdcentralen', type: 'OTHER', regionCode: '23' }]);
    expect(result.memberships[0]!.person).toEqual({ kind: 'new', key: 'p1' });
  });

  it('creates only the groups asked for, once, and never one that exists under a prefix', () => {
    const parsed = rows(
      ['Cia Ny', 'cia@x.se', '', 'RPT Fot', '', '', '2025-01-01', '', '', ''],
      ['Dan Ny', 'dan@x.se', '', 'rpt  fot', '', '', '2025-01-01', '', '', ''],
      ['Eva Ny', 'eva@x.se', '', 'Okänd grupp', '', '', '2025-01-01', '', '', ''],
    );
    const none = plan(parsed);
    expect(none.unknownGroups).toEqual([
      {
        name: 'RPT Fot',
        suggestedType: 'RPT',
        suggestedLevel: 'REGIONAL',
        rows: [2, 3],
        willCreate: false,
        creatable: true,
        suggestion: null,
      },
      {
        name: 'Okänd grupp',
        suggestedType: null,
        suggestedLevel: 'REGIONAL',
        rows: [4],
        willCreate: false,
        creatable: true,
        suggestion: null,
      },
    ]);
    expect(countPlan(none)).toMatchObject({ rejected: 3, personsToCreate: 0 });
    const asked = plan(parsed, [
      { name: 'RPT Fot', type: 'RPT', level: 'REGIONAL' },
      { name: 'NPO Endokrina sjukdomar', type: 'NPO', level: 'NATIONAL' },
    ]);
    expect(asked.groups).toEqual([{ key: 'g1', name: 'RPT Fot', type: 'RPT', level: 'REGIONAL' }]);
    expect(countPlan(asked)).toMatchObject({ rows: 3, toCreate: 2, rejected: 1, membershipsToCreate: 2, groupsToCreate: 1 });
    expect(asked.unknownGroups[0]).toMatchObject({ name: 'RPT Fot', willCreate: true, rows: [2, 3] });
  });

  it('rejects membership details without a group and a missing start date', () => {
    const result = plan(
      rows(
        ['Cia Ny', '', '', '', '', 'ledamot', '', '', '', ''],
        ['Cia Ny', '', '', 'Levnadsvanor', 'NPO', '', '', '', '', ''],
        ['Cia Ny', '', '', 'Levnadsvanor', 'NPO', '', '2025-01-01', '', '', 'avslutad'],
      ),
    );
    expect(result.rows.map((r) => r.reason)).toEqual([
      { code: 'detailsWithoutGroup', params: {} },
      { code: 'startMissing', params: {} },
      { code: 'endedNeedsEnd', params: {} },
    ]);
  });

  it("seats NPO members on their healthcare region's free seat, with the group's default share when the file gives none", () => {
    const seated: Snapshot = {
      ...SNAPSHOT,
      seats: [
        { id: 's-norra', groupId: 'g-endo', healthcareRegionCode: 'NORRA', regionCode: null, ordinal: 1 },
        { id: 's-sodra', groupId: 'g-endo', healthcareRegionCode: 'SODRA', regionCode: null, ordinal: 1 },
      ],
      places: { healthcareRegionsOf: new Map([['23', ['NORRA']]]), placeNames: new Map() },
      allocationDefaults: new Map([['NPO|MEMBER', 1000]]),
    };
    const result = planImport(
      rows(
        ['Cia Ny', 'cia@x.se', '', 'NPO Endokrina sjukdomar', '', 'ledamot', '2026-01-01', '', '', ''],
        ['Dan Ny', 'dan@x.se', '', 'NPO Endokrina sjukdomar', '', 'ledamot', '2026-01-01', '', '20 %', ''],
      ),
      seated,
      [],
    );
    expect(result.memberships.map((m) => m.seatId)).toEqual(['s-norra', null]);
    expect(result.rows.map((r) => [r.values.allocationBp, r.values.seat])).toEqual([
      [1000, 'NORRA'],
      [2000, null],
    ]);
    const healthcareRegion = planImport(
      parseRows(
        buildGrid('t.csv', [
          { row: 1, cells: ['Namn', 'Grupp', 'Från'] },
          { row: 2, cells: ['Eva Ny', 'NPO Endokrina sjukdomar', '2026-01-01'] },
        ]),
        resolveMapping(['Namn', 'Grupp', 'Från']),
        { regions: REGIONS, defaultRegionCode: null },
      ),
      { ...seated, owner: 'NORRA' },
      [],
    );
    expect(healthcareRegion.memberships.map((m) => m.seatId)).toEqual(['s-norra']);
  });
});
