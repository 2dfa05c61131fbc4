import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { capacitySettingsSchema, type CapacitySettings } from '@shared/contract/planning';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TextField } from '../../../components/form/inputs';
import { bpToPercentText, parsePercentToBp } from '../../../format';
import { appErrorOf } from '../../../api/query';
import { useSaveCapacitySettings } from './useCapacityGrid';

/** The two thresholds of the bands: "high" from, "over" above (percent of a full-time post). */
export function BandSettingsForm({ settings }: { settings: CapacitySettings }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveCapacitySettings();
  const saving = save.isPending;
  const error = appErrorOf(save.error);
  const [high, setHigh] = useState(bpToPercentText(settings.highAtBp));
  const [over, setOver] = useState(bpToPercentText(settings.overAboveBp));
  const [errors, setErrors] = useState<{ high?: string; over?: string }>({});
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const highBp = parsePercentToBp(high) ?? Number.NaN;
    const overBp = parsePercentToBp(over) ?? Number.NaN;
    const next: { high?: string; over?: string } = {};
    if (!Number.isInteger(highBp) || highBp < 1 || highBp > 100_000) next.high = t('planning.capacity.settings.percentInvalid');
    if (!Number.isInteger(overBp) || overBp < 1 || overBp > 100_000) next.over = t('planning.capacity.settings.percentInvalid');
    if (!next.high && !next.over && highBp > overBp) next.high = t('planning.capacity.settings.order');
    setErrors(next);
    if (next.high || next.over) return;
    const parsed = capacitySettingsSchema.safeParse({ highAtBp: highBp, overAboveBp: overBp });
    if (!parsed.success) return setErrors({ high: t('planning.capacity.settings.order') });
    save.mutate(parsed.data, { onSuccess: () => setSaved(true) });
  };
  return (
    <form className="panel form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} data-testid="band-settings">
      <h2 id={`${id}-heading`}>{t('planning.capacity.settings.heading')}</h2>
      <p className="muted">{t('planning.capacity.settings.lead')}</p>
      <div className="form__row">
        <TextField
          id={`${id}-high`}
          label={t('planning.capacity.settings.high')}
          hint={t('planning.capacity.settings.highHint')}
          value={high}
          onChange={setHigh}
          error={errors.high}
          inputMode="decimal"
          size="short"
        />
        <TextField
          id={`${id}-over`}
          label={t('planning.capacity.settings.over')}
          hint={t('planning.capacity.settings.overHint')}
          value={over}
          onChange={setOver}
          error={errors.over}
          inputMode="decimal"
          size="short"
        />
      </div>
      {error && <ErrorAlert heading={t('planning.capacity.settings.saveFailed')} error={error} headingLevel={3} />}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('planning.capacity.settings.save')}
        </button>
        <p role="status" className={saved ? 'saved-note' : 'visually-hidden'}>
          {saved ? t('planning.capacity.settings.saved') : ''}
        </p>
      </div>
    </form>
  );
}
