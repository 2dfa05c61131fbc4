import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_TYPES } from '@shared/domain/enums';
import { CheckboxField } from '../../../components/form/inputs';
import { useStore } from '../../../store';
import { useLanguage } from '../../../store/selectors';
import { monthName, yearChoices } from '../common/format';
import { useGroupOptions, useOrganisations, useReferenceData } from '../../../api/lookups';

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;
const MONTH_COUNTS = Array.from({ length: 25 }, (_, i) => 12 + i);

/** Window (first month and year, 12–36 months) and who is shown; each change reloads the grid. */
export function CapacityFilters() {
  const { t } = useTranslation();
  const id = useId();
  const filter = useStore((s) => s.capacityFilter);
  const setFilter = useStore((s) => s.setCapacityFilter);
  const reference = useReferenceData();
  const organisations = useOrganisations();
  const groups = useGroupOptions();
  const language = useLanguage();
  const [fromYear = '', fromMonth = '01'] = filter.from.split('-');
  const groupChoices = (groups ?? []).filter((g) => filter.groupType === null || g.type === filter.groupType);
  return (
    <div className="filters filters--compact filters--fit" role="search" aria-label={t('planning.capacity.filtersLabel')}>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-month`}>
          {t('planning.capacity.fromMonth')}
        </label>
        <select
          id={`${id}-month`}
          className="field__input"
          value={fromMonth}
          onChange={(e) => setFilter({ from: `${fromYear}-${e.target.value}` })}
        >
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {monthName(m, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-year`}>
          {t('planning.capacity.fromYear')}
        </label>
        <select
          id={`${id}-year`}
          className="field__input"
          value={fromYear}
          onChange={(e) => setFilter({ from: `${e.target.value}-${fromMonth}` })}
        >
          {yearChoices().map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-count`}>
          {t('planning.capacity.monthCount')}
        </label>
        <select
          id={`${id}-count`}
          className="field__input"
          value={filter.monthCount}
          onChange={(e) => setFilter({ monthCount: Number(e.target.value) })}
        >
          {MONTH_COUNTS.map((n) => (
            <option key={n} value={n}>
              {t('planning.capacity.monthsCount', { count: n })}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-region`}>
          {t('planning.capacity.region')}
        </label>
        <select
          id={`${id}-region`}
          className="field__input"
          value={filter.regionCode ?? ''}
          onChange={(e) => setFilter({ regionCode: e.target.value || null })}
        >
          <option value="">{t('planning.capacity.allRegions')}</option>
          {(reference?.regions ?? []).map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-org`}>
          {t('planning.capacity.organisation')}
        </label>
        <select
          id={`${id}-org`}
          className="field__input"
          value={filter.organisationId ?? ''}
          onChange={(e) => setFilter({ organisationId: e.target.value || null })}
        >
          <option value="">{t('planning.capacity.allOrganisations')}</option>
          {(organisations ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-type`}>
          {t('planning.capacity.groupType')}
        </label>
        <select
          id={`${id}-type`}
          className="field__input"
          value={filter.groupType ?? ''}
          onChange={(e) => {
            const type = GROUP_TYPES.find((x) => x === e.target.value) ?? null;
            const keepGroup = type === null || (groups ?? []).some((g) => g.id === filter.groupId && g.type === type);
            setFilter({ groupType: type, groupId: keepGroup ? filter.groupId : null });
          }}
        >
          <option value="">{t('planning.capacity.allGroupTypes')}</option>
          {GROUP_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`groupType.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-group`}>
          {t('planning.capacity.group')}
        </label>
        <select
          id={`${id}-group`}
          className="field__input"
          value={filter.groupId ?? ''}
          onChange={(e) => setFilter({ groupId: e.target.value || null })}
        >
          <option value="">{t('planning.capacity.allGroups')}</option>
          {groupChoices.map((g) => (
            <option key={g.id} value={g.id}>{`${g.name} (${t(`groupType.${g.type}`)})`}</option>
          ))}
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-band`}>
          {t('planning.capacity.minBand')}
        </label>
        <select
          id={`${id}-band`}
          className="field__input"
          value={filter.minBand ?? ''}
          onChange={(e) => setFilter({ minBand: e.target.value === 'HIGH' || e.target.value === 'OVER' ? e.target.value : null })}
        >
          <option value="">{t('planning.capacity.anyBand')}</option>
          <option value="HIGH">{t('planning.capacity.bandAtLeastHigh')}</option>
          <option value="OVER">{t('planning.capacity.bandOver')}</option>
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-sort`}>
          {t('planning.capacity.sort')}
        </label>
        <select
          id={`${id}-sort`}
          className="field__input"
          value={filter.sort}
          onChange={(e) => setFilter({ sort: e.target.value === 'PEAK_DESC' ? 'PEAK_DESC' : 'NAME', order: null })}
        >
          <option value="NAME">{t('planning.capacity.sortName')}</option>
          <option value="PEAK_DESC">{t('planning.capacity.sortPeak')}</option>
        </select>
      </div>
      <div className="filters__item filters__wide">
        <CheckboxField
          id={`${id}-only`}
          label={t('planning.capacity.countOnlyMatching')}
          checked={filter.countOnlyMatching}
          onChange={(checked) => setFilter({ countOnlyMatching: checked })}
        />
      </div>
    </div>
  );
}
