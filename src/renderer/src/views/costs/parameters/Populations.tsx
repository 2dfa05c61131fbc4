import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PopulationImportResult, PopulationRow } from '@shared/contract/populations';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { readFileAsBase64 } from '../../import/read-file';
import { SavedNote, TableHead, YearSelect } from '../common/controls';
import { useRegionName } from '../common/Trace';
import { useAction, useLoad } from '../common/useCall';
import { useReferenceData } from '../../../api/lookups';
import { FileInput } from '../../../components/form/FileInput';

type Line = { regionCode: string; regionName: string; healthcareRegionCode: string | null; row: PopulationRow | null };

/** Every region of the reference data, and each part of a split region, with the stored figure of the year if any. */
function useLines(year: number, rows: readonly PopulationRow[]): Line[] {
  const regions = useReferenceData()?.regions ?? [];
  const find = (code: string, hcr: string | null) => rows.find((r) => r.regionCode === code && r.healthcareRegionCode === hcr) ?? null;
  return regions.flatMap((r) => {
    const whole: Line = { regionCode: r.code, regionName: r.name, healthcareRegionCode: null, row: find(r.code, null) };
    const parts =
      r.healthcareRegionCodes.length > 1
        ? r.healthcareRegionCodes.map((h) => ({ ...whole, healthcareRegionCode: h, row: find(r.code, h) }))
        : [];
    return [whole, ...parts];
  });
}

