import type { FieldChange, PackageRecordType, Worded } from '@shared/contract/packages';
import { wordMessage, type MessageKey } from '@shared/messages';
import type { Connection } from '../../db/data';
import type { Payload } from '../../domain/packages/document';
import { RECORD_FIELDS, RECORD_REFERENCES } from '../../domain/packages/record-schemas';
import { rowToWire, type DbValue, type WireRecord } from '../../domain/packages/wire';
import type { RecordStore } from '../../repositories/packages/record-store';
import { allHealthcareRegions, allRegionNames } from '../../repositories/regions';

/**
 * Names for what a person reads about package records: each record by name ("Uppdrag: Anna Lindqvist i
 * NPO Hjärt- och kärlsjukdomar"), owners and regions by name, changed fields with their values, references
 * by the name of the record they point to. Records are looked up in the package first, then here.
 */
export class RecordNames {
  private readonly index = new Map<PackageRecordType, Map<string, WireRecord>>();
  private regions: Map<string, string> | null = null;

  constructor(
    private readonly conn: Connection,
    private readonly store: RecordStore,
    private readonly payload: Payload | null = null,
  ) {}

  /** A record of the package, or else the one held here (example records included), or undefined. */
  find(type: PackageRecordType, id: string): WireRecord | undefined {
    if (this.payload) {
      let byId = this.index.get(type);
      if (!byId) {
        byId = new Map(this.payload[type].map((r) => [String(r.id), r]));
        this.index.set(type, byId);
      }
      const inPackage = byId.get(id);
      if (inPackage) return inPackage;
    }
    const row = this.store.get(type, id);
    return row ? rowToWire(type, row) : undefined;
  }

  /** The name of a referenced record (a seat by its group), or null when it is nowhere to be found. */
  nameOf(type: PackageRecordType, id: unknown): string | null {
    if (typeof id !== 'string') return null;
    const record = this.find(type, id);
    if (!record) return null;
    if (type === 'seats' || type === 'hostings' || type === 'nomination_requests') return this.nameOf('groups', record.groupId);
    if (type === 'nomination_candidates') return this.candidateName(record);
    return typeof record.name === 'string' ? record.name : null;
  }

  /** A region's or healthcare region's name by its code; the code itself only when no name is known. */
  ownerName(code: string): string {
    if (this.regions === null) {
      this.regions = allRegionNames(this.conn);
      for (const hr of allHealthcareRegions(this.conn)) this.regions.set(hr.code, hr.name);
    }
    return this.regions.get(code) ?? code;
  }

  /** A candidate by the person's name, or the new candidate's own. */
  private candidateName(candidate: WireRecord): string | null {
    return this.nameOf('persons', candidate.personId) ?? (typeof candidate.newName === 'string' ? candidate.newName : null);
  }

  private unknown(): string {
    return wordMessage('sv', 'package.label.unknownName');
  }

  private named(type: PackageRecordType, id: unknown): string {
    return this.nameOf(type, id) ?? this.unknown();
  }

