import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostItemBody, CostItemRow, HostingDetail } from '@shared/contract/cost/records';
import { MEMBERSHIP_ROLES } from '@shared/domain/enums';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFocusWhen } from '../common/controls';
import { bpInput, oreInput, parseKronorToOre, parsePercentToBp } from '../common/format';
import { useAction } from '../common/useCall';

type ItemKind = CostItemBody['kind'];
type ItemDraft = { kind: ItemKind; label: string; role: string; profession: string; share: string; salary: string; amount: string };
const emptyDraft: ItemDraft = {
  kind: 'STAFFED_ROLE',
  label: '',
  role: 'PROCESS_LEADER',
  profession: '',
  share: '100',
  salary: '',
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
    amount: item.amountOre !== null ? oreInput(item.amountOre) : '',
  };
}

export type ItemProblem = 'labelMissing' | 'shareInvalid' | 'salaryInvalid' | 'amountInvalid';

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
  if (errors.length > 0) return errors;
  return {
    kind: 'STAFFED_ROLE',
    label: d.label,
    role: d.role,
    profession: d.profession.trim() || null,
    allocationBp: shareBp ?? 0,
    monthlySalaryOre: salaryOre,
  };
}

/** The fields of a cost item: kind, label, and role/profession/share/salary or an amount. */
export function ItemFields({ idPrefix, draft, onChange }: { idPrefix: string; draft: ItemDraft; onChange: (d: ItemDraft) => void }) {
  const { t } = useTranslation();
  const set = (field: keyof ItemDraft) => (value: string) => onChange({ ...draft, [field]: value });
  const text = (field: 'label' | 'profession' | 'share' | 'amount', label: string, optional = false) => (
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
        inputMode={field === 'share' || field === 'amount' ? 'decimal' : undefined}
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
        </>
      ) : (
        text('amount', t('costs.item.amount'))
      )}
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
    setProblems(Array.isArray(body) ? body.map((p) => t(`costs.item.${p}`)) : []);
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
        <ItemFields idPrefix={id} draft={draft} onChange={setDraft} />
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
