import type { TFunction } from 'i18next';
import type { BackupWriteResult } from '@shared/ipc/types';
import { isQuotaError } from '../../ui/describeError';
import type { LoadFailure } from './loadSnapshot';

// Typed keys: a reason without a message fails to compile.
const PARSE_MESSAGES = {
  'too-large': 'backup.errorTooLarge',
  'not-json': 'backup.errorNotJson',
  'too-deep': 'backup.errorTooDeep',
  'wrong-format': 'backup.errorWrongFormat',
  'newer-version': 'backup.errorNewerVersion',
  invalid: 'backup.errorInvalid',
} as const satisfies Record<Extract<LoadFailure, { kind: 'parse' }>['reason'], string>;

const READ_MESSAGES = {
  'invalid-request': 'backup.errorReadFailed',
  'not-found': 'backup.errorNotFound',
  'too-large': 'backup.errorTooLarge',
  'read-failed': 'backup.errorReadFailed',
} as const satisfies Record<Extract<LoadFailure, { kind: 'read' }>['reason'], string>;

/** What went wrong loading a snapshot, and what to do, in the user's language. */
export function describeLoadFailure(failure: LoadFailure, t: TFunction): string {
  const detail = failure.detail ?? failure.reason;
  return failure.kind === 'parse'
    ? t(PARSE_MESSAGES[failure.reason], { detail })
    : t(READ_MESSAGES[failure.reason], { detail });
}

/** Why writing the snapshot into the database failed; nothing was changed either way. */
export function describeRestoreFailure(error: unknown, t: TFunction): string {
  if (isQuotaError(error)) return t('backup.restoreQuota');
  return t('backup.restoreFailed', {
    detail: error instanceof Error ? error.message : String(error),
  });
}

/** What the latest automatic backup did, or null when it needs no words. */
export function describeBackupResult(result: BackupWriteResult, t: TFunction): string | null {
  if (result.ok) return null;
  if (result.reason === 'empty') return t('backup.statusEmpty');
  if (result.message?.includes('ENOSPC')) return t('backup.statusDiskFull');
  return t('backup.statusFailed', { detail: result.message ?? result.reason });
}
