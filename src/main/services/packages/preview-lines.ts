import {
  PREVIEW_LINES_PER_OUTCOME,
  type FieldChange,
  type OutcomeCounts,
  type PackageRecordType,
  type PreviewLine,
  type RecordOutcome,
  type Worded,
} from '@shared/contract/packages';
import type { OwnershipContext } from '../../domain/packages/merge';
import { ignoreKind } from '../../domain/packages/merge';
import type { Payload } from '../../domain/packages/document';
import { referencePairs } from '../../domain/packages/record-schemas';
import type { WireRecord } from '../../domain/packages/wire';
import type { RecordNames } from './record-names';
import { zeroCounts } from './records';

/**
 * The preview's records by name, grouped by outcome: at most PREVIEW_LINES_PER_OUTCOME lines per outcome
 * (labels are built only for those), the rest counted.
 */
export class PreviewLines {
  readonly lines: PreviewLine[] = [];
  readonly more: OutcomeCounts = zeroCounts();
  private readonly listed: OutcomeCounts = zeroCounts();

  constructor(private readonly names: RecordNames) {}

  add(outcome: RecordOutcome, type: PackageRecordType, record: WireRecord, changes: () => FieldChange[], reason: Worded | null): Worded {
    const label = this.names.labelOf(type, record);
    if (this.listed[outcome] >= PREVIEW_LINES_PER_OUTCOME) {
      this.more[outcome] += 1;
      return label;
    }
    this.listed[outcome] += 1;
    this.lines.push({ outcome, recordType: type, label, changes: outcome === 'changed' ? changes() : [], reason });
    return label;
  }
}

/**
 * Records of a third owner the package carries because the sender's records refer to them (transitively):
 * "type/id" keys. The exporter forwards such records unchanged so the package is self-contained; the
 * importer takes one only when it does not hold it yet, so no other owner's record is ever overwritten.
 */
export function referenceCopies(payload: Payload, ownership: OwnershipContext): Set<string> {
  const byKey = new Map<string, [PackageRecordType, WireRecord]>();
  for (const type of Object.keys(payload) as PackageRecordType[]) {
    for (const record of payload[type]) byKey.set(`${type}/${String(record.id)}`, [type, record]);
  }
  const copies = new Set<string>();
  const pending: [PackageRecordType, WireRecord][] = [];
  for (const [type, record] of byKey.values()) if (ignoreKind(String(record.owner), ownership) === null) pending.push([type, record]);
  while (pending.length > 0) {
    const [type, record] = pending.pop()!;
    for (const [field, target] of referencePairs(type)) {
      const key = `${target}/${String(record[field])}`;
      const found = byKey.get(key);
      if (!found || copies.has(key)) continue;
      const kind = ignoreKind(String(found[1].owner), ownership);
      if (kind !== 'notSender' && kind !== 'notMember') continue;
      copies.add(key);
      pending.push(found);
    }
  }
  return copies;
}
