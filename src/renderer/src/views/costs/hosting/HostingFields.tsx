import { useTranslation } from 'react-i18next';
import type { HostingSummary } from '@shared/contract/cost/records';
import { HOSTING_STATUSES, ROUNDING_UNITS, type HostingStatus, type RoundingUnit } from '@shared/domain/enums';
import { useReference } from '../../../store/selectors';
import { useCostKeys } from '../common/cost-lists';

/** What the hosting forms edit; '' = not chosen / no end / the default key. */
export type HostingDraft = {
  host: string;
  status: HostingStatus;
  startDate: string;
  endDate: string;
  keyId: string;
  rounding: RoundingUnit;
};

export function draftOf(h: HostingSummary): HostingDraft {
  return {
    host: h.hostHealthcareRegionCode,
    status: h.status,
    startDate: h.startDate,
    endDate: h.endDate ?? '',
    keyId: h.allocationKeyId ?? '',
    rounding: h.roundingUnit,
  };
}

/** The draft as the fields of `hostings:create` / `hostings:update`. */
export function hostingInput(d: HostingDraft) {
  return {
    hostHealthcareRegionCode: d.host,
    status: d.status,
    startDate: d.startDate,
    endDate: d.endDate || null,
    allocationKeyId: d.keyId || null,
    roundingUnit: d.rounding,
  };
}

/** Host, status, period, key and rounding of a hosting; a key of another host is dropped when the host changes. */
export function HostingFields({
  idPrefix,
  draft,
  onChange,
  disabled = false,
}: {
  idPrefix: string;
  draft: HostingDraft;
  onChange: (d: HostingDraft) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const reference = useReference();
  const keys = useCostKeys();
  const hostKeys = (keys ?? []).filter((k) => k.healthcareRegionCode === draft.host);
  const set = <K extends keyof HostingDraft>(field: K, value: HostingDraft[K]) => onChange({ ...draft, [field]: value });
  const setHost = (host: string) =>
    onChange({
      ...draft,
      host,
      keyId: (keys ?? []).some((k) => k.id === draft.keyId && k.healthcareRegionCode === host) ? draft.keyId : '',
    });
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-host`}>
          {t('costs.hostings.host')}
        </label>
        <select
          id={`${idPrefix}-host`}
          className="field__input"
          value={draft.host}
          onChange={(e) => setHost(e.target.value)}
          disabled={disabled}
        >
          <option value="">{t('costs.common.choose')}</option>
          {(reference?.healthcareRegions ?? []).map((h) => (
            <option key={h.code} value={h.code}>
              {h.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-status`}>
          {t('costs.hostings.status')}
        </label>
        <select
          id={`${idPrefix}-status`}
          className="field__input"
          value={draft.status}
          onChange={(e) => set('status', e.target.value as HostingStatus)}
          disabled={disabled}
        >
          {HOSTING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`costs.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-start`}>
          {t('costs.hostings.start')}
        </label>
        <input
          id={`${idPrefix}-start`}
          className="field__input"
          type="date"
          value={draft.startDate}
          onChange={(e) => set('startDate', e.target.value)}
          required
          disabled={disabled}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-end`}>
          {t('costs.hostings.end')} <span className="field__optional">{t('costs.common.optional')}</span>
        </label>
        <input
          id={`${idPrefix}-end`}
          className="field__input"
          type="date"
          value={draft.endDate}
          onChange={(e) => set('endDate', e.target.value)}
          disabled={disabled}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-key`}>
          {t('costs.hostings.key')}
        </label>
        <select
          id={`${idPrefix}-key`}
          className="field__input"
          value={draft.keyId}
          onChange={(e) => set('keyId', e.target.value)}
          disabled={disabled}
        >
          <option value="">{t('costs.hostings.defaultKey')}</option>
          {hostKeys.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-rounding`}>
          {t('costs.hostings.rounding')}
        </label>
        <select
          id={`${idPrefix}-rounding`}
          className="field__input"
          value={draft.rounding}
          onChange={(e) => set('rounding', e.target.value as RoundingUnit)}
          disabled={disabled}
        >
          {ROUNDING_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`costs.rounding.${u}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
