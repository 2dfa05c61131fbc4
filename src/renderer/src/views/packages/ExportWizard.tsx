import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '@shared/contract/jobs';
import { PACKAGE_SCOPES, type PackageScope } from '@shared/contract/packages';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useOwner, useReference } from '../../store/selectors';
import { useAction, useLoad } from '../costs/common/useCall';
import { downloadBase64 } from '../import/read-file';
import { JobProgress } from './JobProgress';
import { PackageFacts, RecordCounts } from './Summary';
import { useJob } from './useJob';

type ExportStatus = Extract<JobStatus, { kind: 'package-export' }>;
type Options = { scope: PackageScope; recipient: string; sinceLast: boolean; sign: boolean };

/** Recipients: no one in particular, a region or a healthcare region. */
function RecipientSelect({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const reference = useReference();
  const own = useOwner()?.code;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('packages.export.recipient')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('packages.export.recipientHint')}
      </p>
      <select id={id} className="field__input" value={value} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('packages.noRecipient')}</option>
        <optgroup label={t('packages.export.healthcareRegions')}>
          {(reference?.healthcareRegions ?? [])
            .filter((h) => h.code !== own)
            .map((h) => (
              <option key={h.code} value={h.code}>{`${h.name} (${h.code})`}</option>
            ))}
        </optgroup>
        <optgroup label={t('packages.export.regions')}>
          {(reference?.regions ?? [])
            .filter((r) => r.code !== own)
            .map((r) => (
              <option key={r.code} value={r.code}>{`${r.name} (${r.code})`}</option>
            ))}
        </optgroup>
      </select>
    </div>
  );
}

/** Signing: a checkbox, and the offer to create this installation's key when there is none. */
function SignOption({ checked, onChange }: { checked: boolean; onChange: (v: boolean) => void }) {
  const { t } = useTranslation();
  const keys = useLoad('keys:list', {});
  const action = useAction();
  const hasKey = (keys.data?.own.length ?? 0) > 0;
  const generate = async () => {
    if (await action.run(() => call('keys:generate', {}))) keys.reload();
  };
  return (
    <div className="stack stack--tight">
      <label className="checkbox">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        {t('packages.export.sign')}
      </label>
      {checked && keys.data && !hasKey && (
        <div className="notice notice--info" data-testid="no-key">
          <p>{t('packages.export.noKey')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void generate()} disabled={action.busy}>
              {t('packages.keys.generate')}
            </button>
          </div>
        </div>
      )}
      {checked && hasKey && (
        <p className="muted">{t('packages.export.signedWith', { fingerprint: keys.data?.own[0]?.fingerprint.slice(0, 16) ?? '' })}</p>
      )}
      {action.error && <ErrorAlert heading={t('packages.keys.generateFailed')} error={action.error} headingLevel={3} />}
    </div>
  );
}

function ScopeChoice({ value, onChange }: { value: PackageScope; onChange: (v: PackageScope) => void }) {
  const { t } = useTranslation();
  const coordinator = useOwner()?.kind === 'HEALTHCARE_REGION';
  return (
    <fieldset className="package-options">
      <legend>{t('packages.export.scope')}</legend>
      {PACKAGE_SCOPES.map((scope) => (
        <label key={scope} className="checkbox">
          <input
            type="radio"
            name="package-scope"
            value={scope}
            checked={value === scope}
            disabled={scope !== 'own' && !coordinator}
            onChange={() => onChange(scope)}
          />
          {t(`packages.scopeChoice.${scope}`)}
        </label>
      ))}
      {!coordinator && <p className="field__hint">{t('packages.export.onlyCoordinator')}</p>}
    </fieldset>
  );
}

function ExportForm({ busy, onSubmit }: { busy: boolean; onSubmit: (o: Options) => void }) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<Options>({ scope: 'own', recipient: '', sinceLast: false, sign: false });
  const set = (patch: Partial<Options>) => setOptions((o) => ({ ...o, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(options);
  };
  return (
    <form className="panel stack" aria-labelledby="export-heading" onSubmit={submit} data-testid="export-form">
      <h2 id="export-heading">{t('packages.export.heading')}</h2>
      <ScopeChoice value={options.scope} onChange={(scope) => set({ scope })} />
      <RecipientSelect value={options.recipient} onChange={(recipient) => set({ recipient })} />
      <fieldset className="package-options">
        <legend>{t('packages.export.mode')}</legend>
        <label className="checkbox">
          <input type="radio" name="package-mode" checked={!options.sinceLast} onChange={() => set({ sinceLast: false })} />
          {t('packages.export.full')}
        </label>
        <label className="checkbox">
          <input type="radio" name="package-mode" checked={options.sinceLast} onChange={() => set({ sinceLast: true })} />
          {t('packages.export.sinceLast')}
        </label>
      </fieldset>
      <SignOption checked={options.sign} onChange={(sign) => set({ sign })} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('packages.export.run')}
        </button>
      </div>
    </form>
  );
}

function ExportResult({ status, onAgain }: { status: ExportStatus; onAgain: () => void }) {
  const { t } = useTranslation();
  const result = status.result;
  if (!result) return null;
  return (
    <section className="panel stack" aria-labelledby="export-done-heading" data-testid="export-result">
      <div className="notice notice--success">
        <h2 id="export-done-heading" className="notice__heading">
          {t('packages.export.done')}
        </h2>
        <p>{t('packages.export.doneLead', { file: result.fileName })}</p>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => downloadBase64(result.fileName, result.contentBase64, 'application/gzip')}
        >
          {t('packages.export.download')}
        </button>
        <button type="button" className="button" onClick={onAgain}>
          {t('packages.export.another')}
        </button>
      </div>
      <PackageFacts summary={result.summary} testId="export-facts" />
      <RecordCounts summary={result.summary} />
    </section>
  );
}

/** Export: choose what and for whom, run it as a job with a progress bar, then save the file. */
export function ExportWizard() {
  const { t } = useTranslation();
  const job = useJob();
  const status = job.status?.kind === 'package-export' ? job.status : null;
  const run = (o: Options) =>
    void job.start({
      kind: 'package-export',
      scope: o.scope,
      recipient: o.recipient === '' ? null : o.recipient,
      sinceLast: o.sinceLast,
      sign: o.sign,
    });
  if (status?.state === 'done') return <ExportResult status={status} onAgain={job.reset} />;
  return (
    <div className="stack">
      <ExportForm busy={job.running} onSubmit={run} />
      {status?.state === 'running' && (
        <JobProgress status={status} label={t('packages.export.running')} onCancel={() => void job.cancel()} />
      )}
      {status?.state === 'cancelled' && (
        <p className="notice notice--info" role="status">
          {t('packages.job.cancelled')}
        </p>
      )}
      {status?.state === 'failed' && status.error && <ErrorAlert heading={t('packages.export.failed')} error={status.error} />}
      {job.error && <ErrorAlert heading={t('packages.export.failed')} error={job.error} />}
    </div>
  );
}
