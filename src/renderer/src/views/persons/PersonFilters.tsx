import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/inputs';
import { DebouncedSearch } from '../../components/table/DebouncedSearch';
import { FilterBar } from '../../components/table/FilterBar';
import { useStore } from '../../store';
import { useReferenceData } from '../../api/lookups';

/** Search box (debounced), and in a row that folds away the region filter and "show ended", for the person list. */
export function PersonFilters() {
  const { t } = useTranslation();
  const id = useId();
  const personQuery = useStore((s) => s.personQuery);
  const setPersonQuery = useStore((s) => s.setPersonQuery);
  const regions = useReferenceData()?.regions ?? null;
  const current = useCallback(() => useStore.getState().personQuery.query, []);
  const settle = useCallback((query: string) => setPersonQuery({ query }), [setPersonQuery]);
  const active = (personQuery.regionCode ? 1 : 0) + (personQuery.includeEnded ? 1 : 0);
  return (
    <FilterBar
      list="persons"
      label={t('persons.filtersLabel')}
      active={active}
      search={
        <DebouncedSearch
          label={t('persons.search')}
          hint={t('persons.searchHint')}
          query={personQuery.query}
          onSettle={settle}
          current={current}
        />
      }
    >
      <label className="filter-bar__label" htmlFor={`${id}-region`}>
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
      <CheckboxField
        id={`${id}-ended`}
        label={t('persons.showEnded')}
        checked={personQuery.includeEnded}
        onChange={(includeEnded) => setPersonQuery({ includeEnded })}
      />
    </FilterBar>
  );
}
