import {
  PACKAGE_RECORD_TYPES,
  RECORD_OUTCOMES,
  type OutcomeCounts,
  type PackageRecordType,
  type RecordOutcome,
} from '@shared/contract/packages';
import { canonicalJson } from '../../domain/packages/canonical';
import type { Stamp } from '../../domain/packages/merge';
import type { DbRow, WireRecord } from '../../domain/packages/wire';
import { sha256Hex } from './codec';

/** Small helpers shared by export, import and undo. */

/** SHA-256 of a record's canonical JSON: the content hash of the merge tie-break and of "unchanged". */
export function contentHash(record: WireRecord | DbRow): string {
  return sha256Hex(canonicalJson(record));
}

export function stampOf(wire: WireRecord, hash = contentHash(wire)): Stamp {
  return { version: Number(wire.version), deleted: wire.deletedAt !== null, hash };
}

/** The stamp of a record with no local copy to compare with: decide() then needs no content hash. */
export function stampWithoutHash(wire: WireRecord): Stamp {
  return stampOf(wire, '');
}

export function zeroCounts(): OutcomeCounts {
  return { new: 0, changed: 0, unchanged: 0, deleted: 0, ignored: 0, rejected: 0 };
}

export function countsByType(): Record<PackageRecordType, OutcomeCounts> {
  return Object.fromEntries(PACKAGE_RECORD_TYPES.map((t) => [t, zeroCounts()])) as Record<PackageRecordType, OutcomeCounts>;
}

export function totalsOf(byType: Record<PackageRecordType, OutcomeCounts>): OutcomeCounts {
  const totals = zeroCounts();
  for (const type of PACKAGE_RECORD_TYPES) for (const kind of RECORD_OUTCOMES) totals[kind] += byType[type][kind];
  return totals;
}

export function bump(byType: Record<PackageRecordType, OutcomeCounts>, type: PackageRecordType, kind: RecordOutcome): void {
  byType[type][kind] += 1;
}

export function isRecordType(value: string): value is PackageRecordType {
  return (PACKAGE_RECORD_TYPES as readonly string[]).includes(value);
}

/** Groups ordered so a parent in the same package comes before its children (iterative: no deep recursion). */
export function parentsFirst(groups: readonly WireRecord[]): WireRecord[] {
  const byId = new Map(groups.map((g) => [g.id as string, g]));
  const seen = new Set<string>();
  const ordered: WireRecord[] = [];
  for (const group of groups) {
    const chain: WireRecord[] = [];
    let current: WireRecord | undefined = group;
    while (current && !seen.has(current.id as string)) {
      seen.add(current.id as string);
      chain.push(current);
      const parent: unknown = current.parentGroupId;
      current = typeof parent === 'string' ? byId.get(parent) : undefined;
    }
    ordered.push(...chain.reverse());
  }
  return ordered;
}
