import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostParameterRow } from '@shared/contract/cost/records';
import { parseIsoDate } from '@shared/calendar';
import { MEMBERSHIP_ROLES } from '@shared/domain/enums';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { SavedNote, TableHead, YearSelect } from '../common/controls';
import { bpInput, kr, parseKronorToOre, parsePercentToBp } from '../common/format';
import { useAction, useLoad } from '../common/useCall';
import { ContributionsBlock } from './Contributions';
import { OrganisationNumbersBlock } from './OrganisationNumbers';
import { PersonSalariesBlock } from './PersonSalaries';
import { PopulationsBlock } from './Populations';
import { dateControlLocale } from '../../../i18n';

/** A real calendar day inside the year (the backend refuses others too, worded the same way). */
function isIndexDay(value: string, year: number): boolean {
  try {
    return parseIsoDate(value).year === year;
  } catch {
    return false;
  }
}

function ParameterRow({ row, onSaved }: { row: CostParameterRow; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [po, setPo] = useState(bpInput(row.poSurchargeBp));
  const [index, setIndex] = useState(bpInput(row.salaryIndexBp));
  const [from, setFrom] = useState(row.salaryIndexEffectiveDate ?? `${row.year}-01-01`);
  const action = useAction();
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    const poBp = parsePercentToBp(po);
    const indexBp = parsePercentToBp(index);
    if (poBp === null || poBp < 0 || poBp > 20_000 || indexBp === null || indexBp < 5_000 || indexBp > 20_000)
      return setProblem(t('costs.parameters.poInvalid'));
    if (!isIndexDay(from, row.year)) return setProblem(t('costs.parameters.indexFromInvalid', { year: row.year }));
    setProblem(null);
    if (
      await action.run(() =>
        call('cost-parameters:set', {
          year: row.year,
          poSurchargeBp: poBp,
          salaryIndexBp: indexBp,
          salaryIndexEffectiveDate: from,
          source: row.source,
          version: row.stored ? row.version : null,
        }),
      )
    )
      onSaved();
  };
  return (
    <tr data-year={row.year}>
      <th scope="row">{row.year}</th>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-po`}>
          {t('costs.parameters.poFor', { year: row.year })}
        </label>
        <input
          id={`${id}-po`}
          className="field__input cost-inline-input"
          inputMode="decimal"
          value={po}
          onChange={(e) => setPo(e.target.value)}
          disabled={row.readOnly}
        />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-ix`}>
          {t('costs.parameters.indexFor', { year: row.year })}
        </label>
        <input
          id={`${id}-ix`}
          className="field__input cost-inline-input"
          inputMode="decimal"
          value={index}
          onChange={(e) => setIndex(e.target.value)}
          disabled={row.readOnly}
        />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-from`}>
          {t('costs.parameters.indexFromFor', { year: row.year })}
        </label>
        {/* lang (set before type) gives the date control the UI language's format; a new control when the language changes */}
        <input
          key={i18n.language}
          lang={dateControlLocale(i18n.language)}
          id={`${id}-from`}
          type="date"
          className="field__input cost-inline-input cost-inline-input--date"
          min={`${row.year}-01-01`}
          max={`${row.year}-12-31`}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          disabled={row.readOnly}
        />
      </td>
      <td>{row.stored ? (row.source ?? '–') : t('costs.parameters.reference')}</td>
      <td>
        {!row.readOnly && (
          <button type="button" className="button button--small" onClick={() => void save()} disabled={action.busy}>
            {t('costs.parameters.saveYear', { year: row.year })}
          </button>
        )}
        {problem && (
          <p className="field__error" role="alert">
            {problem}
          </p>
        )}
        {action.error && (
          <p className="field__error" role="alert">
            {action.error.message}
          </p>
        )}
      </td>
    </tr>
  );
}

function ParametersBlock() {
  const { t } = useTranslation();
  const id = useId();
  const [tick, setTick] = useState(0);
  const params = useLoad('cost-parameters:list', {});
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const [po, setPo] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();
  const reload = () => {
    setSaved(t('costs.common.saved'));
    setTick((n) => n + 1);
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const poBp = parsePercentToBp(po);
    if (poBp === null) return;
    if (await action.run(() => call('cost-parameters:set', { year, poSurchargeBp: poBp }))) {
      setPo('');
      reload();
    }
  };
  const rows = [...(params.data?.rows ?? [])].sort((a, b) => a.year - b.year);
  return (
    <section className="panel stack" aria-labelledby={`${id}-h`} data-testid="parameters-block">
      <h2 id={`${id}-h`}>{t('costs.parameters.poHeading')}</h2>
      <p className="muted">{params.data?.fromReference ? t('costs.parameters.fromReference') : t('costs.parameters.poLead')}</p>
      <p className="muted">{t('costs.parameters.indexFromLead')}</p>
      <SavedNote text={saved} />
      {params.error && <ErrorAlert heading={t('costs.report.failed')} error={params.error} headingLevel={3} />}
      <div className="table-scroll">
        <table className="table table--compact" data-testid="parameters-table">
          <caption className="visually-hidden">{t('costs.parameters.poHeading')}</caption>
          <TableHead
            text={[
              t('costs.common.year'),
              t('costs.parameters.po'),
              t('costs.parameters.index'),
              t('costs.parameters.indexFrom'),
              t('costs.parameters.source'),
            ]}
            actions
          />
          <tbody>
            {rows.map((r) => (
              <ParameterRow key={`${r.year}-${r.version ?? 'ref'}-${tick}`} row={r} onSaved={reload} />
            ))}
          </tbody>
        </table>
      </div>
      <form className="filters" onSubmit={(e) => void add(e)} aria-label={t('costs.parameters.addYear')}>
        <YearSelect value={year} onChange={setYear} />
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-po`}>
            {t('costs.parameters.po')}
          </label>
          <input id={`${id}-po`} className="field__input" inputMode="decimal" value={po} onChange={(e) => setPo(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={action.busy}>
          {t('costs.parameters.addYear')}
        </button>
      </form>
      {action.error && <ErrorAlert heading={t('costs.item.saveFailed')} error={action.error} headingLevel={3} />}
    </section>
  );
}

