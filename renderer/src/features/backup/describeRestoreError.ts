import type { TFunction } from 'i18next';
import type {
  SnapshotProblem,
  SnapshotProblemKind,
  SnapshotRecordKind,
} from '@shared/io/snapshotProblem';
import {
  MAX_UNKNOWN_PLACEMENTS_PER_WORKSHOP,
  MAX_UNKNOWN_VOTES_PER_ROUND,
} from '@shared/io/unknownModels';
import { isQuotaError } from '../../ui/describeError';
import type { LoadFailure } from './loadSnapshot';
import type { RestoreFailure } from './useRestore';

/** A message for the user, and the raw detail for support (shown only behind a toggle). */
export type Explained = { message: string; detail?: string };

// Typed keys: a reason without a message fails to compile.
const PARSE_MESSAGES = {
  'too-large': 'backup.errorTooLarge',
  'not-json': 'backup.errorNotJson',
  'too-deep': 'backup.errorTooDeep',
  'wrong-format': 'backup.errorWrongFormat',
  'newer-version': 'backup.errorNewerVersion',
  // Only when a file is refused without a problem (never by parseSnapshot itself).
  invalid: 'restore.invalid',
} as const satisfies Record<Extract<LoadFailure, { kind: 'parse' }>['reason'], string>;

const READ_MESSAGES = {
  'invalid-request': 'restore.readFailed',
  'not-found': 'backup.errorNotFound',
  'too-large': 'backup.errorTooLarge',
  'read-failed': 'restore.readFailed',
} as const satisfies Record<Extract<LoadFailure, { kind: 'read' }>['reason'], string>;

const PROBLEMS = {
  'outside-matrix': 'restore.outsideMatrix',
  'vote-value': 'restore.voteValue',
  'placed-twice': 'restore.placedTwice',
  'voted-twice': 'restore.votedTwice',
  'round-twice': 'restore.roundTwice',
  'duplicate-id': 'restore.duplicateId',
  'unknown-workshop': 'restore.unknownWorkshop',
  'unknown-participant': 'restore.unknownParticipant',
  'participant-elsewhere': 'restore.participantElsewhere',
  'unknown-round': 'restore.unknownRound',
  'unknown-group': 'restore.unknownGroup',
  'too-many-unknown-models': 'restore.tooManyUnknownPlacements',
  'too-many-records': 'restore.tooManyRecords',
  'unknown-field': 'restore.unknownField',
  'missing-field': 'restore.missingField',
  'too-long': 'restore.tooLong',
  'bad-version': 'restore.badVersion',
  'bad-value': 'restore.badValue',
} as const satisfies Record<SnapshotProblemKind, string>;

const RECORDS = {
  file: 'restore.recordFile',
  workshop: 'restore.recordWorkshop',
  group: 'restore.recordGroup',
  placement: 'restore.recordPlacement',
  participant: 'restore.recordParticipant',
  round: 'restore.recordRound',
  vote: 'restore.recordVote',
} as const satisfies Record<SnapshotRecordKind, string>;

/** The sentence around a problem; a workshop file being imported has its own. */
const RESTORE_FRAME = { invalid: 'restore.invalid', invalidIn: 'restore.invalidIn' };

/**
 * A refused file's problem as one sentence in the user's language: which workshop (by its
 * title), which kind of record, what is wrong. No path, no code: those are the detail's.
 */
export function describeProblem(
  problem: SnapshotProblem | undefined,
  t: TFunction,
  frame: { invalid: string; invalidIn: string } = RESTORE_FRAME,
): string {
  if (!problem)
    return t(frame.invalid, { problem: t('restore.badValue', { record: t(RECORDS.file) }) });
  const { kind, record, workshopTitle } = problem;
  // Inside "In the workshop “X”: …" the workshop itself is "the workshop", not "a workshop".
  const recordKey =
    record === 'workshop' && workshopTitle !== undefined
      ? 'restore.recordThisWorkshop'
      : RECORDS[record];
  const vote = kind === 'too-many-unknown-models' && record === 'vote';
  const text = t(vote ? 'restore.tooManyUnknownVotes' : PROBLEMS[kind], {
    record: t(recordKey),
    max: vote ? MAX_UNKNOWN_VOTES_PER_ROUND : MAX_UNKNOWN_PLACEMENTS_PER_WORKSHOP,
  });
  return workshopTitle === undefined
    ? t(frame.invalid, { problem: text })
    : t(frame.invalidIn, { problem: text, title: workshopTitle });
}

/** What went wrong loading a snapshot, and what to do, in the user's language. */
export function describeLoadFailure(failure: LoadFailure, t: TFunction): Explained {
  const { detail } = failure;
  if (failure.kind === 'read') return { message: t(READ_MESSAGES[failure.reason]), detail };
  if (failure.reason === 'invalid') return { message: describeProblem(failure.problem, t), detail };
  // The newer version's number is words enough ("format 3"); it is not a code.
  return { message: t(PARSE_MESSAGES[failure.reason], { detail }), detail };
}

/** Why writing the snapshot into the database failed; nothing was changed either way. */
export function describeRestoreFailure(error: unknown, t: TFunction): Explained {
  if (isQuotaError(error)) return { message: t('backup.restoreQuota') };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { message: t('restore.restoreFailed'), detail };
}

/** Any failure of the restore screen, in plain words, with the detail kept apart. */
export function describeFailure(failure: RestoreFailure, t: TFunction): Explained {
  if (failure.kind === 'load') return describeLoadFailure(failure.failure, t);
  if (failure.kind === 'safety')
    return { message: t('restore.safetyFailed'), detail: failure.detail };
  return describeRestoreFailure(failure.error, t);
}
