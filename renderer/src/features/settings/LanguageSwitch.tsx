import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LOCALES, isLocale } from '@shared/i18n';
import { changeLocale } from '../../i18n';

/** Picks the UI language; the choice is remembered on this machine. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <div className="language-switch">
      <label>
        <span>{t('language.label')}</span>{' '}
        <select
          value={i18n.language}
          onChange={(event) => {
            if (!isLocale(event.target.value)) return;
            setFailure(null);
            changeLocale(event.target.value).catch((error: unknown) =>
              setFailure(error instanceof Error ? error.message : String(error)),
            );
          }}
        >
          {/* Each language in its own words and voice: a reader finds theirs whatever is shown. */}
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
      {failure && (
        <p role="alert" className="form-error">
          {t('language.notSaved', { message: failure })}
        </p>
      )}
    </div>
  );
}
