import type { TFunction } from 'i18next';
import type { ImportField, ImportReason } from '@shared/contract/register-import';
import { formatPercentBp } from '../../format';

const text = (reason: ImportReason, key: string): string => String(reason.params[key] ?? '');

/** The changes of an updated assignment: "slutdatum (var 2026-12-31), andel (var 10 %)". */
function changeList(reason: ImportReason, t: TFunction): string {
  const { endDate, allocationBp, status } = reason.params;
  const parts = [
    endDate === undefined ? null : t('import.reasons.changeEnd', { value: endDate === '' ? t('import.reasons.noValue') : endDate }),
    typeof allocationBp === 'number' ? t('import.reasons.changeShare', { value: formatPercentBp(allocationBp) }) : null,
    status === undefined ? null : t('import.reasons.changeStatus'),
  ];
  return parts.filter((p) => p !== null).join(', ');
}

/** A row's reason in the user's language, from its code and parameters (main never sends a sentence). */
export function reasonText(reason: ImportReason, t: TFunction): string {
  const params = { ...reason.params };
  switch (reason.code) {
    case 'tooLong':
    case 'unknownWord': {
      const label = t(`importField.${text(reason, 'field') as ImportField}`);
      return t(`import.reasons.${reason.code}`, { ...params, field: reason.code === 'tooLong' ? label : label.toLocaleLowerCase() });
    }
    case 'ambiguousPerson':
      return t(params.by === 'email' ? 'import.reasons.ambiguousPerson_email' : 'import.reasons.ambiguousPerson_nameOrganisation', params);
    case 'unknownNationalGroup':
      return t(
        params.suggestion === undefined ? 'import.reasons.unknownNationalGroup' : 'import.reasons.unknownNationalGroupSuggestion',
        params,
      );
    case 'changes':
      return t('import.reasons.changes', { list: changeList(reason, t) });
    default:
      return t(`import.reasons.${reason.code}`, params);
  }
}
