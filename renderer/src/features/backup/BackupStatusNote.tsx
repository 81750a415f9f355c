import { useTranslation } from 'react-i18next';
import { useLocale } from '../settings/useLocale';
import { describeBackupResult } from './describeRestoreError';
import { formatBackupTime } from './formatBackup';
import { useBackupStatus } from './useBackupStatus';

/** What the latest automatic backup did; a refusal or failure is said, never swallowed. */
export function BackupStatusNote() {
  const { t } = useTranslation();
  const locale = useLocale();
  const status = useBackupStatus();
  if (!status) return null;
  const problem = describeBackupResult(status.result, t);
  if (problem) {
    return (
      <p role="status" className="backup-warning">
        {problem}
      </p>
    );
  }
  const date = formatBackupTime(new Date(status.at).toISOString(), locale);
  return <p className="muted">{t('backup.statusWritten', { date })}</p>;
}
