import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '@shared/contract/errors';
import { call } from '../../api';
import { useQueryClient } from '@tanstack/react-query';
import { APP_INFO_KEY } from '../../api/app-info';
import { useAppInfo } from '../../store/selectors';
import { ErrorAlert } from '../ErrorAlert';
import { Field } from '../form/Field';

/** "Ditt namn": whom the history and the audit log name for the changes made here (settings:update). */
export function UserNameSetting() {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const info = useAppInfo();
  const [value, setValue] = useState(info?.userName ?? '');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    void call('settings:update', { userName: value }).then((result) => {
      if (result.ok) client.setQueryData(APP_INFO_KEY, result.value);
      setError(result.ok ? null : result.error);
      setSaved(result.ok);
    });
  };
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('userName.heading')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field id={`${id}-name`} label={t('userName.label')} hint={t('userName.hint')}>
          {(describedBy) => (
            <input
              id={`${id}-name`}
              className="field__input"
              type="text"
              autoComplete="name"
              maxLength={120}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <button type="submit" className="button">
          {t('userName.save')}
        </button>
        <div role="status">{saved && <p className="notice notice--success">{t('userName.saved')}</p>}</div>
        {error && <ErrorAlert heading={t('userName.failedHeading')} error={error} headingLevel={3} />}
      </form>
    </section>
  );
}
