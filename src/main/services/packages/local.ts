import { DomainError } from '@shared/contract/errors';
import type { Database as Sqlite } from 'better-sqlite3';
import { connectionOf, type Connection } from '../../db/data';
import { healthcareRegionMembers, liveHealthcareRegion } from '../../repositories/regions';
import { readSetting, SETTING_KEYS } from '../../repositories/settings';

/** Synchronous reads of this installation's settings and reference data, for use inside transactions. */

/** Takes the raw handle too until services/privacy is on the data API. */
export function requireLocalOwner(handle: Connection | Sqlite): string {
  const owner = readSetting(connectionOf(handle), SETTING_KEYS.ownerCode);
  if (!owner)
    throw new DomainError('NOT_INITIALISED', 'Choose whom this installation works for first.', {
      key: 'installation.notChosen',
      params: {},
    });
  return owner;
}

export function installationIdOf(conn: Connection): string {
  const id = readSetting(conn, SETTING_KEYS.installationId);
  if (!id) throw new DomainError('NOT_INITIALISED', 'The installation has no id yet.', { key: 'installation.notChosen', params: {} });
  return id;
}

/** Region codes of a healthcare region's members, from the national reference data. */
export function memberRegionsOf(conn: Connection, healthcareRegionCode: string): Set<string> {
  const members = healthcareRegionMembers(conn).filter((m) => m.healthcareRegionCode === healthcareRegionCode);
  return new Set(members.map((m) => m.regionCode));
}

export function isHealthcareRegion(conn: Connection, code: string): boolean {
  return liveHealthcareRegion(conn, code) !== undefined;
}
