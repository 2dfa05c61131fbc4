import type { TFunction } from 'i18next';
import type { FieldChange, PackageRecordType } from '@shared/contract/packages';

/**
 * The translation prefix of each field of a package record whose value is a code (a role, a group type, a status):
 * the preview words the value as the rest of the app does ("Ordförande", not CHAIR). A unit test checks that every
 * coded field of the package format is here and every code has its word in both languages.
 */
export const CODED_FIELDS: { readonly [T in PackageRecordType]?: Readonly<Record<string, string>> } = {
  organisations: { type: 'organisationType' },
  persons: { gender: 'gender' },
  groups: { type: 'groupType', level: 'groupLevel', hostingStatus: 'costs.status' },
  memberships: { role: 'role', status: 'membershipStatus' },
  nomination_requests: { requestedBy: 'nominations.requester', role: 'role', status: 'nominations.status' },
  nomination_candidates: { newGender: 'gender', status: 'nominations.candidateStatus', declarationOutcome: 'nominations.outcome' },
  team_activity_levels: { level: 'planning.level' },
  care_pathways: { nationalStatus: 'planning.nationalStatus' },
  pathway_implementations: { status: 'planning.implementation' },
  allocation_keys: { kind: 'costs.keyKind' },
  hostings: { status: 'costs.status', roundingUnit: 'costs.rounding' },
  cost_items: { kind: 'costs.itemKind' },
};

/** A changed field's value as the preview shows it: a code by its word, anything else as main formatted it. */
export function changeValueText(t: TFunction, recordType: PackageRecordType, field: string, value: string | null): string {
  if (value === null) return t('packages.lines.empty');
  const prefix = CODED_FIELDS[recordType]?.[field];
  return prefix ? t(`${prefix}.${value}`, { defaultValue: value }) : value;
}

/** "Roll: Ledamot → Ordförande" for each changed field, the field by its label (`word`), joined by "; ". */
export function changesText(
  t: TFunction,
  word: (key: string) => string,
  recordType: PackageRecordType,
  changes: readonly FieldChange[],
): string {
  return changes
    .map((c) =>
      t('packages.lines.change', {
        field: word(`package.field.${c.field}`) || c.field,
        from: changeValueText(t, recordType, c.field, c.from),
        to: changeValueText(t, recordType, c.field, c.to),
      }),
    )
    .join('; ');
}
