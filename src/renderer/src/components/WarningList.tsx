import { useTranslation } from 'react-i18next';
import type { Dismissal, RuleWarning } from '@shared/contract/rule-warnings';
import { monthLabel } from '../views/planning/common/format';
import { useLanguage } from '../store/selectors';
import { WarningText } from './WarningItem';

type Props = {
  warnings: RuleWarning[];
  /** When given, dismissible warnings get a "not the same person" button. */
  onDismiss?: ((dismissal: Dismissal) => void) | undefined;
  busy?: boolean;
};

/** Rule warnings as a list; severity is told in words and by an icon, not by colour alone. */
export function WarningList({ warnings, onDismiss, busy }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="warning-list">
      {warnings.map((warning) => (
        <li
          key={warning.key}
          className={`warning warning--${warning.severity.toLowerCase()}`}
          data-code={warning.code}
          data-first-month={warning.firstMonth}
        >
          <span className="warning__severity">
            <span aria-hidden="true" className="warning__icon">
              {warning.severity === 'WARNING' ? '!' : 'i'}
            </span>
            {t(`warnings.severity.${warning.severity}`)}
          </span>
          <span className="warning__when">{t('warnings.fromMonth', { month: monthLabel(warning.firstMonth, language) })}</span>
          <span className="warning__text">
            <WarningText warning={warning} />
          </span>
          {onDismiss && warning.dismissal && (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => warning.dismissal && onDismiss(warning.dismissal)}
            >
              {t('warnings.notSamePerson')}
              <span className="visually-hidden">
                {t('warnings.notSamePersonContext', { a: personName(warning, 0), b: personName(warning, 1) })}
              </span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function personName(warning: RuleWarning, index: 0 | 1): string {
  if (warning.code !== 'POSSIBLE_DUPLICATE_PERSON') return '';
  return index === 0 ? warning.params.personName : warning.params.otherPersonName;
}
