import { useTranslation } from 'react-i18next';
import { MAPPING_TARGETS, type ImportReport, type MappingTarget } from '@shared/contract/register-import';
import { useStore } from '../../store';
import { useImportPreview } from './useImport';

/** Step 2: the detected headers and what each feeds; the user may change any of them. */
export function MappingStep({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const setMapping = useStore((s) => s.setImportMapping);
  const busy = useImportPreview().previewing;
  return (
    <table className="table table--compact" data-testid="import-mapping">
      <caption className="visually-hidden">{t('import.mappingCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.header')}</th>
          <th scope="col">{t('import.field')}</th>
          <th scope="col">{t('import.source')}</th>
        </tr>
      </thead>
      <tbody>
        {report.mapping.map((m, index) => {
          const selectId = `mapping-${index}`;
          return (
            <tr key={m.header}>
              <th scope="row">{m.header}</th>
              <td>
                <label htmlFor={selectId} className="visually-hidden">
                  {t('import.fieldFor', { header: m.header })}
                </label>
                <select
                  id={selectId}
                  className="field__input field__input--inline"
                  value={m.field ?? 'ignore'}
                  disabled={busy}
                  onChange={(e) => {
                    const target = MAPPING_TARGETS.find((x) => x === e.target.value);
                    if (target) setMapping(m.header, target);
                  }}
                >
                  {MAPPING_TARGETS.map((target: MappingTarget) => (
                    <option key={target} value={target}>
                      {t(`importField.${target}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>{t(`import.mappingSource.${m.source}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
