// What one device is shown: the host-confirmed answers with the person's own changes that
// still wait for the host laid over them, so nothing a person did seems lost while the
// facilitator's app is away. Never anyone else's answers.
import type { VoteValue } from '@shared/domain/vote';
import type { PooledView } from '@shared/protocol/pooledView';
import type { ParticipantView } from '@shared/protocol/serverMessages';
import type { PendingChange } from './pendingChanges';
import type { RoundInfo, Seat } from './seat';

export type SharedState = {
  round: RoundInfo | null;
  models: readonly string[];
  pooled: PooledView | null;
  hostPresent: boolean;
};

export type EffectiveAnswers = {
  answers: Map<string, VoteValue>;
  ready: boolean;
  unsaved: Set<string>;
};

/** The seat's answers in `round` once its waiting changes (`pending`, oldest first) apply. */
export function effectiveAnswers(
  seat: Seat,
  round: number | null,
  pending: readonly PendingChange[],
): EffectiveAnswers {
  const answers = new Map(seat.answers);
  const unsaved = new Set<string>();
  let ready = seat.ready;
  for (const { message } of pending) {
    if (message.type !== 'participantChange' || message.round !== round) continue;
    const { change } = message;
    if (change.kind === 'ready') {
      ready = change.ready;
      continue;
    }
    if (change.kind === 'vote') answers.set(change.modelId, change.value);
    else answers.delete(change.modelId);
    unsaved.add(change.modelId);
  }
  return { answers, ready, unsaved };
}

/** The whole view of one device, answers in the order of the models in play. */
export function participantView(
  seat: Seat,
  shared: SharedState,
  pending: readonly PendingChange[],
): ParticipantView {
  const own = effectiveAnswers(seat, shared.round?.number ?? null, pending);
  return {
    hostPresent: shared.hostPresent,
    round: shared.round ? { ...shared.round } : null,
    models: [...shared.models],
    answers: shared.models.flatMap((modelId) => {
      const value = own.answers.get(modelId);
      return value === undefined ? [] : [{ modelId, value }];
    }),
    unsaved: shared.models.filter((modelId) => own.unsaved.has(modelId)),
    ready: own.ready,
    pooled: shared.pooled,
  };
}
