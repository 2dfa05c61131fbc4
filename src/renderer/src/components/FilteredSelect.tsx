import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './form/Field';

export type Option = { value: string; label: string };

type Props = {
  id: string;
  label: string;
  filterLabel: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** Called with the filter text (e.g. to search on the server); local filtering is always on. */
  onFilter?: (text: string) => void;
  placeholder: string;
  /** False when `onFilter` already narrows the options (a server search). */
  filterLocally?: boolean;
};

const MAX_SHOWN = 300;

/**
 * A searchable select that stays native and keyboard-friendly: a filter box narrows the options of an
 * ordinary <select>.
 */
export function FilteredSelect({
  id,
  label,
  filterLabel,
  options,
  value,
  onChange,
  error,
  hint,
  onFilter,
  placeholder,
  filterLocally = true,
}: Props) {
  const { t } = useTranslation();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const needle = filterLocally ? filter.trim().toLocaleLowerCase('sv-SE') : '';
    const matching = needle === '' ? options : options.filter((o) => o.label.toLocaleLowerCase('sv-SE').includes(needle));
    const limited = matching.slice(0, MAX_SHOWN);
    const selected = options.find((o) => o.value === value);
    return selected && !limited.includes(selected) ? [selected, ...limited] : limited;
  }, [options, filter, value, filterLocally]);
  return (
    <div className="filtered-select">
      <div className="field">
        <label className="field__label field__label--small" htmlFor={filterId}>
          {filterLabel}
        </label>
        <input
          id={filterId}
          className="field__input"
          type="search"
          value={filter}
          autoComplete="off"
          onChange={(event) => {
            setFilter(event.target.value);
            onFilter?.(event.target.value);
          }}
        />
      </div>
      <Field id={id} label={label} hint={hint} error={error}>
        {(describedBy) => (
          <select
            id={id}
            className="field__input"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          >
            <option value="">{placeholder}</option>
            {shown.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="field__hint" aria-live="polite">
        {t('filteredSelect.count', { shown: shown.length, total: options.length })}
      </p>
    </div>
  );
}
