// Whether a participant's change may go to the host, and what the host is told if so.
import type { VoteValue } from '@shared/domain/vote';
import type { SessionErrorCode } from '@shared/protocol/errors';
import type { RelayedChange } from '@shared/protocol/hostMessages';
import type { AnswerMessage, ParticipantMessage } from '@shared/protocol/participantMessages';
import type { RoundInfo } from './seat';

type ReadyMessage = Extract<ParticipantMessage, { type: 'ready' }>;

export type AnswerCheck =
  { ok: true; change: RelayedChange } | { ok: false; code: SessionErrorCode };

/**
 * Checks a change against the round (it must be the open one: a lock stops changes at once)
 * and against the person's own answers as they stand with their waiting changes (`answers`).
 * The host checks again against its catalogue and database; this keeps obvious nonsense from
 * reaching it and tells an out-of-step page at once.
 */
export function checkAnswer(
  message: AnswerMessage | ReadyMessage,
  round: RoundInfo | null,
  modelsInPlay: ReadonlySet<string>,
  answers: ReadonlyMap<string, VoteValue>,
): AnswerCheck {
  if (!round) return { ok: false, code: 'no-open-round' };
  if (message.round !== round.number) return { ok: false, code: 'wrong-round' };
  if (round.status !== 'open') return { ok: false, code: 'round-locked' };
  if (message.type === 'ready')
    return { ok: true, change: { kind: 'ready', ready: message.ready } };
  const { modelId } = message;
  if (!modelsInPlay.has(modelId)) return { ok: false, code: 'model-not-in-play' };
  const current = answers.get(modelId);
  const placed = current !== undefined && current !== 'skip';
  switch (message.type) {
    case 'place':
      if (placed) return { ok: false, code: 'already-placed' };
      return { ok: true, change: { kind: 'vote', modelId, value: { ...message.position } } };
    case 'move':
      if (!placed) return { ok: false, code: 'not-placed' };
      return { ok: true, change: { kind: 'vote', modelId, value: { ...message.position } } };
    case 'skip':
      return { ok: true, change: { kind: 'vote', modelId, value: 'skip' } };
    case 'remove':
      if (current === undefined) return { ok: false, code: 'not-placed' };
      return { ok: true, change: { kind: 'clear', modelId } };
  }
}

/** The queue key of a change: later changes of the same answer replace earlier unsent ones. */
export function changeKey(participantId: string, round: number, change: RelayedChange): string {
  const subject = change.kind === 'ready' ? 'ready' : `model:${change.modelId}`;
  return `${participantId} ${round} ${subject}`;
}
