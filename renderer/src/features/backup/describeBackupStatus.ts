import type { TFunction } from 'i18next';
import type { Locale } from '@shared/catalogue/types';
import type { BackupWriteResult } from '@shared/ipc/types';
import type { BackupState } from './backupStatus';
import { formatBackupTime, formatClockTime } from './formatBackup';

/** The backup status in words; `warning` when the latest backup failed. */
export type BackupStatusText = { text: string; warning: boolean };

/** Why the latest backup failed, or null when it did not (nothing to save is no failure). */
function failureOf(result: BackupWriteResult, t: TFunction): string | null {
  if (result.ok || result.reason === 'empty') return null;
  if (result.message?.includes('ENOSPC')) return t('backup.statusDiskFull');
  return t('backup.statusFailed', { detail: result.message ?? result.reason });
}

/**
 * Where the backups stand now, in one or a few sentences: the latest backup, a failure, and
 * when changes not yet backed up will be. Never what the start-up run found if that is no longer
 * true (an empty database at start says nothing once a workshop exists). Null before the
 * start-up run has answered.
 */
export function describeBackupStatus(
  state: BackupState,
  t: TFunction,
  locale: Locale,
): BackupStatusText | null {
  const { latest, writtenAt, backedUp, dueAt, running } = state;
  if (latest === null && dueAt === null) return null;
  const waiting = running || dueAt !== null;
  const failure = latest ? failureOf(latest.result, t) : null;
  const nothingToSave = latest?.result.ok === false && latest.result.reason === 'empty';

  const sentences: string[] = [];
  if (writtenAt !== null) {
    const date = formatBackupTime(new Date(writtenAt).toISOString(), locale);
    sentences.push(t('backup.statusWritten', { date }));
  } else if (latest?.result.ok && !waiting) {
    sentences.push(t('backup.statusUpToDate'));
  }
  if (failure) sentences.push(failure);
  if (nothingToSave && !waiting) {
    sentences.push(t(backedUp ? 'backup.statusNothingNew' : 'backup.statusNothingToSave'));
  }
  if (running) sentences.push(t('backup.statusRunning'));
  else if (dueAt !== null) {
    const time = formatClockTime(dueAt);
    sentences.push(t(backedUp ? 'backup.statusNextAt' : 'backup.statusFirstAt', { time }));
  }
  return sentences.length === 0 ? null : { text: sentences.join(' '), warning: failure !== null };
}
