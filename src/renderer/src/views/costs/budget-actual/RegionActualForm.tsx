import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_ACTUAL_CATEGORIES, type RegionActualCategory } from '@shared/contract/cost/actuals';
import { parseAmountOre } from '@shared/ledger/amount';
import { wordMessage } from '@shared/messages';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCostHostings } from '../common/cost-lists';
import { YearSelect } from '../common/controls';
import { useAction, useLoad } from '../common/useCall';
import { amount } from './money';

/** One outcome of the own region entered or corrected by hand (the same record an import sets), or removed. */
export function RegionActualForm({ onSaved }: { onSaved: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const hostings = useCostHostings() ?? [];
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [category, setCategory] = useState<RegionActualCategory>('hosting');
  const [hostingId, setHostingId] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useAction();
  const list = useLoad('region-actuals:list', { fromYear: year, toYear: year });
  const target = category === 'hosting' ? hostingId || null : null;
  const stored = list.data?.find((a) => !a.readOnly && a.category === category && a.hostingId === target) ?? null;
  const ready = category !== 'hosting' || hostingId !== '';
  const send = async (amountOre: number | null) => {
    const input = { year, category, hostingId: target, amountOre, version: stored?.version ?? null };
    if (await save.run(() => call('region-actuals:set', input))) {
      setText('');
      onSaved(amountOre === null ? t('budgetActual.entry.removed') : t('budgetActual.entry.saved', { amount: amount(amountOre), year }));
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // like every form of the app, the button stays usable and says what is missing (it is disabled only while saving)
    if (!ready) return setProblem(t('budgetActual.entry.chooseHosting'));
    const parsed = parseAmountOre(text);
    const lang = i18n.language.startsWith('en') ? 'en' : 'sv';
    if (!parsed.ok) return setProblem(wordMessage(lang, parsed.reason, { value: text }));
    setProblem(null);
    void send(parsed.ore);
  };
  return (
    <section className="stack panel" aria-labelledby={`${id}-h`} data-testid="region-actual-entry">
      <h2 id={`${id}-h`}>{t('budgetActual.entry.heading')}</h2>
      <form className="filters" onSubmit={submit} noValidate>
        <YearSelect value={year} onChange={setYear} />
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-cat`}>
            {t('budgetActual.entry.category')}
          </label>
          <select
            id={`${id}-cat`}
            className="field__input"
            value={category}
            onChange={(e) => setCategory(e.target.value as RegionActualCategory)}
          >
            {REGION_ACTUAL_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`budgetActual.categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {category === 'hosting' && (
          <div className="field filters__item">
            <label className="field__label field__label--small" htmlFor={`${id}-hosting`}>
              {t('budgetActual.compare.hosting')}
            </label>
            <select id={`${id}-hosting`} className="field__input" value={hostingId} onChange={(e) => setHostingId(e.target.value)}>
              <option value="">{t('budgetActual.import.chooseHosting')}</option>
              {hostings.map((h) => (
                <option key={h.id} value={h.id}>
                  {`${h.groupName} (${h.hostHealthcareRegionCode})`}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field filters__item">
          <label className="field__label field__label--small" htmlFor={`${id}-amount`}>
            {t('budgetActual.entry.amount')}
          </label>
          <input
            id={`${id}-amount`}
            className="field__input"
            inputMode="decimal"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${id}-problem` : undefined}
          />
        </div>
        <button type="submit" className="button button--primary filters__item" disabled={save.busy}>
          {t('budgetActual.entry.save')}
        </button>
        {stored && (
          <button type="button" className="button button--secondary filters__item" disabled={save.busy} onClick={() => void send(null)}>
            {t('budgetActual.entry.remove')}
          </button>
        )}
      </form>
      {stored && <p>{t('budgetActual.entry.current', { amount: amount(stored.amountOre), note: stored.note ?? '–' })}</p>}
      {problem && (
        <p id={`${id}-problem`} className="field__error" role="alert">
          {problem}
        </p>
      )}
      {save.error && <ErrorAlert heading={t('budgetActual.entry.failed')} error={save.error} headingLevel={3} />}
    </section>
  );
}
