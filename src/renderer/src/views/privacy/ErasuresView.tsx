import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useActorText } from '../../components/history/useActorText';
import { formatTimestamp } from '../../format';
import { useLoad } from '../costs/common/useCall';
import '../durability/durability.css';

/** The list of erasures: who was erased (by id only), when, by whom or from which region's package. */
export function ErasuresView() {
  const { t } = useTranslation();
  const actor = useActorText();
  useDocumentTitle(t('privacy.list.title'));
  const erasures = useLoad('privacy:erasures', {});
  const rows = erasures.data?.rows ?? [];
  return (
    <div className="stack stack--large" aria-busy={erasures.loading}>
      <h1 tabIndex={-1}>{t('privacy.list.title')}</h1>
      <p>{t('privacy.list.lead')}</p>
      {erasures.loading && !erasures.data && <LoadingStatus text={t('privacy.list.loading')} />}
      {erasures.error && <ErrorAlert heading={t('privacy.list.loadFailed')} error={erasures.error} />}
      {erasures.data && rows.length === 0 && (
        <p className="muted" data-testid="erasures-empty">
          {t('privacy.list.empty')}
        </p>
      )}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-testid="erasures-table">
            <caption>{t('privacy.list.caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacy.list.person')}</th>
                <th scope="col">{t('privacy.list.erasedAt')}</th>
                <th scope="col">{t('privacy.list.owner')}</th>
                <th scope="col">{t('privacy.list.source')}</th>
                <th scope="col">{t('privacy.list.legalBasis')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.personId}>
                  <th scope="row" className="audit-log__id">
                    {row.personId}
                  </th>
                  <td className="nowrap">{formatTimestamp(row.erasedAt)}</td>
                  <td>{row.owner}</td>
                  <td>
                    {row.receivedFrom !== null
                      ? t('privacy.list.received', { region: row.receivedFrom })
                      : t('privacy.list.local', { actor: row.erasedBy === null ? '–' : actor(row.erasedBy) })}
                  </td>
                  <td>{row.legalBasis}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
