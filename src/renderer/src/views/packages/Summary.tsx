import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKAGE_RECORD_TYPES, type PackageSummary } from '@shared/contract/packages';
import { formatInteger, formatTimestamp } from '../../format';
import { useReference } from '../../store/selectors';

/** An owner code with its name when it is a region or healthcare region: `Region Västernorrland (22)`. */
export function useOwnerLabel(): (code: string) => string {
  const reference = useReference();
  return (code) => {
    const name = reference?.regions.find((r) => r.code === code)?.name ?? reference?.healthcareRegions.find((h) => h.code === code)?.name;
    return name ? `${name} (${code})` : code;
  };
}

/** An owner code as a person reads it: the region's or healthcare region's name (the code only when none is known). */
export function useOwnerName(): (code: string) => string {
  const reference = useReference();
  return useCallback(
    (code: string) =>
      reference?.regions.find((r) => r.code === code)?.name ?? reference?.healthcareRegions.find((h) => h.code === code)?.name ?? code,
    [reference],
  );
}

/** The manifest of a package as facts: who sent it, for whom, which scope and sequence, its checksums. */
export function PackageFacts({ summary, testId }: { summary: PackageSummary; testId: string }) {
  const { t } = useTranslation();
  const owner = useOwnerLabel();
  return (
    <dl className="package-facts" data-testid={testId}>
      <dt>{t('packages.facts.origin')}</dt>
      <dd>{owner(summary.originOwner)}</dd>
      <dt>{t('packages.facts.recipient')}</dt>
      <dd>{summary.recipient === null ? t('packages.noRecipient') : owner(summary.recipient)}</dd>
      <dt>{t('packages.facts.scope')}</dt>
      <dd>{t(`packages.scope.${summary.scope}`)}</dd>
      <dt>{t('packages.facts.sequence')}</dt>
      <dd data-testid="package-sequence">{summary.sequence}</dd>
      <dt>{t('packages.facts.createdAt')}</dt>
      <dd>{formatTimestamp(summary.createdAt)}</dd>
      <dt>{t('packages.facts.records')}</dt>
      <dd>{formatInteger(summary.totalRecords)}</dd>
      <dt>{t('packages.facts.size')}</dt>
      <dd>{t('packages.facts.bytes', { bytes: formatInteger(summary.byteLength) })}</dd>
      <dt>{t('packages.facts.sha256')}</dt>
      <dd className="fingerprint" data-testid="package-sha256">
        {summary.fileSha256}
      </dd>
      <dt>{t('packages.facts.signer')}</dt>
      <dd className={summary.signerFingerprint ? 'fingerprint' : undefined}>{summary.signerFingerprint ?? t('packages.unsigned')}</dd>
      <dt>{t('packages.facts.technical')}</dt>
      <dd>
        <details>
          <summary>{t('packages.facts.packageId')}</summary>
          <span className="fingerprint">{summary.packageId}</span>
        </details>
      </dd>
    </dl>
  );
}

/** How many records of each type the package holds (types with none are left out). */
export function RecordCounts({ summary }: { summary: PackageSummary }) {
  const { t } = useTranslation();
  const rows = PACKAGE_RECORD_TYPES.filter((type) => (summary.counts[type] ?? 0) > 0);
  if (rows.length === 0) return <p className="muted">{t('packages.emptyPackage')}</p>;
  return (
    <table className="table table--compact" data-testid="package-counts">
      <caption className="visually-hidden">{t('packages.countsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('packages.recordTypeHeading')}</th>
          <th scope="col">{t('packages.countHeading')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((type) => (
          <tr key={type} data-type={type}>
            <th scope="row">{t(`packages.recordType.${type}`)}</th>
            <td>{formatInteger(summary.counts[type] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
