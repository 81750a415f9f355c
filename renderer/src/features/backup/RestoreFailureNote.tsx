import { useTranslation } from 'react-i18next';
import type { Explained } from './describeRestoreError';

/**
 * A failure in plain words; the raw detail (a path and a code, an error name) only behind a
 * "Technical details" toggle, for support, never inside the sentence.
 */
export function RestoreFailureNote({ message, detail }: Explained) {
  const { t } = useTranslation();
  return (
    <div className="restore-failure">
      <p role="alert" className="form-error">
        {message}
      </p>
      {detail && (
        <details className="technical-details">
          <summary>{t('restore.technicalDetails')}</summary>
          <code>{detail}</code>
        </details>
      )}
    </div>
  );
}
