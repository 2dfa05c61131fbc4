import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSalaryRow } from '@shared/contract/cost/records';
import type { PersonSummary } from '@shared/contract/register';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SavedNote, TableHead } from '../common/controls';
import { kr, parseKronorToOre } from '../common/format';
import { useRegionName } from '../common/Trace';
import { useAction, useLoad } from '../common/useCall';

function PersonSearch({ onChoose }: { onChoose: (p: PersonSummary) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const name = useRegionName();
  const trimmed = query.trim();
  const found = useLoad('persons:search', trimmed.length >= 2 ? { query: trimmed, limit: 10 } : null);
  const rows = found.data?.rows ?? [];
  return (
    <div className="stack">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-q`}>
          {t('costs.salaries.search')}
        </label>
        <input
          id={`${id}-q`}
          className="field__input"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('costs.salaries.searchHint')}
        </p>
      </div>
      {found.error && <ErrorAlert heading={t('costs.salaries.searchFailed')} error={found.error} headingLevel={3} />}
      <p role="status" className={trimmed.length >= 2 && found.data ? 'muted' : 'visually-hidden'}>
        {found.data ? t('costs.salaries.found', { count: found.data.total }) : ''}
      </p>
      {rows.length > 0 && (
        <ul className="plain-list cost-person-results" data-testid="salary-person-results">
          {rows.map((p) => (
            <li key={p.id}>
              <button type="button" className="button button--small" onClick={() => onChoose(p)}>
                {t('costs.salaries.choose', { name: p.name })}
              </button>{' '}
              <span className="muted">
                {[p.profession, p.organisationName, p.regionCode ? name(p.regionCode) : null].filter(Boolean).join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SalaryTable({
  person,
  rows,
  onDelete,
  busy,
}: {
  person: PersonSummary;
  rows: PersonSalaryRow[];
  onDelete: (r: PersonSalaryRow) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p>{t('costs.salaries.none', { name: person.name })}</p>;
  return (
    <div className="table-scroll">
      <table className="table table--compact" data-testid="person-salaries">
        <caption>{t('costs.salaries.caption', { name: person.name })}</caption>
        <TableHead text={[t('costs.salaries.from'), t('costs.salaries.until')]} numeric={[t('costs.item.salary')]} actions />
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id}>
              <th scope="row">{r.effectiveDate}</th>
              <td>
                {rows[i + 1]?.effectiveDate
                  ? t('costs.salaries.untilNext', { date: rows[i + 1]?.effectiveDate })
                  : t('costs.salaries.ongoing')}
              </td>
              <td className="numeric">{kr(r.monthlySalaryOre)}</td>
              <td>
                {!r.readOnly && (
                  <button
                    type="button"
                    className="button button--small button--danger"
                    disabled={busy}
                    onClick={() => onDelete(r)}
                    aria-label={t('costs.salaries.deleteNamed', { date: r.effectiveDate })}
                  >
                    {t('costs.common.delete')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PersonSalaryEditor({ person }: { person: PersonSummary }) {
  const { t } = useTranslation();
  const id = useId();
  const list = useLoad('person-salaries:list', { personId: person.id });
  const [date, setDate] = useState(`${new Date().getFullYear()}-01-01`);
  const [salary, setSalary] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();
  const rows = [...(list.data ?? [])].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  const done = (text: string) => {
    setSaved(text);
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const ore = parseKronorToOre(salary);
    if (ore === null || ore < 0 || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem(t('costs.item.salaryInvalid'));
    setProblem(null);
    const existing = rows.find((r) => r.effectiveDate === date);
    if (
      await action.run(() =>
        call('person-salaries:set', {
          personId: person.id,
          effectiveDate: date,
          monthlySalaryOre: ore,
          version: existing?.version ?? null,
        }),
      )
    ) {
      setSalary('');
      done(t('costs.common.saved'));
    }
  };
  const remove = (r: PersonSalaryRow) => {
    setSaved(null);
    void action
      .run(() => call('person-salaries:delete', { id: r.id, version: r.version }))
      .then((ok) => ok && done(t('costs.salaries.deleted')));
  };
  return (
    <div className="stack" data-testid="person-salary-editor">
      <h3>{person.name}</h3>
      <SavedNote text={saved} />
      {list.error && <ErrorAlert heading={t('costs.salaries.searchFailed')} error={list.error} headingLevel={3} />}
      {list.data && <SalaryTable person={person} rows={rows} onDelete={remove} busy={action.busy} />}
      <form className="filters" onSubmit={(e) => void add(e)} aria-label={t('costs.salaries.add', { name: person.name })} noValidate>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-date`}>
            {t('costs.salaries.from')}
          </label>
          <input id={`${id}-date`} className="field__input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-sal`}>
            {t('costs.item.salary')}
          </label>
          <input id={`${id}-sal`} className="field__input" inputMode="decimal" value={salary} onChange={(e) => setSalary(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={action.busy}>
          {t('costs.salaries.save')}
        </button>
      </form>
      <p className="field__hint">{t('costs.salaries.hint')}</p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {action.error && <ErrorAlert heading={t('costs.item.saveFailed')} error={action.error} headingLevel={3} />}
    </div>
  );
}

/** Person salaries (effective-dated): find a person, see their salary history, add or remove a salary from a date. */
export function PersonSalariesBlock() {
  const { t } = useTranslation();
  const id = useId();
  const [person, setPerson] = useState<PersonSummary | null>(null);
  return (
    <section className="panel stack" aria-labelledby={`${id}-h`} data-testid="person-salaries-block">
      <h2 id={`${id}-h`}>{t('costs.salaries.heading')}</h2>
      <p className="muted">{t('costs.salaries.lead')}</p>
      <PersonSearch onChoose={setPerson} />
      {person && <PersonSalaryEditor key={person.id} person={person} />}
    </section>
  );
}
