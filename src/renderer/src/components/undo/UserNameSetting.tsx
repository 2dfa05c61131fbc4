import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { APP_INFO_KEY } from '../../api/app-info';
import { useWrite } from '../../api/use-write';
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
  const { run: save, saving, error } = useWrite('settings:update');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    void save({ userName: value }).then((info) => {
      if (info) client.setQueryData(APP_INFO_KEY, info);
      setSaved(info !== null);
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
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('common.saving') : t('userName.save')}
        </button>
        <div role="status">{saved && <p className="notice notice--success">{t('userName.saved')}</p>}</div>
        {error && <ErrorAlert heading={t('userName.failedHeading')} error={error} headingLevel={3} />}
      </form>
    </section>
  );
}
