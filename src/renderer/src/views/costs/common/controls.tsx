import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../../store';
import { yearChoices } from './format';
import { useCostScenarios } from './cost-lists';

/** The year the cost views show (shared between them). */
export function YearSelect({ value, onChange, label }: { value: number; onChange: (year: number) => void; label?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const years = yearChoices();
  if (!years.includes(value)) years.push(value);
  return (
    <div className="field filters__item">
      <label className="field__label field__label--small" htmlFor={id}>
        {label ?? t('costs.common.year')}
      </label>
      <select id={id} className="field__input" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.sort().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Plan or one of the scenarios. */
export function ScenarioSelect() {
  const { t } = useTranslation();
  const id = useId();
  const scenarios = useCostScenarios();
  const value = useStore((s) => s.costScenarioId);
  const set = useStore((s) => s.setCostScenarioId);
  return (
    <div className="field filters__item">
      <label className="field__label field__label--small" htmlFor={id}>
        {t('costs.common.scenario')}
      </label>
      <select id={id} className="field__input" value={value ?? ''} onChange={(e) => set(e.target.value || null)}>
        <option value="">{t('costs.common.plan')}</option>
        {(scenarios ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SavedNote({ text }: { text: string | null }) {
  return (
    <p role="status" className={text ? 'saved-note' : 'visually-hidden'}>
      {text ?? ''}
    </p>
  );
}

/** "Edit" and "Delete" for one row of a table, named after the row for screen readers. */
export function RowActions({
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
  busy = false,
}: {
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span className="nowrap">
      <button type="button" className="button button--small" onClick={onEdit} aria-label={editLabel}>
        {t('costs.common.edit')}
      </button>{' '}
      <button type="button" className="button button--small button--danger" disabled={busy} onClick={onDelete} aria-label={deleteLabel}>
        {t('costs.common.delete')}
      </button>
    </span>
  );
}

/** A ref that moves the keyboard focus to its element once it appears, when `active` (an edit form opened from a row). */
export function useFocusWhen<T extends HTMLElement>(active: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (active) ref.current?.focus();
  }, [active]);
  return ref;
}

/** A table's header row: text columns, then right-aligned number columns, then (optionally) an unlabelled actions column. */
export function TableHead({ text, numeric = [], actions = false }: { text: string[]; numeric?: string[]; actions?: boolean }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {text.map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
        {numeric.map((label) => (
          <th key={label} scope="col" className="numeric">
            {label}
          </th>
        ))}
        {actions && (
          <th scope="col">
            <span className="visually-hidden">{t('costs.common.actions')}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
