import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../format';
import { hrefFor } from '../../router';
import { useAppInfo } from '../../store/selectors';
import { useOwnerLabel } from '../packages/Summary';
import { useLoad } from '../costs/common/useCall';
import { ActionCard, CARD_ITEMS } from './ActionCard';

/**
 * "Paket att granska": what the exchange folder brought that waits for the user's review (only with a
 * folder chosen), above both roles' cards and also on an empty register (the first package fills it).
 */
export function ExchangeCard() {
  const { t } = useTranslation();
  const folder = useAppInfo()?.exchange.folder ?? null;
  const ownerLabel = useOwnerLabel();
  const pending = useLoad('exchange:pending', folder === null ? null : {});
  if (folder === null) return null;
  const packages = pending.data?.packages ?? null;
  return (
    <div className="action-grid">
      <ActionCard
        id="exchange"
        heading={t('exchangeFolder.cardHeading')}
        count={packages ? packages.length : null}
        loading={pending.loading}
        error={pending.error}
        none={t('exchangeFolder.cardNone')}
        items={(packages ?? []).slice(0, CARD_ITEMS).map((p) => (
          <li key={p.sha256}>
            <a href={hrefFor('packagesReview', p.sha256)}>
              {t('exchangeFolder.pendingItem', { sender: ownerLabel(p.sender), date: formatIsoDate(p.pickedAt) })}
            </a>
          </li>
        ))}
        link={{ href: hrefFor('packagesExchange'), text: t('exchangeFolder.cardLink') }}
        tone="info"
      />
    </div>
  );
}
