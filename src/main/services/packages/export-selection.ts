import { refusal } from '@shared/contract/errors';
import { wordMessage } from '@shared/messages';
import type { Connection } from '../../db/data';
import { PACKAGE_RECORD_TYPES, type PackageRecordType, type PackageScope } from '@shared/contract/packages';
import type { Payload } from '../../domain/packages/document';
import { referencePairs } from '../../domain/packages/record-schemas';
import type { WireRecord } from '../../domain/packages/wire';
import type { SentStamp } from '../../repositories/packages/exchange-log';
import type { RecordStore, WireEntry } from '../../repositories/packages/record-store';
import { NATIONAL } from '../../domain/packages/format';
import { exampleCostIds } from '../../domain/example-costs';
import { deterministicId } from '../../lib/ids';
import { sha256Hex } from './codec';
import type { RecordNames } from './record-names';
import { isHealthcareRegion, memberRegionsOf } from './local';

/**
 * Which records a package of a scope carries (docs/package-format.md, "Scopes"). National reference
 * records and example records never travel. Each record is kept with its canonical text.
 */
export type Selection = Map<PackageRecordType, Map<string, WireEntry>>;

function emptySelection(): Selection {
  return new Map(PACKAGE_RECORD_TYPES.map((t) => [t, new Map<string, WireEntry>()]));
}

/** The example cost plan's records, which never travel (they have no is_example column: known by id). */
const EXAMPLE_COST_IDS = exampleCostIds(deterministicId);

function add(selection: Selection, type: PackageRecordType, entries: readonly WireEntry[]): void {
  const target = selection.get(type)!;
  for (const entry of entries) if (!EXAMPLE_COST_IDS.has(String(entry.wire.id))) target.set(String(entry.wire.id), entry);
}

/** The owners whose records a scope carries; for a coordinator's forward, its member regions too. */
export function ownersOfScope(conn: Connection, localOwner: string, scope: PackageScope, recipient: string | null): string[] {
  if (scope === 'own') return [localOwner];
  if (!isHealthcareRegion(conn, localOwner)) {
    throw refusal('VALIDATION', 'package.export.coordinatorOnly', { owner: localOwner });
  }
  if (scope === 'hosting') return [localOwner];
  const members = [...memberRegionsOf(conn, localOwner)].filter((code) => code !== recipient).sort();
  return [localOwner, ...members];
}

/** The hosting-cost calculation of the host: its hostings, their cost items and keys, its parameters and salaries. */
function hostingSelection(store: RecordStore, host: string): Selection {
  const selection = emptySelection();
  const list = (type: PackageRecordType) => store.listEntriesByOwners(type, [host]);
  const hostings = list('hostings').filter((h) => h.wire.hostHealthcareRegionCode === host);
  const hostingIds = new Set(hostings.map((h) => String(h.wire.id)));
  const keyIds = new Set(hostings.map((h) => h.wire.allocationKeyId).filter((id): id is string => typeof id === 'string'));
  add(selection, 'hostings', hostings);
  add(
    selection,
    'cost_items',
    list('cost_items').filter((c) => hostingIds.has(String(c.wire.hostingId))),
  );
  add(
    selection,
    'allocation_keys',
    list('allocation_keys').filter((k) => keyIds.has(String(k.wire.id))),
  );
  add(
    selection,
    'allocation_key_shares',
    list('allocation_key_shares').filter((s) => keyIds.has(String(s.wire.allocationKeyId))),
  );
  add(selection, 'cost_parameters', list('cost_parameters'));
  add(selection, 'default_salaries', list('default_salaries'));
  return selection;
}

export function scopeSelection(store: RecordStore, scope: PackageScope, owners: readonly string[]): Selection {
  if (scope === 'hosting') return hostingSelection(store, owners[0]!);
  const selection = emptySelection();
  for (const type of PACKAGE_RECORD_TYPES) add(selection, type, store.listEntriesByOwners(type, owners));
  return selection;
}

