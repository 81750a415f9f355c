import type { TFunction } from 'i18next';
import { describeProblem, type Explained } from '../backup/describeRestoreError';
import { isQuotaError } from '../../ui/describeError';
import type { LoadFailure } from './workshopFileTransfer';

// Typed keys: a reason without a message fails to compile.
const PARSE_MESSAGES = {
  'too-large': 'files.errorTooLarge',
  'not-json': 'files.errorNotJson',
  'too-deep': 'files.errorTooDeep',
  'wrong-format': 'files.errorWrongFormat',
  'newer-version': 'files.errorNewerVersion',
  invalid: 'files.invalid',
} as const satisfies Record<Extract<LoadFailure, { kind: 'parse' }>['reason'], string>;

const IMPORT_FRAME = { invalid: 'files.invalid', invalidIn: 'files.invalidIn' };

/**
 * Why a workshop file cannot be imported, in plain words and the user's language, as the
 * restore screen says it of a backup; the raw detail only for the "Technical details".
 */
export function describeLoadFailure(failure: LoadFailure, t: TFunction): Explained {
  const { detail } = failure;
  if (failure.kind === 'read') return { message: t('files.errorRead'), detail };
  if (failure.reason === 'invalid') {
    return { message: describeProblem(failure.problem, t, IMPORT_FRAME), detail };
  }
  return { message: t(PARSE_MESSAGES[failure.reason], { detail }), detail };
}

/** Why writing the file's records failed; nothing was changed either way. */
export function describeImportFailure(error: unknown, t: TFunction): Explained {
  if (isQuotaError(error)) return { message: t('files.importQuota') };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { message: t('files.importFailed'), detail };
}
