import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioOverride } from '@shared/contract/cost/scenarios';
import { GROUP_TYPES, MEMBERSHIP_ROLES, type GroupType, type HostingStatus, type MembershipRole } from '@shared/domain/enums';
import { useReference } from '../../../store/selectors';
import { YearSelect } from '../common/controls';
import { parsePercentToBp } from '../common/format';
import { useLoad } from '../common/useCall';
import { ItemFields, emptyItemDraft, itemBody, type ItemDraft } from '../hosting/ItemForm';
import { knownItemLabels, useDescribe } from './describe';
import { useCostHostings, useCostKeys } from '../common/cost-lists';

export const OVERRIDE_KINDS = [
  'HOSTING_HOST',
  'HOSTING_STATUS',
  'ADD_COST_ITEM',
  'REMOVE_COST_ITEM',
  'MEMBER_ALLOCATION',
  'PO_SURCHARGE',
  'SALARY_INDEX',
] as const;
type Kind = (typeof OVERRIDE_KINDS)[number];

type Draft = {
  kind: Kind;
  hostingId: string;
  host: string;
  keyId: string;
  status: HostingStatus;
  dropStaffed: boolean;
  fromYear: number;
  toYear: number;
  groupType: GroupType;
  role: string;
  percent: string;
  itemId: string;
  item: ItemDraft;
};
type Problem = 'missing' | 'shareInvalid' | 'poInvalid' | 'indexInvalid' | 'yearsInvalid' | 'itemInvalid';

const now = new Date().getFullYear();
const initial: Draft = {
  kind: 'HOSTING_HOST',
  hostingId: '',
  host: '',
  keyId: '',
  status: 'DORMANT',
  dropStaffed: true,
  fromYear: now,
  toYear: now,
  groupType: 'NPO',
  role: '',
  percent: '15',
  itemId: '',
  item: emptyItemDraft,
};

/** The draft as an override, or what is missing. */
function build(d: Draft, hostingId: string): ScenarioOverride | Problem {
  const bp = parsePercentToBp(d.percent);
  switch (d.kind) {
    case 'HOSTING_HOST':
      return hostingId && d.host
        ? { kind: d.kind, hostingId, fromYear: d.fromYear, hostHealthcareRegionCode: d.host, allocationKeyId: d.keyId || null }
        : 'missing';
    case 'HOSTING_STATUS':
      return hostingId
        ? { kind: d.kind, hostingId, fromYear: d.fromYear, status: d.status, dropStaffedRoles: d.status === 'DORMANT' && d.dropStaffed }
        : 'missing';
    case 'ADD_COST_ITEM': {
      if (!hostingId) return 'missing';
      if (d.toYear < d.fromYear) return 'yearsInvalid';
      const item = itemBody(d.item);
      return Array.isArray(item) ? 'itemInvalid' : { kind: d.kind, hostingId, fromYear: d.fromYear, toYear: d.toYear, item };
    }
    case 'REMOVE_COST_ITEM':
      return d.itemId ? { kind: d.kind, costItemId: d.itemId } : 'missing';
    case 'MEMBER_ALLOCATION':
      return bp !== null && bp >= 0 && bp <= 10_000
        ? { kind: d.kind, groupType: d.groupType, role: (d.role || null) as MembershipRole | null, fromYear: d.fromYear, allocationBp: bp }
        : 'shareInvalid';
    case 'PO_SURCHARGE':
      return bp !== null && bp >= 0 && bp <= 20_000 ? { kind: d.kind, year: d.fromYear, poSurchargeBp: bp } : 'poInvalid';
    case 'SALARY_INDEX':
      return bp !== null && bp >= 5_000 && bp <= 20_000 ? { kind: d.kind, year: d.fromYear, indexBp: bp } : 'indexInvalid';
  }
}

type FieldsProps = { id: string; d: Draft; set: (patch: Partial<Draft>) => void };

