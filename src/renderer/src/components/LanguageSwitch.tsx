import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSchema } from '@shared/contract/common';
import type { LanguageSetting } from '../api/app-info';
import { LANGUAGES } from '../i18n';

/** The language choice; the header owns the setting (its refusal shows below the header). */
export function LanguageSwitch({ setting }: { setting: LanguageSetting }) {
  const { t } = useTranslation();
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const parsed = languageSchema.safeParse(event.target.value);
    if (parsed.success) setting.change(parsed.data);
  };
  return (
    <div className="language-switch">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select id="language-select" value={setting.language} onChange={onChange} aria-busy={setting.saving}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
