import { all, first, qb, run, type Connection } from '../../db/data';
import type { ExchangePickupsTable } from '../../db/schema';

/** exchange_pickups (migration 0016): what the exchange folder picked up, by the content hash of the package file. */

export const PICKUP_STATUSES = ['PENDING', 'APPLIED', 'ALREADY', 'REJECTED', 'DISMISSED'] as const;
export type PickupStatus = (typeof PICKUP_STATUSES)[number];

export type Pickup = {
  readonly sha256: string;
  readonly packageId: string;
  readonly originOwner: string;
  readonly fileName: string;
  readonly pickedAt: string;
  readonly status: PickupStatus;
  /** JSON: the reasons (message keys with parameters) it waits or was refused. */
  readonly reasonsJson: string | null;
  readonly countsJson: string | null;
};

function toPickup(row: ExchangePickupsTable): Pickup {
  const status = PICKUP_STATUSES.find((s) => s === row.status) ?? 'REJECTED';
  return {
    sha256: row.sha256,
    packageId: row.package_id,
    originOwner: row.origin_owner,
    fileName: row.file_name,
    pickedAt: row.picked_at,
    status,
    reasonsJson: row.reasons_json,
    countsJson: row.counts_json,
  };
}

export function pickupBySha(conn: Connection, sha256: string): Pickup | null {
  const row = first(conn, qb.selectFrom('exchange_pickups').selectAll().where('sha256', '=', sha256));
  return row ? toPickup(row) : null;
}

/** Every pickup with one of the statuses, oldest first. */
export function pickupsWithStatus(conn: Connection, statuses: readonly PickupStatus[]): Pickup[] {
  if (statuses.length === 0) return [];
  return all(
    conn,
    qb
      .selectFrom('exchange_pickups')
      .selectAll()
      .where('status', 'in', [...statuses])
      .orderBy('picked_at')
      .orderBy('sha256'),
  ).map(toPickup);
}

/** The columns a pickup seen again may change (its hash, package, sender and first pick-up time stay). */
const CHANGEABLE = ['status', 'reasons_json', 'counts_json', 'file_name'] as const;

/**
 * Records a pickup; a row of the same content already there is replaced (its status moves on). A row
 * that would stay as it is is not written, so picking up the same waiting package again (automatic
 * import on, the sender not trusted) logs no change (migration 0018) and refreshes no view.
 */
export function savePickup(conn: Connection, pickup: Pickup): void {
  const row: ExchangePickupsTable = {
    sha256: pickup.sha256,
    package_id: pickup.packageId,
    origin_owner: pickup.originOwner,
    file_name: pickup.fileName,
    picked_at: pickup.pickedAt,
    status: pickup.status,
    reasons_json: pickup.reasonsJson,
    counts_json: pickup.countsJson,
  };
  run(
    conn,
    qb
      .insertInto('exchange_pickups')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('sha256')
          .doUpdateSet({ status: row.status, reasons_json: row.reasons_json, counts_json: row.counts_json, file_name: row.file_name })
          .where((eb) => eb.or(CHANGEABLE.map((c) => eb(`exchange_pickups.${c}`, 'is not', eb.ref(`excluded.${c}`))))),
      ),
  );
}

export function setPickupStatus(conn: Connection, sha256: string, status: PickupStatus, countsJson: string | null): void {
  run(conn, qb.updateTable('exchange_pickups').set({ status, counts_json: countsJson }).where('sha256', '=', sha256));
}
