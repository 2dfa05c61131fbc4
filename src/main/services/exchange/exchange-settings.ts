import fs from 'node:fs';
import path from 'node:path';
import { DomainError, refusal } from '@shared/contract/errors';
import type { ExchangeSettings } from '@shared/contract/exchange';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { appendAuditEntry } from '../../repositories/audit';
import { readAllSettings, removeSetting, SETTING_KEYS, writeSetting } from '../../repositories/settings';
import { FolderTransport } from './folder-transport';
import type { ExchangeTransport } from './transport';

/** The exchange settings as stored (settings table): the folder, automatic import, the sending schedule. */
export function exchangeSettingsOf(conn: Connection): ExchangeSettings {
  const settings = readAllSettings(conn);
  const hours = Number(settings.get(SETTING_KEYS.exchangeSendEveryHours));
  return {
    folder: settings.get(SETTING_KEYS.exchangeFolder) ?? null,
    autoImportTrusted: settings.get(SETTING_KEYS.exchangeAutoImport) === '1',
    sendEveryHours: Number.isInteger(hours) && hours > 0 ? hours : null,
  };
}

/** An existing folder, as an absolute path; refused with a Swedish reason otherwise. */
function checkedFolder(folder: string): string {
  if (!path.isAbsolute(folder)) throw refusal('VALIDATION', 'exchange.folderNotAbsolute');
  const resolved = path.resolve(folder);
  let isDir = false;
  try {
    isDir = fs.statSync(resolved).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw refusal('VALIDATION', 'exchange.folderMissing', { folder: resolved });
  return resolved;
}

/** Changes the exchange settings given (the others stay); an audit entry records what changed. */
export function updateExchangeSettings(ctx: ServiceContext, patch: Partial<ExchangeSettings>): ExchangeSettings {
  const folder = patch.folder === undefined || patch.folder === null ? patch.folder : checkedFolder(patch.folder);
  transaction(ctx.conn, () => {
    const before = exchangeSettingsOf(ctx.conn);
    if (folder === null) removeSetting(ctx.conn, SETTING_KEYS.exchangeFolder);
    else if (folder !== undefined) writeSetting(ctx.conn, SETTING_KEYS.exchangeFolder, folder);
    if (patch.autoImportTrusted !== undefined) writeSetting(ctx.conn, SETTING_KEYS.exchangeAutoImport, patch.autoImportTrusted ? '1' : '0');
    if (patch.sendEveryHours === null) removeSetting(ctx.conn, SETTING_KEYS.exchangeSendEveryHours);
    else if (patch.sendEveryHours !== undefined) writeSetting(ctx.conn, SETTING_KEYS.exchangeSendEveryHours, String(patch.sendEveryHours));
    appendAuditEntry(
      ctx.conn,
      { action: 'exchange-settings', entity: 'settings', recordId: null, before, after: exchangeSettingsOf(ctx.conn) },
      ctx.actor,
      ctx.now().toISOString(),
    );
  });
  return exchangeSettingsOf(ctx.conn);
}

/** The transport of the chosen exchange folder; refused when none is chosen. */
export function exchangeTransportOf(conn: Connection): ExchangeTransport {
  const { folder } = exchangeSettingsOf(conn);
  if (folder === null) throw refusal('VALIDATION', 'exchange.noFolder');
  return new FolderTransport(folder);
}

/** A transport failure (an unreachable share) as a Swedish refusal naming the folder. */
export function transportRefusal(conn: Connection, error: unknown): Error {
  if (error instanceof DomainError) return error;
  const folder = exchangeSettingsOf(conn).folder ?? '';
  const reason = error instanceof Error && 'code' in error ? String(error.code) : 'okänt fel';
  return refusal('CONFLICT', 'exchange.folderUnreadable', { folder, reason });
}
