import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditListEntry } from '@shared/contract/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { Pager } from '../../components/Pager';
import { Spinner } from '../../components/Spinner';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatInteger, formatTimestamp } from '../../format';
import { useStore } from '../../store';
import { AUDIT_PAGE_SIZE } from '../../store/durability-slice';
import { Progress } from './BackupsView';
import './durability.css';

function VerifyPanel() {
  const { t } = useTranslation();
  const result = useStore((s) => s.auditVerify);
  const verifying = useStore((s) => s.durabilityBusy.auditVerify === true);
  const error = useStore((s) => s.durabilityErrors.auditVerify ?? null);
  const verifyAuditChain = useStore((s) => s.verifyAuditChain);
  return (
    <section className="panel stack" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t('durability.audit.verifyHeading')}</h2>
      <p>{t('durability.audit.verifyLead')}</p>
      {verifying && <Progress label={t('durability.audit.verifying')} />}
      {error && <ErrorAlert heading={t('durability.audit.verifyFailed')} error={error} headingLevel={3} />}
      {result && result.ok && (
        <div className="alert chain-ok" role="status" data-testid="audit-verify-result">
          <p className="alert__heading">
            {t('durability.audit.chainOk', { count: result.entries, entries: formatInteger(result.entries) })}
          </p>
        </div>
      )}
      {result && !result.ok && (
        <div className="alert alert--error" role="alert" data-testid="audit-verify-result">
          <p className="alert__heading">{t('durability.audit.chainBroken', { seq: result.firstBrokenSeq ?? '?' })}</p>
          <p className="alert__message">{result.reason}</p>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={verifying} onClick={() => void verifyAuditChain()}>
          {verifying && <Spinner />}
          {t('durability.audit.verify')}
        </button>
      </div>
    </section>
  );
}

function AuditTable({ rows, total }: { rows: readonly AuditListEntry[]; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table" data-testid="audit-table">
        <caption>{t('durability.audit.caption', { count: total, total: formatInteger(total) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('durability.audit.seq')}</th>
            <th scope="col">{t('durability.audit.at')}</th>
            <th scope="col">{t('durability.audit.actor')}</th>
            <th scope="col">{t('durability.audit.action')}</th>
            <th scope="col">{t('durability.audit.entity')}</th>
            <th scope="col">{t('durability.audit.record')}</th>
            <th scope="col">{t('durability.audit.hash')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq}>
              <th scope="row">{formatInteger(row.seq)}</th>
              <td>{formatTimestamp(row.at)}</td>
              <td>{row.actor}</td>
              <td>{row.action}</td>
              <td>{row.entity}</td>
              <td className="audit-log__id">{row.recordId ?? '–'}</td>
              <td className="audit-log__hash">
                <abbr title={row.hash}>{row.hash.slice(0, 12)}</abbr>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AuditLogView() {
  const { t } = useTranslation();
  const page = useStore((s) => s.auditPage);
  const loading = useStore((s) => s.durabilityBusy.audit === true);
  const error = useStore((s) => s.durabilityErrors.audit ?? null);
  const loadAuditPage = useStore((s) => s.loadAuditPage);
  useDocumentTitle(t('durability.audit.title'));
  useEffect(() => {
    void loadAuditPage(0);
  }, [loadAuditPage]);
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <h1 tabIndex={-1}>{t('durability.audit.title')}</h1>
      <p className="lead">{t('durability.audit.lead')}</p>
      <VerifyPanel />
      <section className="stack" aria-labelledby="audit-entries-heading">
        <h2 id="audit-entries-heading">{t('durability.audit.entriesHeading')}</h2>
        {loading && !page && <LoadingStatus text={t('durability.audit.loading')} />}
        {error && <ErrorAlert heading={t('durability.audit.listFailed')} error={error} headingLevel={3} />}
        {page && (
          <>
            <AuditTable rows={page.rows} total={page.total} />
            <Pager
              page={Math.floor(page.offset / AUDIT_PAGE_SIZE)}
              pageSize={AUDIT_PAGE_SIZE}
              total={page.total}
              onPage={(next) => void loadAuditPage(next * AUDIT_PAGE_SIZE)}
              label={t('durability.audit.pager')}
            />
          </>
        )}
      </section>
    </div>
  );
}
