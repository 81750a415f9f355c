import type { AtomicChange, BatchChange } from '@shared/domain/changes';
import type { Participant, ParticipantFields } from '@shared/domain/participant';
import type { Vote } from '@shared/domain/vote';

/** The fields of a participant a `participant.set` change carries. */
export function fieldsOf(participant: Participant): ParticipantFields {
  const { name, groupId, createdAt, removedAt } = participant;
  return { name, groupId, createdAt, removedAt };
}

/** A new participant; `name` is already cleaned (it may be empty). */
export function addParticipantChange(
  workshopId: string,
  participantId: string,
  name: string,
  groupId: string,
  now: number,
): AtomicChange {
  return {
    kind: 'participant.set',
    workshopId,
    participantId,
    from: null,
    to: { name, groupId, createdAt: now, removedAt: null },
  };
}

/** A participant's fields changed (rename, another group, removed with votes kept). */
export function updateParticipantChange(
  participant: Participant,
  from: ParticipantFields,
  to: ParticipantFields,
): AtomicChange {
  const { workshopId, id: participantId } = participant;
  return { kind: 'participant.set', workshopId, participantId, from, to };
}

/**
 * Removes a participant together with every vote of theirs among `votes` (all rounds), as one
 * action that undo restores whole. The `from` values here are what the screen showed; the
 * changes repository replaces them with what the database holds when it writes.
 */
export function removeWithVotesChange(
  participant: Participant,
  votes: readonly Vote[],
): BatchChange {
  const { workshopId, id: participantId } = participant;
  const theirs = votes.filter(
    (vote) => vote.participantId === participantId && vote.workshopId === workshopId,
  );
  return {
    kind: 'batch',
    label: 'participant.remove',
    workshopId,
    changes: [
      { kind: 'participant.set', workshopId, participantId, from: fieldsOf(participant), to: null },
      ...theirs.map((vote): AtomicChange => ({
        kind: 'vote.set',
        workshopId,
        round: vote.round,
        participantId,
        modelId: vote.modelId,
        from: vote.value,
        to: null,
      })),
    ],
  };
}
