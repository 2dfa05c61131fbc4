/**
 * The one place that words an audit entry for a person: what happened (Skapad, Ändrad, Importerad från
 * paket från Region X, Raderad enligt GDPR …), by whom, and which field went from what to what, with
 * Swedish labels and readable values (names for ids via the entry's `names`, "20 %", dates). Internal
 * field names, codes and ids never reach the output: a field without a label is left out.
 */
import type { AuditEntryView } from '@shared/contract/records';
import {
  GENDERS,
  GROUP_LEVELS,
  GROUP_TYPES,
  HOSTING_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ORGANISATION_TYPES,
} from '@shared/domain/enums';
import { CANDIDATE_STATUSES } from '@shared/contract/nominations';
import { formatPercentBp } from '../../format';
import { seatLabelText } from '../hr-names';
import type { Word } from '../undo/undo-words';

/** The fields a history shows, in this order; their labels are `history.fields.<field>`. */
export const HISTORY_FIELDS = [
  'name',
  'email',
  'phone',
  'region_code',
  'organisation_id',
  'profession',
  'gender',
  'ended_on',
  'type',
  'level',
  'parent_group_id',
  'healthcare_region_code',
  'host_healthcare_region_code',
  'hosting_status',
  'seat_count',
  'person_id',
  'group_id',
  'seat_id',
  'role',
  'start_date',
  'end_date',
  'allocation_bp',
  'status',
  'label',
  'ordinal',
  'effective_from',
  'proposed_on',
  'nominated_on',
  'decided_on',
  'closed_on',
  'description',
  'notes',
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

const REFERENCES = new Set<string>(['person_id', 'group_id', 'parent_group_id', 'organisation_id', 'seat_id']);
const DATES = new Set<string>([
  'start_date',
  'end_date',
  'ended_on',
  'effective_from',
  'proposed_on',
  'nominated_on',
  'decided_on',
  'closed_on',
]);

/** Region and healthcare-region names the renderer already has (reference data). */
export type CodeNames = { region: (code: string) => string | null; healthcareRegion: (code: string) => string | null };

export type HistoryChange = { field: HistoryField; label: string; before: string | null; after: string | null };

function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function image(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function enumText(field: string, value: string, t: Word): string | null {
  if (field === 'gender' && oneOf(GENDERS, value)) return t(`gender.${value}`);
  if (field === 'type' && oneOf(ORGANISATION_TYPES, value)) return t(`organisationType.${value}`);
  if (field === 'type' && oneOf(GROUP_TYPES, value)) return t(`groupType.${value}`);
  if (field === 'level' && oneOf(GROUP_LEVELS, value)) return t(`groupLevel.${value}`);
  if (field === 'hosting_status' && oneOf(HOSTING_STATUSES, value)) return t(`hosting.${value}`);
  if (field === 'role' && oneOf(MEMBERSHIP_ROLES, value)) return t(`role.${value}`);
  if (field === 'status' && oneOf(MEMBERSHIP_STATUSES, value)) return t(`membershipStatus.${value}`);
  if (field === 'status' && oneOf(CANDIDATE_STATUSES, value)) return t(`nominations.candidateStatus.${value}`);
  return null;
}

/** One stored value as a person reads it; null for "no value". */
export function valueText(
  field: string,
  value: unknown,
  names: Readonly<Record<string, string>>,
  t: Word,
  codes: CodeNames,
): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return field === 'allocation_bp' ? formatPercentBp(value) : String(value);
  if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no');
  if (typeof value !== 'string') return null;
  // a seat's name from main is its label (`NORRA 2`), worded like the seat columns ("Norra 2")
  if (field === 'seat_id' && names[value] !== undefined) return seatLabelText(names[value], t);
  if (REFERENCES.has(field)) return names[value] ?? t('history.unknownRecord');
  if (DATES.has(field)) return value.slice(0, 10);
  if (field === 'region_code') return codes.region(value) ?? value;
  if (field === 'healthcare_region_code' || field === 'host_healthcare_region_code') return codes.healthcareRegion(value) ?? value;
  return enumText(field, value, t) ?? value;
}

/** The labelled fields that differ between before and after (for a new record: those filled in), in HISTORY_FIELDS order. */
export function historyChanges(entry: Pick<AuditEntryView, 'before' | 'after' | 'names'>, t: Word, codes: CodeNames): HistoryChange[] {
  const before = image(entry.before);
  const after = image(entry.after);
  if (entry.after === null) return [];
  return HISTORY_FIELDS.flatMap((field) => {
    const was = valueText(field, before[field], entry.names, t, codes);
    const now = valueText(field, after[field], entry.names, t, codes);
    if (was === now) return [];
    return [{ field, label: t(`history.fields.${field}`), before: entry.before === null ? null : was, after: now }];
  });
}

/** What happened, as "Skapad", "Importerad från paket från Region Jämtland Härjedalen", "Raderad enligt GDPR" … */
export function actionText(entry: Pick<AuditEntryView, 'action' | 'before' | 'after' | 'names'> & { entity?: string }, t: Word): string {
  const { action } = entry;
  // a candidate who withdraws is logged as the candidacy's end, but reads as withdrawn
  if (action === 'end' && entry.entity === 'nomination_candidates' && image(entry.after).status === 'WITHDRAWN') {
    return t('history.actions.withdrawn');
  }
  if (action.startsWith('erase')) return t('history.actions.erased');
  if (action.startsWith('import-')) {
    const owner = image(entry.after).owner ?? image(entry.before).owner;
    const origin = typeof owner === 'string' ? entry.names[owner] : undefined;
    if (action === 'import-deleted') return origin ? t('history.actions.importRemoved', { origin }) : t('history.actions.removed');
    return origin ? t('history.actions.imported', { origin }) : t('history.actions.importedUnknown');
  }
  const simple: Record<string, string> = {
    create: 'created',
    update: 'changed',
    end: 'ended',
    delete: 'removed',
    correction: 'correction',
    'end-successor': 'replaced',
    undo: 'undone',
  };
  return t(`history.actions.${simple[action] ?? (action.startsWith('update') ? 'changed' : 'other')}`);
}

/**
 * Who: the configured name as stored; a CLI actor as "Anna (kommandoraden)"; no name (none was configured)
 * as the installation's region, "(inget namn angivet)".
 */
export function actorText(actor: string, t: Word, installation: string | null = null): string {
  if (actor.startsWith('cli:')) return t('history.cliActor', { name: actorText(actor.slice(4), t, installation) });
  if (actor.trim() !== '') return actor;
  return installation ? t('history.unnamedActor', { region: installation }) : t('history.unknownActor');
}

/** Which record of a person's or group's history an entry is about ("Uppdrag i NPO …", "Kandidatur till NPO …"). */
export function subjectText(
  entry: Pick<AuditEntryView, 'entity' | 'before' | 'after' | 'names'>,
  context: 'person' | 'group',
  t: Word,
): string | null {
  const row = { ...image(entry.before), ...image(entry.after) };
  if (entry.entity === 'nomination_candidates' && context === 'person') {
    const ref = row.request_id;
    return t('history.candidacyFor', { group: (typeof ref === 'string' ? entry.names[ref] : undefined) ?? t('history.unknownRecord') });
  }
  if (entry.entity !== 'memberships') return null;
  const ref = context === 'person' ? row.group_id : row.person_id;
  const name = typeof ref === 'string' ? (entry.names[ref] ?? t('history.unknownRecord')) : t('history.unknownRecord');
  return context === 'person' ? t('history.membershipIn', { group: name }) : t('history.membershipOf', { person: name });
}
