import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GENERATE_SCALES, type GenerateScale } from '@shared/contract/jobs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatInteger } from '../../format';
import { syncChanges } from '../../api/changes';
import { JobProgress } from '../packages/JobProgress';
import { useJob } from '../packages/useJob';

const MAX_SEED = 4_294_967_295;

/**
 * Writes the deterministic test dataset (src/main/services/generator) into an empty register, in a
 * worker job with a progress bar and cancel — for trying Samplan at national scale.
 */
export function GenerateDataPanel() {
  const { t } = useTranslation();
  const ids = { scale: useId(), seed: useId() };
  const [scale, setScale] = useState<GenerateScale>('small');
  const [seed, setSeed] = useState('1');
  const job = useJob();
  const client = useQueryClient();
  const state = job.status?.state;
  useEffect(() => {
    // what the job wrote (the counts among it) is fetched anew
    if (state === 'done') void syncChanges(client);
  }, [state, client]);
  const seedNumber = Number(seed);
  const seedValid = /^\d{1,10}$/.test(seed) && seedNumber <= MAX_SEED;
  const result = job.status?.kind === 'generate' && job.status.state === 'done' ? job.status.result : null;
  const failure = job.error ?? (job.status && job.status.state !== 'running' && job.status.state !== 'done' ? job.status.error : null);
  return (
    <section className="panel" aria-labelledby="generate-heading">
      <h2 id="generate-heading">{t('generator.heading')}</h2>
      <p>{t('generator.description')}</p>
      <div className="field">
        <label className="field__label" htmlFor={ids.scale}>
          {t('generator.scale')}
        </label>
        <select
          id={ids.scale}
          className="field__input"
          value={scale}
          onChange={(e) => setScale(e.target.value as GenerateScale)}
          disabled={job.running}
        >
          {GENERATE_SCALES.map((s) => (
            <option key={s} value={s}>
              {t(`generator.scales.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.seed}>
          {t('generator.seed')}
        </label>
        <input
          id={ids.seed}
          className="field__input"
          inputMode="numeric"
          aria-describedby={`${ids.seed}-hint`}
          value={seed}
          onChange={(e) => setSeed(e.target.value.trim())}
          disabled={job.running}
          aria-invalid={!seedValid}
        />
        <p className="field__hint" id={`${ids.seed}-hint`}>
          {t('generator.seedHint')}
        </p>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={job.running || !seedValid}
          onClick={() => void job.start({ kind: 'generate', scale, seed: seedNumber })}
        >
          {t('generator.start')}
        </button>
      </div>
      {job.running && job.status && <JobProgress status={job.status} label={t('generator.progress')} onCancel={() => void job.cancel()} />}
      {state === 'cancelled' && <p role="status">{t('generator.cancelled')}</p>}
      {failure && state !== 'cancelled' && <ErrorAlert heading={t('generator.failed')} error={failure} headingLevel={3} />}
      {result && (
        <p className="notice notice--success" role="status" data-testid="generate-done">
          {t('generator.done', { records: formatInteger(result.totalRecords), persons: formatInteger(result.counts['persons'] ?? 0) })}
        </p>
      )}
    </section>
  );
}
