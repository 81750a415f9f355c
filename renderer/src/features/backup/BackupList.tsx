import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '@shared/ipc/types';
import { useLocale } from '../settings/useLocale';
import { formatBackupTime, formatBytes } from './formatBackup';

type Props = {
  backups: readonly BackupSummary[];
  disabled: boolean;
  onRestore: (backup: BackupSummary) => void;
};

/** The desktop backups, newest first: when, how many workshops, how big, and restore. */
export function BackupList({ backups, disabled, onRestore }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (backups.length === 0) return <p className="muted">{t('backup.none')}</p>;
  return (
    <ul className="backup-list">
      {backups.map((backup) => {
        const date = formatBackupTime(backup.createdAt, locale);
        return (
          <li key={backup.id} className="backup-item">
            <span className="backup-when">{date}</span>
            <span className="muted">
              {backup.workshops === null
                ? t('backup.damaged')
                : t('backup.workshopCount', { count: backup.workshops })}
              {' · '}
              {formatBytes(backup.bytes, locale)}
            </span>
            {backup.workshops !== null && (
              <button
                type="button"
                aria-label={t('backup.restoreBackup', { date })}
                disabled={disabled}
                onClick={() => onRestore(backup)}
              >
                {t('backup.restore')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
