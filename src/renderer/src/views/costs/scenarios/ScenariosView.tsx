import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioRow } from '@shared/contract/cost/scenarios';
import { call } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { RowActions, SavedNote } from '../common/controls';
import { useAction } from '../common/useCall';
import { BudgetBlock } from './BudgetBlock';
import { CompareBlock } from './CompareBlock';
import { useScenarioSentence } from './describe';
import { ScenarioForm } from './ScenarioForm';
import { useCostScenarios } from '../common/cost-lists';

function DeleteScenarioDialog({
  scenario,
  onClose,
  onDeleted,
}: {
  scenario: ScenarioRow | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const remove = async (s: ScenarioRow) => {
    if (await action.run(() => call('scenarios:delete', { id: s.id, version: s.version }))) {
      onDeleted();
    }
  };
  return (
    <Dialog open={scenario !== null} title={t('costs.scenarios.deleteTitle')} onClose={onClose}>
      {scenario && (
        <>
          <p>{t('costs.scenarios.deleteText', { name: scenario.name })}</p>
          {action.error && <ErrorAlert heading={t('costs.scenarios.deleteFailed')} error={action.error} headingLevel={3} />}
          <div className="actions">
            <button type="button" className="button button--danger" disabled={action.busy} onClick={() => void remove(scenario)}>
              {t('costs.scenarios.deleteConfirm')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('costs.common.cancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function ScenarioList({
  scenarios,
  onEdit,
  onDelete,
}: {
  scenarios: ScenarioRow[];
  onEdit: (s: ScenarioRow) => void;
  onDelete: (s: ScenarioRow) => void;
}) {
  const { t } = useTranslation();
  const sentence = useScenarioSentence();
  return (
    <ul className="plain-list cost-scenario-list" data-testid="scenario-list">
      {scenarios.map((s) => (
        <li key={s.id}>
          <strong>{s.name}</strong>: {sentence(s.overrides)}
          {s.description && <span className="muted"> – {s.description}</span>}{' '}
          {!s.readOnly && (
            <RowActions
              editLabel={t('costs.scenarios.editNamed', { name: s.name })}
              deleteLabel={t('costs.scenarios.deleteNamed', { name: s.name })}
              onEdit={() => onEdit(s)}
              onDelete={() => onDelete(s)}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

/** Scenarios (what-ifs against the plan): create, change, delete, compare; budgets and actual outcomes. */
export function ScenariosView() {
  const { t } = useTranslation();
  const id = useId();
  const scenarios = useCostScenarios();
  const [selected, setSelected] = useState('');
  const [editing, setEditing] = useState<ScenarioRow | null>(null);
  const [deleting, setDeleting] = useState<ScenarioRow | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const current = scenarios?.find((s) => s.id === selected) ?? scenarios?.[0] ?? null;
  useDocumentTitle(t('costs.scenarios.title'));
  const done = (scenarioId: string) => {
    setEditing(null);
    setSelected(scenarioId);
    setSaved(t('costs.common.saved'));
  };
  return (
    <div className="stack stack--large">
      <div className="stack">
        <h1 tabIndex={-1}>{t('costs.scenarios.title')}</h1>
        <p className="lead">{t('costs.scenarios.lead')}</p>
      </div>
      <ScenarioForm
        key={editing ? `edit-${editing.id}-${editing.version}` : 'new'}
        editing={editing}
        onSaved={done}
        onCancel={() => setEditing(null)}
      />
      <section className="stack" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('costs.scenarios.listHeading')}</h2>
        <SavedNote text={saved} />
        {scenarios?.length === 0 && <p>{t('costs.scenarios.none')}</p>}
        {scenarios && scenarios.length > 0 && (
          <>
            <ScenarioList
              scenarios={scenarios}
              onEdit={(s) => {
                setSaved(null);
                setEditing(s);
              }}
              onDelete={setDeleting}
            />
            <div className="filters">
              <div className="field filters__item">
                <label className="field__label field__label--small" htmlFor={`${id}-cmp`}>
                  {t('costs.compare.choose')}
                </label>
                <select id={`${id}-cmp`} className="field__input" value={current?.id ?? ''} onChange={(e) => setSelected(e.target.value)}>
                  {scenarios.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </>
        )}
      </section>
      {current && (
        <div className="panel">
          <CompareBlock key={`${current.id}-${current.version}`} scenarioId={current.id} overrides={current.overrides} />
        </div>
      )}
      <div className="panel">
        <BudgetBlock />
      </div>
      <DeleteScenarioDialog
        scenario={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          setDeleting(null);
          setSelected('');
          setSaved(t('costs.scenarios.deleted'));
        }}
      />
    </div>
  );
}
