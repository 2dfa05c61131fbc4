import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceData } from '@shared/contract/reference';
import { ErrorAlert } from '../components/ErrorAlert';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useCompleteSetup } from '../api/app-info';
import { useReference } from '../store/selectors';

function OwnerOptions({ id, reference }: { id: string; reference: ReferenceData | null }) {
  const { t } = useTranslation();
  if (!reference) return <datalist id={id} />;
  const describe = (kind: 'REGION' | 'HEALTHCARE_REGION', code: string) => t('ownerCode', { kind: t(`ownerKind.${kind}`), code });
  return (
    <datalist id={id}>
      {reference.regions.map((region) => (
        <option key={region.code} value={region.name} label={describe('REGION', region.code)} />
      ))}
      {reference.healthcareRegions.map((hr) => (
        <option key={hr.code} value={hr.name} label={describe('HEALTHCARE_REGION', hr.code)} />
      ))}
    </datalist>
  );
}

/** Shown until main knows whom this installation works for (`app:info.owner` is null). */
export function FirstRunView() {
  const { t } = useTranslation();
  const ids = useId();
  const [value, setValue] = useState('');
  const [userName, setUserName] = useState('');
  const reference = useReference();
  const { complete, saving, error } = useCompleteSetup();
  useDocumentTitle(t('firstRun.title'));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void complete(value, userName);
  };

  const inputId = `${ids}-owner`;
  const nameId = `${ids}-name`;
  const hintId = `${ids}-hint`;
  const errorId = `${ids}-error`;
  return (
    <div className="first-run">
      <h1 tabIndex={-1}>{t('firstRun.title')}</h1>
      <p className="lead">{t('firstRun.lead')}</p>
      <p>{t('firstRun.explanationOwner')}</p>
      <p>{t('firstRun.explanationExchange')}</p>
      <form className="panel form" onSubmit={onSubmit} noValidate aria-busy={saving}>
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            {t('firstRun.label')}
          </label>
          <p className="field__hint" id={hintId}>
            {t('firstRun.hint')}
          </p>
          <input
            id={inputId}
            className="field__input"
            type="text"
            list={`${ids}-options`}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
          />
          <OwnerOptions id={`${ids}-options`} reference={reference} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={nameId}>
            {t('userName.label')}
          </label>
          <p className="field__hint" id={`${nameId}-hint`}>
            {t('firstRun.nameHint')}
          </p>
          <input
            id={nameId}
            className="field__input"
            type="text"
            autoComplete="name"
            maxLength={120}
            value={userName}
            onChange={(event) => setUserName(event.target.value)}
            aria-describedby={`${nameId}-hint`}
          />
        </div>
        {error && <ErrorAlert id={errorId} heading={t('firstRun.errorHeading')} error={error} />}
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('firstRun.saving') : t('firstRun.submit')}
        </button>
      </form>
    </div>
  );
}
