import { useTranslation } from 'react-i18next';
import type { FileJob } from './useFileJob';

/**
 * Under a dialog's file buttons: that the file is being made or was handed over (a status that
 * is always in the page, so screen readers announce its changes), or why it failed.
 */
export function FileJobNote({ state }: { state: FileJob }) {
  const { t } = useTranslation();
  return (
    <>
      <p role="status" className="file-job-note">
        {state.kind === 'busy' && t('files.working')}
        {state.kind === 'saved' && t('files.saved', { name: state.name })}
      </p>
      {state.kind === 'failed' && (
        <p role="alert" className="form-error">
          {t('files.failed', { message: state.message })}
        </p>
      )}
    </>
  );
}
