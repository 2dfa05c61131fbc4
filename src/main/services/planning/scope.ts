/** Whom the installation works for, and the regions and healthcare regions a scope code covers. */
import { refusal } from '@shared/contract/errors';
import type { Connection } from '../../db/data';
import { allRegionNames, healthcareRegionMembers, liveHealthcareRegion, liveRegion } from '../../repositories/regions';
import { readSetting, SETTING_KEYS } from '../../repositories/settings';

export type Installation = { kind: string | null; code: string };

export type PlanningScope = {
  kind: 'REGION' | 'HEALTHCARE_REGION';
  code: string;
  name: string;
  regionCodes: string[];
  healthcareRegionCodes: string[];
};

export function loadInstallation(conn: Connection): Installation | null {
  const code = readSetting(conn, SETTING_KEYS.ownerCode);
  if (code === null) return null;
  return { kind: readSetting(conn, SETTING_KEYS.ownerKind), code };
}

/** A region code (`13`) or healthcare-region code (`NORRA`) with its regions and healthcare regions. */
export function resolveScope(conn: Connection, code: string): PlanningScope {
  const members = healthcareRegionMembers(conn);
  const region = liveRegion(conn, code);
  if (region) {
    const hrs = members
      .filter((m) => m.regionCode === code)
      .map((m) => m.healthcareRegionCode)
      .sort();
    return { kind: 'REGION', code, name: region.name, regionCodes: [code], healthcareRegionCodes: hrs };
  }
  const hr = liveHealthcareRegion(conn, code);
  if (!hr) throw refusal('VALIDATION', 'installation.unknownRegion', { input: code });
  const regionCodes = members
    .filter((m) => m.healthcareRegionCode === code)
    .map((m) => m.regionCode)
    .sort();
  return { kind: 'HEALTHCARE_REGION', code, name: hr.name, regionCodes, healthcareRegionCodes: [code] };
}

/** The scope of an explicit code, else of the installation's owner; NOT_INITIALISED before setup. */
export function scopeOrOwn(conn: Connection, code: string | null): PlanningScope {
  if (code !== null) return resolveScope(conn, code);
  const installation = loadInstallation(conn);
  if (installation === null) throw refusal('NOT_INITIALISED', 'installation.notChosen');
  return resolveScope(conn, installation.code);
}

/** The member regions of healthcare regions, each with all its healthcare regions (Halland: two). */
export function regionsOfHealthcareRegions(conn: Connection, healthcareRegionCodes: readonly string[]) {
  const members = healthcareRegionMembers(conn);
  const names = allRegionNames(conn);
  const codes = [...new Set(members.filter((m) => healthcareRegionCodes.includes(m.healthcareRegionCode)).map((m) => m.regionCode))].sort();
  return codes.map((code) => ({
    code,
    name: names.get(code) ?? code,
    healthcareRegionCodes: members
      .filter((m) => m.regionCode === code)
      .map((m) => m.healthcareRegionCode)
      .sort(),
  }));
}