function SalariesBlock() {
  const { t } = useTranslation();
  const id = useId();
  const [year, setYear] = useState(new Date().getFullYear());
  const list = useLoad('default-salaries:list', { year });
  const [role, setRole] = useState('MEMBER');
  const [profession, setProfession] = useState('');
  const [salary, setSalary] = useState('');
  const action = useAction();
  const [saved, setSaved] = useState<string | null>(null);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const ore = parseKronorToOre(salary);
    if (ore === null || ore < 0) return;
    const existing = list.data?.find((r) => r.role === role && r.profession === profession.trim());
    if (
      await action.run(() =>
        call('default-salaries:set', {
          year,
          role,
          profession: profession.trim(),
          monthlySalaryOre: ore,
          version: existing?.version ?? null,
        }),
      )
    ) {
      setSalary('');
      setSaved(t('costs.common.saved'));
    }
  };
  return (
    <section className="panel stack" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('costs.parameters.salariesHeading')}</h2>
      <div className="filters">
        <YearSelect value={year} onChange={setYear} />
      </div>
      <SavedNote text={saved} />
      {list.data && list.data.length === 0 && <p>{t('costs.parameters.noSalaries', { year })}</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-scroll">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('costs.parameters.salariesHeading')}</caption>
            <TableHead text={[t('costs.item.role'), t('costs.item.profession')]} numeric={[t('costs.item.salary')]} actions />
            <tbody>
              {list.data.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{t(`role.${r.role as 'MEMBER'}`, { defaultValue: r.role })}</th>
                  <td>{r.profession || t('costs.parameters.anyProfession')}</td>
                  <td className="numeric">{kr(r.monthlySalaryOre)}</td>
                  <td>
                    {!r.readOnly && (
                      <button
                        type="button"
                        className="button button--small button--danger"
                        onClick={() => void action.run(() => call('default-salaries:delete', { id: r.id, version: r.version }))}
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
      )}
      <form className="filters" onSubmit={(e) => void add(e)} aria-label={t('costs.parameters.addSalary')}>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-role`}>
            {t('costs.item.role')}
          </label>
          <select id={`${id}-role`} className="field__input" value={role} onChange={(e) => setRole(e.target.value)}>
            {MEMBERSHIP_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-prof`}>
            {t('costs.item.profession')}
          </label>
          <input id={`${id}-prof`} className="field__input" value={profession} onChange={(e) => setProfession(e.target.value)} />
        </div>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-sal`}>
            {t('costs.item.salary')}
          </label>
          <input id={`${id}-sal`} className="field__input" inputMode="decimal" value={salary} onChange={(e) => setSalary(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={action.busy}>
          {t('costs.parameters.addSalary')}
        </button>
      </form>
      {action.error && <ErrorAlert heading={t('costs.item.saveFailed')} error={action.error} headingLevel={3} />}
    </section>
  );
}

/** Kostnadsparametrar: PO-pålägg and salary index per year, default and person salaries, fixed contributions. */
export function ParametersView() {
  const { t } = useTranslation();
  useDocumentTitle(t('costs.parameters.title'));
  return (
    <div className="stack stack--large">
      <div className="stack">
        <h1 tabIndex={-1}>{t('costs.parameters.title')}</h1>
        <p className="lead">{t('costs.parameters.lead')}</p>
      </div>
      <ParametersBlock />
      <SalariesBlock />
      <PersonSalariesBlock />
      <ContributionsBlock />
      <OrganisationNumbersBlock />
      <PopulationsBlock />
    </div>
  );
}
