import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { hrefFor, navigate } from '../../../router';
import { useOwner, useReference } from '../../../store/selectors';
import { TableHead } from '../common/controls';
import { useRegionName } from '../common/Trace';
import { useAction, useLoad } from '../common/useCall';
import { HostingFields, hostingInput, type HostingDraft } from '../hosting/HostingFields';
import { useCostHostings } from '../common/cost-lists';

const HOSTED_TYPES = new Set(['NPO', 'NSG', 'PRIMARY_CARE_COUNCIL']);

function CreateHostingForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const owner = useOwner();
  const reference = useReference();
  const groups = useLoad('groups:list', { level: 'NATIONAL' });
  const defaultHost =
    owner?.kind === 'HEALTHCARE_REGION'
      ? owner.code
      : (reference?.regions.find((r) => r.code === owner?.code)?.healthcareRegionCodes[0] ?? '');
  const [groupId, setGroupId] = useState('');
  const [draft, setDraft] = useState<HostingDraft>({
    host: defaultHost,
    status: 'ACTIVE',
    startDate: `${new Date().getFullYear()}-01-01`,
    endDate: '',
    keyId: '',
    rounding: 'KRONA',
  });
  const [missing, setMissing] = useState(false);
  const action = useAction();
  const options = (groups.data ?? [])
    .filter((g) => HOSTED_TYPES.has(g.type))
    .sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name, 'sv'));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!groupId || !draft.host) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const detail = await action.run(() => call('hostings:create', { groupId, ...hostingInput(draft) }));
    if (detail) {
      navigate('costHosting', detail.hosting.id);
    }
  };
  return (
    <form className="panel stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate data-testid="hosting-form">
      <h2 id={`${id}-h`}>{t('costs.hostings.newHeading')}</h2>
      {missing && (
        <p className="field__error" role="alert">
          {t('costs.hostings.missing')}
        </p>
      )}
      {action.error && <ErrorAlert heading={t('costs.hostings.createFailed')} error={action.error} headingLevel={3} />}
      <div className="cost-form">
        <div className="field cost-form__full">
          <label className="field__label" htmlFor={`${id}-group`}>
            {t('costs.hostings.group')}
          </label>
          <select
            id={`${id}-group`}
            className="field__input"
            value={groupId}
            onChange={(e) => setGroupId(e.target.value)}
            aria-invalid={missing && !groupId}
          >
            <option value="">{t('costs.common.choose')}</option>
            {options.map((g) => (
              <option key={g.id} value={g.id}>{`${t(`groupType.${g.type}`)} ${g.name}`}</option>
            ))}
          </select>
        </div>
        <HostingFields idPrefix={id} draft={draft} onChange={setDraft} />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('costs.hostings.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('costs.common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Värdskap: every hosting with its host, key and years, and a form to add one. */
export function HostingsView() {
  const { t } = useTranslation();
  const hostings = useCostHostings();
  const name = useRegionName();
  const [creating, setCreating] = useState(false);
  useDocumentTitle(t('costs.hostings.title'));
  return (
    <div className="stack stack--large">
      <div className="stack">
        <h1 tabIndex={-1}>{t('costs.hostings.title')}</h1>
        <p className="lead">{t('costs.hostings.lead')}</p>
      </div>
      {creating ? (
        <CreateHostingForm onCancel={() => setCreating(false)} />
      ) : (
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('costs.hostings.new')}
          </button>
        </div>
      )}
      <section className="stack" aria-labelledby="cost-hostings-list">
        <h2 id="cost-hostings-list">{t('costs.hostings.listHeading')}</h2>
        {hostings && hostings.length === 0 && <p>{t('costs.hostings.none')}</p>}
        {hostings && hostings.length > 0 && (
          <div className="table-scroll">
            <table className="table table--compact" data-testid="hostings-table">
              <caption className="visually-hidden">{t('costs.hostings.listHeading')}</caption>
              <TableHead
                text={[
                  t('costs.hostings.group'),
                  t('costs.hostings.host'),
                  t('costs.hostings.status'),
                  t('costs.hostings.period'),
                  t('costs.hostings.key'),
                  t('costs.hostings.rounding'),
                  t('costs.hostings.years'),
                ]}
              />
              <tbody>
                {hostings.map((h) => (
                  <tr key={h.id}>
                    <th scope="row">
                      <a href={hrefFor('costHosting', h.id)}>{`${t(`groupType.${h.groupType}`)} ${h.groupName}`}</a>
                      {h.planningCopy && <span className="tag">{t('costs.hostings.planningCopy')}</span>}
                    </th>
                    <td>{name(h.hostHealthcareRegionCode)}</td>
                    <td>{t(`costs.status.${h.status}`)}</td>
                    <td className="nowrap">{`${h.startDate} – ${h.endDate ?? ''}`}</td>
                    <td>{h.allocationKeyName ?? t('costs.hostings.defaultKey')}</td>
                    <td>{t(`costs.rounding.${h.roundingUnit}`)}</td>
                    <td>{h.itemYears.join(', ') || '–'}</td>
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
