import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSchema } from '@shared/contract/common';
import { LANGUAGES } from '../i18n';
import { useActions, useLanguage, usePending } from '../store/selectors';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const saving = usePending('language');
  const { setLanguage } = useActions();
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const parsed = languageSchema.safeParse(event.target.value);
    if (parsed.success) void setLanguage(parsed.data);
  };
  return (
    <div className="language-switch">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select id="language-select" value={language} onChange={onChange} aria-busy={saving}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
