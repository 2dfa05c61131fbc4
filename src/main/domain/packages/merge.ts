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

/** Why a record is ignored: national reference data, this installation's own, or not the sender's (or its member regions'). */
export type IgnoreKind = 'national' | 'own' | 'notSender' | 'notMember';

/** Null when the record may change local data, otherwise the kind of reason it is ignored. */
export function ignoreKind(recordOwner: string, ctx: OwnershipContext): IgnoreKind | null {
  if (recordOwner === NATIONAL) return 'national';
  if (recordOwner === ctx.localOwner) return 'own';
  if (recordOwner === ctx.origin) return null;
  if (ctx.scope === 'healthcare-region' && ctx.memberRegions.has(recordOwner)) return null;
  return ctx.scope === 'healthcare-region' ? 'notMember' : 'notSender';
}

const IGNORE_REASONS: Record<IgnoreKind, string> = {
  national: 'national reference data is never changed by packages',
  own: 'owned by this installation',
  notSender: 'not owned by the sender',
  notMember: 'not owned by the sender or one of its member regions',
};

/** Null when the record may change local data, otherwise why it is ignored (English, for logs). */
export function ignoreReason(recordOwner: string, ctx: OwnershipContext): string | null {
  const kind = ignoreKind(recordOwner, ctx);
  return kind === null ? null : IGNORE_REASONS[kind];
}

/** True when deleting `deleting` of the `held` live records of one owner needs explicit confirmation. */
export function needsMassDeletionConfirmation(held: number, deleting: number): boolean {
  if (deleting === 0) return false;
  return deleting > MASS_DELETION.maxCount || deleting * MASS_DELETION.shareDenominator > held * MASS_DELETION.shareNumerator;
}