function PopulationLine({ line, year, onSaved }: { line: Line; year: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(line.row ? String(line.row.population) : '');
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction();
  const name = useRegionName();
  const label = line.healthcareRegionCode
    ? t('costs.populations.partOf', { region: line.regionName, part: name(line.healthcareRegionCode) })
    : line.regionName;
  const save = async () => {
    const compact = value.replace(/[\s\u00a0]/g, '');
    if (!/^\d{1,9}$/.test(compact)) return setProblem(t('costs.populations.invalid'));
    setProblem(null);
    const input = {
      regionCode: line.regionCode,
      healthcareRegionCode: line.healthcareRegionCode,
      year,
      population: Number(compact),
      version: line.row?.version ?? null,
    };
    if (await action.run(() => call('populations:set', input))) onSaved();
  };
  return (
    <tr data-region={line.regionCode} data-part={line.healthcareRegionCode ?? ''}>
      <th scope="row">{label}</th>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-p`}>
          {t('costs.populations.populationFor', { region: label, year })}
        </label>
        <input
          id={`${id}-p`}
          className="field__input cost-inline-input cost-inline-input--population"
          inputMode="numeric"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </td>
      <td>{line.row?.source ?? t('costs.populations.missing')}</td>
      <td>
        <button type="button" className="button button--small" onClick={() => void save()} disabled={action.busy}>
          {t('costs.populations.save', { region: label })}
        </button>
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

const PROBLEMS = ['unknownRegion', 'notANumber', 'repeated', 'municipalitiesMissing', 'partsDiffer'] as const;

export function problemText(t: TFunction, p: PopulationImportResult['problems'][number]) {
  const last = p.key.split('.').at(-1) ?? '';
  const key = PROBLEMS.find((k) => k === last) ?? 'notANumber';
  return t('costs.populations.problemLine', { line: p.line, text: t(`costs.populations.problem.${key}`, p.params) });
}

function ImportForm({ onApplied }: { onApplied: (year: number) => void }) {
  const { t } = useTranslation();
  const name = useRegionName();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<{ result: PopulationImportResult; content: string } | null>(null);
  const action = useAction();
  const run = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const content = await readFileAsBase64(file);
    const result = await action.run(() =>
      call('populations:import', { fileName: file.name, contentBase64: content, year: null, apply: false }),
    );
    setPreview(result ? { result, content } : null);
  };
  const apply = async () => {
    if (!preview || !file) return;
    const input = { fileName: file.name, contentBase64: preview.content, year: preview.result.year, apply: true };
    const done = await action.run(() => call('populations:import', input));
    if (done) {
      setPreview(null);
      onApplied(done.year);
    }
  };
  return (
    <div className="stack" data-testid="population-import">
      <h3>{t('costs.populations.importHeading')}</h3>
      <p className="muted">{t('costs.populations.importLead')}</p>
      <form className="filters" onSubmit={(e) => void run(e)} aria-label={t('costs.populations.importHeading')}>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-f`}>
            {t('costs.populations.file')}
          </label>
          <FileInput id={`${id}-f`} accept=".xlsx,.csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="button" disabled={!file || action.busy}>
          {t('costs.populations.preview')}
        </button>
      </form>
      {action.error && <ErrorAlert heading={t('costs.populations.importFailed')} error={action.error} headingLevel={3} />}
      {preview && (
        <div className="stack" data-testid="population-preview">
          <div className="table-scroll">
            <table className="table table--compact">
              <caption>{t('costs.populations.previewCaption', { year: preview.result.year, count: preview.result.rows.length })}</caption>
              <TableHead text={[t('costs.common.region')]} numeric={[t('costs.populations.population'), t('costs.populations.previous')]} />
              <tbody>
                {preview.result.rows.map((r) => (
                  <tr key={`${r.regionCode}-${r.healthcareRegionCode ?? ''}`}>
                    <th scope="row">
                      {r.healthcareRegionCode === null
                        ? r.regionName
                        : t('costs.populations.partOfMunicipalities', { region: r.regionName, part: name(r.healthcareRegionCode) })}
                    </th>
                    <td className="numeric">{r.population.toLocaleString('sv-SE')}</td>
                    <td className="numeric">{r.previous === null ? t('costs.populations.new') : r.previous.toLocaleString('sv-SE')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.result.problems.length > 0 && (
            <ul aria-label={t('costs.populations.problems')}>
              {preview.result.problems.map((p) => (
                <li key={p.line}>{problemText(t, p)}</li>
              ))}
            </ul>
          )}
          <button type="button" className="button" onClick={() => void apply()} disabled={action.busy}>
            {t('costs.populations.apply', { count: preview.result.rows.length })}
          </button>
        </div>
      )}
    </div>
  );
}

/** Befolkning: SCB folkmängd 31 December per region and year (and Halland's parts); edit one or import SCB's table. */
export function PopulationsBlock() {
  const { t } = useTranslation();
  const id = useId();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [tick, setTick] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const rows = useLoad('populations:list', { year });
  const lines = useLines(year, rows.data ?? []);
  const reload = () => {
    setSaved(t('costs.common.saved'));
    setTick((n) => n + 1);
  };
  return (
    <section className="panel stack" aria-labelledby={`${id}-h`} data-testid="populations-block">
      <h2 id={`${id}-h`}>{t('costs.populations.heading')}</h2>
      <p className="muted">{t('costs.populations.lead')}</p>
      <YearSelect value={year} onChange={setYear} label={t('costs.populations.year')} />
      <SavedNote text={saved} />
      {rows.error && <ErrorAlert heading={t('costs.report.failed')} error={rows.error} headingLevel={3} />}
      <div className="table-scroll">
        <table className="table table--compact" data-testid="populations-table">
          <caption className="visually-hidden">{t('costs.populations.caption', { year })}</caption>
          <TableHead text={[t('costs.common.region'), t('costs.populations.population'), t('costs.parameters.source')]} actions />
          <tbody>
            {lines.map((l) => (
              <PopulationLine
                key={`${l.regionCode}-${l.healthcareRegionCode ?? ''}-${year}-${l.row?.version ?? 0}-${tick}`}
                line={l}
                year={year}
                onSaved={reload}
              />
            ))}
          </tbody>
        </table>
      </div>
      <ImportForm
        onApplied={(y) => {
          setYear(y);
          reload();
        }}
      />
    </section>
  );
}
