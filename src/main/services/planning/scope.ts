/** Whom the installation works for, and the regions and healthcare regions a scope code covers. */
import type { Kysely, Transaction } from 'kysely';
import { DomainError } from '@shared/contract/errors';
import type { Database } from '../../db/schema';
import { getSetting, SETTING_KEYS } from '../../repositories/settings';

type Executor = Kysely<Database> | Transaction<Database>;

export type Installation = { kind: string | null; code: string };

export type PlanningScope = {
  kind: 'REGION' | 'HEALTHCARE_REGION';
  code: string;
  name: string;
  regionCodes: string[];
  healthcareRegionCodes: string[];
};

export async function loadInstallation(db: Executor): Promise<Installation | null> {
  const code = await getSetting(db, SETTING_KEYS.ownerCode);
  if (code === null) return null;
  return { kind: await getSetting(db, SETTING_KEYS.ownerKind), code };
}

async function members(db: Executor) {
  return db
    .selectFrom('healthcare_region_members')
    .select(['healthcare_region_code', 'region_code'])
    .where('deleted_at', 'is', null)
    .execute();
}

/** A region code (`13`) or healthcare-region code (`NORRA`) with its regions and healthcare regions. */
export async function resolveScope(db: Executor, code: string): Promise<PlanningScope> {
  const all = await members(db);
  const region = await db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (region) {
    const hrs = all
      .filter((m) => m.region_code === code)
      .map((m) => m.healthcare_region_code)
      .sort();
    return { kind: 'REGION', code, name: region.name, regionCodes: [code], healthcareRegionCodes: hrs };
  }
  const hr = await db
    .selectFrom('healthcare_regions')
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!hr) throw new DomainError('VALIDATION', `Unknown region or healthcare region: ${code}`);
  const regionCodes = all
    .filter((m) => m.healthcare_region_code === code)
    .map((m) => m.region_code)
    .sort();
  return { kind: 'HEALTHCARE_REGION', code, name: hr.name, regionCodes, healthcareRegionCodes: [code] };
}

/** The scope of an explicit code, else of the installation's owner; NOT_INITIALISED before setup. */
export async function scopeOrOwn(db: Executor, code: string | null): Promise<PlanningScope> {
  if (code !== null) return resolveScope(db, code);
  const installation = await loadInstallation(db);
  if (installation === null) throw new DomainError('NOT_INITIALISED', 'Choose whom this installation works for first.');
  return resolveScope(db, installation.code);
}

/** The member regions of healthcare regions, each with all its healthcare regions (Halland: two). */
export async function regionsOfHealthcareRegions(db: Executor, healthcareRegionCodes: readonly string[]) {
  const all = await members(db);
  const names = new Map((await db.selectFrom('regions').select(['code', 'name']).execute()).map((r) => [r.code, r.name]));
  const codes = [...new Set(all.filter((m) => healthcareRegionCodes.includes(m.healthcare_region_code)).map((m) => m.region_code))].sort();
  return codes.map((code) => ({
    code,
    name: names.get(code) ?? code,
    healthcareRegionCodes: all
      .filter((m) => m.region_code === code)
      .map((m) => m.healthcare_region_code)
      .sort(),
  }));
}
