import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostingDetail } from '@shared/contract/cost/records';
import type { HostingReport } from '@shared/contract/cost/reports';
import { MEMBERSHIP_ROLES, ROUNDING_UNITS, type RoundingUnit } from '@shared/domain/enums';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { hrefFor } from '../../../router';
import { useStore } from '../../../store';
import { YearSelect, SavedNote } from '../common/controls';
import { kr, parseKronorToOre, parsePercentToBp, formatBp } from '../common/format';
import { HostingReportBlock, useRegionName } from '../common/Trace';
import { useAction, useLoad } from '../common/useCall';

function ItemForm({ hostingId, year, onSaved }: { hostingId: string; year: number; onSaved: (d: HostingDetail) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<'STAFFED_ROLE' | 'FIXED_AMOUNT'>('STAFFED_ROLE');
  const [label, setLabel] = useState('');
  const [role, setRole] = useState('PROCESS_LEADER');
  const [profession, setProfession] = useState('');
  const [share, setShare] = useState('100');
  const [salary, setSalary] = useState('');
  const [amount, setAmount] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: string[] = [];
    if (!label.trim()) errors.push(t('costs.item.labelMissing'));
    const shareBp = parsePercentToBp(share);
    const salaryOre = salary.trim() ? parseKronorToOre(salary) : null;
    const amountOre = parseKronorToOre(amount);
    if (kind === 'STAFFED_ROLE' && (shareBp === null || shareBp < 0 || shareBp > 10_000)) errors.push(t('costs.item.shareInvalid'));
    if (kind === 'STAFFED_ROLE' && salary.trim() && (salaryOre === null || salaryOre < 0)) errors.push(t('costs.item.salaryInvalid'));
    if (kind === 'FIXED_AMOUNT' && amountOre === null) errors.push(t('costs.item.amountInvalid'));
    setProblems(errors);
    if (errors.length > 0) return;
    const input =
      kind === 'STAFFED_ROLE'
        ? { hostingId, year, kind, label, role, profession: profession.trim() || null, allocationBp: shareBp ?? 0, monthlySalaryOre: salaryOre }
        : { hostingId, year, kind, label, amountOre: amountOre ?? 0 };
    const detail = await action.run(() => call('cost-items:create', input));
    if (detail) {
      setLabel('');
      setAmount('');
      onSaved(detail);
    }
  };
  return (
    <form className="panel stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate data-testid="item-form">
      <h3 id={`${id}-h`}>{t('costs.item.newHeading', { year })}</h3>
      {problems.length > 0 && (
        <ul className="field__error" role="alert">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
      )}
      {action.error && <ErrorAlert heading={t('costs.item.saveFailed')} error={action.error} headingLevel={3} />}
      <div className="cost-form">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>{t('costs.item.kind')}</label>
          <select id={`${id}-kind`} className="field__input" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="STAFFED_ROLE">{t('costs.itemKind.STAFFED_ROLE')}</option>
            <option value="FIXED_AMOUNT">{t('costs.itemKind.FIXED_AMOUNT')}</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-label`}>{t('costs.item.label')}</label>
          <input id={`${id}-label`} className="field__input" value={label} onChange={(e) => setLabel(e.target.value)} />
        </div>
        {kind === 'STAFFED_ROLE' ? (
          <>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-role`}>{t('costs.item.role')}</label>
              <select id={`${id}-role`} className="field__input" value={role} onChange={(e) => setRole(e.target.value)}>
                {MEMBERSHIP_ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-prof`}>{t('costs.item.profession')} <span className="field__optional">{t('costs.common.optional')}</span></label>
              <input id={`${id}-prof`} className="field__input" value={profession} onChange={(e) => setProfession(e.target.value)} />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-share`}>{t('costs.item.share')}</label>
              <input id={`${id}-share`} className="field__input" inputMode="decimal" value={share} onChange={(e) => setShare(e.target.value)} />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-salary`}>{t('costs.item.salary')} <span className="field__optional">{t('costs.common.optional')}</span></label>
              <input id={`${id}-salary`} className="field__input" inputMode="decimal" value={salary} onChange={(e) => setSalary(e.target.value)} aria-describedby={`${id}-salary-hint`} />
              <p id={`${id}-salary-hint`} className="field__hint">{t('costs.item.salaryHint')}</p>
            </div>
          </>
        ) : (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-amount`}>{t('costs.item.amount')}</label>
            <input id={`${id}-amount`} className="field__input" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={action.busy}>{t('costs.item.add')}</button>
      </div>
    </form>
  );
}

function SettingsForm({ detail, onSaved }: { detail: HostingDetail; onSaved: (d: HostingDetail) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const h = detail.hosting;
  const keys = useStore((s) => s.costKeys);
  const [keyId, setKeyId] = useState(h.allocationKeyId ?? '');
  const [rounding, setRounding] = useState<RoundingUnit>(h.roundingUnit);
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const next = await action.run(() =>
      call('hostings:update', {
        id: h.id, version: h.version, groupId: h.groupId, hostHealthcareRegionCode: h.hostHealthcareRegionCode, status: h.status,
        startDate: h.startDate, endDate: h.endDate, allocationKeyId: keyId || null, roundingUnit: rounding,
      }),
    );
    if (next) {
      setSaved(t('costs.common.saved'));
      onSaved(next);
    }
  };
  return (
    <form className="filters" onSubmit={(e) => void save(e)} aria-label={t('costs.hosting.settings')} data-testid="hosting-settings">
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-key`}>{t('costs.hostings.key')}</label>
        <select id={`${id}-key`} className="field__input" value={keyId} onChange={(e) => setKeyId(e.target.value)} disabled={h.readOnly}>
          <option value="">{t('costs.hostings.defaultKey')}</option>
          {(keys ?? []).filter((k) => k.healthcareRegionCode === h.hostHealthcareRegionCode).map((k) => <option key={k.id} value={k.id}>{k.name}</option>)}
        </select>
      </div>
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-rounding`}>{t('costs.hostings.rounding')}</label>
        <select id={`${id}-rounding`} className="field__input" value={rounding} onChange={(e) => setRounding(e.target.value as RoundingUnit)} disabled={h.readOnly}>
          {ROUNDING_UNITS.map((u) => <option key={u} value={u}>{t(`costs.rounding.${u}`)}</option>)}
        </select>
      </div>
      <button type="submit" className="button" disabled={action.busy || h.readOnly}>{t('costs.hosting.saveSettings')}</button>
      <SavedNote text={saved} />
      {action.error && <ErrorAlert heading={t('costs.item.saveFailed')} error={action.error} headingLevel={3} />}
    </form>
  );
}

