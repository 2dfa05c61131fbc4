import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationKeyRow } from '@shared/contract/cost/records';
import { ALLOCATION_KEY_KINDS, type AllocationKeyKind } from '@shared/domain/enums';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useOwner, useReference } from '../../../store/selectors';
import { SavedNote, TableHead } from '../common/controls';
import { bpInput, formatBp, parsePercentToBp } from '../common/format';
import { useRegionName } from '../common/Trace';
import { useAction } from '../common/useCall';
import { useCostKeys } from '../common/cost-lists';

function KeyForm({ existing, onDone }: { existing: AllocationKeyRow | null; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const owner = useOwner();
  const reference = useReference();
  const defaultHr =
    existing?.healthcareRegionCode ??
    (owner?.kind === 'HEALTHCARE_REGION'
      ? owner.code
      : (reference?.regions.find((r) => r.code === owner?.code)?.healthcareRegionCodes[0] ?? 'NORRA'));
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<AllocationKeyKind>(existing?.kind ?? 'POPULATION');
  const [hr, setHr] = useState(defaultHr);
  const [offset, setOffset] = useState(existing?.populationYearOffset ?? -1);
  const [fixedPart, setFixedPart] = useState(existing?.fixedPartBp != null ? bpInput(existing.fixedPartBp) : '50');
  const regions = (reference?.regions ?? []).filter((r) => r.healthcareRegionCodes.includes(hr));
  const [shares, setShares] = useState<Record<string, string>>(() =>
    Object.fromEntries((existing?.shares ?? []).map((s) => [s.regionCode, bpInput(s.shareBp)])),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();
  const sumBp = regions.reduce((n, r) => n + (parsePercentToBp(shares[r.code] ?? '') ?? 0), 0);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!name.trim()) return setProblem(t('costs.keys.nameMissing'));
    const fixedPartBp = kind === 'FIXED_VARIABLE' ? parsePercentToBp(fixedPart) : null;
    if (kind === 'FIXED_VARIABLE' && (fixedPartBp === null || fixedPartBp < 0 || fixedPartBp > 10_000))
      return setProblem(t('costs.keys.fixedInvalid'));
    if (kind === 'CUSTOM' && sumBp !== 10_000) return setProblem(t('costs.keys.sumInvalid', { sum: formatBp(sumBp) }));
    const body = {
      name,
      kind,
      healthcareRegionCode: hr,
      fixedPartBp,
      populationYearOffset: offset,
      shares: kind === 'CUSTOM' ? regions.map((r) => ({ regionCode: r.code, shareBp: parsePercentToBp(shares[r.code] ?? '') ?? 0 })) : [],
    };
    const saved = await action.run(() =>
      existing
        ? call('allocation-keys:update', { id: existing.id, version: existing.version, ...body })
        : call('allocation-keys:create', body),
    );
    if (saved) {
      onDone();
    }
  };
  return (
    <form className="panel stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate data-testid="key-form">
      <h2 id={`${id}-h`}>{existing ? t('costs.keys.editHeading', { name: existing.name }) : t('costs.keys.newHeading')}</h2>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {action.error && <ErrorAlert heading={t('costs.keys.saveFailed')} error={action.error} headingLevel={3} />}
      <div className="cost-form">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('costs.keys.name')}
          </label>
          <input id={`${id}-name`} className="field__input" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t('costs.keys.kind')}
          </label>
          <select id={`${id}-kind`} className="field__input" value={kind} onChange={(e) => setKind(e.target.value as AllocationKeyKind)}>
            {ALLOCATION_KEY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`costs.keyKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-hr`}>
            {t('costs.keys.healthcareRegion')}
          </label>
          <select id={`${id}-hr`} className="field__input" value={hr} onChange={(e) => setHr(e.target.value)}>
            {(reference?.healthcareRegions ?? []).map((h) => (
              <option key={h.code} value={h.code}>
                {h.name}
              </option>
            ))}
          </select>
        </div>
        {(kind === 'POPULATION' || kind === 'FIXED_VARIABLE') && (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-offset`}>
              {t('costs.keys.offset')}
            </label>
            <select id={`${id}-offset`} className="field__input" value={offset} onChange={(e) => setOffset(Number(e.target.value))}>
              {[-3, -2, -1, 0].map((o) => (
                <option key={o} value={o}>
                  {t('costs.keys.offsetValue', { offset: o })}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'FIXED_VARIABLE' && (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-fixed`}>
              {t('costs.keys.fixedPart')}
            </label>
            <input
              id={`${id}-fixed`}
              className="field__input"
              inputMode="decimal"
              value={fixedPart}
              onChange={(e) => setFixedPart(e.target.value)}
            />
          </div>
        )}
      </div>
      {kind === 'CUSTOM' && (
        <fieldset className="fieldset stack">
          <legend>{t('costs.keys.shares')}</legend>
          <div className="cost-form">
            {regions.map((r) => (
              <div className="field" key={r.code}>
                <label className="field__label" htmlFor={`${id}-s-${r.code}`}>{`${r.name} (%)`}</label>
                <input
                  id={`${id}-s-${r.code}`}
                  className="field__input"
                  inputMode="decimal"
                  value={shares[r.code] ?? ''}
                  onChange={(e) => setShares({ ...shares, [r.code]: e.target.value })}
                />
              </div>
            ))}
          </div>
          <p className={`cost-sum ${sumBp === 10_000 ? 'cost-sum--ok' : 'cost-sum--bad'}`} aria-live="polite" data-testid="key-sum">
            {sumBp === 10_000 ? t('costs.keys.sumOk', { sum: formatBp(sumBp) }) : t('costs.keys.sumBad', { sum: formatBp(sumBp) })}
          </p>
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('costs.common.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('costs.common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Fördelningsnycklar: how a hosting's cost is split between the regions of its host. */
export function KeysView() {
  const { t } = useTranslation();
  const keys = useCostKeys();
  const name = useRegionName();
  const [editing, setEditing] = useState<AllocationKeyRow | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useDocumentTitle(t('costs.keys.title'));
  const describe = (k: AllocationKeyRow) => {
    if (k.kind === 'CUSTOM') return k.shares.map((s) => `${name(s.regionCode)} ${formatBp(s.shareBp)}`).join(', ');
    if (k.kind === 'FIXED_VARIABLE')
      return t('costs.keys.fixedDescribe', { part: formatBp(k.fixedPartBp ?? 0), offset: k.populationYearOffset });
    if (k.kind === 'POPULATION') return t('costs.keys.offsetValue', { offset: k.populationYearOffset });
    return t('costs.keys.equalDescribe');
  };
  return (
    <div className="stack stack--large">
      <div className="stack">
        <h1 tabIndex={-1}>{t('costs.keys.title')}</h1>
        <p className="lead">{t('costs.keys.lead')}</p>
      </div>
      <SavedNote text={saved} />
      {editing ? (
        <KeyForm
          key={editing === 'new' ? 'new' : editing.id}
          existing={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            setSaved(t('costs.common.saved'));
          }}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setSaved(null);
              setEditing('new');
            }}
          >
            {t('costs.keys.new')}
          </button>
        </div>
      )}
      <section className="stack" aria-labelledby="cost-keys-h">
        <h2 id="cost-keys-h">{t('costs.keys.listHeading')}</h2>
        {keys?.length === 0 && <p>{t('costs.keys.none')}</p>}
        {keys && keys.length > 0 && (
          <div className="table-scroll">
            <table className="table table--compact" data-testid="keys-table">
              <caption className="visually-hidden">{t('costs.keys.listHeading')}</caption>
              <TableHead
                text={[t('costs.keys.name'), t('costs.keys.kind'), t('costs.keys.healthcareRegion'), t('costs.keys.details')]}
                actions
              />
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id}>
                    <th scope="row">{k.name}</th>
                    <td>{t(`costs.keyKind.${k.kind}`)}</td>
                    <td>{name(k.healthcareRegionCode)}</td>
                    <td>
                      {describe(k)}
                      {k.populationDates.map((d) => (
                        <div
                          key={d.costYear}
                          className={d.usedYear === d.wantedYear ? 'muted' : 'cost-warnings'}
                          data-testid="key-population-date"
                        >
                          {d.usedYear === d.wantedYear
                            ? t('costs.keyPopulation.ok', { costYear: d.costYear, year: d.wantedYear })
                            : d.usedYear === null
                              ? t('costs.keyPopulation.none', { costYear: d.costYear, year: d.wantedYear })
                              : t('costs.keyPopulation.fallback', {
                                  costYear: d.costYear,
                                  wanted: d.wantedYear,
                                  used: d.usedYear,
                                  regions: d.missingRegionCodes.map(name).join(', '),
                                })}
                        </div>
                      ))}
                    </td>
                    <td>
                      {!k.readOnly && (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => setEditing(k)}
                          aria-label={t('costs.keys.editNamed', { name: k.name })}
                        >
                          {t('costs.common.edit')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
