import { useTranslation } from 'react-i18next';
import type { JobStatus } from '@shared/contract/jobs';

const PHASES = [
  'starting',
  'open',
  'verify',
  'backup',
  'apply',
  'select',
  'references',
  'build',
  'compress',
  'record',
  'write',
  'cancelling',
] as const;
type Phase = (typeof PHASES)[number];

function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}

/** A running job: a real progress bar (indeterminate while the total is unknown), its phase and a cancel button. */
export function JobProgress({ status, label, onCancel }: { status: JobStatus; label: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const known = status.total > 0;
  const percent = known ? Math.min(100, Math.round((status.done / status.total) * 100)) : null;
  const phase = isPhase(status.phase) ? t(`packages.phase.${status.phase}`) : t('packages.phase.working');
  return (
    <div className="stack stack--tight" data-testid="job-progress">
      <div className="progress">
        {known ? (
          <progress className="progress__bar" aria-label={label} max={status.total} value={status.done} />
        ) : (
          <progress className="progress__bar" aria-label={label} />
        )}
        <span role="status">{percent === null ? phase : t('packages.job.percent', { phase, percent })}</span>
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={onCancel} disabled={status.phase === 'cancelling'}>
          {t('packages.job.cancel')}
        </button>
      </div>
    </div>
  );
}
