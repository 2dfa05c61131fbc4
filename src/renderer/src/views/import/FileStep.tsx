import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES } from '@shared/contract/register-import';
import { useStore } from '../../store';
import { readFileAsBase64 } from './read-file';
import { FileInput } from '../../components/form/FileInput';

const ACCEPTED = /\.(xlsx|csv)$/i;

/** Step 1: choose a spreadsheet; it is read here and previewed by main, nothing is saved. */
export function FileStep() {
  const { t } = useTranslation();
  const id = useId();
  const startImport = useStore((s) => s.startImport);
  const [problem, setProblem] = useState<string | null>(null);
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (!ACCEPTED.test(file.name)) return setProblem(t('import.wrongType'));
    if (file.size > MAX_IMPORT_BYTES) return setProblem(t('import.tooLarge'));
    if (file.size === 0) return setProblem(t('import.emptyFile'));
    setProblem(null);
    try {
      startImport({ fileName: file.name, contentBase64: await readFileAsBase64(file) });
    } catch {
      setProblem(t('import.readFailed'));
    }
  };
  return (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={`${id}-file`}>
        {t('import.chooseFile')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('import.chooseFileHint')}
      </p>
      {problem && (
        <p className="field__error" id={`${id}-error`}>
          {problem}
        </p>
      )}
      <FileInput
        id={`${id}-file`}
        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => void onChange(event)}
      />
    </div>
  );
}