function HostingTargetFields({ id, d, set, hostingId }: FieldsProps & { hostingId: string }) {
  const { t } = useTranslation();
  const reference = useReference();
  const hostings = useCostHostings() ?? [];
  const keys = useCostKeys() ?? [];
  const select = (
    key: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    options: { value: string; label: string }[],
    empty?: string,
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <select id={`${id}-${key}`} className="field__input" value={value} onChange={(e) => onChange(e.target.value)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      {select(
        'hosting',
        t('costs.report.hosting'),
        hostingId,
        (v) => set({ hostingId: v, itemId: '' }),
        hostings.map((h) => ({ value: h.id, label: `${t(`groupType.${h.groupType}`)} ${h.groupName}` })),
      )}
      {d.kind === 'HOSTING_HOST' &&
        select(
          'host',
          t('costs.override.newHost'),
          d.host,
          (v) => set({ host: v, keyId: '' }),
          (reference?.healthcareRegions ?? []).map((h) => ({ value: h.code, label: h.name })),
          t('costs.common.choose'),
        )}
      {d.kind === 'HOSTING_HOST' &&
        select(
          'key',
          t('costs.hostings.key'),
          d.keyId,
          (v) => set({ keyId: v }),
          keys.filter((k) => k.healthcareRegionCode === d.host).map((k) => ({ value: k.id, label: k.name })),
          t('costs.override.keyRetargeted'),
        )}
      {d.kind === 'HOSTING_STATUS' &&
        select(
          'status',
          t('costs.hostings.status'),
          d.status,
          (v) => set({ status: v as HostingStatus }),
          (['ACTIVE', 'DORMANT'] as const).map((s) => ({ value: s, label: t(`costs.status.${s}`) })),
        )}
      {d.kind === 'HOSTING_STATUS' && d.status === 'DORMANT' && (
        <div className="checkbox cost-form__check">
          <input id={`${id}-drop`} type="checkbox" checked={d.dropStaffed} onChange={(e) => set({ dropStaffed: e.target.checked })} />
          <label htmlFor={`${id}-drop`}>{t('costs.override.dropStaffed')}</label>
        </div>
      )}
    </>
  );
}

function RemoveItemFields({ id, d, set, hostingId }: FieldsProps & { hostingId: string }) {
  const { t } = useTranslation();
  const detail = useLoad('hostings:get', hostingId ? { id: hostingId } : null);
  const items = (detail.data?.items ?? []).filter((i) => i.year === d.fromYear);
  for (const i of detail.data?.items ?? []) knownItemLabels.set(i.id, `${i.label} (${i.year})`);
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-item`}>
        {t('costs.override.item')}
      </label>
      <select id={`${id}-item`} className="field__input" value={d.itemId} onChange={(e) => set({ itemId: e.target.value })}>
        <option value="">{items.length === 0 ? t('costs.override.noItems') : t('costs.common.choose')}</option>
        {items.map((i) => (
          <option key={i.id} value={i.id}>
            {i.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function AllocationFields({ id, d, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-type`}>
          {t('costs.override.groupType')}
        </label>
        <select
          id={`${id}-type`}
          className="field__input"
          value={d.groupType}
          onChange={(e) => set({ groupType: e.target.value as GroupType })}
        >
          {GROUP_TYPES.map((g) => (
            <option key={g} value={g}>
              {t(`groupType.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-role`}>
          {t('costs.item.role')}
        </label>
        <select id={`${id}-role`} className="field__input" value={d.role} onChange={(e) => set({ role: e.target.value })}>
          <option value="">{t('costs.override.allRoles')}</option>
          {MEMBERSHIP_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

function KindFields({ id, d, set, hostingId }: FieldsProps & { hostingId: string }) {
  const { t } = useTranslation();
  const onHosting = d.kind === 'HOSTING_HOST' || d.kind === 'HOSTING_STATUS' || d.kind === 'ADD_COST_ITEM' || d.kind === 'REMOVE_COST_ITEM';
  const percentLabel =
    d.kind === 'PO_SURCHARGE' ? t('costs.parameters.po') : d.kind === 'SALARY_INDEX' ? t('costs.parameters.index') : t('costs.item.share');
  const oneYear = d.kind === 'PO_SURCHARGE' || d.kind === 'SALARY_INDEX' || d.kind === 'REMOVE_COST_ITEM';
  return (
    <>
      {onHosting && <HostingTargetFields id={id} d={d} set={set} hostingId={hostingId} />}
      {d.kind === 'MEMBER_ALLOCATION' && <AllocationFields id={id} d={d} set={set} />}
      {(d.kind === 'MEMBER_ALLOCATION' || d.kind === 'PO_SURCHARGE' || d.kind === 'SALARY_INDEX') && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-pct`}>
            {percentLabel}
          </label>
          <input
            id={`${id}-pct`}
            className="field__input"
            inputMode="decimal"
            value={d.percent}
            onChange={(e) => set({ percent: e.target.value })}
          />
        </div>
      )}
      <YearSelect
        value={d.fromYear}
        onChange={(y) => set({ fromYear: y, itemId: '' })}
        label={oneYear ? t('costs.common.year') : t('costs.common.fromYear')}
      />
      {d.kind === 'ADD_COST_ITEM' && <YearSelect value={d.toYear} onChange={(y) => set({ toYear: y })} label={t('costs.common.toYear')} />}
      {d.kind === 'REMOVE_COST_ITEM' && <RemoveItemFields id={id} d={d} set={set} hostingId={hostingId} />}
      {d.kind === 'ADD_COST_ITEM' && <ItemFields idPrefix={`${id}-item`} draft={d.item} onChange={(item) => set({ item })} />}
    </>
  );
}

/** Builds the list of overrides of a scenario: choose a kind, fill in its fields, add; remove any. */
export function OverrideEditor({ overrides, onChange }: { overrides: ScenarioOverride[]; onChange: (o: ScenarioOverride[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const describe = useDescribe();
  const hostings = useCostHostings() ?? [];
  const [d, setDraft] = useState<Draft>(initial);
  const [problem, setProblem] = useState<Problem | null>(null);
  const set = (patch: Partial<Draft>) => setDraft({ ...d, ...patch });
  const hostingId = d.hostingId || hostings[0]?.id || '';
  const add = () => {
    const built = build(d, hostingId);
    setProblem(typeof built === 'string' ? built : null);
    if (typeof built !== 'string') onChange([...overrides, built]);
  };
  return (
    <fieldset className="fieldset stack override-editor" data-testid="override-editor">
      <legend>{t('costs.override.heading')}</legend>
      {problem && (
        <p className="field__error" role="alert">
          {t(`costs.override.problem.${problem}`)}
        </p>
      )}
      <div className="cost-form">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t('costs.override.kind')}
          </label>
          <select
            id={`${id}-kind`}
            className="field__input"
            value={d.kind}
            onChange={(e) => set({ kind: e.target.value as Kind, percent: e.target.value === 'SALARY_INDEX' ? '103' : d.percent })}
          >
            {OVERRIDE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`costs.override.kindName.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <KindFields id={id} d={d} set={set} hostingId={hostingId} />
        <div className="field">
          <button type="button" className="button" onClick={add}>
            {t('costs.override.add')}
          </button>
        </div>
      </div>
      {overrides.length === 0 ? (
        <p className="muted">{t('costs.override.none')}</p>
      ) : (
        <ul className="cost-overrides" data-testid="override-list">
          {overrides.map((o, i) => (
            <li key={i}>
              {describe(o)}{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => onChange(overrides.filter((_, j) => j !== i))}
                aria-label={t('costs.override.removeNamed', { text: describe(o) })}
              >
                {t('costs.common.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
