import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostingDetail } from '@shared/contract/cost/records';
import type { CopyYearResult } from '@shared/contract/cost/roll';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { parsePercentToBp } from '../common/format';
import { useAction } from '../common/useCall';

/** "Kopiera till nästa år": the hosting's items of `year` to `year + 1`, with an optional index (%). */
export function CopyYearForm({ hostingId, year, onCopied }: { hostingId: string; year: number; onCopied: (d: HostingDetail) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const next = year + 1;
  const [index, setIndex] = useState('');
  const [skip, setSkip] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<CopyYearResult | null>(null);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const percentBp = index.trim() ? parsePercentToBp(index) : 0;
    if (percentBp === null || percentBp < -5_000 || percentBp > 10_000) {
      setProblem(t('roll.copy.indexInvalid'));
      return;
    }
    setProblem(null);
    const target = { kind: 'HOSTING' as const, hostingId };
    const existing = skip ? ('SKIP' as const) : ('REFUSE' as const);
    const result = await action.run(() => call('costs:copy-year', { target, fromYear: year, indexBp: 10_000 + percentBp, existing }));
    if (!result) return;
    setDone(result);
    const detail = await action.run(() => call('hostings:get', { id: hostingId }));
    if (detail) onCopied(detail);
  };
  return (
    <form className="panel stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate data-testid="copy-year-form">
      <h3 id={`${id}-h`}>{t('roll.copy.heading', { year, next })}</h3>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {action.error && <ErrorAlert heading={t('roll.copy.failed')} error={action.error} headingLevel={3} />}
      <div className="cost-form">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-index`}>
            {t('roll.copy.index')} <span className="field__optional">{t('costs.common.optional')}</span>
          </label>
          <input
            id={`${id}-index`}
            className="field__input"
            inputMode="decimal"
            value={index}
            onChange={(e) => setIndex(e.target.value)}
            aria-describedby={`${id}-index-hint`}
          />
          <p id={`${id}-index-hint`} className="field__hint">
            {t('roll.copy.indexHint')}
          </p>
        </div>
        <div className="checkbox cost-form__check">
          <input id={`${id}-skip`} type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
          <label htmlFor={`${id}-skip`}>{t('roll.copy.skip', { next })}</label>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={action.busy}>
          {t('roll.copy.button')}
        </button>
      </div>
      <div role="status" data-testid="copy-year-status">
        {done && (
          <p>
            {t('roll.copy.done', { count: done.copied.length, next: done.toYear })}
            {done.skipped.length > 0 ? ` ${t('roll.copy.skipped', { labels: done.skipped.join(', ') })}` : ''}
          </p>
        )}
      </div>
    </form>
  );
}
