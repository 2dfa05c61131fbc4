import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CostWarning } from '@shared/contract/cost/reports';
import { krOre } from './format';
import { wordCostWarning } from '@shared/messages/cost-warnings';

/** A warning in the user's language, worded from the shared catalogue like the exports (its plain message only for old data). */
export function warningText(w: CostWarning): string {
  return wordCostWarning(i18next.language === 'en' ? 'en' : 'sv', w);
}

/**
 * The foot of a split: what the host invoices (the sum of the shares, the cost rounded once to the
 * unit) beside the exact cost, with the difference stated.
 */
export function InvoicedTotalFoot({
  costOre,
  invoicedOre,
  differenceOre,
}: {
  costOre: number;
  invoicedOre: number;
  differenceOre: number;
}) {
  const { t } = useTranslation();
  return (
    <tfoot>
      <tr>
        <th scope="row">{t('costs.invoiced.total')}</th>
        <td className="numeric" data-testid="invoiced-total">
          {krOre(invoicedOre)}
        </td>
      </tr>
      <tr>
        <th scope="row">{t('costs.invoiced.cost')}</th>
        <td className="numeric" data-testid="exact-cost">
          {krOre(costOre)}
        </td>
      </tr>
      <tr>
        <th scope="row">{t('costs.invoiced.difference')}</th>
        <td className="numeric" data-testid="rounding-difference">
          {differenceOre === 0 ? t('costs.invoiced.none') : `${differenceOre > 0 ? '+' : ''}${krOre(differenceOre)}`}
        </td>
      </tr>
    </tfoot>
  );
}
