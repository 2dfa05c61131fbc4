import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActualCompare } from '@shared/contract/cost/scenarios';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SavedNote, TableHead, YearSelect } from '../common/controls';
import { kr, oreInput, parseKronorToOre } from '../common/format';
import { useAction, useLoad } from '../common/useCall';
import { Delta } from './CompareBlock';
import { useCostHostings, useCostScenarios } from '../common/cost-lists';

type Figures = ActualCompare['totals'];
type Done = (message: string) => void;

/** Budget, forecast and actual of a hosting (or the total), and the differences against the budget; '–' where there is none. */
function FigureCells({ figures: f }: { figures: Figures }) {
  const amount = (v: number | null) => (v === null ? '–' : kr(v));
  const delta = (v: number | null) => (v === null ? '–' : <Delta ore={v} />);
  return (
    <>
      <td className="numeric">{amount(f.budgetOre)}</td>
      <td className="numeric">{amount(f.forecastOre)}</td>
      <td className="numeric">{amount(f.actualOre)}</td>
      <td className="numeric">{delta(f.forecastMinusBudgetOre)}</td>
      <td className="numeric">{delta(f.actualMinusBudgetOre)}</td>
    </>
  );
}

function LockForm({ year, onDone }: { year: number; onDone: Done }) {
  const { t } = useTranslation();
  const id = useId();
  const scenarios = useCostScenarios() ?? [];
  const [scenarioId, setScenarioId] = useState('');
  const [name, setName] = useState('');
  const lock = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const b = await lock.run(() =>
      call('budget:lock', { year, scenarioId: scenarioId || null, name: name.trim() || t('costs.budget.defaultName', { year }) }),
    );
    if (b) onDone(t('costs.budget.locked', { name: b.name, revision: b.revision }));
  };
  return (
    <>
      <form className="filters" onSubmit={(e) => void submit(e)} aria-label={t('costs.budget.lockHeading')}>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-bname`}>
            {t('costs.budget.name')}
          </label>
          <input
            id={`${id}-bname`}
            className="field__input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('costs.budget.defaultName', { year })}
          />
        </div>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-bsc`}>
            {t('costs.common.scenario')}
          </label>
          <select id={`${id}-bsc`} className="field__input" value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
            <option value="">{t('costs.common.plan')}</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={lock.busy}>
          {t('costs.budget.lock', { year })}
        </button>
      </form>
      {lock.error && <ErrorAlert heading={t('costs.budget.lockFailed')} error={lock.error} headingLevel={3} />}
    </>
  );
}

/** The actual outcome of a hosting in the year; empty removes a recorded one. */
function ActualForm({ year, compare, onDone }: { year: number; compare: ActualCompare | null; onDone: Done }) {
  const { t } = useTranslation();
  const id = useId();
  const hostings = useCostHostings() ?? [];
  const [hostingId, setHostingId] = useState('');
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState(false);
  const action = useAction();
  const chosen = hostingId || hostings[0]?.id || '';
  const choose = (next: string) => {
    setHostingId(next);
    const recorded = compare?.rows.find((r) => r.hostingId === next)?.actualOre;
    setAmount(recorded === null || recorded === undefined ? '' : oreInput(recorded));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const amountOre = amount.trim() ? parseKronorToOre(amount) : null;
    setProblem(amount.trim() !== '' && amountOre === null);
    if (amount.trim() && amountOre === null) return;
    const list = await call('actuals:list', { year });
    const row = list.ok ? list.value.find((a) => a.hostingId === chosen) : undefined;
    if (await action.run(() => call('actuals:set', { hostingId: chosen, year, amountOre, version: row?.version ?? null })))
      onDone(t('costs.common.saved'));
  };
  if (hostings.length === 0) return null;
  return (
    <>
      <form className="filters" onSubmit={(e) => void submit(e)} aria-label={t('costs.actuals.heading')} noValidate>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-ah`}>
            {t('costs.report.hosting')}
          </label>
          <select id={`${id}-ah`} className="field__input" value={chosen} onChange={(e) => choose(e.target.value)}>
            {hostings.map((h) => (
              <option key={h.id} value={h.id}>
                {h.groupName}
              </option>
            ))}
          </select>
        </div>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-aa`}>
            {t('costs.actuals.amount', { year })}
          </label>
          <input
            id={`${id}-aa`}
            className="field__input"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            aria-invalid={problem}
          />
        </div>
        <button type="submit" className="button" disabled={action.busy}>
          {t('costs.actuals.save')}
        </button>
      </form>
      {problem && (
        <p className="field__error" role="alert">
          {t('costs.item.amountInvalid')}
        </p>
      )}
      {action.error && <ErrorAlert heading={t('costs.actuals.failed')} error={action.error} headingLevel={3} />}
    </>
  );
}

function ActualsTable({ c }: { c: ActualCompare }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table table--compact" data-testid="actuals-compare">
        <caption>
          {c.budget
            ? t('costs.actuals.caption', { year: c.year, budget: c.budget.name })
            : t('costs.actuals.captionNoBudget', { year: c.year })}
        </caption>
        <TableHead
          text={[t('costs.report.hosting')]}
          numeric={[
            t('costs.actuals.budget'),
            t('costs.actuals.forecast'),
            t('costs.actuals.actual'),
            t('costs.actuals.forecastMinusBudget'),
            t('costs.actuals.actualMinusBudget'),
          ]}
        />
        <tbody>
          {c.rows.map((r) => (
            <tr key={r.hostingId}>
              <th scope="row">{r.groupName}</th>
              <FigureCells figures={r} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('costs.report.total')}</th>
            <FigureCells figures={c.totals} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Lock the year (plan or a scenario) as the budget; record actual outcomes and compare with budget and forecast. */
export function BudgetBlock() {
  const { t } = useTranslation();
  const id = useId();
  const [year, setYear] = useState(new Date().getFullYear());
  const [saved, setSaved] = useState<string | null>(null);
  const budgets = useLoad('budget:list', { year });
  const compare = useLoad('actuals:compare', { year });
  const done = (message: string) => {
    setSaved(message);
  };
  return (
    <section className="stack" aria-labelledby={`${id}-h`} data-testid="budget-block">
      <h2 id={`${id}-h`}>{t('costs.budget.heading')}</h2>
      <div className="filters">
        <YearSelect
          value={year}
          onChange={(y) => {
            setSaved(null);
            setYear(y);
          }}
        />
      </div>
      <SavedNote text={saved} />
      <LockForm key={`lock-${year}`} year={year} onDone={done} />
      {budgets.data && budgets.data.length > 0 && (
        <ul className="plain-list" data-testid="budget-list">
          {budgets.data.map((b) => (
            <li key={b.id}>
              {t('costs.budget.item', {
                name: b.name,
                revision: b.revision,
                at: b.lockedAt.slice(0, 16).replace('T', ' '),
                total: kr(b.hostingsOre),
              })}
              {b.intact ? '' : ` – ${t('costs.budget.broken')}`}
            </li>
          ))}
        </ul>
      )}
      <ActualForm key={`actual-${year}`} year={year} compare={compare.data} onDone={done} />
      {compare.data && <ActualsTable c={compare.data} />}
    </section>
  );
}
