import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SavedNote, TableHead } from '../common/controls';
import { useAction, useLoad } from '../common/useCall';

/** The parties' organisation numbers for invoice bases: shipped ones shown with their source, the others entered here. */
export function OrganisationNumbersBlock() {
  const { t } = useTranslation();
  const id = useId();
  const rows = useLoad('organisation-numbers:list', {});
  const action = useAction();
  const [code, setCode] = useState('');
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const list = rows.data ?? [];
  const chosen = code || list[0]?.code || '';
  const save = async (organisationNumber: string | null) => {
    setSaved(null);
    const result = await action.run(() => call('organisation-numbers:set', { code: chosen, organisationNumber }));
    if (!result) return;
    rows.reload();
    setValue('');
    setSaved(t('costInvoice.numbers.saved', { name: result.find((r) => r.code === chosen)?.name ?? chosen }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(value.trim());
  };
  return (
    <section className="panel stack" aria-labelledby={`${id}-h`} data-testid="organisation-numbers">
      <h2 id={`${id}-h`}>{t('costInvoice.numbers.heading')}</h2>
      <p>{t('costInvoice.numbers.lead')}</p>
      <form className="filters" onSubmit={submit}>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-party`}>
            {t('costInvoice.numbers.choose')}
          </label>
          <select id={`${id}-party`} className="field__input" value={chosen} onChange={(e) => setCode(e.target.value)}>
            {list.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-number`}>
            {t('costInvoice.numbers.input')}
          </label>
          <input id={`${id}-number`} className="field__input" value={value} onChange={(e) => setValue(e.target.value)} />
        </div>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={action.busy || !chosen}>
            {t('costInvoice.numbers.save')}
          </button>
          <button type="button" className="button" disabled={action.busy || !chosen} onClick={() => void save(null)}>
            {t('costInvoice.numbers.clear')}
          </button>
        </div>
      </form>
      <SavedNote text={saved} />
      {action.error && <ErrorAlert heading={t('costInvoice.numbers.failed')} error={action.error} headingLevel={3} />}
      {rows.error && <ErrorAlert heading={t('costInvoice.numbers.failed')} error={rows.error} headingLevel={3} />}
      <div className="table-scroll">
        <table className="table table--compact">
          <caption>{t('costInvoice.numbers.caption')}</caption>
          <TableHead text={[t('costInvoice.numbers.party'), t('costInvoice.numbers.number'), t('costInvoice.numbers.source')]} />
          <tbody>
            {list.map((r) => (
              <tr key={r.code} data-party={r.code}>
                <th scope="row">{r.name}</th>
                <td>{r.organisationNumber ?? t('costInvoice.numbers.missing')}</td>
                <td>{r.source ? t(`costInvoice.numbers.source${r.source}`) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
