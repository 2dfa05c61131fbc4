import { useTranslation } from 'react-i18next';
import type { HealthcareRegionView, RegionView } from '@shared/contract/reference';
import { formatInteger } from '../../format';
import { PopulationCell } from './PopulationCell';
import { isSplit, latestPartYear, partFor, yearsOf } from './population';

type Props = {
  healthcareRegion: HealthcareRegionView;
  regions: RegionView[];
  healthcareRegionNames: ReadonlyMap<string, string>;
};

function SplitNote({
  region,
  healthcareRegion,
  names,
}: {
  region: RegionView;
  healthcareRegion: HealthcareRegionView;
  names: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const year = latestPartYear(region, healthcareRegion.code);
  const part = year ? partFor(region, healthcareRegion.code)[year] : undefined;
  const whole = year ? region.populationByYear[year] : undefined;
  if (!year || part === undefined || whole === undefined) return null;
  const others = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    region.healthcareRegionCodes.map((code) => names.get(code) ?? code),
  );
  return (
    <p className="table-note" data-testid={`split-note-${healthcareRegion.code}-${region.code}`}>
      {t('reference.splitNote', {
        region: region.name,
        others,
        healthcareRegion: healthcareRegion.name,
        part: formatInteger(part),
        whole: formatInteger(whole),
        year,
      })}
    </p>
  );
}

/** One healthcare region: its member regions with the population counted in it, and the total. */
export function HealthcareRegionTable({ healthcareRegion, regions, healthcareRegionNames }: Props) {
  const { t } = useTranslation();
  const members = healthcareRegion.memberRegionCodes
    .map((code) => regions.find((region) => region.code === code))
    .filter((region): region is RegionView => region !== undefined);
  const years = yearsOf(members.map((region) => partFor(region, healthcareRegion.code)));
  const headingId = `hr-${healthcareRegion.code}`;
  return (
    <section className="panel hr-card" aria-labelledby={headingId} data-testid={`hr-${healthcareRegion.code}`}>
      <h3 id={headingId}>{healthcareRegion.name}</h3>
      <table className="table table--compact">
        <caption className="visually-hidden">{t('reference.membersCaption', { name: healthcareRegion.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reference.region')}</th>
            <th scope="col">{t('reference.countyCode')}</th>
            {years.map((year) => (
              <th key={year} scope="col" className="numeric">
                {t('reference.populationYear', { year })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((region) => (
            <tr key={region.code} data-code={region.code}>
              <th scope="row">
                {region.name}
                {isSplit(region) && <span className="tag tag--part">{t('reference.partTag')}</span>}
              </th>
              <td>{region.code}</td>
              {years.map((year) => (
                <PopulationCell key={year} value={partFor(region, healthcareRegion.code)[year]} />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('reference.sum')}
            </th>
            {years.map((year) => (
              <PopulationCell key={year} value={healthcareRegion.populationByYear[year]} />
            ))}
          </tr>
        </tfoot>
      </table>
      {members.filter(isSplit).map((region) => (
        <SplitNote key={region.code} region={region} healthcareRegion={healthcareRegion} names={healthcareRegionNames} />
      ))}
    </section>
  );
}
