import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceBasis, InvoiceNote } from '@shared/contract/cost/invoice';
import type { ExportFile } from '@shared/contract/cost/exports';
import { INSTALMENT_PLANS, type InstalmentPlan } from '@shared/domain/costs/instalments';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { useLanguage, useOwner, useReference } from '../../../store/selectors';
import { downloadBase64 } from '../../planning/common/download';
import { SavedNote, TableHead } from '../common/controls';
import { krOre } from '../common/format';
import { useAction, useLoad } from '../common/useCall';
import { RegionSelect, useOwnRegions } from './regions';

function Select({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: [string, string][];
}) {
  const id = useId();
  return (
    <div className="field filters__item">
      <label className="field__label field__label--small" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field__input" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function useNoteText(): (n: InvoiceNote) => string {
  const { t } = useTranslation();
  return (n) =>
    t(`costInvoice.note.${n.code}`, {
      hosting: n.hosting ?? '',
      year: n.year,
      usedYear: n.usedYear ?? '',
      regions: n.regions.join(', '),
    });
}

function Parties({ basis: b }: { basis: InvoiceBasis }) {
  const { t } = useTranslation();
  const number = (n: string | null) => n ?? t('costInvoice.missingNumber');
  return (
    <dl className="cost-figures cost-figures--text" data-testid="invoice-parties">
      <div>
        <dt>{t('costInvoice.reference')}</dt>
        <dd>{b.reference}</dd>
      </div>
      <div>
        <dt>{t('costInvoice.sender')}</dt>
        <dd>
          {b.sender.name}, {t('costInvoice.organisationNumber')} {number(b.sender.organisationNumber)}
        </dd>
      </div>
      <div>
        <dt>{t('costInvoice.recipient')}</dt>
        <dd>
          {b.recipient.name}, {t('costInvoice.organisationNumber')} {number(b.recipient.organisationNumber)}
        </dd>
      </div>
      <div>
        <dt>{t('costInvoice.basis')}</dt>
        <dd>{b.budget ? t('costInvoice.budget', { name: b.budget.name, revision: b.budget.revision }) : t('costInvoice.plan')}</dd>
      </div>
    </dl>
  );
}

function Preview({ basis: b }: { basis: InvoiceBasis }) {
  const { t } = useTranslation();
  const note = useNoteText();
  return (
    <div className="stack" data-testid="invoice-preview">
      <Parties basis={b} />
      <div className="table-scroll">
        <table className="table table--compact" data-testid="invoice-lines">
          <caption>{t('costInvoice.linesCaption', { reference: b.reference })}</caption>
          <TableHead text={[t('costInvoice.hosting')]} numeric={[t('costInvoice.hostingInvoiced'), t('costInvoice.amount')]} />
          <tbody>
            {b.lines.map((l) => (
              <tr key={l.hostingId}>
                <th scope="row">{l.hosting}</th>
                <td className="numeric">{krOre(l.hostingInvoicedOre)}</td>
                <td className="numeric">{krOre(l.amountOre)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('costInvoice.total')}</th>
              <td />
              <td className="numeric" data-testid="invoice-total">
                {krOre(b.totalOre)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="table-scroll">
        <table className="table table--compact" data-testid="invoice-instalments">
          <caption>{t(`costInvoice.instalmentsCaption.${b.instalmentPlan}`)}</caption>
          <TableHead text={[t('costInvoice.period'), t('costInvoice.dates')]} numeric={[t('costInvoice.amount')]} />
          <tbody>
            {b.instalments.map((i) => (
              <tr key={i.period}>
                <th scope="row">{i.period}</th>
                <td>
                  {i.from} – {i.to}
                </td>
                <td className="numeric">{krOre(i.amountOre)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {b.notes.length > 0 && (
        <ul className="cost-warnings" aria-label={t('costInvoice.notes')}>
          {b.notes.map((n) => (
            <li key={`${n.code}:${n.hosting ?? ''}`}>{note(n)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The invoice basis (fakturaunderlag) of a paying region from a host: preview and downloads. */
export function InvoiceTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const owner = useOwner();
  const reference = useReference();
  const own = useOwnRegions();
  const [regionCode, setRegionCode] = useState('');
  const [host, setHost] = useState('');
  const [plan, setPlan] = useState<InstalmentPlan>('quarterly');
  const region = regionCode || own[0]?.code || '';
  const hosts = reference?.healthcareRegions ?? [];
  const defaultHost =
    owner?.kind === 'HEALTHCARE_REGION'
      ? owner.code
      : (hosts.find((h) => h.memberRegionCodes.includes(region))?.code ?? hosts[0]?.code ?? '');
  const chosenHost = host || defaultHost;
  const input = { regionCode: region, hostHealthcareRegionCode: chosenHost, year, instalments: plan, budgetId: null };
  const basis = useLoad('invoice:get', region && chosenHost ? input : null);
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  const download = async (format: 'xlsx' | 'pdf') => {
    setDone(null);
    const channel = format === 'xlsx' ? 'invoice:export-xlsx' : 'invoice:export-pdf';
    const file: ExportFile | null = await action.run(() => call(channel, { ...input, language }));
    if (!file) return;
    downloadBase64(file.fileName, file.contentBase64, file.mimeType);
    setDone(t('costInvoice.downloaded', { file: file.fileName }));
  };
  return (
    <section className="stack" aria-labelledby="cost-invoice-h" data-testid="cost-invoice">
      <h2 id="cost-invoice-h">{t('costInvoice.heading', { year })}</h2>
      <p>{t('costInvoice.lead')}</p>
      <div className="filters">
        <RegionSelect value={region} onChange={setRegionCode} />
        <Select label={t('costInvoice.host')} value={chosenHost} onChange={setHost} options={hosts.map((h) => [h.code, h.name])} />
        <Select
          label={t('costInvoice.instalments')}
          value={plan}
          onChange={(v) => setPlan(v as InstalmentPlan)}
          options={INSTALMENT_PLANS.map((p) => [p, t(`costInvoice.plan_${p}`)])}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy || !basis.data}
          onClick={() => void download('xlsx')}
        >
          {t('costInvoice.xlsx')}
        </button>
        <button type="button" className="button" disabled={action.busy || !basis.data} onClick={() => void download('pdf')}>
          {t('costInvoice.pdf')}
        </button>
        <SavedNote text={done} />
      </div>
      {action.error && <ErrorAlert heading={t('costInvoice.failed')} error={action.error} headingLevel={3} />}
      {basis.error && <ErrorAlert heading={t('costInvoice.failed')} error={basis.error} headingLevel={3} />}
      {basis.loading && !basis.data && <LoadingStatus text={t('costs.common.loading')} />}
      {basis.data && <Preview basis={basis.data} />}
    </section>
  );
}
