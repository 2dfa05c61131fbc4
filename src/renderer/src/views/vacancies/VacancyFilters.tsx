import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NATIONAL_SEAT_GROUP_TYPES, SEAT_STATUSES, type VacancyView } from '@shared/contract/register-insights';
import { useDebounced } from '../../components/useDebounced';
import { useStore } from '../../store';

/** Group type, healthcare region, status and "ending within N days" (applied as they change). */
export function VacancyFilters({ view }: { view: VacancyView | null }) {
  const { t } = useTranslation();
  const id = useId();
  const filter = useStore((s) => s.vacancyFilter);
  const setFilter = useStore((s) => s.setVacancyFilter);
  const [days, setDays] = useState(filter.endingWithinDays === null ? '' : String(filter.endingWithinDays));
  const touched = useRef(false);
  const defaultDays = view?.endingWithinDays ?? null;
  // show the configured default (90) once it is known, until the user types
  useEffect(() => {
    if (!touched.current && defaultDays !== null) setDays((d) => (d === '' ? String(defaultDays) : d));
  }, [defaultDays]);
  const settledDays = useDebounced(days, 400);
  const daysValid = settledDays === '' || (/^\d{1,3}$/.test(settledDays) && Number(settledDays) <= 730);
  useEffect(() => {
    if (!daysValid || !touched.current) return;
    const next = settledDays === '' ? null : Number(settledDays);
    if (next !== useStore.getState().vacancyFilter.endingWithinDays) setFilter({ endingWithinDays: next });
  }, [settledDays, daysValid, setFilter]);
  return (
    <div className="filters filters--compact filters--fit" role="search" aria-label={t('vacancies.filtersLabel')}>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-type`}>
          {t('vacancies.groupType')}
        </label>
        <select
          id={`${id}-type`}
          className="field__input"
          value={filter.groupType ?? ''}
          onChange={(e) => setFilter({ groupType: NATIONAL_SEAT_GROUP_TYPES.find((x) => x === e.target.value) ?? null })}
        >
          <option value="">{t('vacancies.allTypes')}</option>
          {NATIONAL_SEAT_GROUP_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`groupType.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-hr`}>
          {t('vacancies.healthcareRegion')}
        </label>
        <select
          id={`${id}-hr`}
          className="field__input"
          value={filter.healthcareRegionCode ?? ''}
          onChange={(e) => setFilter({ healthcareRegionCode: e.target.value || null })}
        >
          <option value="">{t('vacancies.allHealthcareRegions')}</option>
          {(view?.healthcareRegions ?? []).map((hr) => (
            <option key={hr.code} value={hr.code}>
              {hr.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-status`}>
          {t('vacancies.status')}
        </label>
        <select
          id={`${id}-status`}
          className="field__input"
          value={filter.status ?? ''}
          onChange={(e) => setFilter({ status: SEAT_STATUSES.find((x) => x === e.target.value) ?? null })}
        >
          <option value="">{t('vacancies.allStatuses')}</option>
          {SEAT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`seatStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={daysValid ? 'field filters__item' : 'field filters__item field--invalid'}>
        <label className="field__label field__label--small" htmlFor={`${id}-days`}>
          {t('vacancies.endingWithin')}
        </label>
        <input
          id={`${id}-days`}
          className="field__input field__input--short"
          type="number"
          min={0}
          max={730}
          inputMode="numeric"
          value={days}
          onChange={(e) => {
            touched.current = true;
            setDays(e.target.value);
          }}
          aria-invalid={daysValid ? undefined : true}
          aria-describedby={`${id}-days-hint`}
        />
        <p className="field__hint" id={`${id}-days-hint`}>
          {daysValid ? t('vacancies.endingWithinHint') : t('vacancies.endingWithinInvalid')}
        </p>
      </div>
    </div>
  );
}
