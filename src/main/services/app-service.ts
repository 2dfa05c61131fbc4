import type { AppInfo, Owner } from '@shared/contract/app';
import type { Language } from '@shared/contract/common';
import { refusal } from '@shared/contract/errors';
import { transaction, type Connection } from '../db/data';
import { schemaVersionOf } from '../db/migrate';
import { matchOwner, type OwnerCandidate } from '../domain/owner-match';
import type { ServiceContext } from '../lib/context';
import { appendAuditEntry } from '../repositories/audit';
import { countRecords } from '../repositories/counts';
import { allHealthcareRegions, allRegions, ownerName } from '../repositories/regions';
import type { ExchangeSettings } from '@shared/contract/exchange';
import { exchangeSettingsOf, updateExchangeSettings } from './exchange/exchange-settings';
import { clearSetting, readAllSettings, readSetting, SETTING_KEYS, writeSetting } from '../repositories/settings';

function appInfo(ctx: ServiceContext): AppInfo {
  const settings = readAllSettings(ctx.conn);
  const kind = settings.get(SETTING_KEYS.ownerKind);
  const code = settings.get(SETTING_KEYS.ownerCode);
  let owner: Owner | null = null;
  if ((kind === 'REGION' || kind === 'HEALTHCARE_REGION') && code) {
    owner = { kind, code, name: ownerName(ctx.conn, kind, code) ?? code };
  }
  const language = settings.get(SETTING_KEYS.language) === 'en' ? 'en' : 'sv';
  return {
    appVersion: ctx.appVersion,
    schemaVersion: schemaVersionOf(ctx.conn.sqlite),
    installationId: settings.get(SETTING_KEYS.installationId) ?? '',
    owner,
    language,
    exampleDataLoaded: settings.has(SETTING_KEYS.exampleLoadedAt),
    counts: countRecords(ctx.conn),
    exchange: exchangeSettingsOf(ctx.conn),
    userName: settings.get(SETTING_KEYS.userName) ?? null,
  };
}

export async function getAppInfo(ctx: ServiceContext): Promise<AppInfo> {
  return appInfo(ctx);
}

/**
 * Finds whom the user works for from a region code (`23`), a healthcare-region code (`NORRA`), a name, or
 * words of a name ("Jämtland"); several matches are refused with their names.
 */
export function resolveOwnerCode(conn: Connection, input: string): { kind: Owner['kind']; code: string } {
  const candidates: OwnerCandidate[] = [
    ...allRegions(conn).map((r) => ({ kind: 'REGION' as const, ...r })),
    ...allHealthcareRegions(conn).map((h) => ({ kind: 'HEALTHCARE_REGION' as const, ...h })),
  ];
  const match = matchOwner(input, candidates);
  if ('ambiguous' in match) {
    const names = match.ambiguous.map((c) => `${c.name} (${c.code})`).join(', ');
    throw refusal('VALIDATION', 'installation.ambiguous', { input: input.trim(), candidates: names });
  }
  if (match.found) return { kind: match.found.kind, code: match.found.code };
  throw refusal('VALIDATION', 'installation.unknownRegion', { input: input.trim() });
}

/** The first-run step: records whom this installation works for. It can be set only once. */
export async function completeSetup(ctx: ServiceContext, ownerCode: string): Promise<AppInfo> {
  const owner = resolveOwnerCode(ctx.conn, ownerCode);
  transaction(ctx.conn, () => {
    const existing = readSetting(ctx.conn, SETTING_KEYS.ownerCode);
    if (existing !== null && existing !== owner.code) {
      throw refusal('CONFLICT', 'installation.otherOwner', { existing, requested: owner.code });
    }
    writeSetting(ctx.conn, SETTING_KEYS.ownerKind, owner.kind);
    writeSetting(ctx.conn, SETTING_KEYS.ownerCode, owner.code);
    appendAuditEntry(
      ctx.conn,
      { action: 'setup', entity: 'settings', recordId: null, before: null, after: owner },
      ctx.actor,
      ctx.now().toISOString(),
    );
  });
  return appInfo(ctx);
}

/** settings:update: the language, the user's name (a blank name clears it) and/or the exchange settings; only those given change. */
export async function updateSettings(
  ctx: ServiceContext,
  input: { language?: Language | undefined; userName?: string | null | undefined; exchange?: Partial<ExchangeSettings> | undefined },
): Promise<AppInfo> {
  transaction(ctx.conn, () => {
    if (input.exchange !== undefined) updateExchangeSettings(ctx, input.exchange);
    if (input.language !== undefined) writeSetting(ctx.conn, SETTING_KEYS.language, input.language);
    if (input.userName !== undefined) {
      if (input.userName === null || input.userName === '') clearSetting(ctx.conn, SETTING_KEYS.userName);
      else writeSetting(ctx.conn, SETTING_KEYS.userName, input.userName);
    }
  });
  return appInfo(ctx);
}

/**
 * Who acts in the audit log: the user's configured name; without one, no name at all (never the login the
 * process runs as, which users would then read in the history): the history words it as the installation's
 * region, no name given. A CLI actor (`fallback` starting `cli:`) keeps its `cli:` prefix before the name.
 */
export function actorName(conn: Connection, fallback: string): string {
  const prefix = fallback.startsWith('cli:') ? 'cli:' : '';
  let name: string | null;
  try {
    name = readSetting(conn, SETTING_KEYS.userName);
  } catch {
    return prefix; // a closed database (swapped by a restore) names no one
  }
  return `${prefix}${name ?? ''}`;
}
