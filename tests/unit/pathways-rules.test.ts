import { describe, expect, it } from 'vitest';
import type { Implementation } from '../../src/shared/contract/planning/pathways';
import { buildPathwayMatrix, implementationDateProblem, implementationOwner, pathwayEditRight } from '../../src/main/domain/pathways';
import { pathwayProgress, seatCounts, yearPlanAsOf } from '../../src/main/domain/year-plan';

function implementation(
  carePathwayId: string,
  regionCode: string,
  status: Implementation['status'],
  dates: Partial<Implementation> = {},
): Implementation {
  return {
    id: `${carePathwayId}:${regionCode}`,
    carePathwayId,
    regionCode,
    status,
    decidedOn: null,
    startedOn: null,
    implementedOn: null,
    responsibleGroupId: null,
    responsibleGroupName: null,
    owner: regionCode,
    version: 1,
    readOnly: false,
    ...dates,
  };
}

describe('care-pathway rules', () => {
  it('a region records its own status; a healthcare region those of its members', () => {
    expect(implementationOwner({ kind: 'REGION', code: '14' }, '14', [])).toEqual({ owner: '14' });
    expect(implementationOwner({ kind: 'REGION', code: '14' }, '13', [])).toHaveProperty('problem');
    expect(implementationOwner({ kind: 'HEALTHCARE_REGION', code: 'NORRA' }, '23', ['22', '23', '24', '25'])).toEqual({ owner: 'NORRA' });
    expect(implementationOwner({ kind: 'HEALTHCARE_REGION', code: 'NORRA' }, '14', ['22', '23', '24', '25'])).toHaveProperty('problem');
  });

  it('checks the order of the dates', () => {
    expect(
      implementationDateProblem({ status: 'IMPLEMENTED', decidedOn: '2025-01-01', startedOn: '2025-02-01', implementedOn: '2025-12-01' }),
    ).toBeNull();
    expect(
      implementationDateProblem({ status: 'IMPLEMENTED', decidedOn: null, startedOn: '2025-02-01', implementedOn: '2025-01-01' }),
    ).toEqual({ key: 'pathwayRule.datesOrder', params: {} });
    expect(implementationDateProblem({ status: 'NOT_STARTED', decidedOn: '2025-01-01', startedOn: null, implementedOn: null })).toEqual({
      key: 'pathwayRule.notStartedDates',
      params: {},
    });
  });

  it('edit rights: own FULL, national STATUS_ONLY, others NONE', () => {
    expect([
      pathwayEditRight('14', '14'),
      pathwayEditRight('NATIONAL', '14'),
      pathwayEditRight('23', '14'),
      pathwayEditRight('NATIONAL', null),
    ]).toEqual(['FULL', 'STATUS_ONLY', 'NONE', 'NONE']);
  });

  it('builds the matrix with started and implemented per region', () => {
    const pathways = [
      { id: 'p1', name: 'KOL', nationalStatus: 'APPROVED' as const },
      { id: 'p2', name: 'Sepsis', nationalStatus: 'APPROVED' as const },
    ];
    const regions = [
      { code: '13', name: 'Region Halland', healthcareRegionCodes: ['SODRA', 'VASTRA'] },
      { code: '14', name: 'VGR', healthcareRegionCodes: ['VASTRA'] },
    ];
    const matrix = buildPathwayMatrix(
      pathways,
      [implementation('p1', '14', 'DECIDED'), implementation('p2', '14', 'IMPLEMENTED'), implementation('p1', '23', 'IMPLEMENTED')],
      regions,
      ['VASTRA'],
    );
    expect(matrix.regions.map((r) => [r.code, r.started, r.implemented, r.counts.NOT_STARTED])).toEqual([
      ['13', 0, 0, 2],
      ['14', 2, 1, 0],
    ]);
    expect(matrix.rows[0]!.cells.map((c) => c.status)).toEqual(['NOT_STARTED', 'DECIDED']);
  });
});

describe('year-plan parts', () => {
  it('counts seats on today within the year, else on its first or last day', () => {
    expect(yearPlanAsOf('2026-11-23', 2026)).toBe('2026-11-23');
    expect(yearPlanAsOf('2026-11-23', 2027)).toBe('2027-01-01');
    expect(yearPlanAsOf('2026-11-23', 2025)).toBe('2025-12-31');
  });

  it('groups seats by level and type, national first', () => {
    const seats = seatCounts([
      { groupId: 'r1', groupType: 'RPT', national: false, held: true },
      { groupId: 'n1', groupType: 'NPO', national: true, held: false },
      { groupId: 'n1', groupType: 'NPO', national: true, held: true },
      { groupId: 'n2', groupType: 'NPO', national: true, held: true },
    ]);
    expect(seats.rows).toEqual([
      { groupType: 'NPO', level: 'NATIONAL', groups: 2, seats: 3, held: 2, vacant: 1 },
      { groupType: 'RPT', level: 'REGIONAL', groups: 1, seats: 1, held: 1, vacant: 0 },
    ]);
    expect(seats.total).toEqual({ seats: 4, held: 3, vacant: 1 });
  });

  it('summarises pathway progress and the dated steps of the year', () => {
    const names = new Map([
      ['p1', 'KOL'],
      ['p2', 'Sepsis'],
    ]);
    const progress = pathwayProgress(
      [
        implementation('p1', '14', 'IMPLEMENTED', { decidedOn: '2025-05-01', startedOn: '2026-01-10', implementedOn: '2026-10-01' }),
        implementation('p2', '13', 'DECIDED', { decidedOn: '2026-03-01' }),
      ],
      ['14'],
      names,
      2026,
    );
    expect(progress.byStatus).toEqual({ NOT_STARTED: 1, DECIDED: 0, IN_PROGRESS: 0, IMPLEMENTED: 1 });
    expect(progress.changesInYear.map((c) => [c.status, c.date])).toEqual([
      ['IN_PROGRESS', '2026-01-10'],
      ['IMPLEMENTED', '2026-10-01'],
    ]);
  });
});
