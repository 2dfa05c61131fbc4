import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_ACTUAL_CATEGORIES, type RegionActualCategory } from '@shared/contract/cost/actuals';
import type { HostingSummary } from '@shared/contract/cost/records';
import { yearChoices } from '../common/format';

/** The mapping as the form holds it: header names ('' = not chosen) and rules as typed. */
export type ColumnDraft = { account: string; costCentre: string; period: string; amount: string; text: string };
export type RuleDraft = { key: number; account: string; costCentre: string; category: RegionActualCategory; hostingId: string };
const COLUMNS = ['account', 'costCentre', 'period', 'amount', 'text'] as const;
const OPTIONAL = new Set<string>(['costCentre', 'text']);

export function ColumnFields({
  headers,
  columns,
  year,
  onColumns,
  onYear,
}: {
  headers: string[];
  columns: ColumnDraft;
  year: number | null;
  onColumns: (c: ColumnDraft) => void;
  onYear: (y: number | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="filters">
      <legend>{t('budgetActual.import.columnsHeading')}</legend>
      {COLUMNS.map((c) => (
        <div key={c} className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-${c}`}>
            {t(`budgetActual.import.${c}`)}
          </label>
          <select
            id={`${id}-${c}`}
            className="field__input"
            value={columns[c]}
            onChange={(e) => onColumns({ ...columns, [c]: e.target.value })}
          >
            <option value="">{OPTIONAL.has(c) ? t('budgetActual.import.noColumn') : t('budgetActual.import.chooseColumn')}</option>
            {headers.filter(Boolean).map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="field filters__item">
        <label className="field__label field__label--small" htmlFor={`${id}-year`}>
          {t('budgetActual.import.onlyYear')}
        </label>
        <select
          id={`${id}-year`}
          className="field__input"
          value={year ?? ''}
          onChange={(e) => onYear(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('budgetActual.import.allYears')}</option>
          {yearChoices().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

export function RuleFields({
  rules,
  hostings,
  onRules,
}: {
  rules: RuleDraft[];
  hostings: HostingSummary[];
  onRules: (r: RuleDraft[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const change = (key: number, patch: Partial<RuleDraft>) => onRules(rules.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () =>
    onRules([
      ...rules,
      { key: Math.max(0, ...rules.map((r) => r.key)) + 1, account: '', costCentre: '', category: 'hosting', hostingId: '' },
    ]);
  return (
    <fieldset className="fieldset stack">
      <legend>{t('budgetActual.import.rulesHeading')}</legend>
      <p className="field__hint">{t('budgetActual.import.rulesLead')}</p>
      {rules.map((r, i) => {
        const n = i + 1;
        const field = (name: string) => `${id}-${r.key}-${name}`;
        return (
          <div key={r.key} className="filters" data-testid={`ledger-rule-${n}`}>
            <div className="field filters__item">
              <label className="field__label field__label--small" htmlFor={field('account')}>
                {t('budgetActual.import.ruleAccount', { n })}
              </label>
              <input
                id={field('account')}
                className="field__input"
                value={r.account}
                onChange={(e) => change(r.key, { account: e.target.value })}
              />
            </div>
            <div className="field filters__item">
              <label className="field__label field__label--small" htmlFor={field('cc')}>
                {t('budgetActual.import.ruleCostCentre', { n })}
              </label>
              <input
                id={field('cc')}
                className="field__input"
                value={r.costCentre}
                onChange={(e) => change(r.key, { costCentre: e.target.value })}
              />
            </div>
            <div className="field filters__item">
              <label className="field__label field__label--small" htmlFor={field('category')}>
                {t('budgetActual.import.ruleCategory', { n })}
              </label>
              <select
                id={field('category')}
                className="field__input"
                value={r.category}
                onChange={(e) => change(r.key, { category: e.target.value as RegionActualCategory })}
              >
                {REGION_ACTUAL_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`budgetActual.categories.${c}`)}
                  </option>
                ))}
              </select>
            </div>
            {r.category === 'hosting' && (
              <div className="field filters__item">
                <label className="field__label field__label--small" htmlFor={field('hosting')}>
                  {t('budgetActual.import.ruleHosting', { n })}
                </label>
                <select
                  id={field('hosting')}
                  className="field__input"
                  value={r.hostingId}
                  onChange={(e) => change(r.key, { hostingId: e.target.value })}
                >
                  <option value="">{t('budgetActual.import.chooseHosting')}</option>
                  {hostings.map((h) => (
                    <option key={h.id} value={h.id}>
                      {`${h.groupName} (${h.hostHealthcareRegionCode})`}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <button
              type="button"
              className="button button--secondary filters__item"
              onClick={() => onRules(rules.filter((x) => x.key !== r.key))}
            >
              {t('budgetActual.import.removeRule', { n })}
            </button>
          </div>
        );
      })}
      <div>
        <button type="button" className="button button--secondary" onClick={add}>
          {t('budgetActual.import.addRule')}
        </button>
      </div>
    </fieldset>
  );
}
