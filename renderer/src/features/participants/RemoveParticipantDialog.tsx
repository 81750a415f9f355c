import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';

type Props = {
  /** What screens call them: their name, or "Participant n". */
  who: string;
  /** Their votes in all rounds, "don't know" answers included. */
  voteCount: number;
  onDeleteVotes: () => void;
  onKeepVotes: () => void;
  onCancel: () => void;
};

/**
 * Asks before removing a participant, naming them and what they placed. With placements it
 * offers to delete or to keep them; Cancel has the focus: a destructive answer is never the
 * default.
 */
export function RemoveParticipantDialog(props: Props) {
  const { who, voteCount, onDeleteVotes, onKeepVotes, onCancel } = props;
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  // After the Modal's own effect has opened the dialog (child effects run first).
  useEffect(() => cancel.current?.focus(), []);

  return (
    <Modal labelledBy="remove-participant-heading" onClose={onCancel}>
      <h2 id="remove-participant-heading">{t('participants.confirmHeading', { who })}</h2>
      <p>
        {voteCount > 0
          ? t('participants.confirmBody', { who, count: voteCount })
          : t('participants.confirmBodyNone', { who })}
      </p>
      {voteCount > 0 && <p className="muted">{t('participants.keepHint')}</p>}
      <div className="dialog-actions participants-remove-actions">
        <button ref={cancel} type="button" onClick={onCancel}>
          {t('participants.cancel')}
        </button>
        {voteCount > 0 && (
          <button type="button" onClick={onKeepVotes}>
            {t('participants.removeKeep')}
          </button>
        )}
        <button type="button" className="danger" onClick={onDeleteVotes}>
          {voteCount > 0 ? t('participants.removeDelete') : t('participants.remove')}
        </button>
      </div>
    </Modal>
  );
}
