import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FixedContributionRow } from '@shared/contract/cost/records';
import { indexedOre } from '@shared/domain/costs';
import { call } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatBp, kr, parsePercentToBp } from '../common/format';
import { useRegionName } from '../common/Trace';
import { useAction } from '../common/useCall';

function CopyForm({
  year,
  rows,
  onCopied,
  onCancel,
}: {
  year: number;
  rows: readonly FixedContributionRow[];
  onCopied: (text: string, next: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const name = useRegionName();
  const next = year + 1;
  const regions = [...new Set(rows.map((r) => r.regionCode))];
  const [region, setRegion] = useState(regions[0] ?? '');
  const [index, setIndex] = useState('');
  const [skip, setSkip] = useState(false);
  const action = useAction();
  const percentBp = index.trim() === '' ? 0 : parsePercentToBp(index);
  const indexValid = percentBp !== null && percentBp >= -5_000 && percentBp <= 10_000;
  const chosen = rows.filter((r) => r.regionCode === region);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!indexValid) return;
    const result = await action.run(() =>
      call('costs:copy-year', {
        target: { kind: 'CONTRIBUTIONS', regionCode: region },
        fromYear: year,
        indexBp: 10_000 + percentBp,
        existing: skip ? 'SKIP' : 'REFUSE',
      }),
    );
    if (!result) return;
    const skipped = result.skipped.length > 0 ? ` ${t('roll.copy.skipped', { labels: result.skipped.join(', ') })}` : '';
    onCopied(`${t('contributionsCopy.done', { count: result.copied.length, region: name(region), next: result.toYear })}${skipped}`, next);
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate data-testid="contributions-copy-form">
      {regions.length > 1 && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-region`}>
            {t('costs.common.region')}
          </label>
          <select id={`${id}-region`} className="field__input" value={region} onChange={(e) => setRegion(e.target.value)}>
            {regions.map((code) => (
              <option key={code} value={code}>
                {name(code)}
              </option>
            ))}
          </select>
        </div>
      )}
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
          aria-invalid={!indexValid}
        />
        <p id={`${id}-index-hint`} className={indexValid ? 'field__hint' : 'field__error'}>
          {indexValid ? t('roll.copy.indexHint') : t('roll.copy.indexInvalid')}
        </p>
      </div>
      <div className="checkbox">
        <input id={`${id}-skip`} type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
        <label htmlFor={`${id}-skip`}>{t('roll.copy.skip', { next })}</label>
      </div>
      <div data-testid="contributions-copy-summary" aria-live="polite">
        <p>
          {t('contributionsCopy.summary', { count: chosen.length, region: name(region), year, next })}{' '}
          {indexValid && percentBp !== 0
            ? t('contributionsCopy.withIndex', { next, index: `${percentBp > 0 ? '+' : '−'}${formatBp(Math.abs(percentBp))}` })
            : t('contributionsCopy.unchanged')}
        </p>
        <ul>
          {chosen.map((c) => (
            <li key={c.id}>
              {t('contributionsCopy.line', {
                recipient: c.recipient,
                label: c.label,
                amount: kr(indexValid ? indexedOre(c.amountOre, 10_000 + percentBp) : c.amountOre),
              })}
            </li>
          ))}
        </ul>
      </div>
      {action.error && <ErrorAlert heading={t('roll.copy.failed')} error={action.error} headingLevel={3} />}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={action.busy || !indexValid || chosen.length === 0}>
          {t('contributionsCopy.confirm', { count: chosen.length, next })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('roll.copy.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * "Kopiera till nästa år" for a region's fixed contributions (the channel `costs:copy-year`, as the CLI's
 * `costs copy-year --contributions`): a dialog with the region, an optional index and a confirmation that
 * names every contribution copied with its new amount.
 */
export function ContributionsCopy({
  year,
  rows,
  onCopied,
}: {
  year: number;
  rows: readonly FixedContributionRow[];
  onCopied: (text: string, next: number) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const own = rows.filter((r) => !r.readOnly);
  if (own.length === 0) return null;
  return (
    <>
      <div className="actions">
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('roll.copy.button')}
        </button>
      </div>
      <Dialog open={open} title={t('contributionsCopy.title', { year, next: year + 1 })} onClose={() => setOpen(false)}>
        <CopyForm
          year={year}
          rows={own}
          onCancel={() => setOpen(false)}
          onCopied={(text, next) => {
            setOpen(false);
            onCopied(text, next);
          }}
        />
      </Dialog>
    </>
  );
}
