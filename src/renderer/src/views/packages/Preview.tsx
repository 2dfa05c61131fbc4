import { useTranslation } from 'react-i18next';
import { PACKAGE_RECORD_TYPES, RECORD_OUTCOMES, type ImportOutcome, type PackageInspection } from '@shared/contract/packages';
import { formatInteger } from '../../format';
import { Notices, PreviewGroups } from './PreviewLines';
import { useOwnerName } from './Summary';

/** Per record type: how many records would be new, changed, unchanged, deleted, ignored or rejected. */
export function OutcomeTable({ outcome, testId }: { outcome: ImportOutcome; testId: string }) {
  const { t } = useTranslation();
  const rows = PACKAGE_RECORD_TYPES.filter((type) => RECORD_OUTCOMES.some((o) => outcome.byType[type][o] > 0));
  return (
    <div className="table-scroll package-scroll">
      <table className="table table--compact" data-testid={testId}>
        <caption className="visually-hidden">{t('packages.preview.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('packages.recordTypeHeading')}</th>
            {RECORD_OUTCOMES.map((o) => (
              <th key={o} scope="col">
                {t(`packages.outcome.${o}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((type) => (
            <tr key={type} data-type={type}>
              <th scope="row">{t(`packages.recordType.${type}`)}</th>
              {RECORD_OUTCOMES.map((o) => (
                <td key={o} data-outcome={o}>
                  {formatInteger(outcome.byType[type][o])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('packages.preview.total')}</th>
            {RECORD_OUTCOMES.map((o) => (
              <td key={o} data-total={o}>
                {formatInteger(outcome.totals[o])}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Duplicates({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  if (outcome.possibleDuplicates.length === 0) return null;
  return (
    <div className="package-warning" data-testid="preview-duplicates">
      <h3 className="package-warning__heading">{t('packages.preview.duplicatesHeading', { count: outcome.possibleDuplicates.length })}</h3>
      <p>{t('packages.preview.duplicatesLead')}</p>
      <ul className="plain-list">
        {outcome.possibleDuplicates.map((d) => (
          <li key={d.incomingId}>{t(`packages.preview.duplicate.${d.match}`, { incoming: d.incomingName, local: d.localName })}</li>
        ))}
      </ul>
    </div>
  );
}

function Warnings({ inspection }: { inspection: PackageInspection }) {
  const { t } = useTranslation();
  const { massDeletion } = inspection.preview;
  const owner = useOwnerName();
  return (
    <>
      {inspection.alreadyImported && (
        <p className="notice notice--info" data-testid="already-imported">
          {t('packages.preview.alreadyImported')}
        </p>
      )}
      {massDeletion.required && (
        <div className="package-warning" data-testid="mass-deletion">
          <h3 className="package-warning__heading">{t('packages.preview.massDeletionHeading')}</h3>
          <ul className="plain-list">
            {massDeletion.owners.map((o) => (
              <li key={o.owner}>
                {t('packages.preview.massDeletionOwner', {
                  owner: owner(o.owner),
                  deleting: formatInteger(o.deleting),
                  held: formatInteger(o.held),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Notices outcome={inspection.preview} />
    </>
  );
}

/** Everything the import would do, computed by running it and rolling back: nothing is written yet. */
export function ImportPreviewDetails({ inspection }: { inspection: PackageInspection }) {
  const { t } = useTranslation();
  return (
    <section className="panel stack" aria-labelledby="package-preview-heading" data-testid="package-preview">
      <h2 id="package-preview-heading">{t('packages.preview.heading')}</h2>
      <p className="notice notice--info">{t('packages.preview.nothingWritten')}</p>
      <Warnings inspection={inspection} />
      <Duplicates outcome={inspection.preview} />
      <PreviewGroups outcome={inspection.preview} />
      <OutcomeTable outcome={inspection.preview} testId="preview-table" />
    </section>
  );
}
