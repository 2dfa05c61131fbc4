import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData } from '@tanstack/react-query';
import { appErrorOf, useChannelQuery } from '../../api/query';
import type { Balance, BalanceBucket } from '@shared/contract/register-insights';
import { GENDERS, ORGANISATION_TYPES } from '@shared/domain/enums';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/table/ExportButton';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLookups } from '../../components/useLookups';
import { formatInteger } from '../../format';
import { useStore } from '../../store';
import { balanceExport, type BalanceDimensionRows } from './balance-export';
import { BalanceDimension } from './BalanceDimension';
import { useReferenceData } from '../../api/lookups';

function BalanceContent({ balance }: { balance: Balance }) {
  const { t } = useTranslation();
  const { healthcareRegionName } = useLookups();
  const unknown = t('balance.unknown');
  const orgLabel = (b: BalanceBucket) => {
    const type = ORGANISATION_TYPES.find((x) => x === b.key);
    return type ? t(`organisationType.${type}`) : unknown;
  };
  const genderLabel = (b: BalanceBucket) => {
    const gender = GENDERS.find((x) => x === b.key);
    return gender ? t(`gender.${gender}`) : unknown;
  };
  const plainLabel = (b: BalanceBucket) => (b.key === 'UNKNOWN' ? unknown : (b.label ?? b.key));
  const dimensions: (BalanceDimensionRows & { buckets: BalanceBucket[]; kind: 'bar' | 'pie'; testId: string })[] = [
    {
      title: t('balance.byOrganisationType'),
      buckets: balance.byOrganisationType,
      labelOf: orgLabel,
      kind: 'bar',
      testId: 'balance-organisation',
    },
    { title: t('balance.byRegion'), buckets: balance.byRegion, labelOf: plainLabel, kind: 'bar', testId: 'balance-region' },
    { title: t('balance.byProfession'), buckets: balance.byProfession, labelOf: plainLabel, kind: 'bar', testId: 'balance-profession' },
    { title: t('balance.byGender'), buckets: balance.byGender, labelOf: genderLabel, kind: 'pie', testId: 'balance-gender' },
  ];
  const scope =
    balance.scope === 'ALL' ? t('balance.wholeCountry') : balance.healthcareRegionCodes.map((c) => healthcareRegionName(c) ?? c).join(', ');
  return (
    <>
      <div className="list-head">
        <p className="summary-line" data-testid="balance-summary">
          {t('balance.summary', {
            scope,
            seats: formatInteger(balance.heldSeats),
            persons: formatInteger(balance.distinctPersons),
            date: balance.asOf,
          })}
        </p>
        <ExportButton label={t('balance.export.button')} testId="balance-export" build={() => balanceExport(dimensions, balance.asOf, t)} />
      </div>
      <div className="panel stack stack--large">
        {dimensions.map((d) => (
          <BalanceDimension key={d.testId} title={d.title} buckets={d.buckets} labelOf={d.labelOf} kind={d.kind} testId={d.testId} />
        ))}
      </div>
    </>
  );
}

export function BalanceView() {
  const { t } = useTranslation();
  const id = useId();
  const scope = useStore((s) => s.balanceScope);
  const query = useChannelQuery('balance:get', { healthcareRegionCode: scope }, { placeholderData: keepPreviousData });
  const balance = query.data ?? null;
  const reference = useReferenceData();
  const setScope = useStore((s) => s.setBalanceScope);
  const loading = query.isFetching;
  const error = appErrorOf(query.error);
  useDocumentTitle(t('balance.title'));
  return (
    <div className="stack" aria-busy={loading}>
      <h1 tabIndex={-1}>{t('balance.title')}</h1>
      <p className="lead">{t('balance.lead')}</p>
      <div className="filters filters--single">
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-scope`}>
            {t('balance.scope')}
          </label>
          <select id={`${id}-scope`} className="field__input" value={scope ?? ''} onChange={(e) => setScope(e.target.value || null)}>
            <option value="">{t('balance.own')}</option>
            <option value="ALL">{t('balance.wholeCountry')}</option>
            {(reference?.healthcareRegions ?? []).map((hr) => (
              <option key={hr.code} value={hr.code}>
                {hr.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <ErrorAlert heading={t('balance.errorHeading')} error={error} />}
      {!balance && loading && <LoadingStatus text={t('balance.loading')} />}
      {balance && <BalanceContent balance={balance} />}
    </div>
  );
}
