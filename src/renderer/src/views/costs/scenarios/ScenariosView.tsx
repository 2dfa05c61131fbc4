import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActualCompare, BudgetSummary, ScenarioCompare, ScenarioOverride } from '@shared/contract/cost/scenarios';
import { GROUP_TYPES, MEMBERSHIP_ROLES, type GroupType, type MembershipRole } from '@shared/domain/enums';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useStore } from '../../../store';
import { useReference } from '../../../store/selectors';
import { SavedNote, YearSelect } from '../common/controls';
import { formatBp, formatChangeBp, formatDelta, kr, parseKronorToOre, parsePercentToBp } from '../common/format';
import { useRegionName } from '../common/Trace';
import { useAction, useLoad } from '../common/useCall';

type OverrideKind = 'HOSTING_HOST' | 'MEMBER_ALLOCATION' | 'PO_SURCHARGE' | 'HOSTING_STATUS';

function useDescribe(): (o: ScenarioOverride) => string {
  const { t } = useTranslation();
  const hostings = useStore((s) => s.costHostings);
  const name = useRegionName();
  const hostingName = (id: string) => hostings?.find((h) => h.id === id)?.groupName ?? id;
  return (o) => {
    switch (o.kind) {
      case 'HOSTING_HOST':
        return t('costs.override.describe.HOSTING_HOST', { hosting: hostingName(o.hostingId), host: name(o.hostHealthcareRegionCode), year: o.fromYear });
      case 'HOSTING_STATUS':
        return t('costs.override.describe.HOSTING_STATUS', { hosting: hostingName(o.hostingId), status: t(`costs.status.${o.status}`), year: o.fromYear });
      case 'MEMBER_ALLOCATION':
        return t('costs.override.describe.MEMBER_ALLOCATION', { type: t(`groupType.${o.groupType}`), role: o.role ? t(`role.${o.role}`) : t('costs.override.allRoles'), share: formatBp(o.allocationBp), year: o.fromYear });
      case 'PO_SURCHARGE':
        return t('costs.override.describe.PO_SURCHARGE', { po: formatBp(o.poSurchargeBp), year: o.year });
      case 'SALARY_INDEX':
        return t('costs.override.describe.SALARY_INDEX', { index: formatBp(o.indexBp), year: o.year });
      case 'ADD_COST_ITEM':
        return t('costs.override.describe.ADD_COST_ITEM', { hosting: hostingName(o.hostingId), label: o.item.label, from: o.fromYear, to: o.toYear });
      case 'REMOVE_COST_ITEM':
        return t('costs.override.describe.REMOVE_COST_ITEM');
    }
  };
}

function ScenarioForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const reference = useReference();
  const hostings = useStore((s) => s.costHostings) ?? [];
  const describeOverride = useDescribe();
  const [name, setName] = useState('');
  const [overrides, setOverrides] = useState<ScenarioOverride[]>([]);
  const [kind, setKind] = useState<OverrideKind>('HOSTING_HOST');
  const [hostingId, setHostingId] = useState('');
  const [host, setHost] = useState('');
  const [status, setStatus] = useState<'ACTIVE' | 'DORMANT'>('DORMANT');
  const [fromYear, setFromYear] = useState(new Date().getFullYear());
  const [groupType, setGroupType] = useState<GroupType>('NPO');
  const [role, setRole] = useState('');
  const [percent, setPercent] = useState('15');
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();
  const chosenHosting = hostingId || hostings[0]?.id || '';
  const add = () => {
    setProblem(null);
    const bp = parsePercentToBp(percent);
    if (kind === 'HOSTING_HOST') {
      if (!chosenHosting || !host) return setProblem(t('costs.override.missing'));
      setOverrides([...overrides, { kind, hostingId: chosenHosting, fromYear, hostHealthcareRegionCode: host, allocationKeyId: null }]);
    } else if (kind === 'HOSTING_STATUS') {
      if (!chosenHosting) return setProblem(t('costs.override.missing'));
      setOverrides([...overrides, { kind, hostingId: chosenHosting, fromYear, status, dropStaffedRoles: status === 'DORMANT' }]);
    } else if (kind === 'MEMBER_ALLOCATION') {
      if (bp === null || bp < 0 || bp > 10_000) return setProblem(t('costs.item.shareInvalid'));
      setOverrides([...overrides, { kind, groupType, role: (role || null) as MembershipRole | null, fromYear, allocationBp: bp }]);
    } else {
      if (bp === null || bp < 0 || bp > 20_000) return setProblem(t('costs.parameters.poInvalid'));
      setOverrides([...overrides, { kind, year: fromYear, poSurchargeBp: bp }]);
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setProblem(t('costs.scenarios.nameMissing'));
    const created = await action.run(() => call('scenarios:create', { name, overrides }));
    if (created) {
      setName('');
      setOverrides([]);
      await useStore.getState().loadCostScenarios();
      onCreated(created.id);
    }
  };
  return (
    <form className="panel stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate data-testid="scenario-form">
      <h2 id={`${id}-h`}>{t('costs.scenarios.newHeading')}</h2>
      {problem && <p className="field__error" role="alert">{problem}</p>}
      {action.error && <ErrorAlert heading={t('costs.scenarios.saveFailed')} error={action.error} headingLevel={3} />}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>{t('costs.scenarios.name')}</label>
        <input id={`${id}-name`} className="field__input" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <fieldset className="stack">
        <legend>{t('costs.override.heading')}</legend>
        <div className="cost-form">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-kind`}>{t('costs.override.kind')}</label>
            <select id={`${id}-kind`} className="field__input" value={kind} onChange={(e) => setKind(e.target.value as OverrideKind)}>
              {(['HOSTING_HOST', 'HOSTING_STATUS', 'MEMBER_ALLOCATION', 'PO_SURCHARGE'] as const).map((k) => <option key={k} value={k}>{t(`costs.override.kindName.${k}`)}</option>)}
            </select>
          </div>
          {(kind === 'HOSTING_HOST' || kind === 'HOSTING_STATUS') && (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-hosting`}>{t('costs.report.hosting')}</label>
              <select id={`${id}-hosting`} className="field__input" value={chosenHosting} onChange={(e) => setHostingId(e.target.value)}>
                {hostings.map((h) => <option key={h.id} value={h.id}>{h.groupName}</option>)}
              </select>
            </div>
          )}
          {kind === 'HOSTING_HOST' && (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-host`}>{t('costs.override.newHost')}</label>
              <select id={`${id}-host`} className="field__input" value={host} onChange={(e) => setHost(e.target.value)}>
                <option value="">{t('costs.common.choose')}</option>
                {(reference?.healthcareRegions ?? []).map((h) => <option key={h.code} value={h.code}>{h.name}</option>)}
              </select>
            </div>
          )}
          {kind === 'HOSTING_STATUS' && (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-status`}>{t('costs.hostings.status')}</label>
              <select id={`${id}-status`} className="field__input" value={status} onChange={(e) => setStatus(e.target.value as 'ACTIVE' | 'DORMANT')}>
                <option value="ACTIVE">{t('costs.status.ACTIVE')}</option>
                <option value="DORMANT">{t('costs.status.DORMANT')}</option>
              </select>
            </div>
          )}
          {kind === 'MEMBER_ALLOCATION' && (
            <>
              <div className="field">
                <label className="field__label" htmlFor={`${id}-type`}>{t('costs.override.groupType')}</label>
                <select id={`${id}-type`} className="field__input" value={groupType} onChange={(e) => setGroupType(e.target.value as GroupType)}>
                  {GROUP_TYPES.map((g) => <option key={g} value={g}>{t(`groupType.${g}`)}</option>)}
                </select>
              </div>
              <div className="field">
                <label className="field__label" htmlFor={`${id}-role`}>{t('costs.item.role')}</label>
                <select id={`${id}-role`} className="field__input" value={role} onChange={(e) => setRole(e.target.value)}>
                  <option value="">{t('costs.override.allRoles')}</option>
                  {MEMBERSHIP_ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
                </select>
              </div>
            </>
          )}
          {(kind === 'MEMBER_ALLOCATION' || kind === 'PO_SURCHARGE') && (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-pct`}>{kind === 'PO_SURCHARGE' ? t('costs.parameters.po') : t('costs.item.share')}</label>
              <input id={`${id}-pct`} className="field__input" inputMode="decimal" value={percent} onChange={(e) => setPercent(e.target.value)} />
            </div>
          )}
          <YearSelect value={fromYear} onChange={setFromYear} label={kind === 'PO_SURCHARGE' ? t('costs.common.year') : t('costs.common.fromYear')} />
          <div className="field">
            <button type="button" className="button" onClick={add}>{t('costs.override.add')}</button>
          </div>
        </div>
        {overrides.length === 0 ? (
          <p className="muted">{t('costs.override.none')}</p>
        ) : (
          <ul className="cost-overrides" data-testid="override-list">
            {overrides.map((o, i) => (
              <li key={i}>
                {describeOverride(o)}{' '}
                <button type="button" className="button button--small" onClick={() => setOverrides(overrides.filter((_, j) => j !== i))} aria-label={t('costs.override.removeNamed', { text: describeOverride(o) })}>{t('costs.common.delete')}</button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={action.busy}>{t('costs.scenarios.create')}</button>
      </div>
    </form>
  );
}

function Delta({ ore }: { ore: number }) {
  return <span className={ore > 0 ? 'delta--up' : ore < 0 ? 'delta--down' : undefined}>{formatDelta(ore)}</span>;
}

function CompareBlock({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const name = useRegionName();
  const now = new Date().getFullYear();
  const [fromYear, setFromYear] = useState(now);
  const [toYear, setToYear] = useState(now + 1);
  const result = useLoad<ScenarioCompare>(`cmp:${scenarioId}:${fromYear}:${toYear}`, () => (toYear >= fromYear ? call('scenarios:compare', { scenarioId, fromYear, toYear }) : null));
  const c = result.data;
  return (
    <section className="stack" aria-labelledby="cost-compare-h" data-testid="scenario-compare">
      <h2 id="cost-compare-h">{c ? t('costs.compare.heading', { name: c.scenario.name }) : t('costs.compare.title')}</h2>
      <div className="filters">
        <YearSelect value={fromYear} onChange={setFromYear} label={t('costs.common.fromYear')} />
        <YearSelect value={toYear} onChange={setToYear} label={t('costs.common.toYear')} />
      </div>
      {result.error && <ErrorAlert heading={t('costs.compare.failed')} error={result.error} headingLevel={3} />}
      {c?.years.map((y) => (
        <div className="stack" key={y.year}>
          <div className="table-scroll">
            <table className="table table--compact" data-testid={`compare-regions-${y.year}`}>
              <caption>{t('costs.compare.regionsCaption', { year: y.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('costs.common.region')}</th>
                  <th scope="col" className="numeric">{t('costs.compare.plan')}</th>
                  <th scope="col" className="numeric">{t('costs.compare.scenario')}</th>
                  <th scope="col" className="numeric">{t('costs.compare.delta')}</th>
                  <th scope="col" className="numeric">{t('costs.compare.deltaPercent')}</th>
                </tr>
              </thead>
              <tbody>
                {y.regions.map((r) => (
                  <tr key={r.regionCode} data-region={r.regionCode}>
                    <th scope="row">{r.regionName}</th>
                    <td className="numeric">{kr(r.planOre)}</td>
                    <td className="numeric">{kr(r.scenarioOre)}</td>
                    <td className="numeric"><Delta ore={r.deltaOre} /></td>
                    <td className="numeric">{formatChangeBp(r.deltaBp)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('costs.report.total')}</th>
                  <td className="numeric">{kr(y.planOre)}</td>
                  <td className="numeric">{kr(y.scenarioOre)}</td>
                  <td className="numeric"><Delta ore={y.deltaOre} /></td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          {y.hostings.length > 0 && (
            <div className="table-scroll">
              <table className="table table--compact">
                <caption>{t('costs.compare.hostingsCaption', { year: y.year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('costs.report.hosting')}</th>
                    <th scope="col">{t('costs.compare.planHost')}</th>
                    <th scope="col">{t('costs.compare.scenarioHost')}</th>
                    <th scope="col" className="numeric">{t('costs.compare.plan')}</th>
                    <th scope="col" className="numeric">{t('costs.compare.scenario')}</th>
                    <th scope="col" className="numeric">{t('costs.compare.delta')}</th>
                  </tr>
                </thead>
                <tbody>
                  {y.hostings.map((h) => (
                    <tr key={h.hostingId}>
                      <th scope="row">{h.groupName}</th>
                      <td>{h.planHost ? name(h.planHost) : '–'}</td>
                      <td>{h.scenarioHost ? name(h.scenarioHost) : '–'}</td>
                      <td className="numeric">{kr(h.planOre)}</td>
                      <td className="numeric">{kr(h.scenarioOre)}</td>
                      <td className="numeric"><Delta ore={h.deltaOre} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}

function BudgetBlock() {
  const { t } = useTranslation();
  const id = useId();
  const scenarios = useStore((s) => s.costScenarios) ?? [];
  const hostings = useStore((s) => s.costHostings) ?? [];
  const [year, setYear] = useState(new Date().getFullYear());
  const [scenarioId, setScenarioId] = useState('');
  const [name, setName] = useState('');
  const [tick, setTick] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const budgets = useLoad<BudgetSummary[]>(`budgets:${year}:${tick}`, () => call('budget:list', { year }));
  const compare = useLoad<ActualCompare>(`actuals:${year}:${tick}`, () => call('actuals:compare', { year }));
  const lock = useAction();
  const actual = useAction();
  const [actualHosting, setActualHosting] = useState('');
  const [actualAmount, setActualAmount] = useState('');
  const chosenHosting = actualHosting || hostings[0]?.id || '';
  const doLock = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const b = await lock.run(() => call('budget:lock', { year, scenarioId: scenarioId || null, name: name.trim() || t('costs.budget.defaultName', { year }) }));
    if (b) {
      setSaved(t('costs.budget.locked', { name: b.name, revision: b.revision }));
      setTick((n) => n + 1);
    }
  };
  const saveActual = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const amountOre = actualAmount.trim() ? parseKronorToOre(actualAmount) : null;
    if (actualAmount.trim() && amountOre === null) return;
    const list = await call('actuals:list', { year });
    const row = list.ok ? list.value.find((a) => a.hostingId === chosenHosting) : undefined;
    const rows = await actual.run(() => call('actuals:set', { hostingId: chosenHosting, year, amountOre, version: row?.version ?? null }));
    if (rows) {
      setSaved(t('costs.common.saved'));
      setTick((n) => n + 1);
    }
  };
  const c = compare.data;
  const cell = (v: number | null) => (v === null ? '–' : kr(v));
  return (
    <section className="stack" aria-labelledby={`${id}-h`} data-testid="budget-block">
      <h2 id={`${id}-h`}>{t('costs.budget.heading')}</h2>
      <div className="filters"><YearSelect value={year} onChange={setYear} /></div>
      <SavedNote text={saved} />
      <form className="filters" onSubmit={(e) => void doLock(e)} aria-label={t('costs.budget.lockHeading')}>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-bname`}>{t('costs.budget.name')}</label>
          <input id={`${id}-bname`} className="field__input" value={name} onChange={(e) => setName(e.target.value)} placeholder={t('costs.budget.defaultName', { year })} />
        </div>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-bsc`}>{t('costs.common.scenario')}</label>
          <select id={`${id}-bsc`} className="field__input" value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
            <option value="">{t('costs.common.plan')}</option>
            {scenarios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={lock.busy}>{t('costs.budget.lock', { year })}</button>
      </form>
      {lock.error && <ErrorAlert heading={t('costs.budget.lockFailed')} error={lock.error} headingLevel={3} />}
      {budgets.data && budgets.data.length > 0 && (
        <ul className="plain-list" data-testid="budget-list">
          {budgets.data.map((b) => (
            <li key={b.id}>{t('costs.budget.item', { name: b.name, revision: b.revision, at: b.lockedAt.slice(0, 16).replace('T', ' '), total: kr(b.hostingsOre) })}{b.intact ? '' : ` – ${t('costs.budget.broken')}`}</li>
          ))}
        </ul>
      )}
      {hostings.length > 0 && (
        <form className="filters" onSubmit={(e) => void saveActual(e)} aria-label={t('costs.actuals.heading')}>
          <div className="field filters__item">
            <label className="field__label field__label--small" htmlFor={`${id}-ah`}>{t('costs.report.hosting')}</label>
            <select id={`${id}-ah`} className="field__input" value={chosenHosting} onChange={(e) => setActualHosting(e.target.value)}>
              {hostings.map((h) => <option key={h.id} value={h.id}>{h.groupName}</option>)}
            </select>
          </div>
          <div className="field filters__item">
            <label className="field__label field__label--small" htmlFor={`${id}-aa`}>{t('costs.actuals.amount', { year })}</label>
            <input id={`${id}-aa`} className="field__input" inputMode="decimal" value={actualAmount} onChange={(e) => setActualAmount(e.target.value)} />
          </div>
          <button type="submit" className="button" disabled={actual.busy}>{t('costs.actuals.save')}</button>
        </form>
      )}
      {actual.error && <ErrorAlert heading={t('costs.actuals.failed')} error={actual.error} headingLevel={3} />}
      {c && (
        <div className="table-scroll">
          <table className="table table--compact" data-testid="actuals-compare">
            <caption>{c.budget ? t('costs.actuals.caption', { year: c.year, budget: c.budget.name }) : t('costs.actuals.captionNoBudget', { year: c.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('costs.report.hosting')}</th>
                <th scope="col" className="numeric">{t('costs.actuals.budget')}</th>
                <th scope="col" className="numeric">{t('costs.actuals.forecast')}</th>
                <th scope="col" className="numeric">{t('costs.actuals.actual')}</th>
                <th scope="col" className="numeric">{t('costs.actuals.forecastMinusBudget')}</th>
                <th scope="col" className="numeric">{t('costs.actuals.actualMinusBudget')}</th>
              </tr>
            </thead>
            <tbody>
              {c.rows.map((r) => (
                <tr key={r.hostingId}>
                  <th scope="row">{r.groupName}</th>
                  <td className="numeric">{cell(r.budgetOre)}</td>
                  <td className="numeric">{cell(r.forecastOre)}</td>
                  <td className="numeric">{cell(r.actualOre)}</td>
                  <td className="numeric">{r.forecastMinusBudgetOre === null ? '–' : <Delta ore={r.forecastMinusBudgetOre} />}</td>
                  <td className="numeric">{r.actualMinusBudgetOre === null ? '–' : <Delta ore={r.actualMinusBudgetOre} />}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('costs.report.total')}</th>
                <td className="numeric">{cell(c.totals.budgetOre)}</td>
                <td className="numeric">{cell(c.totals.forecastOre)}</td>
                <td className="numeric">{cell(c.totals.actualOre)}</td>
                <td className="numeric">{c.totals.forecastMinusBudgetOre === null ? '–' : <Delta ore={c.totals.forecastMinusBudgetOre} />}</td>
                <td className="numeric">{c.totals.actualMinusBudgetOre === null ? '–' : <Delta ore={c.totals.actualMinusBudgetOre} />}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

/** Scenarios (what-ifs against the plan), budgets and actual outcomes. */
export function ScenariosView() {
  const { t } = useTranslation();
  const id = useId();
  const scenarios = useStore((s) => s.costScenarios);
  const describeOverride = useDescribe();
  const [selected, setSelected] = useState('');
  const chosen = selected || scenarios?.[0]?.id || '';
  useDocumentTitle(t('costs.scenarios.title'));
  useEffect(() => {
    const s = useStore.getState();
    void s.loadReference();
    void s.loadCostHostings();
    void s.loadCostScenarios();
  }, []);
  return (
    <div className="stack stack--large">
      <div className="stack">
        <h1 tabIndex={-1}>{t('costs.scenarios.title')}</h1>
        <p className="lead">{t('costs.scenarios.lead')}</p>
      </div>
      <ScenarioForm onCreated={setSelected} />
      <section className="stack" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('costs.scenarios.listHeading')}</h2>
        {scenarios?.length === 0 && <p>{t('costs.scenarios.none')}</p>}
        {scenarios && scenarios.length > 0 && (
          <>
            <ul className="plain-list" data-testid="scenario-list">
              {scenarios.map((s) => (
                <li key={s.id}>
                  <strong>{s.name}</strong>: {s.overrides.map((o) => describeOverride(o)).join('; ') || t('costs.override.none')}
                </li>
              ))}
            </ul>
            <div className="filters">
              <div className="field filters__item">
                <label className="field__label field__label--small" htmlFor={`${id}-cmp`}>{t('costs.compare.choose')}</label>
                <select id={`${id}-cmp`} className="field__input" value={chosen} onChange={(e) => setSelected(e.target.value)}>
                  {scenarios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                </select>
              </div>
            </div>
          </>
        )}
      </section>
      {chosen && <div className="panel"><CompareBlock key={chosen} scenarioId={chosen} /></div>}
      <div className="panel"><BudgetBlock /></div>
    </div>
  );
}
