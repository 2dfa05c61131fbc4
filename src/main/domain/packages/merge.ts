import type { PackageScope } from '@shared/contract/packages';
import { MASS_DELETION, NATIONAL } from './format';

/**
 * Merge rules (docs/package-format.md, "Merge rules"). Every replica orders the versions of a record
 * the same way, so replicas that have seen the same records hold the same winner, whatever the order
 * and repetition of the packages: the merge is a join (commutative, associative, idempotent).
 */
export type Stamp = { readonly version: number; readonly deleted: boolean; readonly hash: string };

/** The total order: higher version; at equal version a tombstone; then the greater content hash. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.version !== b.version) return a.version < b.version ? -1 : 1;
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
  return a.hash === b.hash ? 0 : a.hash < b.hash ? -1 : 1;
}

export type Verdict = 'new' | 'changed' | 'deleted' | 'unchanged';

/** What receiving `incoming` does to the local record; `unchanged` covers "the same or older". */
export function decide(local: Stamp | null, incoming: Stamp): Verdict {
  if (local === null) return incoming.deleted ? 'deleted' : 'new';
  if (compareStamps(incoming, local) <= 0) return 'unchanged';
  return incoming.deleted && !local.deleted ? 'deleted' : 'changed';
}

export type OwnershipContext = {
  /** The owner code of the package's origin (its sender). */
  readonly origin: string;
  readonly scope: PackageScope;
  /** Whom this installation works for: its own records never change through packages. */
  readonly localOwner: string;
  /** For a healthcare-region package: the sender's member regions, whose records it forwards. */
  readonly memberRegions: ReadonlySet<string>;
};

/** Null when the record may change local data, otherwise why it is ignored. */
export function ignoreReason(recordOwner: string, ctx: OwnershipContext): string | null {
  if (recordOwner === NATIONAL) return 'national reference data is never changed by packages';
  if (recordOwner === ctx.localOwner) return 'owned by this installation';
  if (recordOwner === ctx.origin) return null;
  if (ctx.scope === 'healthcare-region' && ctx.memberRegions.has(recordOwner)) return null;
  return ctx.scope === 'healthcare-region' ? 'not owned by the sender or one of its member regions' : 'not owned by the sender';
}

/** True when deleting `deleting` of the `held` live records of one owner needs explicit confirmation. */
export function needsMassDeletionConfirmation(held: number, deleting: number): boolean {
  if (deleting === 0) return false;
  return deleting > MASS_DELETION.maxCount || deleting * MASS_DELETION.shareDenominator > held * MASS_DELETION.shareNumerator;
}
