import { useTranslation } from 'react-i18next';

/**
 * Shown instead of the app when the workshops on this computer were saved by a newer version:
 * an older app would misread them and could overwrite newer data, so it touches nothing.
 */
export function UpdateRequired() {
  const { t } = useTranslation();
  return (
    <main className="update-required">
      <h1>{t('app.updateHeading')}</h1>
      <p role="alert">{t('app.updateBody')}</p>
    </main>
  );
}
