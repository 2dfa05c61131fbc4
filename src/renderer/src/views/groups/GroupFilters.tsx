import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_LEVELS, GROUP_TYPES, type GroupLevel, type GroupType } from '@shared/domain/enums';
import { DebouncedSearch } from '../../components/table/DebouncedSearch';
import { FilterBar } from '../../components/table/FilterBar';
import { useStore } from '../../store';

const asType = (v: string): GroupType | null => GROUP_TYPES.find((x) => x === v) ?? null;
const asLevel = (v: string): GroupLevel | null => GROUP_LEVELS.find((x) => x === v) ?? null;

/** Type, level and name search for the group list. */
export function GroupFilters() {
  const { t } = useTranslation();
  const id = useId();
  const filter = useStore((s) => s.groupFilter);
  const setGroupFilter = useStore((s) => s.setGroupFilter);
  const current = useCallback(() => useStore.getState().groupFilter.query, []);
  const settle = useCallback((query: string) => setGroupFilter({ query }), [setGroupFilter]);
  return (
    <FilterBar
      list="groups"
      label={t('groups.filtersLabel')}
      active={(filter.type ? 1 : 0) + (filter.level ? 1 : 0)}
      search={<DebouncedSearch label={t('groups.search')} query={filter.query} onSettle={settle} current={current} />}
    >
      <label className="filter-bar__label" htmlFor={`${id}-type`}>
        {t('groups.type')}
      </label>
      <select
        id={`${id}-type`}
        className="field__input"
        value={filter.type ?? ''}
        onChange={(e) => setGroupFilter({ type: asType(e.target.value) })}
      >
        <option value="">{t('groups.allTypes')}</option>
        {GROUP_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`groupType.${type}`)}
          </option>
        ))}
      </select>
      <label className="filter-bar__label" htmlFor={`${id}-level`}>
        {t('groups.level')}
      </label>
      <select
        id={`${id}-level`}
        className="field__input"
        value={filter.level ?? ''}
        onChange={(e) => setGroupFilter({ level: asLevel(e.target.value) })}
      >
        <option value="">{t('groups.allLevels')}</option>
        {GROUP_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`groupLevel.${level}`)}
          </option>
        ))}
      </select>
    </FilterBar>
  );
}
