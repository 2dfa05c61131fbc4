import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActualsImportReport, LedgerMapping, LedgerRow } from '@shared/contract/cost/actuals';
import { isMessageKey, wordMessage } from '@shared/messages';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCostHostings } from '../common/cost-lists';
import { readFileAsBase64 } from '../../import/read-file';
import { useAction } from '../common/useCall';
import { ColumnFields, RuleFields, type ColumnDraft, type RuleDraft } from './MappingFields';
import { TableScroll } from './TableScroll';
import { amount } from './money';
import { FileInput } from '../../../components/form/FileInput';

const NO_COLUMNS: ColumnDraft = { account: '', costCentre: '', period: '', amount: '', text: '' };
type File = { name: string; content: string };

/** The form's mapping as the channel takes it, or null while a required part is missing. */
function mappingOf(columns: ColumnDraft, rules: RuleDraft[], year: number | null): LedgerMapping | null {
  if (!columns.account || !columns.period || !columns.amount || rules.length === 0) return null;
  const ok = rules.every((r) => (r.account.trim() || r.costCentre.trim()) && (r.category !== 'hosting' || r.hostingId));
  if (!ok) return null;
  return {
    columns: {
      account: columns.account,
      costCentre: columns.costCentre || null,
      period: columns.period,
      amount: columns.amount,
      text: columns.text || null,
    },
    rules: rules.map((r) => ({
      account: r.account.trim() || null,
      costCentre: r.costCentre.trim() || null,
      category: r.category,
      hostingId: r.category === 'hosting' ? r.hostingId : null,
    })),
    year,
  };
}

/** The remembered mapping as form drafts, keeping only columns the chosen file has. */
function draftsOf(saved: LedgerMapping, headers: string[]): { columns: ColumnDraft; rules: RuleDraft[]; year: number | null } {
  const has = (h: string | null) => (h !== null && headers.includes(h) ? h : '');
  const c = saved.columns;
  return {
    columns: { account: has(c.account), costCentre: has(c.costCentre), period: has(c.period), amount: has(c.amount), text: has(c.text) },
    rules: saved.rules.map((r, i) => ({
      key: i + 1,
      account: r.account ?? '',
      costCentre: r.costCentre ?? '',
      category: r.category,
      hostingId: r.hostingId ?? '',
    })),
    year: saved.year,
  };
}

