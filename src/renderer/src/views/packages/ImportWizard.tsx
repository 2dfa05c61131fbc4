import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '@shared/contract/jobs';
import { MAX_PACKAGE_BYTES, type ConfirmationKind, type PackageInspection } from '@shared/contract/packages';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { hrefFor } from '../../router';
import { useAction } from '../costs/common/useCall';
import { readFileAsBase64 } from '../import/read-file';
import { JobProgress } from './JobProgress';
import { ImportPreviewDetails, OutcomeTable } from './Preview';
import { PreviewGroups, useWorded } from './PreviewLines';
import { PackageFacts, RecordCounts, useOwnerName } from './Summary';
import { useJob } from './useJob';
import { FileInput } from '../../components/form/FileInput';

type Chosen = { fileName: string; contentBase64: string };
type ImportStatus = Extract<JobStatus, { kind: 'package-import' }>;

/** Step 1: choose a `.samplan` file; main verifies it and previews the import (nothing is written). */
function FilePicker({
  onChoose,
  onInspected,
}: {
  onChoose: () => void;
  onInspected: (file: Chosen, inspection: PackageInspection) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const action = useAction();
  const [problem, setProblem] = useState<string | null>(null);
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    onChoose();
    setProblem(null);
    action.clearError();
    if (file.size === 0) return setProblem(t('packages.import.emptyFile'));
    if (file.size > MAX_PACKAGE_BYTES) return setProblem(t('packages.import.tooLarge'));
    let chosen: Chosen;
    try {
      chosen = { fileName: file.name, contentBase64: await readFileAsBase64(file) };
    } catch {
      return setProblem(t('packages.import.readFailed'));
    }
    const inspection = await action.run(() => call('packages:inspect', chosen));
    if (inspection) onInspected(chosen, inspection);
  };
  return (
    <section className="panel stack" aria-labelledby="package-file-heading">
      <h2 id="package-file-heading">{t('packages.import.fileHeading')}</h2>
      <div className={problem ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${id}-file`}>
          {t('packages.import.chooseFile')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('packages.import.chooseFileHint')}
        </p>
        {problem && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {problem}
          </p>
        )}
        <FileInput
          id={`${id}-file`}
          accept=".samplan,application/gzip"
          disabled={action.busy}
          aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => void onChange(event)}
        />
      </div>
      {action.busy && <LoadingStatus text={t('packages.import.verifying')} />}
      {action.error && <ErrorAlert heading={t('packages.import.rejected')} error={action.error} headingLevel={3} id="package-rejected" />}
    </section>
  );
}

/** The signer: unsigned, trusted, or an unknown key whose fingerprint must be checked and trusted once. */
function SignerBlock({ inspection, trust, onTrust }: { inspection: PackageInspection; trust: boolean; onTrust: (v: boolean) => void }) {
  const { t } = useTranslation();
  const { signer, summary } = inspection;
  const origin = useOwnerName()(summary.originOwner);
  if (signer.status !== 'untrusted') {
    return <p data-testid="signer-status">{t(`packages.signer.${signer.status}`, { origin })}</p>;
  }
  return (
    <div className="package-warning" data-testid="signer-status">
      <h3 className="package-warning__heading">{t('packages.signer.untrustedHeading', { origin })}</h3>
      <p>{t('packages.signer.untrustedLead')}</p>
      <p className="fingerprint" data-testid="signer-fingerprint">
        {signer.fingerprint}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={trust} onChange={(e) => onTrust(e.target.checked)} />
        {t('packages.signer.trust', { origin })}
      </label>
    </div>
  );
}

/** What the user confirmed before the import; the import job refuses without what the preview asked for. */
type Confirmed = { trust: boolean; mass: boolean; recipient: boolean; older: boolean; acceptRejected: boolean };

type ConfirmProps = {
  inspection: PackageInspection;
  busy: boolean;
  onConfirm: (o: Confirmed) => void;
  children: ReactNode;
};

/** One checkbox per notice that needs a confirmation, worded with both parties named. */
function NoticeConfirmations({
  inspection,
  checked,
  onCheck,
}: {
  inspection: PackageInspection;
  checked: Set<ConfirmationKind>;
  onCheck: (kind: ConfirmationKind, on: boolean) => void;
}) {
  const word = useWorded();
  return (
    <>
      {inspection.preview.confirmations.map((c) => (
        <label className="checkbox" key={c.kind}>
          <input
            type="checkbox"
            checked={checked.has(c.kind)}
            onChange={(e) => onCheck(c.kind, e.target.checked)}
            data-testid={`confirm-${c.kind}`}
          />
          {word(c.message)}
        </label>
      ))}
    </>
  );
}

function ConfirmImport({ inspection, busy, onConfirm, children }: ConfirmProps) {
  const { t } = useTranslation();
  const [trust, setTrust] = useState(false);
  const [mass, setMass] = useState(false);
  const [checked, setChecked] = useState<Set<ConfirmationKind>>(new Set());
  const onCheck = (kind: ConfirmationKind, on: boolean) =>
    setChecked((now) => {
      const next = new Set(now);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });
  const needsTrust = inspection.signer.status === 'untrusted';
  const needsMass = inspection.preview.massDeletion.required;
  const noticesConfirmed = inspection.preview.confirmations.every((c) => checked.has(c.kind));
  const rejected = inspection.preview.totals.rejected;
  const ready = (!needsTrust || trust) && (!needsMass || mass) && noticesConfirmed && !inspection.alreadyImported;
  const confirmed: Confirmed = {
    trust,
    mass,
    recipient: checked.has('recipient'),
    older: checked.has('older'),
    acceptRejected: rejected > 0,
  };
  return (
    <section className="panel panel--confirm stack" aria-labelledby="package-confirm-heading">
      <h2 id="package-confirm-heading">{t('packages.import.confirmHeading')}</h2>
      <SignerBlock inspection={inspection} trust={trust} onTrust={setTrust} />
      {needsMass && (
        <label className="checkbox">
          <input type="checkbox" checked={mass} onChange={(e) => setMass(e.target.checked)} data-testid="confirm-mass-deletion" />
          {t('packages.import.confirmMassDeletion')}
        </label>
      )}
      <NoticeConfirmations inspection={inspection} checked={checked} onCheck={onCheck} />
      {rejected > 0 && <p data-testid="import-rest-lead">{t('packages.import.restLead', { count: rejected })}</p>}
      <div className="actions">
        <button type="button" className="button button--primary" disabled={!ready || busy} onClick={() => onConfirm(confirmed)}>
          {rejected > 0 ? t('packages.import.importRest') : t('packages.import.confirm')}
        </button>
      </div>
      {children}
    </section>
  );
}

function ImportDone({ status, onAgain }: { status: ImportStatus; onAgain: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const result = status.result;
  if (!result) return null;
  return (
    <section className="panel stack" aria-labelledby="package-done-heading" data-testid="import-done">
      <div className="notice notice--success">
        <h2 id="package-done-heading" ref={heading} tabIndex={-1} className="notice__heading">
          {result.status === 'applied' ? t('packages.import.done') : t('packages.import.alreadyDone')}
        </h2>
        {result.backupFileName && <p>{t('packages.import.backup', { file: result.backupFileName })}</p>}
      </div>
      {result.outcome && <PreviewGroups outcome={result.outcome} />}
      {result.outcome && <OutcomeTable outcome={result.outcome} testId="import-result-table" />}
      <div className="actions">
        <a className="button" href={hrefFor('packagesHistory')}>
          {t('packages.import.toHistory')}
        </a>
        <a className="button" href={hrefFor('persons')}>
          {t('packages.import.toPersons')}
        </a>
        <button type="button" className="button" onClick={onAgain}>
          {t('packages.import.another')}
        </button>
      </div>
    </section>
  );
}

/** Import: choose a file, read the verified manifest and the preview, confirm, apply as a job. */
export function ImportWizard() {
  const { t } = useTranslation();
  const job = useJob();
  const [chosen, setChosen] = useState<{ file: Chosen; inspection: PackageInspection } | null>(null);
  const status = job.status?.kind === 'package-import' ? job.status : null;
  const again = () => {
    job.reset();
    setChosen(null);
  };
  if (status?.state === 'done') return <ImportDone status={status} onAgain={again} />;
  const confirm = (o: Confirmed) => {
    if (!chosen) return;
    void job.start({
      kind: 'package-import',
      ...chosen.file,
      confirmMassDeletion: o.mass,
      trustSigner: o.trust,
      confirmRecipient: o.recipient,
      confirmOlder: o.older,
      acceptRejected: o.acceptRejected,
    });
  };
  return (
    <div className="stack stack--large">
      <FilePicker onChoose={again} onInspected={(file, inspection) => setChosen({ file, inspection })} />
      {chosen && (
        <>
          <section className="panel stack" aria-labelledby="package-manifest-heading">
            <h2 id="package-manifest-heading">{t('packages.import.manifestHeading', { file: chosen.file.fileName })}</h2>
            <p className="notice notice--success">{t('packages.import.verified')}</p>
            <PackageFacts summary={chosen.inspection.summary} testId="import-facts" />
            <RecordCounts summary={chosen.inspection.summary} />
          </section>
          <ImportPreviewDetails inspection={chosen.inspection} />
          <ConfirmImport inspection={chosen.inspection} busy={job.running} onConfirm={confirm}>
            {status?.state === 'running' && (
              <JobProgress status={status} label={t('packages.import.applying')} onCancel={() => void job.cancel()} />
            )}
            {status?.state === 'cancelled' && (
              <p className="notice notice--info" role="status">
                {t('packages.job.cancelled')}
              </p>
            )}
            {status?.state === 'failed' && status.error && (
              <ErrorAlert heading={t('packages.import.failed')} error={status.error} headingLevel={3} />
            )}
            {job.error && <ErrorAlert heading={t('packages.import.failed')} error={job.error} headingLevel={3} />}
          </ConfirmImport>
        </>
      )}
    </div>
  );
}
