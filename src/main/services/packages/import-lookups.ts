import type { Connection } from '../../db/data';
import { PACKAGE_RECORD_TYPES, type PackageRecordType } from '@shared/contract/packages';
import type { Payload } from '../../domain/packages/document';
import { referencePairs } from '../../domain/packages/record-schemas';
import type { DbRow } from '../../domain/packages/wire';
import type { RecordStore } from '../../repositories/packages/record-store';
import { originOf, originsOf, type OriginRow } from '../../repositories/packages/undo-store';

/** The ids an import will ask about, per table. */
type IdsByType = Map<PackageRecordType, Set<string>>;

function idsToAsk(payload: Payload): IdsByType {
  const ids: IdsByType = new Map(PACKAGE_RECORD_TYPES.map((type) => [type, new Set<string>()]));
  const ask = (type: PackageRecordType, id: unknown) => {
    if (typeof id === 'string') ids.get(type)!.add(id);
  };
  for (const type of PACKAGE_RECORD_TYPES) {
    const references = referencePairs(type);
    for (const record of payload[type]) {
      ask(type, record.id);
      for (const [field, target] of references) ask(target, record[field]);
    }
  }
  // A person is looked up among the erasure markers, and a marker's person among the persons.
  for (const person of payload.persons) ask('person_erasures', person.id);
  for (const marker of payload.person_erasures) ask('persons', marker.id);
  // A candidate is looked up among the markers by its person and by itself (a new candidate erased), and a marker among the candidates.
  for (const candidate of payload.nomination_candidates) {
    ask('person_erasures', candidate.id);
    ask('person_erasures', candidate.personId);
  }
  for (const marker of payload.person_erasures) ask('nomination_candidates', marker.id);
  return ids;
}

/**
 * What an import asks the database about every record, read in bulk before the run (one statement per
 * table instead of one per record and question): which ids each table holds, and the provenance the
 * package's records had before it. This stays true during the run because, inside the import's
 * transaction, rows are only ever added or overwritten (never deleted), all through ImportRun.write,
 * which reports each write here; provenance is written only when the run ends. An id not read in bulk
 * is asked of the database as before.
 */
export class ImportLookups {
  /** Per table: id → whether the row is there. */
  private readonly present = new Map<PackageRecordType, Map<string, boolean>>();
  /** Per table: provenance before the import of the ids read in bulk (absent: none). */
  private readonly origins = new Map<PackageRecordType, Map<string, OriginRow>>();
  private readonly originIds: IdsByType;

  constructor(
    private readonly conn: Connection,
    private readonly store: RecordStore,
    payload: Payload,
  ) {
    const asked = idsToAsk(payload);
    for (const [type, idSet] of asked) {
      const ids = [...idSet];
      const there = store.presentIds(type, ids);
      this.present.set(type, new Map(ids.map((id) => [id, there.has(id)])));
    }
    this.originIds = new Map(PACKAGE_RECORD_TYPES.map((type) => [type, new Set(payload[type].map((r) => String(r.id)))]));
    for (const marker of payload.person_erasures) this.originIds.get('persons')!.add(String(marker.id));
    for (const [type, ids] of this.originIds) this.origins.set(type, originsOf(conn, type, [...ids]));
  }

  /** The whole row, or undefined (no statement when the row is known to be absent). */
  get(type: PackageRecordType, id: string): DbRow | undefined {
    return this.present.get(type)!.get(id) === false ? undefined : this.store.get(type, id);
  }

  exists(type: PackageRecordType, id: string): boolean {
    return this.present.get(type)!.get(id) ?? this.store.exists(type, id);
  }

  /** ImportRun.write reports every row it writes. */
  wrote(type: PackageRecordType, id: string): void {
    this.present.get(type)!.set(id, true);
  }

  /** The record's provenance before the import (none until the run's provenance is written at its end). */
  originBefore(type: PackageRecordType, id: string): OriginRow | null {
    if (!this.originIds.get(type)!.has(id)) return originOf(this.conn, type, id) ?? null;
    return this.origins.get(type)!.get(id) ?? null;
  }
}