function RowsTable({ report }: { report: ActualsImportReport }) {
  const { t, i18n } = useTranslation();
  const hostings = useCostHostings() ?? [];
  const lang = i18n.language.startsWith('en') ? 'en' : 'sv';
  const what = (r: LedgerRow) => {
    const category = r.category ? t(`budgetActual.categories.${r.category}`) : '';
    const hosting = hostings.find((h) => h.id === r.hostingId)?.groupName;
    return `${r.year ?? ''} ${category}${hosting ? ` – ${hosting}` : ''}`;
  };
  const reason = (r: LedgerRow) => (r.reason && isMessageKey(r.reason.key) ? wordMessage(lang, r.reason.key, r.reason.params) : '');
  return (
    <TableScroll label={t('budgetActual.import.rowsCaption')}>
      <table className="table table--compact" data-testid="ledger-rows">
        <caption>{t('budgetActual.import.rowsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('budgetActual.import.row')}</th>
            <th scope="col">{t('budgetActual.import.account')}</th>
            <th scope="col">{t('budgetActual.import.costCentre')}</th>
            <th scope="col">{t('budgetActual.import.period')}</th>
            <th scope="col" className="numeric">
              {t('budgetActual.import.amount')}
            </th>
            <th scope="col">{t('budgetActual.import.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={r.row} data-status={r.status}>
              <th scope="row">{r.row}</th>
              <td>{r.account}</td>
              <td>{r.costCentre}</td>
              <td>{r.period}</td>
              <td className="numeric">{r.amountOre === null ? r.amount : amount(r.amountOre)}</td>
              <td>
                {r.status === 'save'
                  ? t('budgetActual.import.saves', { what: what(r) })
                  : t('budgetActual.import.rejected', { reason: reason(r) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function TargetsTable({ report }: { report: ActualsImportReport }) {
  const { t } = useTranslation();
  return (
    <table className="table table--compact" data-testid="ledger-targets">
      <caption>{t('budgetActual.import.targetsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('budgetActual.year')}</th>
          <th scope="col">{t('budgetActual.import.outcome')}</th>
          <th scope="col" className="numeric">
            {t('budgetActual.import.rows')}
          </th>
          <th scope="col" className="numeric">
            {t('budgetActual.actual')}
          </th>
          <th scope="col" className="numeric">
            {t('budgetActual.import.previous')}
          </th>
        </tr>
      </thead>
      <tbody>
        {report.targets.map((x) => (
          <tr key={`${x.year}-${x.category}-${x.hostingId ?? ''}`}>
            <th scope="row">{x.year}</th>
            <td>{`${t(`budgetActual.categories.${x.category}`)}${x.groupName ? ` – ${x.groupName}` : ''}`}</td>
            <td className="numeric">{x.rows}</td>
            <td className="numeric">{amount(x.amountOre)}</td>
            <td className="numeric">{amount(x.previousOre)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Import of the region's actuals from a ledger export: file, columns, account rules, preview per row, apply. */
export function ActualsImportPanel({ onApplied }: { onApplied: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const hostings = useCostHostings() ?? [];
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [saved, setSaved] = useState<LedgerMapping | null>(null);
  const [columns, setColumns] = useState<ColumnDraft>(NO_COLUMNS);
  const [rules, setRules] = useState<RuleDraft[]>([]);
  const [year, setYear] = useState<number | null>(null);
  const [report, setReport] = useState<ActualsImportReport | null>(null);
  const read = useAction();
  const preview = useAction();
  const apply = useAction();
  useEffect(() => {
    void call('region-actuals:mapping', {}).then((r) => {
      if (r.ok) setSaved(r.value);
    });
  }, []);
  const choose = async (chosen: globalThis.File | undefined) => {
    setReport(null);
    if (!chosen) return;
    const content = await readFileAsBase64(chosen);
    const cols = await read.run(() => call('region-actuals:file-columns', { fileName: chosen.name, contentBase64: content }));
    if (!cols) return;
    setFile({ name: chosen.name, content });
    setHeaders(cols.headers);
    if (saved) {
      const drafts = draftsOf(saved, cols.headers);
      setColumns(drafts.columns);
      setRules(drafts.rules);
      setYear(drafts.year);
    } else if (rules.length === 0) setRules([{ key: 1, account: '', costCentre: '', category: 'hosting', hostingId: '' }]);
  };
  const mapping = mappingOf(columns, rules, year);
  const input = file && mapping ? { fileName: file.name, contentBase64: file.content, mapping } : null;
  const runPreview = async () => {
    if (input) setReport(await preview.run(() => call('region-actuals:import-preview', input)));
  };
  const runApply = async () => {
    if (!input) return;
    const done = await apply.run(() => call('region-actuals:import-apply', { ...input, confirm: true }));
    if (!done) return;
    setReport(null);
    setSaved(mapping);
    onApplied(t('budgetActual.import.applied', { count: done.targets.length, file: done.fileName }));
  };
  return (
    <section className="stack panel" aria-labelledby={`${id}-h`} data-testid="actuals-import">
      <h2 id={`${id}-h`}>{t('budgetActual.import.heading')}</h2>
      <p>{t('budgetActual.import.lead')}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-file`}>
          {t('budgetActual.import.file')}
        </label>
        <FileInput id={`${id}-file`} accept=".csv,.xlsx,.txt" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {read.error && <ErrorAlert heading={t('budgetActual.import.readFailed')} error={read.error} headingLevel={3} />}
      {file && (
        <>
          <ColumnFields headers={headers} columns={columns} year={year} onColumns={setColumns} onYear={setYear} />
          <RuleFields rules={rules} hostings={hostings} onRules={setRules} />
          {!mapping && <p className="field__hint">{t('budgetActual.import.incomplete')}</p>}
          <div className="filters">
            <button type="button" className="button button--secondary" disabled={!input || preview.busy} onClick={() => void runPreview()}>
              {t('budgetActual.import.preview')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={!input || !report || report.counts.save === 0 || apply.busy}
              onClick={() => void runApply()}
              data-testid="actuals-import-apply"
            >
              {t('budgetActual.import.apply')}
            </button>
          </div>
        </>
      )}
      {preview.error && <ErrorAlert heading={t('budgetActual.import.previewFailed')} error={preview.error} headingLevel={3} />}
      {apply.error && <ErrorAlert heading={t('budgetActual.import.applyFailed')} error={apply.error} headingLevel={3} />}
      {report && (
        <div className="stack" data-testid="actuals-import-preview">
          <p role="status">{t('budgetActual.import.counts', report.counts)}</p>
          {report.counts.save === 0 && <p>{t('budgetActual.import.nothingToSave')}</p>}
          {report.targets.length > 0 && <TargetsTable report={report} />}
          <RowsTable report={report} />
        </div>
      )}
    </section>
  );
}
