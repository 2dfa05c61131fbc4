/** Pure rules of care-pathway implementation: who may record a status, date order, the matrix. */
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
): { owner: string } | { problem: string } {
  if (installation.kind === 'HEALTHCARE_REGION') {
    return memberRegionsOfOwner.includes(regionCode)
      ? { owner: installation.code }
      : { problem: `Region ${regionCode} is not a member of ${installation.code}` };
  }
  return regionCode === installation.code
    ? { owner: installation.code }
    : { problem: `Region ${installation.code} records only its own implementation status, not region ${regionCode}'s` };
}

export type ImplementationDates = {
  status: ImplementationStatus;
  decidedOn: string | null;
  startedOn: string | null;
  implementedOn: string | null;
};

/** Returns why the dates do not fit together, or null: decided ≤ started ≤ implemented. */
export function implementationDateProblem(d: ImplementationDates): string | null {
  const ordered = [d.decidedOn, d.startedOn, d.implementedOn].filter((x): x is string => x !== null);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]! < ordered[i - 1]!) return 'The dates must follow each other: decided, started, implemented';
  }
  if (d.status === 'NOT_STARTED' && ordered.length > 0) return 'A pathway that has not started has no dates';
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
