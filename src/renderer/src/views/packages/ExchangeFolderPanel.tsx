import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeSettings } from '@shared/contract/exchange';
import { call } from '../../api';
import { APP_INFO_KEY } from '../../api/app-info';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatIsoDate } from '../../format';
import { hrefFor } from '../../router';
import { useAppInfo } from '../../store/selectors';
import { useAction, useLoad } from '../costs/common/useCall';
import { useOwnerLabel } from './Summary';

const SCHEDULES = [
  { hours: null, key: 'scheduleNever' },
  { hours: 24, key: 'scheduleDaily' },
  { hours: 24 * 7, key: 'scheduleWeekly' },
] as const;

/** The folder, automatic import and the sending schedule (settings:update; app:info shows them). */
function SettingsForm({ settings }: { settings: ExchangeSettings }) {
  const { t } = useTranslation();
  const id = useId();
  const action = useAction();
  const client = useQueryClient();
  const [folder, setFolder] = useState(settings.folder ?? '');
  const [auto, setAuto] = useState(settings.autoImportTrusted);
  const [hours, setHours] = useState<number | null>(settings.sendEveryHours);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const exchange = { folder: folder.trim() === '' ? null : folder.trim(), autoImportTrusted: auto, sendEveryHours: hours };
    if (await action.run(() => call('settings:update', { exchange }))) {
      setSaved(true);
      await client.invalidateQueries({ queryKey: APP_INFO_KEY });
    }
  };
  return (
    <form className="panel stack" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-heading`}>{t('exchangeFolder.settingsHeading')}</h2>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-folder`}>
          {t('exchangeFolder.folder')}
        </label>
        <p className="field__hint" id={`${id}-folder-hint`}>
          {t('exchangeFolder.folderHint')}
        </p>
        <input
          id={`${id}-folder`}
          className="field__input"
          value={folder}
          aria-describedby={`${id}-folder-hint`}
          onChange={(e) => setFolder(e.target.value)}
          data-testid="exchange-folder-input"
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} />
        {t('exchangeFolder.autoImport')}
      </label>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-schedule`}>
          {t('exchangeFolder.schedule')}
        </label>
        <select
          id={`${id}-schedule`}
          className="field__input"
          value={hours === null ? '' : String(hours)}
          onChange={(e) => setHours(e.target.value === '' ? null : Number(e.target.value))}
        >
          {SCHEDULES.map((s) => (
            <option key={s.key} value={s.hours === null ? '' : String(s.hours)}>
              {t(`exchangeFolder.${s.key}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('exchangeFolder.save')}
        </button>
      </div>
      {saved && (
        <p className="notice notice--success" role="status">
          {t('exchangeFolder.saved')}
        </p>
      )}
      {action.error && <ErrorAlert heading={t('exchangeFolder.saveFailed')} error={action.error} headingLevel={3} />}
    </form>
  );
}

/** Send the changes now, to one recipient or to every earlier one. */
function SendPanel() {
  const { t } = useTranslation();
  const id = useId();
  const action = useAction();
  const [to, setTo] = useState('');
  const [lines, setLines] = useState<string[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLines([]);
    const recipient = to.trim() === '' ? null : to.trim().toUpperCase();
    const result = await action.run(() => call('exchange:send', { recipient }));
    if (result)
      setLines(
        result.packages.map((p) =>
          p.status === 'written'
            ? t('exchangeFolder.written', { box: p.box, count: p.totalRecords })
            : t('exchangeFolder.unchanged', { box: p.box }),
        ),
      );
  };
  return (
    <form className="panel stack" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-heading`}>{t('exchangeFolder.sendHeading')}</h2>
      <p>{t('exchangeFolder.sendLead')}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-to`}>
          {t('exchangeFolder.sendTo')}
        </label>
        <p className="field__hint" id={`${id}-to-hint`}>
          {t('exchangeFolder.sendToHint')}
        </p>
        <input
          id={`${id}-to`}
          className="field__input"
          value={to}
          aria-describedby={`${id}-to-hint`}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('exchangeFolder.send')}
        </button>
      </div>
      {lines.length > 0 && (
        <ul className="notice notice--success" role="status" data-testid="exchange-sent">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {action.error && <ErrorAlert heading={t('exchangeFolder.sendFailed')} error={action.error} headingLevel={3} />}
    </form>
  );
}

/** The packages waiting for review, each with a link to its preview. */
export function PendingList() {
  const { t } = useTranslation();
  const pending = useLoad('exchange:pending', {});
  const ownerLabel = useOwnerLabel();
  const packages = pending.data?.packages ?? [];
  return (
    <section className="panel stack" aria-labelledby="exchange-pending-heading" data-testid="exchange-pending">
      <h2 id="exchange-pending-heading">{t('exchangeFolder.pendingHeading')}</h2>
      {pending.data && packages.length === 0 && <p className="muted">{t('exchangeFolder.pendingNone')}</p>}
      {packages.length > 0 && (
        <ul>
          {packages.map((p) => (
            <li key={p.sha256}>
              {t('exchangeFolder.pendingItem', { sender: ownerLabel(p.sender), date: formatIsoDate(p.pickedAt) })}{' '}
              <a href={hrefFor('packagesReview', p.sha256)}>{t('exchangeFolder.review')}</a>
            </li>
          ))}
        </ul>
      )}
      {pending.error && <ErrorAlert heading={t('exchangeFolder.reviewFailed')} error={pending.error} headingLevel={3} />}
    </section>
  );
}

/** The exchange folder tab of Paketutbyte: its settings, sending now, and the packages to review. */
export function ExchangeFolderPanel() {
  const { t } = useTranslation();
  const info = useAppInfo();
  if (!info) return null;
  return (
    <div className="stack stack--large">
      <p>{t('exchangeFolder.lead')}</p>
      <SettingsForm settings={info.exchange} />
      {info.exchange.folder === null ? (
        <p className="muted">{t('exchangeFolder.noFolder')}</p>
      ) : (
        <>
          <PendingList />
          <SendPanel />
        </>
      )}
    </div>
  );
}
