import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import './file-input.css';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'> & { id: string };

/**
 * A file field whose button and file name are in the app's language: the browser's own file input words them
 * in the computer's language ("Choose File / No file chosen" in Swedish). The real input lies transparent over
 * the worded button, so it keeps its labels, focus, keyboard and a click opens the file dialog as before.
 */
export function FileInput({ onChange, ...input }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  return (
    <div className="file-picker">
      <span className="file-picker__control">
        <input
          {...input}
          type="file"
          className="file-picker__input"
          onChange={(event) => {
            setName(event.target.files?.[0]?.name ?? null);
            onChange?.(event);
          }}
        />
        <span className="button file-picker__button" aria-hidden="true">
          {t('fileInput.choose')}
        </span>
      </span>
      <span className="file-picker__name" aria-hidden="true" data-testid="file-picker-name">
        {name ?? t('fileInput.none')}
      </span>
    </div>
  );
}
