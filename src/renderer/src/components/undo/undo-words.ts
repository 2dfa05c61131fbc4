/** "Ångra: ändrade andel för Anna Lindqvist i NPO …": a step of the undo contract in the user's words. */
import type { TFunction } from 'i18next';
import type { UndoStep } from '@shared/contract/undo';

/** i18next's `t` as far as this module needs it (a plain function in unit tests). */
export type Word = (key: string, params?: Record<string, string | number>) => string;

/** The app's typed `t` for keys built at run time (each one exists in both catalogues: tests/unit/renderer). */
export function asWord(t: TFunction): Word {
  return t as unknown as Word;
}

/** The entities a step names with its own noun; anything else is "posten". */
const NOUNS: Record<string, string> = {
  memberships: 'membership',
  persons: 'person',
  groups: 'group',
  organisations: 'organisation',
  seats: 'seat',
  team_activity_levels: 'level',
};

/**
 * What the step's record is called: its one display name from the backend, "Anna Lindqvist i NPO Psykisk
 * hälsa" when it sits in a group; the "changed since" refusal (undo.changedSinceIn) words the same pair.
 */
function nameOf(step: UndoStep, t: Word): string {
  if (step.name === null) return '';
  return step.groupName ? t('undo.nameInGroup', { name: step.name, group: step.groupName }) : step.name;
}

/** The changed columns as lower-case labels joined the Swedish way ("andel och slutdatum"). */
export function fieldList(fields: readonly string[], t: Word): string {
  const labels = fields.map((f) => t(`history.fields.${f}`).toLocaleLowerCase());
  if (labels.length <= 1) return labels.join('');
  return t('undo.fieldsJoined', { list: labels.slice(0, -1).join(', '), last: labels.at(-1)! });
}

/** The step as a clause without subject: "ändrade andel för Anna Lindqvist i NPO Hjärt- och kärlsjukdomar". */
export function stepClause(step: UndoStep, t: Word): string {
  const name = nameOf(step, t);
  const noun = NOUNS[step.entity] ?? 'record';
  const what = name ? t(`undo.what.${noun}`, { name }) : t(`undo.what.${noun}Unnamed`);
  if (step.kind === 'update' && step.fields.length > 0 && name)
    return t('undo.kind.updateFields', { fields: fieldList(step.fields, t), name });
  if (step.kind === 'successor') return t('undo.kind.successor', { name });
  return t(`undo.kind.${step.kind}`, { what });
}
