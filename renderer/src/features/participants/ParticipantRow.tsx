import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/domain/participant';
import { cleanParticipantName } from '@shared/domain/participantDraft';
import type { ParticipantGroup } from '@shared/domain/workshop';
import { groupLabel } from './labels';
import { RenameField } from './RenameField';

type Props = {
  participant: Participant;
  number: number;
  /** What screens call them: their name, or "Participant n". */
  label: string;
  anonymous: boolean;
  groups: readonly ParticipantGroup[];
  voteCount: number;
  onRename: (participant: Participant, name: string) => void;
  onGroup: (participant: Participant, groupId: string) => void;
  onRemove: (participant: Participant) => void;
};

/** One participant: number, name, group (changed at once), placements, rename and remove. */
export function ParticipantRow(props: Props) {
  const { participant, number, label, anonymous, groups, voteCount } = props;
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  // Focus goes back to Rename when the field closes, but not when the row first appears.
  const [refocus, setRefocus] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!renaming && refocus) renameButton.current?.focus();
  }, [renaming, refocus]);

  const close = () => {
    setRenaming(false);
    setRefocus(true);
  };
  const save = (value: string) => {
    const name = cleanParticipantName(value);
    // In an anonymous workshop the field starts empty so the name stays hidden: empty keeps it.
    if (!(anonymous && name === '')) props.onRename(participant, name);
    close();
  };
  const known = groups.some((group) => group.id === participant.groupId);

  return (
    <tr>
      <td className="participant-number">{number}</td>
      <th scope="row" className="participant-name">
        {renaming ? (
          <RenameField
            label={t('participants.newNameFor', { who: label })}
            initial={anonymous ? '' : participant.name}
            placeholder={t('participants.numbered', { number })}
            hint={t(anonymous ? 'participants.renameHiddenHint' : 'participants.renameHint')}
            error={null}
            onSave={save}
            onCancel={close}
          />
        ) : (
          label
        )}
      </th>
      <td>
        <select
          aria-label={t('participants.groupOf', { who: label })}
          value={participant.groupId}
          onChange={(event) => props.onGroup(participant, event.target.value)}
        >
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {groupLabel(group, t)}
            </option>
          ))}
          {!known && (
            <option value={participant.groupId} disabled>
              {t('participants.groupUnknown')}
            </option>
          )}
        </select>
      </td>
      <td className="participant-votes">{voteCount}</td>
      <td className="participant-actions">
        {!renaming && (
          <button
            ref={renameButton}
            type="button"
            aria-label={t('participants.renameWho', { who: label })}
            onClick={() => setRenaming(true)}
          >
            {t('participants.rename')}
          </button>
        )}
        <button
          type="button"
          className="danger"
          aria-label={t('participants.removeWho', { who: label })}
          onClick={() => props.onRemove(participant)}
        >
          {t('participants.remove')}
        </button>
      </td>
    </tr>
  );
}
