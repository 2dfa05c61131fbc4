import { useTranslation } from 'react-i18next';
import type { ImportCounts } from '@shared/contract/register-import';
import { formatInteger } from '../../format';

const ORDER = [
  'rows',
  'toCreate',
  'toUpdate',
  'unchanged',
  'duplicates',
  'rejected',
  'personsToCreate',
  'membershipsToCreate',
  'organisationsToCreate',
  'groupsToCreate',
] as const satisfies readonly (keyof ImportCounts)[];

/** The counts of a preview or a finished import. */
export function CountsSummary({ counts, applied, testId }: { counts: ImportCounts; applied: boolean; testId: string }) {
  const { t } = useTranslation();
  return (
    <table className="table table--compact counts-summary" data-testid={testId}>
      <caption className="visually-hidden">{applied ? t('import.resultCaption') : t('import.previewCaption')}</caption>
      <tbody>
        {ORDER.map((key) => (
          <tr key={key} data-count={key} className={key === 'rejected' && counts.rejected > 0 ? 'row--flagged' : undefined}>
            <th scope="row">{t(applied ? `import.countsDone.${key}` : `import.counts.${key}`)}</th>
            <td className="numeric">{formatInteger(counts[key])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
