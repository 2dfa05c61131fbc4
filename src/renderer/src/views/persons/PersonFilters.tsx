import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/inputs';
import { useDebounced } from '../../components/useDebounced';
import { useStore } from '../../store';

/** Search box (debounced), region filter and "show ended" for the person list. */
export function PersonFilters() {
  const { t } = useTranslation();
  const id = useId();
  const personQuery = useStore((s) => s.personQuery);
  const setPersonQuery = useStore((s) => s.setPersonQuery);
  const regions = useStore((s) => s.reference?.regions ?? null);
  const [text, setText] = useState(personQuery.query);
  const settled = useDebounced(text, 300);
  useEffect(() => {
    if (settled !== useStore.getState().personQuery.query) setPersonQuery({ query: settled });
  }, [settled, setPersonQuery]);
  return (
    <div className="filters" role="search" aria-label={t('persons.filtersLabel')}>
      <div className="field filters__search">
        <label className="field__label field__label--small" htmlFor={`${id}-q`}>
          {t('persons.search')}
        </label>
        <p className="field__hint" id={`${id}-q-hint`}>
          {t('persons.searchHint')}
        </p>
        <input
          id={`${id}-q`}
          className="field__input"
          type="search"
          value={text}
          autoComplete="off"
          aria-describedby={`${id}-q-hint`}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-region`}>
          {t('persons.region')}
        </label>
        <select
          id={`${id}-region`}
          className="field__input"
          value={personQuery.regionCode ?? ''}
          onChange={(event) => setPersonQuery({ regionCode: event.target.value || null })}
        >
          <option value="">{t('persons.allRegions')}</option>
          {(regions ?? []).map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
      <CheckboxField
        id={`${id}-ended`}
        label={t('persons.showEnded')}
        checked={personQuery.includeEnded}
        onChange={(includeEnded) => setPersonQuery({ includeEnded })}
      />
    </div>
  );
}
