import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FixedContributionRow } from '@shared/contract/cost/records';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useOwner, useReference } from '../../../store/selectors';
import { RowActions, SavedNote, TableHead, YearSelect, useFocusWhen } from '../common/controls';
import { kr, oreInput, parseKronorToOre } from '../common/format';
import { useRegionName } from '../common/Trace';
import { useAction, useLoad } from '../common/useCall';
import { ContributionsCopy } from './ContributionsCopy';

type Draft = { regionCode: string; recipient: string; label: string; amount: string };
const emptyDraft: Draft = { regionCode: '', recipient: '', label: '', amount: '' };

/** The regions whose contributions this installation records: its own, or its healthcare region's. */
function useContributionRegions() {
  const owner = useOwner();
  const reference = useReference();
  return (reference?.regions ?? []).filter((r) =>
    owner?.kind === 'REGION' ? r.code === owner.code : r.healthcareRegionCodes.includes(owner?.code ?? ''),
  );
}

function ContributionForm({
  year,
  editing,
  onSaved,
  onCancel,
}: {
  year: number;
  editing: FixedContributionRow | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const regions = useContributionRegions();
  const [draft, setDraft] = useState<Draft>(
    editing
      ? { regionCode: editing.regionCode, recipient: editing.recipient, label: editing.label, amount: oreInput(editing.amountOre) }
      : emptyDraft,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();
  const first = useFocusWhen<HTMLSelectElement>(editing !== null);
  const chosen = draft.regionCode || regions[0]?.code || '';
  const set = (field: keyof Draft) => (value: string) => setDraft({ ...draft, [field]: value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const amountOre = parseKronorToOre(draft.amount);
    if (amountOre === null || !draft.recipient.trim() || !draft.label.trim() || !chosen)
      return setProblem(t('costs.contributions.invalid'));
    setProblem(null);
    const body = { regionCode: chosen, year: editing?.year ?? year, recipient: draft.recipient, label: draft.label, amountOre };
    const saved = await action.run(() =>
      editing
        ? call('fixed-contributions:update', { id: editing.id, version: editing.version, ...body })
        : call('fixed-contributions:create', body),
    );
    if (saved) {
      setDraft(emptyDraft);
      onSaved();
    }
  };
  const field = (key: 'recipient' | 'label' | 'amount', text: string) => (
    <div className="field filters__item">
      <label className="field__label field__label--small" htmlFor={`${id}-${key}`}>
        {text}
      </label>
      <input
        id={`${id}-${key}`}
        className="field__input"
        inputMode={key === 'amount' ? 'decimal' : undefined}
        value={draft[key]}
        onChange={(e) => set(key)(e.target.value)}
      />
    </div>
  );
  return (
    <form
      className="filters"
      onSubmit={(e) => void submit(e)}
      aria-label={editing ? t('costs.contributions.editNamed', { label: editing.label }) : t('costs.contributions.add')}
      noValidate
      data-testid="contribution-form"
    >
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-reg`}>
          {t('costs.common.region')}
        </label>
        <select id={`${id}-reg`} ref={first} className="field__input" value={chosen} onChange={(e) => set('regionCode')(e.target.value)}>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      {field('recipient', t('costs.contributions.recipient'))}
      {field('label', t('costs.contributions.label'))}
      {field('amount', t('costs.report.amount'))}
      <button type="submit" className="button button--primary" disabled={action.busy}>
        {editing ? t('costs.common.save') : t('costs.contributions.add')}
      </button>
      {editing && (
        <button type="button" className="button" onClick={onCancel}>
          {t('costs.common.cancel')}
        </button>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {action.error && <ErrorAlert heading={t('costs.item.saveFailed')} error={action.error} headingLevel={3} />}
    </form>
  );
}

/** Fixed contributions (RCC, quality registers, SKR services …) per region and year: add, edit, delete. */
export function ContributionsBlock() {
  const { t } = useTranslation();
  const id = useId();
  const name = useRegionName();
  const [year, setYear] = useState(new Date().getFullYear());
  const [editing, setEditing] = useState<FixedContributionRow | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const list = useLoad('fixed-contributions:list', { year });
  const remove = useAction();
  const done = (text: string) => {
    setEditing(null);
    setSaved(text);
  };
  const rows = list.data ?? [];
  return (
    <section className="panel stack" aria-labelledby={`${id}-h`} data-testid="contributions-block">
      <h2 id={`${id}-h`}>{t('costs.contributions.heading')}</h2>
      <div className="filters">
        <YearSelect
          value={year}
          onChange={(y) => {
            setEditing(null);
            setYear(y);
          }}
        />
      </div>
      <SavedNote text={saved} />
      {list.data && rows.length === 0 && <p>{t('costs.contributions.none', { year })}</p>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="table table--compact" data-testid="contributions-table">
            <caption className="visually-hidden">{t('costs.contributions.heading')}</caption>
            <TableHead
              text={[t('costs.common.region'), t('costs.contributions.recipient'), t('costs.contributions.label')]}
              numeric={[t('costs.report.amount')]}
              actions
            />
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{name(c.regionCode)}</th>
                  <td>{c.recipient}</td>
                  <td>{c.label}</td>
                  <td className="numeric">{kr(c.amountOre)}</td>
                  <td>
                    {!c.readOnly && (
                      <RowActions
                        editLabel={t('costs.contributions.editNamed', { label: c.label })}
                        deleteLabel={t('costs.contributions.deleteNamed', { label: c.label })}
                        busy={remove.busy}
                        onEdit={() => setEditing(c)}
                        onDelete={() =>
                          void remove
                            .run(() => call('fixed-contributions:delete', { id: c.id, version: c.version }))
                            .then((ok) => ok && done(t('costs.contributions.deleted')))
                        }
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {remove.error && <ErrorAlert heading={t('costs.item.deleteFailed')} error={remove.error} headingLevel={3} />}
      <ContributionsCopy
        year={year}
        rows={rows}
        onCopied={(text, next) => {
          setYear(next);
          done(text);
        }}
      />
      <ContributionForm
        key={editing?.id ?? 'new'}
        year={year}
        editing={editing}
        onSaved={() => done(t('costs.common.saved'))}
        onCancel={() => setEditing(null)}
      />
    </section>
  );
}
