import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CostWarning } from '@shared/contract/cost/reports';
import { krOre } from './format';

/** A warning in the user's language: from its code and params when it has them, else its plain message. */
export function warningText(t: TFunction, w: CostWarning): string {
  if (!w.params) return w.message;
  return t(`costs.warningText.${w.code}`, { ...w.params, defaultValue: w.message });
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
