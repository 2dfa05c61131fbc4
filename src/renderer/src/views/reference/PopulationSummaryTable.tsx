import { useTranslation } from 'react-i18next';
import type { ReferenceData } from '@shared/contract/reference';
import { PopulationCell } from './PopulationCell';

type Props = { reference: ReferenceData; years: string[] };

export function PopulationSummaryTable({ reference, years }: Props) {
  const { t } = useTranslation();
  return (
    <table className="table" data-testid="population-summary">
      <caption>{t('reference.summaryCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reference.healthcareRegion')}</th>
          <th scope="col" className="numeric">
            {t('reference.regionCount')}
          </th>
          {years.map((year) => (
            <th key={year} scope="col" className="numeric">
              {t('reference.populationYear', { year })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {reference.healthcareRegions.map((hr) => (
          <tr key={hr.code} data-code={hr.code}>
            <th scope="row">{hr.name}</th>
            <td className="numeric">{hr.memberRegionCodes.length}</td>
            {years.map((year) => (
              <PopulationCell key={year} value={hr.populationByYear[year]} />
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-code="NATIONAL">
          <th scope="row" colSpan={2}>
            {t('reference.national')}
          </th>
          {years.map((year) => (
            <PopulationCell key={year} value={reference.nationalPopulation[year]} />
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