/** Keeps only records whose version or content differs from what this recipient last got in this scope. */
export function changedSince(selection: Selection, sent: ReadonlyMap<string, SentStamp>): Selection {
  const changed = emptySelection();
  for (const [type, entries] of selection) {
    for (const entry of entries.values()) {
      const last = sent.get(`${type}/${String(entry.wire.id)}`);
      if (!last || last.version !== entry.wire.version || last.hash !== sha256Hex(entry.text)) add(changed, type, [entry]);
    }
  }
  return changed;
}

/** Whom the package is for (their own records stay behind: they hold them) and how to name records in a refusal. */
export type ReferenceOptions = { readonly recipient?: string | null; readonly names?: RecordNames };

type ExampleReference = { type: PackageRecordType; record: WireRecord; target: PackageRecordType; id: string };

/** At most this many "record → example record" pairs are named in the refusal; the rest are counted. */
const NAMED_EXAMPLES = 5;

function refuseExamples(found: readonly ExampleReference[], names: RecordNames | undefined): never {
  const named = found.slice(0, NAMED_EXAMPLES).map(({ type, record, target, id }) => {
    const recordText = names?.labelText(type, record) ?? String(record.id);
    const targetRecord = names?.find(target, id);
    const targetText = targetRecord && names ? names.labelText(target, targetRecord) : id;
    return wordMessage('sv', 'package.export.refersTo', { record: recordText, target: targetText });
  });
  const list = named.join(', ');
  const more = found.length - named.length;
  throw more > 0
    ? refusal('VALIDATION', 'package.export.exampleReferenceMore', { list, more })
    : refusal('VALIDATION', 'package.export.exampleReference', { list });
}

/**
 * Adds every record the selected records refer to, transitively and whatever its owner (another owner's
 * record is forwarded unchanged, at its version), so a package never arrives with a reference it does not
 * satisfy. Left out: national reference records (every installation holds them under the same ids) and
 * the recipient's own records (it holds them). A reference to an example record, which never travels,
 * refuses the export with the records named (`owners` is kept for callers; every owner is followed now).
 */
export function withReferences(
  store: RecordStore,
  selection: Selection,
  _owners: readonly string[],
  options: ReferenceOptions = {},
): Selection {
  const recipient = options.recipient ?? null;
  const pending: [PackageRecordType, WireRecord][] = [];
  /** References already found to stay behind (national groups, say, that thousands of memberships name). */
  const outside = new Set<string>();
  const examples: ExampleReference[] = [];
  const visit = (type: PackageRecordType, record: WireRecord) => {
    for (const [field, target] of referencePairs(type)) {
      const id = record[field];
      if (typeof id !== 'string' || selection.get(target)!.has(id) || outside.has(`${target}/${id}`)) continue;
      if (EXAMPLE_COST_IDS.has(id)) {
        examples.push({ type, record, target, id });
        continue;
      }
      const referenced = store.getEntry(target, id);
      const owner = referenced ? String(referenced.wire.owner) : null;
      if (!referenced || owner === NATIONAL || owner === recipient) {
        if (!referenced && store.get(target, id)?.is_example === 1) examples.push({ type, record, target, id });
        else outside.add(`${target}/${id}`);
        continue;
      }
      add(selection, target, [referenced]);
      pending.push([target, referenced.wire]);
    }
  };
  for (const [type, entries] of [...selection].map(([t, e]) => [t, [...e.values()]] as const))
    for (const entry of entries) visit(type, entry.wire);
  while (pending.length > 0) visit(...pending.pop()!);
  if (examples.length > 0) refuseExamples(examples, options.names);
  return selection;
}

/** The payload (wire records of every type, sorted by id) and the canonical text of each record, in the same order. */
export type SelectedPayload = { readonly payload: Payload; readonly texts: Readonly<Record<PackageRecordType, readonly string[]>> };

export function payloadOf(selection: Selection): SelectedPayload {
  const payload = {} as Record<PackageRecordType, WireRecord[]>;
  const texts = {} as Record<PackageRecordType, string[]>;
  for (const type of PACKAGE_RECORD_TYPES) {
    const byId = selection.get(type)!;
    // sort() without a comparator orders strings by UTF-16 code units, as `<` does, and natively.
    const entries = [...byId.keys()].sort().map((id) => byId.get(id)!);
    payload[type] = entries.map((e) => e.wire);
    texts[type] = entries.map((e) => e.text);
  }
  return { payload, texts };
}
