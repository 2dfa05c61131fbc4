import { refusal } from '@shared/contract/errors';
import type { Connection } from '../../db/data';
import { liveMembers } from '../../repositories/costs/references';
import { requireOwner } from '../../repositories/records';
import { readSetting, SETTING_KEYS } from '../../repositories/settings';

/**
 * What this installation may record costs for.
 * - A healthcare region (e.g. NORRA) records its own hostings, keys for its regions, and the fixed
 *   contributions of its member regions.
 * - A region (e.g. 23) records its own contributions and, for planning, hostings and keys of the
 *   healthcare region(s) it belongs to (Halland: SODRA and VASTRA). Such a hosting is the region's
 *   planning copy: once the host's own record of the group arrives, reports use the host's record.
 * Every record is owned by the installation that created it; only that owner edits it.
 */
export type OwnerScope = { code: string; kind: 'REGION' | 'HEALTHCARE_REGION'; healthcareRegions: string[]; regions: string[] };

export function requireScope(conn: Connection): OwnerScope {
  const code = requireOwner(conn);
  const kind = readSetting(conn, SETTING_KEYS.ownerKind) === 'REGION' ? 'REGION' : 'HEALTHCARE_REGION';
  const members = liveMembers(conn);
  if (kind === 'REGION') {
    return {
      code,
      kind,
      regions: [code],
      healthcareRegions: members
        .filter((m) => m.regionCode === code)
        .map((m) => m.healthcareRegionCode)
        .sort(),
    };
  }
  return {
    code,
    kind,
    healthcareRegions: [code],
    regions: members
      .filter((m) => m.healthcareRegionCode === code)
      .map((m) => m.regionCode)
      .sort(),
  };
}

export function requireHealthcareRegionInScope(scope: OwnerScope, code: string): void {
  if (!scope.healthcareRegions.includes(code)) {
    throw refusal('FORBIDDEN', 'costs.outOfScope', { code, owner: scope.code });
  }
}

export function requireRegionInScope(scope: OwnerScope, code: string): void {
  if (!scope.regions.includes(code)) throw refusal('FORBIDDEN', 'costs.outOfScope', { code, owner: scope.code });
}

/** The owner of this installation, or null before setup (reads work without one). */
export function installationOwner(conn: Connection): string | null {
  return readSetting(conn, SETTING_KEYS.ownerCode);
}
