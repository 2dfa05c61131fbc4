import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LevelAllocation } from '@shared/contract/planning';
import { ACTIVITY_LEVELS, MEMBERSHIP_ROLES, type ActivityLevel, type MembershipRole } from '@shared/domain/enums';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField, TextField } from '../../../components/form/inputs';
import { bpToPercentText, formatPercentBp, parsePercentToBp } from '../../../format';
import { useWrite } from '../../../api/use-write';
import { LevelLabel } from '../common/levels';

/** The expected allocation per level and role: a table of all values and a form to change one. */
export function LevelAllocationsPanel({ allocations }: { allocations: LevelAllocation[] }) {
  const { t } = useTranslation();
  const id = useId();
  const { run: save, saving, error } = useWrite('level-allocations:set');
  const [level, setLevel] = useState<string>(ACTIVITY_LEVELS[1]);
  const [role, setRole] = useState<string>(MEMBERSHIP_ROLES[0]);
  const valueOf = (l: string, r: string) => allocations.find((a) => a.level === l && a.role === r);
  const [percent, setPercent] = useState(() => bpToPercentText(valueOf(ACTIVITY_LEVELS[1], MEMBERSHIP_ROLES[0])?.allocationBp ?? 0));
  const [percentError, setPercentError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<{ level: ActivityLevel; role: MembershipRole; bp: number | null } | null>(null);
  const choose = (l: string, r: string) => {
    setLevel(l);
    setRole(r);
    setPercent(bpToPercentText(valueOf(l, r)?.allocationBp ?? 0));
    setPercentError(undefined);
  };
  const chosenLevel = ACTIVITY_LEVELS.find((l) => l === level) ?? 'HIGH';
  const chosenRole = MEMBERSHIP_ROLES.find((r) => r === role) ?? 'MEMBER';
  const current = valueOf(chosenLevel, chosenRole);
  const savedText = !saved
    ? ''
    : saved.bp === null
      ? t('planning.teams.allocations.resetDone', { level: t(`planning.level.${saved.level}`), role: t(`role.${saved.role}`) })
      : t('planning.teams.allocations.saved', {
          level: t(`planning.level.${saved.level}`),
          role: t(`role.${saved.role}`),
          share: formatPercentBp(saved.bp),
        });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const bp = parsePercentToBp(percent);
    if (bp === null || !Number.isInteger(bp) || bp < 0 || bp > 10_000) {
      setPercentError(t('planning.teams.allocations.percentInvalid'));
      return;
    }
    setPercentError(undefined);
    void save({ level: chosenLevel, role: chosenRole, allocationBp: bp }).then((ok) => {
      if (ok) setSaved({ level: chosenLevel, role: chosenRole, bp });
    });
  };
  const reset = () => {
    setSaved(null);
    void save({ level: chosenLevel, role: chosenRole, allocationBp: null }).then((list) => {
      if (!list) return;
      const after = list.find((a) => a.level === chosenLevel && a.role === chosenRole);
      if (after) setPercent(bpToPercentText(after.allocationBp));
      setSaved({ level: chosenLevel, role: chosenRole, bp: null });
    });
  };
  return (
    <section className="panel stack" aria-labelledby={`${id}-heading`} data-testid="level-allocations">
      <h2 id={`${id}-heading`}>{t('planning.teams.allocations.heading')}</h2>
      <p className="muted">{t('planning.teams.allocations.lead')}</p>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-heading`} tabIndex={0}>
        <table className="table table--compact allocation-table">
          <caption className="visually-hidden">{t('planning.teams.allocations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.teams.allocations.level')}</th>
              {MEMBERSHIP_ROLES.map((r) => (
                <th key={r} scope="col" className="numeric">
                  {t(`role.${r}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ACTIVITY_LEVELS.map((l) => (
              <tr key={l} data-level={l}>
                <th scope="row">
                  <LevelLabel level={l} />
                </th>
                {MEMBERSHIP_ROLES.map((r) => {
                  const a = valueOf(l, r);
                  return (
                    <td key={r} className={a?.configured ? 'numeric allocation-table__configured' : 'numeric'} data-role={r}>
                      {a ? formatPercentBp(a.allocationBp) : t('common.none')}
                      {a?.configured && (
                        <span className="allocation-table__mark">
                          <span aria-hidden="true">*</span>
                          <span className="visually-hidden">{t('planning.teams.allocations.configured')}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="table-note">{t('planning.teams.allocations.note')}</p>
      <form className="form stack" onSubmit={submit} noValidate aria-labelledby={`${id}-form-heading`} data-testid="level-allocation-form">
        <h3 id={`${id}-form-heading`}>{t('planning.teams.allocations.formHeading')}</h3>
        <div className="form__row">
          <SelectField id={`${id}-level`} label={t('planning.teams.allocations.level')} value={level} onChange={(v) => choose(v, role)}>
            {ACTIVITY_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`planning.level.${l}`)}
              </option>
            ))}
          </SelectField>
          <SelectField id={`${id}-role`} label={t('planning.teams.allocations.role')} value={role} onChange={(v) => choose(level, v)}>
            {MEMBERSHIP_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`${id}-percent`}
            label={t('planning.teams.allocations.percent')}
            hint={current?.configured ? t('planning.teams.allocations.isConfigured') : t('planning.teams.allocations.isDefault')}
            value={percent}
            onChange={setPercent}
            error={percentError}
            inputMode="decimal"
            size="short"
          />
        </div>
        {error && <ErrorAlert heading={t('planning.teams.allocations.failed')} error={error} headingLevel={3} />}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {t('planning.teams.allocations.save')}
          </button>
          {current?.configured && (
            <button type="button" className="button" disabled={saving} onClick={reset}>
              {t('planning.teams.allocations.reset')}
            </button>
          )}
          <p role="status" className={saved ? 'saved-note' : 'visually-hidden'}>
            {savedText}
          </p>
        </div>
      </form>
    </section>
  );
}
