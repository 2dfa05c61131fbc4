import type { z } from 'zod';
import type { exchangeSendInputSchema, exchangeSendOutputSchema } from '@shared/contract/exchange';
import { PACKAGE_FILE_EXTENSION } from '../../domain/packages/format';
import type { ServiceContext } from '../../lib/context';
import { sentRecipients } from '../../repositories/packages/exchange-log';
import { listSigningKeys } from '../../repositories/packages/key-store';
import { prepareExport, recordExport, UNADDRESSED } from '../packages/export-service';
import { installationSigningKey } from '../packages/keys-service';
import { exchangeTransportOf, transportRefusal } from './exchange-settings';
import { boxOf, type ExchangeTransport } from './transport';

type SendInput = z.output<typeof exchangeSendInputSchema>;
type SentPackage = z.output<typeof exchangeSendOutputSchema>['packages'][number];

/**
 * The recipients of a send without `--to`: everyone who got a package of the scope before (what
 * package_sent_sets remembers per recipient), or everyone (`till-alla`) when nobody did yet.
 */
function recipientsOf(ctx: ServiceContext, input: SendInput): (string | null)[] {
  if (input.recipient !== null) return [input.recipient];
  const earlier = sentRecipients(ctx.conn, input.scope).map((r) => (r === UNADDRESSED ? null : r));
  return earlier.length > 0 ? earlier : [null];
}

/** The file's name in the box: the export's name with the package id, so two installations never write the same name. */
function boxFileName(fileName: string, packageId: string): string {
  return `${fileName.slice(0, -PACKAGE_FILE_EXTENSION.length)}-${packageId.replace(/-/g, '').slice(0, 12)}${PACKAGE_FILE_EXTENSION}`;
}

/**
 * Writes one package per recipient into its box: the changes since the last package to that recipient
 * (everything with `full`), signed when the installation has a signing key. A recipient with no change
 * gets no file. The package is recorded as sent only once its file is complete in the box.
 */
export async function sendPackages(
  ctx: ServiceContext,
  input: SendInput,
  transport: ExchangeTransport = exchangeTransportOf(ctx.conn),
): Promise<{ packages: SentPackage[] }> {
  const signingKey = listSigningKeys(ctx.conn).length > 0 ? installationSigningKey(ctx) : null;
  const packages: SentPackage[] = [];
  for (const recipient of recipientsOf(ctx, input)) {
    const box = boxOf(recipient);
    const prepared = await prepareExport(
      ctx,
      { scope: input.scope, recipient, sinceLast: !input.full, sign: signingKey !== null },
      signingKey,
    );
    if (!input.full && prepared.summary.totalRecords === 0) {
      packages.push({ recipient, box, status: 'unchanged', fileName: null, packageId: null, totalRecords: 0 });
      continue;
    }
    const name = boxFileName(prepared.fileName, prepared.manifest.packageId);
    try {
      await transport.write({ box, name }, prepared.bytes);
    } catch (error) {
      throw transportRefusal(ctx.conn, error);
    }
    recordExport(ctx, prepared);
    packages.push({
      recipient,
      box,
      status: 'written',
      fileName: name,
      packageId: prepared.manifest.packageId,
      totalRecords: prepared.summary.totalRecords,
    });
  }
  return { packages };
}
