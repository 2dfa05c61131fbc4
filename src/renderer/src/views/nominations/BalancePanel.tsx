import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NominationBalance } from '@shared/contract/nominations';
import { GENDERS, ORGANISATION_TYPES } from '@shared/domain/enums';
import { appErrorOf, useChannelQuery } from '../../api/query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useLookups } from '../../components/useLookups';
import { formatInteger } from '../../format';
import { changesOf, countOf, keysOf, MEASURES, signed, type Labeller, type Measure } from './balance-changes';

/** A category's name as the tables head their rows ("Kvinna", "Woman", as the balance chart says it). */
function useLabeller(): Labeller {
  const { t } = useTranslation();
  const { healthcareRegionName } = useLookups();
  return (measure, b) => {
    if (b.key === 'UNKNOWN') return t('balance.unknown');
    if (measure === 'byGender') {
      const gender = GENDERS.find((g) => g === b.key);
      return gender ? t(`gender.${gender}`) : b.key;
    }
    if (measure === 'byOrganisationType') {
      const type = ORGANISATION_TYPES.find((o) => o === b.key);
      return type ? t(`organisationType.${type}`) : b.key;
    }
    if (measure === 'byHealthcareRegion') return b.label ?? healthcareRegionName(b.key) ?? b.key;
    return b.label ?? b.key;
  };
}

/** The same names inside a sentence ("+1 kvinna"): a gender or organisation type in lower case, proper names as they are. */
function inSentence(label: Labeller): Labeller {
  return (measure, b) => {
    const text = label(measure, b);
    const common = b.key !== 'UNKNOWN' && (measure === 'byGender' || measure === 'byOrganisationType');
    return common ? text.toLocaleLowerCase('sv-SE') : text;
  };
}

function MeasureTable({ balance, measure, label, t }: { balance: NominationBalance; measure: Measure; label: Labeller; t: TFunction }) {
  // a category no one is in, now or with any candidate, says nothing
  const keys = keysOf(balance, measure).filter(
    (b) => countOf(balance.current, measure, b.key) > 0 || balance.withCandidates.some((c) => countOf(c, measure, b.key) > 0),
  );
  if (keys.length === 0) return null;
  // with many candidates the table may be wider than the panel: it scrolls on its own, reachable by keyboard
  return (
    <div className="balance-mini-scroll" role="region" aria-label={t(`nominations.balance.${measure}`)} tabIndex={0}>
      <table className="table table--compact balance-mini" data-testid={`nomination-balance-${measure}`}>
        <caption>{t(`nominations.balance.${measure}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('balance.category')}</th>
            <th scope="col" className="numeric">
              {t('nominations.balance.now')}
            </th>
            {balance.withCandidates.map((c) => (
              <th key={c.candidateId} scope="col" className="numeric">
                {t('nominations.balance.with', { name: c.name })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((b) => {
            const now = countOf(balance.current, measure, b.key);
            return (
              <tr key={b.key}>
                <th scope="row">{label(measure, b)}</th>
                <td className="numeric">{formatInteger(now)}</td>
                {balance.withCandidates.map((c) => {
                  const count = countOf(c, measure, b.key);
                  return (
                    <td key={c.candidateId} className="numeric">
                      {formatInteger(count)}
                      {count !== now && <span className="delta"> ({signed(count - now)})</span>}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The group's composition now and with each candidate (gender, profession, organisation type, region, healthcare region). */
export function BalancePanel({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const label = useLabeller();
  const sentenceLabel = inSentence(label);
  const query = useChannelQuery('nominations:balance', { requestId });
  const balance = query.data ?? null;
  const error = appErrorOf(query.error);
  return (
    <section className="panel stack nomination-balance" aria-labelledby="nomination-balance-heading" data-testid="nomination-balance">
      <h2 id="nomination-balance-heading">{t('nominations.balance.heading')}</h2>
      {error && <ErrorAlert heading={t('nominations.balance.failed')} error={error} headingLevel={3} />}
      {!balance && query.isFetching && <LoadingStatus text={t('nominations.loading')} />}
      {balance && (
        <>
          <p className="muted">
            {t('nominations.balance.summary', {
              count: balance.current.members,
              members: formatInteger(balance.current.members),
              date: balance.asOf,
            })}
          </p>
          {balance.withCandidates.length === 0 ? (
            <p className="muted">{t('nominations.balance.noCandidates')}</p>
          ) : (
            <ul className="plain-list balance-changes" data-testid="nomination-balance-changes">
              {balance.withCandidates.map((c, index) => {
                const changes = changesOf(balance, index, sentenceLabel);
                return (
                  <li key={c.candidateId} data-candidate={c.name}>
                    <strong>{c.name}</strong>: {changes.length > 0 ? changes.join(', ') : t('nominations.balance.noChange')}
                  </li>
                );
              })}
            </ul>
          )}
          <div className="nomination-balance__tables">
            {MEASURES.map((measure) => (
              <MeasureTable key={measure} balance={balance} measure={measure} label={label} t={t} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
