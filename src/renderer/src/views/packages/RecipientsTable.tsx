import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatInteger, formatTimestamp } from '../../format';
import { useLoad } from '../costs/common/useCall';

/** GDPR Art. 19: which persons' data went to which recipient, so a correction or erasure can be passed on. */
export function RecipientsTable() {
  const { t } = useTranslation();
  const recipients = useLoad('packages:recipients', { personId: null });
  const rows = recipients.data?.rows ?? [];
  return (
    <section className="panel stack" aria-labelledby="recipients-heading">
      <h2 id="recipients-heading">{t('packages.recipients.heading')}</h2>
      <p className="muted">{t('packages.recipients.lead')}</p>
      {recipients.error && <ErrorAlert heading={t('packages.recipients.loadFailed')} error={recipients.error} headingLevel={3} />}
      {recipients.data && rows.length === 0 && (
        <p className="muted" data-testid="recipients-empty">
          {t('packages.recipients.empty')}
        </p>
      )}
      {rows.length > 0 && (
        <div className="table-scroll package-scroll">
          <table className="table table--compact" data-testid="recipients-table">
            <caption className="visually-hidden">{t('packages.recipients.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('packages.recipients.person')}</th>
                <th scope="col">{t('packages.recipients.recipient')}</th>
                <th scope="col">{t('packages.recipients.packages')}</th>
                <th scope="col">{t('packages.recipients.first')}</th>
                <th scope="col">{t('packages.recipients.last')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.personId}/${row.recipient}`}>
                  <th scope="row">{row.personName ?? t('packages.recipients.unknownPerson')}</th>
                  <td>{row.recipient === '*' ? t('packages.noRecipient') : row.recipient}</td>
                  <td>{formatInteger(row.packageCount)}</td>
                  <td className="nowrap">{formatTimestamp(row.firstSentAt)}</td>
                  <td className="nowrap">{formatTimestamp(row.lastSentAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
