import type { Database as Sqlite } from 'better-sqlite3';
import { DomainError } from '@shared/contract/errors';
import { SETTING_KEYS } from '../../repositories/settings';

/** Synchronous reads of this installation's settings and reference data, for use inside transactions. */

function setting(sqlite: Sqlite, key: string): string | null {
  const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function requireLocalOwner(sqlite: Sqlite): string {
  const owner = setting(sqlite, SETTING_KEYS.ownerCode);
  if (!owner) throw new DomainError('NOT_INITIALISED', 'Choose whom this installation works for first.');
  return owner;
}

export function installationIdOf(sqlite: Sqlite): string {
  const id = setting(sqlite, SETTING_KEYS.installationId);
  if (!id) throw new DomainError('NOT_INITIALISED', 'The installation has no id yet.');
  return id;
}

/** Region codes of a healthcare region's members, from the national reference data. */
export function memberRegionsOf(sqlite: Sqlite, healthcareRegionCode: string): Set<string> {
  const rows = sqlite
    .prepare('SELECT region_code FROM healthcare_region_members WHERE healthcare_region_code = ? AND deleted_at IS NULL')
    .all(healthcareRegionCode) as { region_code: string }[];
  return new Set(rows.map((r) => r.region_code));
}

export function isHealthcareRegion(sqlite: Sqlite, code: string): boolean {
  return sqlite.prepare('SELECT 1 FROM healthcare_regions WHERE code = ? AND deleted_at IS NULL').get(code) !== undefined;
}
