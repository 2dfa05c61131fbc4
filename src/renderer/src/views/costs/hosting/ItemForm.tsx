import { useId, useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostItemBody, CostItemRow, HostingDetail, SalaryChange } from '@shared/contract/cost/records';
import { MEMBERSHIP_ROLES } from '@shared/domain/enums';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFocusWhen } from '../common/controls';
import { bpInput, oreInput, parseKronorToOre, parsePercentToBp } from '../common/format';
import { useAction } from '../common/useCall';

type ItemKind = CostItemBody['kind'];
type ItemDraft = {
  kind: ItemKind;
  label: string;
  role: string;
  profession: string;
  share: string;
  salary: string;
  /** The day the salary applies from (empty = 1 January) and one salary change inside the year. */
  salaryFrom: string;
  changeFrom: string;
  changeSalary: string;
  /** Further changes stored on the item, kept as they are. */
  laterChanges: SalaryChange[];
  amount: string;
};
const emptyDraft: ItemDraft = {
  kind: 'STAFFED_ROLE',
  label: '',
  role: 'PROCESS_LEADER',
  profession: '',
  share: '100',
  salary: '',
  salaryFrom: '',
  changeFrom: '',
  changeSalary: '',
  laterChanges: [],
  amount: '',
};

function draftOf(item: CostItemRow): ItemDraft {
  return {
    kind: item.kind,
    label: item.label,
    role: item.role ?? 'PROCESS_LEADER',
    profession: item.profession ?? '',
    share: item.allocationBp !== null ? bpInput(item.allocationBp) : '100',
    salary: item.monthlySalaryOre !== null ? oreInput(item.monthlySalaryOre) : '',
    salaryFrom: item.salaryEffectiveDate !== null && !item.salaryEffectiveDate.endsWith('-01-01') ? item.salaryEffectiveDate : '',
    changeFrom: item.salaryChanges[0]?.effectiveDate ?? '',
    changeSalary: item.salaryChanges[0] ? oreInput(item.salaryChanges[0].monthlySalaryOre) : '',
    laterChanges: item.salaryChanges.slice(1),
    amount: item.amountOre !== null ? oreInput(item.amountOre) : '',
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The dated salaries of the draft, or the problem with them. */
function salaryDates(d: ItemDraft): { salaryEffectiveDate: string | null; salaryChanges: SalaryChange[] } | ItemProblem {
  const from = d.salaryFrom.trim();
  if (from && !DATE.test(from)) return 'dateInvalid';
  const changeFrom = d.changeFrom.trim();
  const changeOre = d.changeSalary.trim() ? parseKronorToOre(d.changeSalary) : null;
  if (!changeFrom && !d.changeSalary.trim()) return { salaryEffectiveDate: from || null, salaryChanges: d.laterChanges };
  if (!DATE.test(changeFrom) || changeOre === null || changeOre < 0) return 'changeInvalid';
  return {
    salaryEffectiveDate: from || null,
    salaryChanges: [{ effectiveDate: changeFrom, monthlySalaryOre: changeOre }, ...d.laterChanges],
  };
}

export type ItemProblem = 'labelMissing' | 'shareInvalid' | 'salaryInvalid' | 'amountInvalid' | 'dateInvalid' | 'changeInvalid';

/** The draft as a cost item, or what is wrong with it (keys under `costs.item`). */
export function itemBody(d: ItemDraft): CostItemBody | ItemProblem[] {
  const errors: ItemProblem[] = [];
  if (!d.label.trim()) errors.push('labelMissing');
  if (d.kind === 'FIXED_AMOUNT') {
    const amountOre = parseKronorToOre(d.amount);
    if (amountOre === null) return [...errors, 'amountInvalid'];
    return errors.length > 0 ? errors : { kind: 'FIXED_AMOUNT', label: d.label, amountOre };
  }
  const shareBp = parsePercentToBp(d.share);
  const salaryOre = d.salary.trim() ? parseKronorToOre(d.salary) : null;
  if (shareBp === null || shareBp < 0 || shareBp > 10_000) errors.push('shareInvalid');
  if (d.salary.trim() && (salaryOre === null || salaryOre < 0)) errors.push('salaryInvalid');
  const dates = salaryDates(d);
  if (typeof dates === 'string') errors.push(dates);
  if (errors.length > 0 || typeof dates === 'string') return errors;
  return {
    kind: 'STAFFED_ROLE',
    label: d.label,
    role: d.role,
    profession: d.profession.trim() || null,
    allocationBp: shareBp ?? 0,
    monthlySalaryOre: salaryOre,
    ...dates,
  };
}

/** The fields of a cost item: kind, label, and role/profession/share/salary or an amount. */
export function ItemFields({
  idPrefix,
  draft,
  onChange,
  dated = false,
}: {
  idPrefix: string;
  draft: ItemDraft;
  onChange: (d: ItemDraft) => void;
  /** Show the salary's effective date and a salary change (an item of one year). */
  dated?: boolean;
}) {
  const { t } = useTranslation();
  const set = (field: keyof ItemDraft) => (value: string) => onChange({ ...draft, [field]: value });
  const text = (field: 'label' | 'profession' | 'share' | 'amount' | 'changeSalary', label: string, optional = false) => (
    <div className="field">
      <label className="field__label" htmlFor={`${idPrefix}-${field}`}>
        {label}
        {optional && (
          <>
            {' '}
            <span className="field__optional">{t('costs.common.optional')}</span>
          </>
        )}
      </label>
      <input
        id={`${idPrefix}-${field}`}
        className="field__input"
        inputMode={field === 'share' || field === 'amount' || field === 'changeSalary' ? 'decimal' : undefined}
        value={draft[field]}
        onChange={(e) => set(field)(e.target.value)}
      />
    </div>
  );
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-kind`}>
          {t('costs.item.kind')}
        </label>
        <select id={`${idPrefix}-kind`} className="field__input" value={draft.kind} onChange={(e) => set('kind')(e.target.value)}>
          <option value="STAFFED_ROLE">{t('costs.itemKind.STAFFED_ROLE')}</option>
          <option value="FIXED_AMOUNT">{t('costs.itemKind.FIXED_AMOUNT')}</option>
        </select>
      </div>
      {text('label', t('costs.item.label'))}
      {draft.kind === 'STAFFED_ROLE' ? (
        <>
          <div className="field">
            <label className="field__label" htmlFor={`${idPrefix}-role`}>
              {t('costs.item.role')}
            </label>
            <select id={`${idPrefix}-role`} className="field__input" value={draft.role} onChange={(e) => set('role')(e.target.value)}>
              {MEMBERSHIP_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </div>
          {text('profession', t('costs.item.profession'), true)}
          {text('share', t('costs.item.share'))}
          <div className="field">
            <label className="field__label" htmlFor={`${idPrefix}-salary`}>
              {t('costs.item.salary')} <span className="field__optional">{t('costs.common.optional')}</span>
            </label>
            <input
              id={`${idPrefix}-salary`}
              className="field__input"
              inputMode="decimal"
              value={draft.salary}
              onChange={(e) => set('salary')(e.target.value)}
              aria-describedby={`${idPrefix}-salary-hint`}
            />
            <p id={`${idPrefix}-salary-hint`} className="field__hint">
              {t('costs.item.salaryHint')}
            </p>
          </div>
          {dated && <SalaryDateFields idPrefix={idPrefix} draft={draft} set={set} text={text} />}
        </>
      ) : (
        text('amount', t('costs.item.amount'))
      )}
    </>
  );
}

/** The salary's effective date and one salary change inside the year (e.g. a revision from 1 April). */
function SalaryDateFields({
  idPrefix,
  draft,
  set,
  text,
}: {
  idPrefix: string;
  draft: ItemDraft;
  set: (field: keyof ItemDraft) => (value: string) => void;
  text: (field: 'changeSalary', label: string, optional?: boolean) => JSX.Element;
}) {
  const { t } = useTranslation();
  const date = (field: 'salaryFrom' | 'changeFrom', label: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`${idPrefix}-${field}`}>
        {label} <span className="field__optional">{t('costs.common.optional')}</span>
      </label>
      <input
        id={`${idPrefix}-${field}`}
        type="date"
        className="field__input"
        value={draft[field]}
        onChange={(e) => set(field)(e.target.value)}
      />
    </div>
  );
  return (
    <>
      {date('salaryFrom', t('roll.item.salaryFrom'))}
      {date('changeFrom', t('roll.item.changeFrom'))}
      {text('changeSalary', t('roll.item.changeSalary'), true)}
    </>
  );
}

type Props = { hostingId: string; year: number; editing: CostItemRow | null; onSaved: (d: HostingDetail) => void; onCancel: () => void };

/** Adds a cost item to the hosting's year, or changes the one being edited. */
export function ItemForm({ hostingId, year, editing, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<ItemDraft>(editing ? draftOf(editing) : emptyDraft);
  const [problems, setProblems] = useState<string[]>([]);
  const action = useAction();
  const heading = useFocusWhen<HTMLHeadingElement>(editing !== null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = itemBody(draft);
    setProblems(
      Array.isArray(body)
        ? body.map((p) => (p === 'dateInvalid' || p === 'changeInvalid' ? t(`roll.item.${p}`) : t(`costs.item.${p}`)))
        : [],
    );
    if (Array.isArray(body)) return;
    const detail = await action.run(() =>
      editing
        ? call('cost-items:update', { id: editing.id, version: editing.version, year: editing.year, ...body })
        : call('cost-items:create', { hostingId, year, ...body }),
    );
    if (detail) {
      setDraft({ ...draft, label: '', amount: '' });
      onSaved(detail);
    }
  };
  return (
    <form
      className="panel stack"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-h`}
      noValidate
      data-testid={editing ? 'item-edit-form' : 'item-form'}
    >
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {editing ? t('costs.item.editHeading', { label: editing.label }) : t('costs.item.newHeading', { year })}
      </h3>
      {problems.length > 0 && (
        <ul className="field__error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {action.error && <ErrorAlert heading={t('costs.item.saveFailed')} error={action.error} headingLevel={3} />}
      <div className="cost-form">
        <ItemFields idPrefix={id} draft={draft} onChange={setDraft} dated />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {editing ? t('costs.common.save') : t('costs.item.add')}
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

export { emptyDraft as emptyItemDraft, type ItemDraft };
