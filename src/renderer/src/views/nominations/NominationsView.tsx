import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appErrorOf, useChannelQuery } from '../../api/query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor } from '../../router';
import { ExportButtons } from './ExportButtons';
import { REMINDER_INPUT, ReminderList } from './ReminderList';
import { RequestsTable } from './RequestsTable';
import './nominations.css';

function Reminders() {
  const { t } = useTranslation();
  const query = useChannelQuery('nominations:reminders', REMINDER_INPUT);
  const error = appErrorOf(query.error);
  return (
    <section className="stack" aria-labelledby="nomination-reminders-heading">
      <h2 id="nomination-reminders-heading">{t('nominations.reminders.heading')}</h2>
      {error && <ErrorAlert heading={t('nominations.reminders.failed')} error={error} headingLevel={3} />}
      {!query.data && query.isFetching && <LoadingStatus text={t('nominations.loading')} />}
      {query.data && (
        <div className="panel">
          <ReminderList reminders={query.data} />
        </div>
      )}
    </section>
  );
}

function OpenFilter({ open, onChange }: { open: boolean; onChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="role-switch">
      <legend className="role-switch__legend">{t('nominations.list.show')}</legend>
      {([true, false] as const).map((value) => (
        <label key={String(value)} className="role-switch__option" htmlFor={`${id}-${String(value)}`}>
          <input id={`${id}-${String(value)}`} type="radio" name={`${id}-open`} checked={open === value} onChange={() => onChange(value)} />
          {value ? t('nominations.list.onlyOpen') : t('nominations.list.all')}
        </label>
      ))}
    </fieldset>
  );
}

/** Nomineringar: what to follow up, then every request (open or all) with its candidates and due date. */
export function NominationsView() {
  const { t } = useTranslation();
  useDocumentTitle(t('nominations.title'));
  const [open, setOpen] = useState(true);
  const query = useChannelQuery('nominations:list', { open, groupId: null }, { placeholderData: keepPreviousData });
  const rows = query.data ?? null;
  const error = appErrorOf(query.error);
  return (
    <div className="stack stack--large" aria-busy={query.isFetching}>
      <div className="page-head">
        <div className="stack">
          <h1 tabIndex={-1}>{t('nominations.title')}</h1>
          <p className="lead">{t('nominations.lead')}</p>
        </div>
        <a className="button button--primary" href={hrefFor('nominationNew')}>
          {t('nominations.new.link')}
        </a>
      </div>
      <Reminders />
      <section className="stack" aria-labelledby="requests-heading">
        <div className="list-head">
          <h2 id="requests-heading">{t('nominations.list.heading')}</h2>
          <ExportButtons />
        </div>
        <OpenFilter open={open} onChange={setOpen} />
        {error && <ErrorAlert heading={t('nominations.list.failed')} error={error} headingLevel={3} />}
        {!rows && query.isFetching && <LoadingStatus text={t('nominations.loading')} />}
        {rows && rows.length === 0 && (
          <p className="muted" data-testid="requests-none">
            {open ? t('nominations.list.noneOpen') : t('nominations.list.none')}
          </p>
        )}
        {rows && rows.length > 0 && (
          <div className="panel panel--table">
            <RequestsTable rows={rows} />
          </div>
        )}
      </section>
    </div>
  );
}
