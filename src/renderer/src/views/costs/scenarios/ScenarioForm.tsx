import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioOverride, ScenarioRow } from '@shared/contract/cost/scenarios';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFocusWhen } from '../common/controls';
import { useAction } from '../common/useCall';
import { OverrideEditor } from './OverrideEditor';

type Props = { editing: ScenarioRow | null; onSaved: (id: string) => void; onCancel: () => void };

/** A new scenario, or changes to one: name, description and its overrides against the plan. */
export function ScenarioForm({ editing, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(editing?.name ?? '');
  const [description, setDescription] = useState(editing?.description ?? '');
  const [overrides, setOverrides] = useState<ScenarioOverride[]>(editing?.overrides ?? []);
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();
  const heading = useFocusWhen<HTMLHeadingElement>(editing !== null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setProblem(t('costs.scenarios.nameMissing'));
    setProblem(null);
    const body = { name, description: description.trim() || null, overrides };
    const saved = await action.run(() =>
      editing ? call('scenarios:update', { id: editing.id, version: editing.version, ...body }) : call('scenarios:create', body),
    );
    if (saved) {
      setName('');
      setDescription('');
      setOverrides([]);
      onSaved(saved.id);
    }
  };
  return (
    <form
      className="panel stack"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-h`}
      noValidate
      data-testid={editing ? 'scenario-edit-form' : 'scenario-form'}
    >
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {editing ? t('costs.scenarios.editHeading', { name: editing.name }) : t('costs.scenarios.newHeading')}
      </h2>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {action.error && <ErrorAlert heading={t('costs.scenarios.saveFailed')} error={action.error} headingLevel={3} />}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('costs.scenarios.name')}
        </label>
        <input id={`${id}-name`} className="field__input" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-desc`}>
          {t('costs.scenarios.description')} <span className="field__optional">{t('costs.common.optional')}</span>
        </label>
        <textarea
          id={`${id}-desc`}
          className="field__input"
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <OverrideEditor overrides={overrides} onChange={setOverrides} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {editing ? t('costs.common.save') : t('costs.scenarios.create')}
        </button>
        {editing && (
          <button type="button" className="button" onClick={onCancel}>
            {t('costs.common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
