import { useCallback, useEffect, useRef, useState } from 'react';
import { sameValue } from '@shared/domain/changes';
import type { Participant, ParticipantFields } from '@shared/domain/participant';
import { cleanParticipantName } from '@shared/domain/participantDraft';
import type { Vote } from '@shared/domain/vote';
import type { Workshop, WorkshopSetup } from '@shared/domain/workshop';
import type { RecordChange } from '../history/useChangeHistory';
import { usePendingEdits } from './usePendingEdits';
import {
  addParticipantChange,
  fieldsOf,
  removeWithVotesChange,
  updateParticipantChange,
} from './participantChanges';

type Inputs = {
  workshop: Workshop;
  participants: readonly Participant[];
  votes: readonly Vote[];
  record: RecordChange;
};

/**
 * Every change the participants dialog makes, each as one change record through `record` (so
 * undo covers it). Each resolves to whether it was saved; a failure is kept (the error, not
 * its text, so the message follows a language switch) until the next change succeeds.
 */
export function useParticipantEdits({ workshop, participants, votes, record }: Inputs) {
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const setupEdits = usePendingEdits<WorkshopSetup>(workshop.setup);
  const participantEdits = usePendingEdits<ParticipantFields>(participants);
  // The newest votes when a removal is built: one may have landed since the dialog drew them.
  const latestVotes = useRef(votes);
  useEffect(() => {
    latestVotes.current = votes;
  }, [votes]);
  const workshopId = workshop.id;

  const run = useCallback(async (write: () => Promise<void>): Promise<boolean> => {
    try {
      await write();
      setFailure(null);
      return true;
    } catch (error) {
      setFailure({ error });
      return false;
    }
  }, []);

  const add = useCallback(
    (rawName: string, groupId: string) => {
      const name = cleanParticipantName(rawName);
      const id = crypto.randomUUID();
      return run(() =>
        record(() => addParticipantChange(workshopId, id, name, groupId, Date.now())),
      );
    },
    [record, run, workshopId],
  );

  const update = useCallback(
    (participant: Participant, patch: Partial<ParticipantFields>) => {
      const from = participantEdits.latest(participant.id, fieldsOf(participant));
      const to = { ...from, ...patch };
      if (sameValue(from, to)) return Promise.resolve(true);
      return run(() =>
        participantEdits.send(participant.id, to, () =>
          record(() => updateParticipantChange(participant, from, to)),
        ),
      );
    },
    [participantEdits, record, run],
  );

  const removeKeepingVotes = useCallback(
    (participant: Participant) => update(participant, { removedAt: Date.now() }),
    [update],
  );

  const removeWithVotes = useCallback(
    (participant: Participant) =>
      run(() => record(() => removeWithVotesChange(participant, latestVotes.current))),
    [record, run],
  );

  const updateSetup = useCallback(
    (edit: (setup: WorkshopSetup) => WorkshopSetup) => {
      const from = setupEdits.latest('setup', workshop.setup);
      const to = edit(from);
      if (sameValue(from, to)) return Promise.resolve(true);
      return run(() =>
        setupEdits.send('setup', to, () =>
          record(() => ({ kind: 'setup.set', workshopId, from, to })),
        ),
      );
    },
    [record, run, setupEdits, workshop.setup, workshopId],
  );

  return { failure, add, update, removeKeepingVotes, removeWithVotes, updateSetup };
}

export type ParticipantEdits = ReturnType<typeof useParticipantEdits>;
