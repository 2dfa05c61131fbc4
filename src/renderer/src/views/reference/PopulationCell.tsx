import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../format';

type Props = { value: number | undefined };

/** A population figure in Swedish format, or a dash that screen readers hear as "no figure". */
export function PopulationCell({ value }: Props) {
  const { t } = useTranslation();
  if (value === undefined) {
    return (
      <td className="numeric muted">
        <span aria-hidden="true">{t('reference.missing')}</span>
        <span className="visually-hidden">{t('reference.missingLabel')}</span>
      </td>
    );
  }
  return <td className="numeric">{formatInteger(value)}</td>;
}
