import { LANGUAGE_NAMES, LOCALES, type Locale } from '@shared/i18n/locales';
import { useText } from '../i18n/text';

type Props = { locale: Locale; onChange: (locale: Locale) => void };

/** Each language named in itself, so a person finds theirs whatever the page shows now. */
export function LanguageSwitch({ locale, onChange }: Props) {
  const t = useText();
  return (
    <label className="pp-language">
      <span className="pp-visually-hidden">{t('languageLabel')}</span>
      <select value={locale} onChange={(event) => onChange(event.target.value as Locale)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
