import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dismissal, RuleWarning } from '@shared/contract/rule-warnings';
import type { HeaderColumn } from '../../components/table/SortableHeaderRow';
import { SortableTableHead } from '../../components/table/SortableTableHead';
import { useClientSort } from '../../components/table/useClientSort';
import { WarningText } from '../../components/WarningItem';
import { useLanguage } from '../../store/selectors';
import { monthLabel } from '../planning/common/format';

type SortKey = 'severity' | 'month' | 'subject';

const SEVERITY_ORDER: Record<RuleWarning['severity'], number> = { WARNING: 0, INFO: 1 };

/** Whom or what a warning is about: its first named person, else its group (what the "Gäller" column sorts by). */
function subjectOf(warning: RuleWarning): string {
  const p: Partial<Record<'personName' | 'groupName', string>> = warning.params;
  return p.personName ?? p.groupName ?? '';
}

type Props = {
  warnings: RuleWarning[];
  caption: string;
  onDismiss: (dismissal: Dismissal) => void;
  busy: boolean;
};

/** One rule's warnings as a dense table sorted by any column (severity, first month, who or what). */
export function WarningsTable({ warnings, caption, onDismiss, busy }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const values = useMemo(
    () => ({
      severity: (w: RuleWarning) => SEVERITY_ORDER[w.severity],
      month: (w: RuleWarning) => w.firstMonth,
      subject: (w: RuleWarning) => subjectOf(w),
    }),
    [],
  );
  const sorted = useClientSort<RuleWarning, SortKey>(warnings, values);
  const columns = useMemo<HeaderColumn<SortKey>[]>(
    () => [
      { id: 'subject', label: t('warnings.table.subject'), sortKey: 'subject' },
      { id: 'severity', label: t('warnings.table.severity'), sortKey: 'severity' },
      { id: 'month', label: t('warnings.table.month'), sortKey: 'month' },
      { id: 'text', label: t('warnings.table.text') },
      { id: 'action', label: t('warnings.table.action') },
    ],
    [t],
  );
  return (
    <div className="dense-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table table--compact table--dense warnings-table">
        <SortableTableHead<SortKey> caption={caption} columns={columns} sorting={sorted} />
        <tbody>
          {sorted.rows.map((warning) => (
            <tr
              key={warning.key}
              className={`warning--${warning.severity.toLowerCase()}`}
              data-code={warning.code}
              data-first-month={warning.firstMonth}
            >
              <th scope="row">{subjectOf(warning) || t('common.none')}</th>
              <td className="nowrap">
                <span aria-hidden="true" className="warning__icon">
                  {warning.severity === 'WARNING' ? '!' : 'i'}
                </span>{' '}
                {t(`warnings.severity.${warning.severity}`)}
              </td>
              <td className="nowrap">{monthLabel(warning.firstMonth, language)}</td>
              <td>
                <WarningText warning={warning} />
              </td>
              <td>
                {warning.dismissal && warning.code === 'POSSIBLE_DUPLICATE_PERSON' ? (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy}
                    onClick={() => warning.dismissal && onDismiss(warning.dismissal)}
                  >
                    {t('warnings.notSamePerson')}
                    <span className="visually-hidden">
                      {t('warnings.notSamePersonContext', { a: warning.params.personName, b: warning.params.otherPersonName })}
                    </span>
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
