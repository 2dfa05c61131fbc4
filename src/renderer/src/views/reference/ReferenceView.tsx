import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceData } from '@shared/contract/reference';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useReferenceQuery } from '../../api/lookups';
import { appErrorOf } from '../../api/query';
import { HealthcareRegionTable } from './HealthcareRegionTable';
import { NationalGroupsTable } from './NationalGroupsTable';
import { PopulationSummaryTable } from './PopulationSummaryTable';
import { summaryYears } from './population';

function ReferenceContent({ reference }: { reference: ReferenceData }) {
  const { t } = useTranslation();
  const years = useMemo(() => summaryYears(reference), [reference]);
  const names = useMemo(() => new Map(reference.healthcareRegions.map((hr) => [hr.code, hr.name])), [reference]);
  const countOf = (type: string) => reference.nationalGroups.filter((g) => g.type === type).length;
  return (
    <>
      <section className="stack" aria-labelledby="population-heading">
        <h2 id="population-heading">{t('reference.populationHeading')}</h2>
        <div className="panel">
          <PopulationSummaryTable reference={reference} years={years} />
        </div>
        <div className="hr-grid">
          {reference.healthcareRegions.map((hr) => (
            <HealthcareRegionTable key={hr.code} healthcareRegion={hr} regions={reference.regions} healthcareRegionNames={names} />
          ))}
        </div>
      </section>
      <section className="stack" aria-labelledby="groups-heading">
        <h2 id="groups-heading">{t('reference.groupsHeading')}</h2>
        <p>{t('reference.groupsSummary', { npo: countOf('NPO'), nsg: countOf('NSG'), council: countOf('PRIMARY_CARE_COUNCIL') })}</p>
        <div className="panel">
          <NationalGroupsTable groups={reference.nationalGroups} healthcareRegionNames={names} />
        </div>
      </section>
      <section className="stack" aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('reference.sourcesHeading')}</h2>
        <ul className="sources" data-testid="sources">
          {reference.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function ReferenceView() {
  const { t } = useTranslation();
  const query = useReferenceQuery();
  const reference = query.data ?? null;
  const loading = query.isFetching;
  const error = appErrorOf(query.error);
  useDocumentTitle(t('reference.title'));
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <h1 tabIndex={-1}>{t('reference.title')}</h1>
      <p className="lead">{t('reference.lead')}</p>
      {loading && !reference && (
        <p className="loading" role="status">
          <Spinner />
          {t('reference.loading')}
        </p>
      )}
      {error && <ErrorAlert heading={t('reference.errorHeading')} error={error} />}
      {reference && <ReferenceContent reference={reference} />}
    </div>
  );
}
