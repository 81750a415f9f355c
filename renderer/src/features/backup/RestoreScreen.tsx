import { useTranslation } from 'react-i18next';
import { backupRepo, type BackupRepo } from '../../db/backupRepo';
import { platform, type BackupBridge } from '../../platform/platform';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useLocale } from '../settings/useLocale';
import { BackupList } from './BackupList';
import { BackupStatusNote } from './BackupStatusNote';
import { describeFailure } from './describeRestoreError';
import { describeUnknownModels } from './describeUnknownModels';
import { formatBackupTime } from './formatBackup';
import { RestoreFailureNote } from './RestoreFailureNote';
import { RestoreFromFile } from './RestoreFromFile';
import { SaveBackupFile } from './SaveBackupFile';
import { useBackupList } from './useBackupList';
import { useRestore, type RestoreSource, type SaveFile } from './useRestore';
import { BackButton } from '../../ui/BackButton';

type Props = {
  onBack: () => void;
  /** Called once the database holds the restored workshops. */
  onRestored: () => void;
  /** The desktop backups; null in the browser. Injected by tests. */
  bridge?: BackupBridge | null;
  repo?: Pick<BackupRepo, 'snapshot' | 'restore'>;
  /** Where the browser's safety file goes before a restore; injected by tests. */
  saveFile?: SaveFile;
};

/** Backups: the desktop's automatic ones, and restoring from a file the user picks. */
export function RestoreScreen({
  onBack,
  onRestored,
  bridge = platform.backups,
  repo = backupRepo,
  saveFile,
}: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useBackupList(bridge);
  const restore = useRestore({ bridge, repo, onRestored, saveFile });
  const { candidate, failure, busy, restored } = restore;

  const sourceText = (source: RestoreSource) =>
    source.kind === 'file'
      ? t('backup.sourceFile', { name: source.name })
      : t('backup.sourceBackup', { date: formatBackupTime(source.createdAt, locale) });

  return (
    <div className="backups">
      <header className="app-header">
        <BackButton label={t('backup.back')} onBack={onBack} />
        <h1>{t('backup.heading')}</h1>
      </header>
      <main className="backups-main">
        {failure && <RestoreFailureNote {...describeFailure(failure, t)} />}
        {busy && <p role="status">{t('backup.restoring')}</p>}
        {restored && (
          <div role="status" className="restore-kept">
            <p>{t('restore.restored')}</p>
            {describeUnknownModels(restored, t).map((sentence, i) => (
              <p key={i}>{sentence}</p>
            ))}
            <button type="button" onClick={restore.done}>
              {t('restore.toWorkshops')}
            </button>
          </div>
        )}
        <section aria-labelledby="auto-backups-heading">
          <h2 id="auto-backups-heading">{t('backup.autoHeading')}</h2>
          {bridge ? (
            <>
              <p className="muted">{t('backup.autoIntro')}</p>
              <BackupStatusNote />
              {list?.ok === false && (
                <p role="alert" className="form-error">
                  {t('backup.listFailed', { detail: list.message ?? list.reason })}
                </p>
              )}
              {list?.ok && (
                <BackupList backups={list.backups} disabled={busy} onRestore={restore.pickBackup} />
              )}
            </>
          ) : (
            <p className="muted">{t('backup.webIntro')}</p>
          )}
        </section>
        <section aria-labelledby="file-restore-heading">
          <h2 id="file-restore-heading">{t('backup.fileHeading')}</h2>
          <p className="muted">{t('backup.fileIntro')}</p>
          <RestoreFromFile disabled={busy} onPick={restore.pickFile} />
        </section>
        <section aria-labelledby="save-backup-heading">
          <h2 id="save-backup-heading">{t('backup.saveHeading')}</h2>
          <p className="muted">{t('backup.saveIntro')}</p>
          <SaveBackupFile repo={repo} />
        </section>
      </main>
      {candidate && (
        <ConfirmDialog
          heading={t('backup.confirmHeading')}
          body={[
            t('backup.confirmBody', {
              source: sourceText(candidate.source),
              workshops: t('backup.workshopCount', { count: candidate.snapshot.workshops.length }),
            }),
            bridge ? t('backup.confirmSafety') : t('files.restoreSafetyWeb'),
            ...describeUnknownModels(candidate.unknown, t),
          ]
            .join(' ')
            .trim()}
          confirmLabel={t('backup.confirm')}
          cancelLabel={t('backup.cancel')}
          onCancel={restore.cancel}
          onConfirm={() => void restore.confirm()}
        />
      )}
    </div>
  );
}
