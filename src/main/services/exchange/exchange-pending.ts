import type { z } from 'zod';
import { refusal } from '@shared/contract/errors';
import type { exchangeOpenOutputSchema, exchangePendingOutputSchema } from '@shared/contract/exchange';
import { MAX_PACKAGE_BYTES } from '@shared/contract/packages';
import type { ServiceContext } from '../../lib/context';
import { importsOf } from '../../repositories/packages/exchange-log';
import { pickupBySha, pickupsWithStatus, setPickupStatus, type Pickup } from '../../repositories/packages/exchange-pickups';
import { sha256Hex } from '../packages/codec';
import { inspectPackage } from '../packages/import-service';
import { exchangeSettingsOf, exchangeTransportOf } from './exchange-settings';
import { BOX_TO_ALL, boxOf, type ExchangeTransport } from './transport';
import { requireLocalOwner } from '../packages/local';

type PendingList = z.output<typeof exchangePendingOutputSchema>;

/** A waiting package imported meanwhile (from the start page, or as a file) is waiting no more. */
function stillPending(ctx: ServiceContext, pickup: Pickup): boolean {
  const imported = importsOf(ctx.conn, pickup.packageId).some((e) => e.status !== 'UNDONE');
  if (imported) setPickupStatus(ctx.conn, pickup.sha256, 'APPLIED', pickup.countsJson);
  return !imported;
}

function pendingList(ctx: ServiceContext): PendingList {
  const packages = pickupsWithStatus(ctx.conn, ['PENDING'])
    .filter((p) => stillPending(ctx, p))
    .map((p) => ({ sha256: p.sha256, fileName: p.fileName, packageId: p.packageId, sender: p.originOwner, pickedAt: p.pickedAt }));
  return { folder: exchangeSettingsOf(ctx.conn).folder, packages };
}

/**
 * "Paket att granska" on the start page: picks up what is new in the exchange folder (importing only
 * what the user chose to import automatically) through `pickUp` (the app runs it as a job, off the
 * request loop: exchange-pickup.ts), then lists the packages waiting for review. Without a folder the
 * list is empty; an unreachable folder, or another job running, still lists what was picked up before.
 */
export async function pendingPackages(ctx: ServiceContext, pickUp: () => Promise<unknown>): Promise<PendingList> {
  if (exchangeSettingsOf(ctx.conn).folder === null) return { folder: null, packages: [] };
  try {
    await pickUp();
  } catch {
    // the share may be offline, or another job runs; what was picked up before is still listed
  }
  return pendingList(ctx);
}

/** A waiting package's content and preview (the same preview as a package file's), read again from the folder. */
export async function openPending(
  ctx: ServiceContext,
  sha256: string,
  transport: ExchangeTransport = exchangeTransportOf(ctx.conn),
): Promise<z.output<typeof exchangeOpenOutputSchema>> {
  const pickup = pickupBySha(ctx.conn, sha256);
  if (!pickup || pickup.status !== 'PENDING') throw refusal('NOT_FOUND', 'exchange.notPending');
  const entries = [...(await transport.list(boxOf(requireLocalOwner(ctx.conn)))), ...(await transport.list(BOX_TO_ALL))];
  for (const entry of entries.filter((e) => e.name === pickup.fileName)) {
    const bytes = await transport.read(entry, MAX_PACKAGE_BYTES);
    if (bytes === null || sha256Hex(bytes) !== sha256) continue;
    const contentBase64 = Buffer.from(bytes).toString('base64');
    const inspection = await inspectPackage(ctx, { fileName: pickup.fileName, contentBase64 });
    return {
      fileName: pickup.fileName,
      contentBase64,
      summary: inspection.summary,
      signer: inspection.signer,
      preview: inspection.preview,
    };
  }
  throw refusal('NOT_FOUND', 'exchange.gone');
}

/** The user chose not to import a waiting package: it leaves the list and is not picked up again. */
export function dismissPending(ctx: ServiceContext, sha256: string): PendingList {
  const pickup = pickupBySha(ctx.conn, sha256);
  if (!pickup || pickup.status !== 'PENDING') throw refusal('NOT_FOUND', 'exchange.notPending');
  setPickupStatus(ctx.conn, sha256, 'DISMISSED', pickup.countsJson);
  return pendingList(ctx);
}
