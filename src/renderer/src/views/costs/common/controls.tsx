import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../../store';
import { yearChoices } from './format';

/** The year the cost views show (shared between them). */
export function YearSelect({ value, onChange, label }: { value: number; onChange: (year: number) => void; label?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const years = yearChoices();
  if (!years.includes(value)) years.push(value);
  return (
    <div className="field filters__item">
      <label className="field__label field__label--small" htmlFor={id}>{label ?? t('costs.common.year')}</label>
      <select id={id} className="field__input" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.sort().map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
    </div>
  );
}

/** Plan or one of the scenarios. */
export function ScenarioSelect() {
  const { t } = useTranslation();
  const id = useId();
  const scenarios = useStore((s) => s.costScenarios);
  const value = useStore((s) => s.costScenarioId);
  const set = useStore((s) => s.setCostScenarioId);
  return (
    <div className="field filters__item">
      <label className="field__label field__label--small" htmlFor={id}>{t('costs.common.scenario')}</label>
      <select id={id} className="field__input" value={value ?? ''} onChange={(e) => set(e.target.value || null)}>
        <option value="">{t('costs.common.plan')}</option>
        {(scenarios ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
    </div>
  );
}

export function SavedNote({ text }: { text: string | null }) {
  return <p role="status" className={text ? 'saved-note' : 'visually-hidden'}>{text ?? ''}</p>;
}