/** One hosting: its settings, the cost items of a year, the total and the split per region. */
export function HostingView({ id }: { id: string }) {
  const { t } = useTranslation();
  const year = useStore((s) => s.costYear);
  const setYear = useStore((s) => s.setCostYear);
  const name = useRegionName();
  const loaded = useLoad<HostingDetail>(`hosting:${id}`, () => call('hostings:get', { id }));
  const [detail, setDetail] = useState<HostingDetail | null>(null);
  const [version, setVersion] = useState(0);
  const report = useLoad<HostingReport>(`report:${id}:${year}:${version}`, () => call('cost-report:hosting', { hostingId: id, year }));
  const remove = useAction();
  const current = detail ?? loaded.data;
  useDocumentTitle(current ? current.hosting.groupName : t('costs.hostings.title'));
  useEffect(() => {
    const s = useStore.getState();
    void s.loadReference();
    void s.loadCostKeys();
  }, []);
  const changed = (d: HostingDetail) => {
    setDetail(d);
    setVersion((v) => v + 1);
    void useStore.getState().loadCostHostings();
  };
  if (loaded.error) return <ErrorAlert heading={t('costs.hosting.loadFailed')} error={loaded.error} />;
  if (!current) return <LoadingStatus text={t('costs.common.loading')} />;
  const h = current.hosting;
  const items = current.items.filter((i) => i.year === year);
  return (
    <div className="stack stack--large">
      <div className="stack">
        <nav aria-label={t('costs.hosting.breadcrumb')} className="breadcrumb"><a href={hrefFor('costHostings')}>{t('costs.hostings.title')}</a></nav>
        <h1 tabIndex={-1}>{`${t(`groupType.${h.groupType}`)} ${h.groupName}`}</h1>
        <p className="lead">
          {t('costs.hosting.lead', { host: name(h.hostHealthcareRegionCode), status: t(`costs.status.${h.status}`), start: h.startDate, end: h.endDate ?? '…' })}
        </p>
        {h.readOnly && <p className="notice notice--info">{t('costs.hosting.readOnly', { owner: name(h.owner) })}</p>}
        <SettingsForm key={h.version} detail={current} onSaved={changed} />
        <div className="filters">
          <YearSelect value={year} onChange={setYear} />
        </div>
      </div>
      <section className="stack" aria-labelledby="cost-items-h">
        <h2 id="cost-items-h">{t('costs.hosting.itemsHeading', { year })}</h2>
        {items.length === 0 ? (
          <p>{t('costs.hosting.noItems', { year })}</p>
        ) : (
          <div className="table-scroll">
            <table className="table table--compact" data-testid="items-table">
              <caption className="visually-hidden">{t('costs.hosting.itemsHeading', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('costs.item.label')}</th>
                  <th scope="col">{t('costs.item.kind')}</th>
                  <th scope="col">{t('costs.item.role')}</th>
                  <th scope="col" className="numeric">{t('costs.item.share')}</th>
                  <th scope="col" className="numeric">{t('costs.item.salaryOrAmount')}</th>
                  <th scope="col"><span className="visually-hidden">{t('costs.common.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.label}</th>
                    <td>{t(`costs.itemKind.${item.kind}`)}</td>
                    <td>{item.role ? `${t(`role.${item.role as 'MEMBER'}`, { defaultValue: item.role })}${item.profession ? `, ${item.profession}` : ''}` : '–'}</td>
                    <td className="numeric">{item.allocationBp !== null ? formatBp(item.allocationBp) : '–'}</td>
                    <td className="numeric">
                      {item.kind === 'FIXED_AMOUNT' ? kr(item.amountOre ?? 0) : item.monthlySalaryOre !== null ? t('costs.item.perMonth', { amount: kr(item.monthlySalaryOre) }) : t('costs.item.defaultSalary')}
                    </td>
                    <td>
                      {!h.readOnly && (
                        <button
                          type="button"
                          className="button button--small button--danger"
                          disabled={remove.busy}
                          aria-label={t('costs.item.deleteNamed', { label: item.label })}
                          onClick={() => void remove.run(() => call('cost-items:delete', { id: item.id, version: item.version })).then((d) => d && changed(d))}
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
        {remove.error && <ErrorAlert heading={t('costs.item.deleteFailed')} error={remove.error} headingLevel={3} />}
        {!h.readOnly && <ItemForm hostingId={h.id} year={year} onSaved={changed} />}
      </section>
      <div className="panel">
        {report.error && <ErrorAlert heading={t('costs.report.failed')} error={report.error} />}
        {report.data && <HostingReportBlock report={report.data} />}
      </div>
    </div>
  );
}
