import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LEADERSHIP_SCOPES, MAX_HORIZON_MONTHS, ruleSettingsSchema, type RuleSettings } from '@shared/contract/rule-warnings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField, TextField } from '../../components/form/inputs';
import { fieldErrorsFromZod, type FieldErrors } from '../../components/form/validation';
import { bpToPercentText, parsePercentToBp } from '../../format';
import { useWrite } from '../../api/use-write';

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** The thresholds the rules and the vacancy view use. */
export function RuleSettingsForm({ settings }: { settings: RuleSettings }) {
  const { t } = useTranslation();
  const id = useId();
  const { run: save, saving, error } = useWrite('rules:settings-update');
  const [days, setDays] = useState(String(settings.endingWithinDays));
  const [over, setOver] = useState(bpToPercentText(settings.overAllocationThresholdBp));
  const [expiry, setExpiry] = useState(bpToPercentText(settings.expiryShareThresholdBp));
  const [chair, setChair] = useState(String(settings.chairMaxYears));
  const [horizon, setHorizon] = useState(String(settings.horizonMonths));
  const [scope, setScope] = useState<string>(settings.leadershipScope);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const parsed = ruleSettingsSchema.safeParse({
      endingWithinDays: whole(days),
      overAllocationThresholdBp: parsePercentToBp(over) ?? Number.NaN,
      expiryShareThresholdBp: parsePercentToBp(expiry) ?? Number.NaN,
      chairMaxYears: whole(chair),
      leadershipScope: scope,
      horizonMonths: whole(horizon),
    });
    if (!parsed.success) return setErrors(fieldErrorsFromZod(parsed.error, t));
    setErrors({});
    void save(parsed.data).then((done) => setSaved(done !== null));
  };
  return (
    <form className="panel form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} data-testid="rule-settings">
      <h2 id={`${id}-heading`}>{t('ruleSettings.heading')}</h2>
      <p className="muted">{t('ruleSettings.lead')}</p>
      <div className="form__row form__row--wrap">
        <TextField
          id={`${id}-horizon`}
          label={t('ruleSettings.horizonMonths')}
          hint={t('ruleSettings.horizonMonthsHint')}
          value={horizon}
          onChange={setHorizon}
          error={errors['horizonMonths'] && t('ruleSettings.horizonInvalid', { max: MAX_HORIZON_MONTHS })}
          inputMode="numeric"
          size="short"
        />
        <TextField
          id={`${id}-over`}
          label={t('ruleSettings.overAllocation')}
          hint={t('ruleSettings.overAllocationHint')}
          value={over}
          onChange={setOver}
          error={errors['overAllocationThresholdBp'] && t('ruleSettings.percentInvalid', { max: '1000' })}
          inputMode="decimal"
          size="short"
        />
        <TextField
          id={`${id}-days`}
          label={t('ruleSettings.endingWithinDays')}
          hint={t('ruleSettings.endingWithinDaysHint')}
          value={days}
          onChange={setDays}
          error={errors['endingWithinDays'] && t('ruleSettings.daysInvalid')}
          inputMode="numeric"
          size="short"
        />
        <TextField
          id={`${id}-expiry`}
          label={t('ruleSettings.expiryShare')}
          hint={t('ruleSettings.expiryShareHint')}
          value={expiry}
          onChange={setExpiry}
          error={errors['expiryShareThresholdBp'] && t('ruleSettings.percentInvalid', { max: '100' })}
          inputMode="decimal"
          size="short"
        />
        <TextField
          id={`${id}-chair`}
          label={t('ruleSettings.chairMaxYears')}
          hint={t('ruleSettings.chairMaxYearsHint')}
          value={chair}
          onChange={setChair}
          error={errors['chairMaxYears'] && t('ruleSettings.yearsInvalid')}
          inputMode="numeric"
          size="short"
        />
        <SelectField
          id={`${id}-scope`}
          label={t('ruleSettings.leadershipScope')}
          hint={t('ruleSettings.leadershipScopeHint')}
          value={scope}
          onChange={setScope}
        >
          {LEADERSHIP_SCOPES.map((s) => (
            <option key={s} value={s}>
              {t(`ruleSettings.scope.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {error && <ErrorAlert heading={t('ruleSettings.saveFailed')} error={error} headingLevel={3} />}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('common.saving') : t('ruleSettings.save')}
        </button>
        <p role="status" className={saved ? 'saved-note' : 'visually-hidden'}>
          {saved ? t('ruleSettings.saved') : ''}
        </p>
      </div>
    </form>
  );
}
