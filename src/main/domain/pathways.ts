/** Pure rules of care-pathway implementation: who may record a status, date order, the matrix. */
import type { ErrorDetail } from '@shared/contract/errors';
import type { Implementation, MatrixRegion, PathwayMatrix } from '@shared/contract/planning/pathways';
import type { CarePathwayStatus, ImplementationStatus } from '@shared/domain/enums';
import { NATIONAL_OWNER } from '@shared/domain/enums';

export const STARTED_STATUSES: readonly ImplementationStatus[] = ['DECIDED', 'IN_PROGRESS', 'IMPLEMENTED'];

export type InstallationOwner = { kind: string | null; code: string };

/**
 * The owner an implementation status about `regionCode` gets when recorded here, or why it may not
 * be recorded: a region records only its own status; a healthcare region any member region's.
 */
export function implementationOwner(
  installation: InstallationOwner,
  regionCode: string,
  memberRegionsOfOwner: readonly string[],
): { owner: string } | { problem: ErrorDetail } {
  const params = { region: regionCode, owner: installation.code };
  if (installation.kind === 'HEALTHCARE_REGION') {
    return memberRegionsOfOwner.includes(regionCode) ? { owner: installation.code } : { problem: { key: 'pathwayRule.notMember', params } };
  }
  return regionCode === installation.code ? { owner: installation.code } : { problem: { key: 'pathwayRule.onlyOwn', params } };
}

export type ImplementationDates = {
  status: ImplementationStatus;
  decidedOn: string | null;
  startedOn: string | null;
  implementedOn: string | null;
};

/** Returns why the dates do not fit together, or null: decided ≤ started ≤ implemented. */
export function implementationDateProblem(d: ImplementationDates): ErrorDetail | null {
  const ordered = [d.decidedOn, d.startedOn, d.implementedOn].filter((x): x is string => x !== null);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]! < ordered[i - 1]!) return { key: 'pathwayRule.datesOrder', params: {} };
  }
  if (d.status === 'NOT_STARTED' && ordered.length > 0) return { key: 'pathwayRule.notStartedDates', params: {} };
  return null;
}

/** FULL for the own pathways, STATUS_ONLY for national reference pathways, NONE for others'. */
export function pathwayEditRight(owner: string, installationOwner: string | null): 'FULL' | 'STATUS_ONLY' | 'NONE' {
  if (installationOwner === null) return 'NONE';
  if (owner === NATIONAL_OWNER) return 'STATUS_ONLY';
  return owner === installationOwner ? 'FULL' : 'NONE';
}

export type MatrixPathway = { id: string; name: string; nationalStatus: CarePathwayStatus };
export type MatrixRegionInput = { code: string; name: string; healthcareRegionCodes: string[] };

export function emptyStatusCounts(): Record<ImplementationStatus, number> {
  return { NOT_STARTED: 0, DECIDED: 0, IN_PROGRESS: 0, IMPLEMENTED: 0 };
}

export function buildPathwayMatrix(
  pathways: readonly MatrixPathway[],
  implementations: readonly Implementation[],
  regions: readonly MatrixRegionInput[],
  healthcareRegionCodes: readonly string[],
): PathwayMatrix {
  const byKey = new Map(implementations.map((i) => [`${i.carePathwayId}:${i.regionCode}`, i]));
  const summaries: MatrixRegion[] = regions.map((r) => ({ ...r, started: 0, implemented: 0, counts: emptyStatusCounts() }));
  const rows = pathways.map((p) => ({
    pathwayId: p.id,
    name: p.name,
    nationalStatus: p.nationalStatus,
    cells: regions.map((r, index) => {
      const found = byKey.get(`${p.id}:${r.code}`) ?? null;
      const status = found?.status ?? 'NOT_STARTED';
      const summary = summaries[index]!;
      summary.counts[status] += 1;
      if (STARTED_STATUSES.includes(status)) summary.started += 1;
      if (status === 'IMPLEMENTED') summary.implemented += 1;
      return { regionCode: r.code, status, implementationId: found?.id ?? null, responsibleGroupName: found?.responsibleGroupName ?? null };
    }),
  }));
  return { healthcareRegionCodes: [...healthcareRegionCodes], regions: summaries, rows, pathwayCount: pathways.length };
}