  /** The record by name, as a message key with parameters. */
  labelOf(type: PackageRecordType, r: WireRecord): Worded {
    const key = (k: string) => `package.label.${k}` as MessageKey;
    const text = (v: DbValue | undefined) => (v === null || v === undefined ? '' : String(v));
    switch (type) {
      case 'persons': {
        const organisation = this.nameOf('organisations', r.organisationId);
        return organisation === null
          ? { key: key('persons'), params: { name: text(r.name) } }
          : { key: key('personAt'), params: { name: text(r.name), organisation } };
      }
      case 'seats':
        return { key: key(type), params: { ordinal: text(r.ordinal), group: this.named('groups', r.groupId) } };
      case 'memberships':
        return { key: key(type), params: { person: this.named('persons', r.personId), group: this.named('groups', r.groupId) } };
      case 'nomination_requests':
        return { key: key(type), params: { group: this.named('groups', r.groupId) } };
      case 'nomination_candidates': {
        const request = typeof r.requestId === 'string' ? this.find('nomination_requests', r.requestId) : undefined;
        const group = request ? this.named('groups', request.groupId) : this.unknown();
        return { key: key(type), params: { name: this.candidateName(r) ?? this.unknown(), group } };
      }
      case 'team_activity_levels':
        return { key: key(type), params: { group: this.named('groups', r.groupId), date: text(r.effectiveDate) } };
      case 'pathway_implementations':
        return {
          key: key(type),
          params: { pathway: this.named('care_pathways', r.carePathwayId), region: this.ownerName(text(r.regionCode)) },
        };
      case 'allocation_key_shares':
        return {
          key: key(type),
          params: { region: this.ownerName(text(r.regionCode)), key: this.named('allocation_keys', r.allocationKeyId) },
        };
      case 'hostings':
        return { key: key(type), params: { group: this.named('groups', r.groupId) } };
      case 'cost_items':
      case 'fixed_contributions':
        return { key: key(type), params: { label: text(r.label), year: text(r.year) } };
      case 'cost_parameters':
        return { key: key(type), params: { year: text(r.year) } };
      case 'default_salaries':
        return { key: key(type), params: { role: text(r.role), year: text(r.year) } };
      case 'person_salaries':
        return { key: key(type), params: { person: this.named('persons', r.personId), date: text(r.effectiveDate) } };
      case 'person_erasures':
        return { key: key(type), params: {} };
      default:
        return { key: key(type), params: { name: text(r.name) } };
    }
  }

  /** The label worded in Swedish (for a refusal's parameters, which carry plain text). */
  labelText(type: PackageRecordType, r: WireRecord): string {
    const { key, params } = this.labelOf(type, r);
    return wordMessage('sv', key as MessageKey, params);
  }

  /** A field's value as a person reads it: shares in per cent, money in kronor, references by name, regions by name. */
  valueOf(type: PackageRecordType, field: string, value: DbValue | undefined): string | null {
    if (value === null || value === undefined) return null;
    const target: PackageRecordType | undefined = RECORD_REFERENCES[type][field];
    if (target) return this.named(target, value);
    if (field.endsWith('Bp') && typeof value === 'number') return `${formatDecimal(value / 100)} %`;
    if (field.endsWith('Ore') && typeof value === 'number') return `${formatDecimal(value / 100)} kr`;
    if (/(^r|R)egionCode$/.test(field) || field === 'hostHealthcareRegionCode') return this.ownerName(String(value));
    if (field === 'salaryChangesJson' && typeof value === 'string') return salaryChangesText(value);
    return String(value);
  }

  /** The fields a changed record changes (sync fields left out), with values as a person reads them. */
  changesOf(type: PackageRecordType, before: WireRecord, after: WireRecord): FieldChange[] {
    const fields = Object.keys(RECORD_FIELDS[type]);
    const changes: FieldChange[] = [];
    for (const field of fields) {
      if (before[field] === after[field]) continue;
      changes.push({ field, from: this.valueOf(type, field, before[field]), to: this.valueOf(type, field, after[field]) });
    }
    return changes;
  }
}

/** Later salaries of a cost item ("2027-07-01: 46000 kr"), none as null; text that is not the list as it is. */
function salaryChangesText(json: string): string | null {
  let list: unknown;
  try {
    list = JSON.parse(json);
  } catch {
    return json;
  }
  if (!Array.isArray(list)) return json;
  const parts = list.map((entry: unknown) => {
    const { effectiveDate, monthlySalaryOre } = (entry ?? {}) as { effectiveDate?: unknown; monthlySalaryOre?: unknown };
    return typeof monthlySalaryOre === 'number'
      ? `${String(effectiveDate)}: ${formatDecimal(monthlySalaryOre / 100)} kr`
      : String(effectiveDate);
  });
  return parts.length === 0 ? null : parts.join(', ');
}

/** 25 → "25", 12.5 → "12,5" (Swedish decimal comma, no grouping: the value stays readable in both languages). */
function formatDecimal(value: number): string {
  return (Math.round(value * 100) / 100).toString().replace('.', ',');
}
