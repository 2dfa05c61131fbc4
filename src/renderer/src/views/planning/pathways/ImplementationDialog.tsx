import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Implementation, Pathway } from '@shared/contract/planning';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '@shared/domain/enums';
import { Dialog } from '../../../components/Dialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../../components/form/inputs';
import type { FieldErrors } from '../../../components/form/validation';
import { todayIso } from '../../../format';
import { useWrite } from '../../../api/use-write';
import { useGroupOptions } from '../../../api/lookups';

export type ImplementationTarget = { pathway: Pathway; regionCode: string; regionName: string; implementation: Implementation | null };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS = ['status', 'decidedOn', 'startedOn', 'implementedOn', 'responsibleGroupId'] as const;

/** Which date a status asks for first: choosing "implemented" without a date fills in today. */
const DATE_OF: Partial<Record<ImplementationStatus, 'decidedOn' | 'startedOn' | 'implementedOn'>> = {
  DECIDED: 'decidedOn',
  IN_PROGRESS: 'startedOn',
  IMPLEMENTED: 'implementedOn',
};

function ImplementationForm({ target, onDone }: { target: ImplementationTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { run: save, saving, error } = useWrite('pathways:set-implementation');
  const groups = useGroupOptions();
  const impl = target.implementation;
  const [status, setStatus] = useState<string>(impl?.status ?? 'NOT_STARTED');
  const [dates, setDates] = useState({
    decidedOn: impl?.decidedOn ?? '',
    startedOn: impl?.startedOn ?? '',
    implementedOn: impl?.implementedOn ?? '',
  });
  const [responsible, setResponsible] = useState(impl?.responsibleGroupId ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const teams = (groups ?? []).filter(
    (g) => (g.type === 'RPT' && g.regionCode === target.regionCode) || g.type === 'NAG' || g.id === impl?.responsibleGroupId,
  );
  const fieldIds = Object.fromEntries(FIELDS.map((f) => [f, `${id}-${f}`])) as Record<(typeof FIELDS)[number], string>;
  const labels = {
    status: t('planning.pathways.impl.status'),
    decidedOn: t('planning.pathways.impl.decidedOn'),
    startedOn: t('planning.pathways.impl.startedOn'),
    implementedOn: t('planning.pathways.impl.implementedOn'),
    responsibleGroupId: t('planning.pathways.impl.responsible'),
  };
  const onStatus = (value: string) => {
    setStatus(value);
    const dateField = DATE_OF[value as ImplementationStatus];
    if (dateField && dates[dateField] === '') setDates((d) => ({ ...d, [dateField]: todayIso() }));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: FieldErrors = {};
    for (const field of ['decidedOn', 'startedOn', 'implementedOn'] as const) {
      if (dates[field] !== '' && !DATE.test(dates[field])) next[field] = t('validation.date');
    }
    const ordered = [dates.decidedOn, dates.startedOn, dates.implementedOn].filter((d) => d !== '');
    if (!next['decidedOn'] && !next['startedOn'] && !next['implementedOn'] && ordered.some((d, i) => i > 0 && d < (ordered[i - 1] ?? ''))) {
      next['implementedOn'] = t('planning.pathways.impl.dateOrder');
    }
    const chosen = IMPLEMENTATION_STATUSES.find((s) => s === status);
    if (!chosen) next['status'] = t('validation.choose');
    setErrors(next);
    if (Object.keys(next).length > 0 || !chosen) {
      setAttempt((a) => a + 1);
      return;
    }
    void save({
      carePathwayId: target.pathway.id,
      regionCode: target.regionCode,
      status: chosen,
      decidedOn: dates.decidedOn || null,
      startedOn: dates.startedOn || null,
      implementedOn: dates.implementedOn || null,
      responsibleGroupId: responsible || null,
      version: impl?.version ?? null,
    }).then((saved) => {
      if (saved) onDone();
    });
  };
  return (
    <form className="form stack" onSubmit={submit} noValidate data-testid="implementation-form">
      <ErrorSummary errors={errors} fieldIds={fieldIds} labels={labels} attempt={attempt} />
      <SelectField id={fieldIds.status} label={labels.status} value={status} onChange={onStatus} error={errors['status']} required>
        {IMPLEMENTATION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`planning.implementation.${s}`)}
          </option>
        ))}
      </SelectField>
      {(['decidedOn', 'startedOn', 'implementedOn'] as const).map((field) => (
        <TextField
          key={field}
          id={fieldIds[field]}
          label={labels[field]}
          optional={t('common.optional')}
          type="date"
          value={dates[field]}
          onChange={(v) => setDates((d) => ({ ...d, [field]: v }))}
          error={errors[field]}
        />
      ))}
      <SelectField
        id={fieldIds.responsibleGroupId}
        label={labels.responsibleGroupId}
        hint={t('planning.pathways.impl.responsibleHint')}
        value={responsible}
        onChange={setResponsible}
      >
        <option value="">{t('planning.pathways.impl.noResponsible')}</option>
        {teams.map((g) => (
          <option key={g.id} value={g.id}>{`${g.name} (${t(`groupType.${g.type}`)})`}</option>
        ))}
      </SelectField>
      {error && <ErrorAlert heading={t('planning.pathways.impl.failed')} error={error} headingLevel={3} />}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('planning.pathways.impl.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A region's implementation of one pathway: status, the dates of each step and the responsible team. */
export function ImplementationDialog({ target, onClose }: { target: ImplementationTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const title = target ? t('planning.pathways.impl.title', { pathway: target.pathway.name, region: target.regionName }) : '';
  return (
    <Dialog open={target !== null} title={title} onClose={onClose}>
      {target && <ImplementationForm key={`${target.pathway.id}:${target.regionCode}`} target={target} onDone={onClose} />}
    </Dialog>
  );
}
