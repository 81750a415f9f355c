import { useTranslation } from 'react-i18next';
import { useLocale } from '../settings/useLocale';
import { describeBackupStatus } from './describeBackupStatus';
import { useBackupStatus } from './useBackupStatus';

/**
 * Where the automatic backups stand now; a failure is said, never swallowed. Nothing in the
 * browser, which takes no automatic backups.
 */
export function BackupStatusNote() {
  const { t } = useTranslation();
  const locale = useLocale();
  const status = describeBackupStatus(useBackupStatus(), t, locale);
  if (!status) return null;
  return (
    <p role="status" className={status.warning ? 'backup-warning' : 'muted'}>
      {status.text}
    </p>
  );
}
