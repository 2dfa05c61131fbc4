import type { Database as Sqlite } from 'better-sqlite3';
import { DomainError } from '@shared/contract/errors';
import { PACKAGE_RECORD_TYPES, type PackageRecordType, type PackageScope } from '@shared/contract/packages';
import { columnOf, RECORD_REFERENCES, TYPES_WITH_EXAMPLE_FLAG } from '../../domain/packages/record-schemas';
import { rowToWire, type DbRow, type WireRecord } from '../../domain/packages/wire';
import type { SentStamp } from '../../repositories/packages/exchange-log';
import type { RecordStore } from '../../repositories/packages/record-store';
import { isHealthcareRegion, memberRegionsOf } from './local';
import { contentHash } from './records';

/**
 * Which records a package of a scope carries (docs/package-format.md, "Scopes"). National reference
 * records and example records never travel.
 */
export type Selection = Map<PackageRecordType, Map<string, DbRow>>;

function emptySelection(): Selection {
  return new Map(PACKAGE_RECORD_TYPES.map((t) => [t, new Map<string, DbRow>()]));
}

function add(selection: Selection, type: PackageRecordType, rows: readonly DbRow[]): void {
  const target = selection.get(type)!;
  for (const row of rows) target.set(String(row.id), row);
}

/** The owners whose records a scope carries; for a coordinator's forward, its member regions too. */
export function ownersOfScope(sqlite: Sqlite, localOwner: string, scope: PackageScope, recipient: string | null): string[] {
  if (scope === 'own') return [localOwner];
  if (!isHealthcareRegion(sqlite, localOwner)) {
    throw new DomainError('VALIDATION', `Only a healthcare-region installation can export the ${scope} scope; this one works for ${localOwner}`);
  }
  if (scope === 'hosting') return [localOwner];
  const members = [...memberRegionsOf(sqlite, localOwner)].filter((code) => code !== recipient).sort();
  return [localOwner, ...members];
}

/** The hosting-cost calculation of the host: its hostings, their cost items and keys, its parameters and salaries. */
function hostingSelection(store: RecordStore, host: string): Selection {
  const selection = emptySelection();
  const hostings = store.listByOwners('hostings', [host]).filter((h) => h.host_healthcare_region_code === host);
  const hostingIds = new Set(hostings.map((h) => String(h.id)));
  const keyIds = new Set(hostings.map((h) => h.allocation_key_id).filter((id): id is string => typeof id === 'string'));
  add(selection, 'hostings', hostings);
  add(selection, 'cost_items', store.listByOwners('cost_items', [host]).filter((c) => hostingIds.has(String(c.hosting_id))));
  add(selection, 'allocation_keys', store.listByOwners('allocation_keys', [host]).filter((k) => keyIds.has(String(k.id))));
  add(selection, 'allocation_key_shares', store.listByOwners('allocation_key_shares', [host]).filter((s) => keyIds.has(String(s.allocation_key_id))));
  add(selection, 'cost_parameters', store.listByOwners('cost_parameters', [host]));
  add(selection, 'default_salaries', store.listByOwners('default_salaries', [host]));
  return selection;
}

export function scopeSelection(store: RecordStore, scope: PackageScope, owners: readonly string[]): Selection {
  if (scope === 'hosting') return hostingSelection(store, owners[0]!);
  const selection = emptySelection();
  for (const type of PACKAGE_RECORD_TYPES) add(selection, type, store.listByOwners(type, owners));
  return selection;
}

/** Keeps only records whose version or content differs from what this recipient last got in this scope. */
export function changedSince(selection: Selection, sent: ReadonlyMap<string, SentStamp>): Selection {
  const changed = emptySelection();
  for (const [type, rows] of selection) {
    for (const row of rows.values()) {
      const last = sent.get(`${type}/${String(row.id)}`);
      if (!last || last.version !== row.version || last.hash !== contentHash(rowToWire(type, row))) add(changed, type, [row]);
    }
  }
  return changed;
}

/** RECORD_REFERENCES by database column, so references are read from the rows themselves. */
const REFERENCE_COLUMNS = new Map<PackageRecordType, readonly (readonly [string, PackageRecordType])[]>(
  PACKAGE_RECORD_TYPES.map((type) => [type, Object.entries(RECORD_REFERENCES[type]).map(([field, target]) => [columnOf(field), target] as const)]),
);

/**
 * Adds what the selected records refer to, when it belongs to the scope's owners, so any package can
 * be imported on its own whatever arrived before (a delta carries a new membership's person too).
 */
export function withReferences(store: RecordStore, selection: Selection, owners: readonly string[]): Selection {
  const allowed = new Set(owners);
  const queue: [PackageRecordType, DbRow][] = [...selection].flatMap(([type, rows]) => [...rows.values()].map((r): [PackageRecordType, DbRow] => [type, r]));
  while (queue.length > 0) {
    const [type, row] = queue.pop()!;
    for (const [column, target] of REFERENCE_COLUMNS.get(type)!) {
      const id = row[column];
      if (typeof id !== 'string' || selection.get(target)!.has(id)) continue;
      const referenced = store.get(target, id);
      if (!referenced || !allowed.has(String(referenced.owner))) continue;
      if (TYPES_WITH_EXAMPLE_FLAG.has(target) && referenced.is_example === 1) continue;
      add(selection, target, [referenced]);
      queue.push([target, referenced]);
    }
  }
  return selection;
}

/** The payload: wire records of every type, sorted by id. */
export function payloadOf(selection: Selection): Record<PackageRecordType, WireRecord[]> {
  return Object.fromEntries(
    PACKAGE_RECORD_TYPES.map((type) => {
      const rows = [...selection.get(type)!.values()].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
      return [type, rows.map((row) => rowToWire(type, row))];
    }),
  ) as Record<PackageRecordType, WireRecord[]>;
}
