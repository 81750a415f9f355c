import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { participantNumbers, type Participant } from '@shared/domain/participant';
import type { Vote } from '@shared/domain/vote';
import type { Workshop } from '@shared/domain/workshop';
import { describeError, isQuotaError } from '../../ui/describeError';
import { Modal } from '../../ui/Modal';
import type { RecordChange } from '../history/useChangeHistory';
import { AddParticipantForm } from './AddParticipantForm';
import { GroupsSection } from './GroupsSection';
import { participantLabel } from './labels';
import { ParticipantTable } from './ParticipantTable';
import { RemoveParticipantDialog } from './RemoveParticipantDialog';
import { SettingsSection } from './SettingsSection';
import { useParticipantEdits } from './useParticipantEdits';

type Props = {
  workshop: Workshop;
  /** Everyone who ever took part, removed ones included (they keep their numbers). */
  participants: Participant[];
  /** Every vote of the workshop, all rounds. */
  votes: Vote[];
  /** Writes one change record through the board's undo history; rejects when it fails. */
  record: RecordChange;
  onClose: () => void;
};

/**
 * The facilitator's list of who takes part, their groups, and how the workshop pools views.
 * It only reads its props and writes change records through `record`, so undo covers all of it.
 */
export function ParticipantsDialog({ workshop, participants, votes, record, onClose }: Props) {
  const { t } = useTranslation();
  const edits = useParticipantEdits({ workshop, participants, votes, record });
  const [removing, setRemoving] = useState<Participant | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const { setup } = workshop;

  // A harmless place to start; runs after the Modal's own effect has opened the dialog.
  useEffect(() => closeButton.current?.focus(), []);

  const numbers = useMemo(() => participantNumbers(participants), [participants]);
  const voteCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const vote of votes)
      counts.set(vote.participantId, (counts.get(vote.participantId) ?? 0) + 1);
    return counts;
  }, [votes]);
  const labelOf = (participant: Participant) =>
    participantLabel(participant, numbers.get(participant.id) ?? 0, setup.anonymous, t);

  const { failure } = edits;
  const problem = !failure
    ? ''
    : isQuotaError(failure.error)
      ? describeError(failure.error, t)
      : t('participants.failed', {
          message: failure.error instanceof Error ? failure.error.message : String(failure.error),
        });

  async function remove(participant: Participant, keepVotes: boolean) {
    setRemoving(null);
    const saved = keepVotes
      ? await edits.removeKeepingVotes(participant)
      : await edits.removeWithVotes(participant);
    // The row, and the Remove button that had the focus, are gone.
    if (saved) listHeading.current?.focus();
  }

  return (
    <>
      <Modal labelledBy="participants-heading" onClose={onClose} className="participants-dialog">
        <div className="participants-header">
          <h2 id="participants-heading">{t('participants.heading')}</h2>
          <button ref={closeButton} type="button" onClick={onClose}>
            {t('participants.close')}
          </button>
        </div>
        <p role="alert" className="participants-error">
          {problem}
        </p>
        <ParticipantTable
          participants={participants}
          numbers={numbers}
          voteCounts={voteCounts}
          anonymous={setup.anonymous}
          groups={setup.groups}
          onRename={(participant, name) => void edits.update(participant, { name })}
          onGroup={(participant, groupId) => void edits.update(participant, { groupId })}
          onRemove={setRemoving}
          headingRef={listHeading}
        />
        <AddParticipantForm groups={setup.groups} anonymous={setup.anonymous} onAdd={edits.add} />
        <GroupsSection
          groups={setup.groups}
          participants={participants}
          onSetup={edits.updateSetup}
        />
        <SettingsSection setup={setup} onSetup={edits.updateSetup} />
      </Modal>
      {/* A sibling, not a child: Escape and clicks in it must not reach the dialog below. */}
      {removing && (
        <RemoveParticipantDialog
          who={labelOf(removing)}
          voteCount={voteCounts.get(removing.id) ?? 0}
          onDeleteVotes={() => void remove(removing, false)}
          onKeepVotes={() => void remove(removing, true)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </>
  );
}
