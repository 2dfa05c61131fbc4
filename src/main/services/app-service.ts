import type { AppInfo, Owner } from '@shared/contract/app';
import type { Language } from '@shared/contract/common';
import { DomainError } from '@shared/contract/errors';
import type { Db } from '../db/schema';
import type { ServiceContext } from '../lib/context';
import { appendAudit } from '../repositories/audit';
import { countRecords } from '../repositories/counts';
import { getAllSettings, SETTING_KEYS, setSetting } from '../repositories/settings';
import { schemaVersionOf } from '../db/migrate';

async function resolveOwnerName(db: Db, kind: string, code: string): Promise<string> {
  const table = kind === 'REGION' ? 'regions' : 'healthcare_regions';
  const row = await db.selectFrom(table).select('name').where('code', '=', code).executeTakeFirst();
  return row?.name ?? code;
}

export async function getAppInfo(ctx: ServiceContext): Promise<AppInfo> {
  const settings = await getAllSettings(ctx.db);
  const kind = settings.get(SETTING_KEYS.ownerKind);
  const code = settings.get(SETTING_KEYS.ownerCode);
  let owner: Owner | null = null;
  if ((kind === 'REGION' || kind === 'HEALTHCARE_REGION') && code) {
    owner = { kind, code, name: await resolveOwnerName(ctx.db, kind, code) };
  }
  const language = settings.get(SETTING_KEYS.language) === 'en' ? 'en' : 'sv';
  return {
    appVersion: ctx.appVersion,
    schemaVersion: schemaVersionOf(ctx.sqlite),
    installationId: settings.get(SETTING_KEYS.installationId) ?? '',
    owner,
    language,
    exampleDataLoaded: settings.has(SETTING_KEYS.exampleLoadedAt),
    counts: await countRecords(ctx.db),
  };
}

/**
 * Finds whom the user works for from a region code (`23`), a healthcare-region code (`NORRA`) or an
 * exact name, case-insensitively.
 */
export async function resolveOwnerCode(db: Db, input: string): Promise<{ kind: Owner['kind']; code: string }> {
  const needle = input.trim().toLocaleLowerCase('sv-SE');
  const regions = await db.selectFrom('regions').select(['code', 'name']).execute();
  const region = regions.find((r) => r.code === needle || r.name.toLocaleLowerCase('sv-SE') === needle);
  if (region) return { kind: 'REGION', code: region.code };
  const hrs = await db.selectFrom('healthcare_regions').select(['code', 'name']).execute();
  const hr = hrs.find((h) => h.code.toLocaleLowerCase('sv-SE') === needle || h.name.toLocaleLowerCase('sv-SE') === needle);
  if (hr) return { kind: 'HEALTHCARE_REGION', code: hr.code };
  throw new DomainError('VALIDATION', `Unknown region or healthcare-region code: ${input.trim()}`);
}

/** The first-run step: records whom this installation works for. It can be set only once. */
export async function completeSetup(ctx: ServiceContext, ownerCode: string): Promise<AppInfo> {
  const owner = await resolveOwnerCode(ctx.db, ownerCode);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('settings').select('value').where('key', '=', SETTING_KEYS.ownerCode).executeTakeFirst();
    if (existing && existing.value !== owner.code) {
      throw new DomainError('CONFLICT', `This database already works for ${existing.value}; it cannot be changed to ${owner.code}.`);
    }
    await setSetting(trx, SETTING_KEYS.ownerKind, owner.kind);
    await setSetting(trx, SETTING_KEYS.ownerCode, owner.code);
    await appendAudit(
      trx,
      { action: 'setup', entity: 'settings', recordId: null, before: null, after: owner },
      ctx.actor,
      ctx.now().toISOString(),
    );
  });
  return getAppInfo(ctx);
}

export async function updateLanguage(ctx: ServiceContext, language: Language): Promise<AppInfo> {
  await setSetting(ctx.db, SETTING_KEYS.language, language);
  return getAppInfo(ctx);
}
