import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanGroupName } from '@shared/domain/participantDraft';
import type { ParticipantGroup } from '@shared/domain/workshop';
import { groupLabel } from './labels';
import { RenameField } from './RenameField';
import { isBuiltInGroup } from './setupEdits';

type Props = {
  group: ParticipantGroup;
  /** Active participants in the group: a group in use cannot be removed. */
  members: number;
  isLast: boolean;
  onRename: (groupId: string, name: string) => void;
  onRemove: (groupId: string) => void;
};

/** One group: its name and members, rename in place, and remove while nobody is in it. */
export function GroupItem({ group, members, isLast, onRename, onRemove }: Props) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [refocus, setRefocus] = useState(false);
  const [nameMissing, setNameMissing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const builtIn = isBuiltInGroup(group.id);
  const label = groupLabel(group, t);
  const standard = builtIn ? t(`participants.group_${group.id}`) : '';
  const blockedId = useId();

  useEffect(() => {
    if (!renaming && refocus) renameButton.current?.focus();
  }, [renaming, refocus]);

  const close = () => {
    setNameMissing(false);
    setRenaming(false);
    setRefocus(true);
  };
  const save = (value: string) => {
    const name = cleanGroupName(value);
    // A group the facilitator added has no name to fall back on.
    if (!name && !builtIn) {
      setNameMissing(true);
      return;
    }
    // Typing the standard name back keeps the group translated in the other language too.
    onRename(group.id, name === standard ? '' : name);
    close();
  };

  const blocked =
    members > 0
      ? t('participants.groupInUse', { count: members })
      : isLast
        ? t('participants.lastGroup')
        : null;

  return (
    <li className="group-item">
      {renaming ? (
        <RenameField
          label={t('participants.groupNameFor', { group: label })}
          initial={group.name}
          placeholder={standard || undefined}
          hint={
            builtIn ? t('participants.builtInHint', { standard }) : t('participants.renameHint')
          }
          error={nameMissing ? t('participants.groupNameRequired') : null}
          onSave={save}
          onCancel={close}
        />
      ) : (
        <span className="group-name">{label}</span>
      )}
      <span className="muted group-members">
        {t('participants.groupMembers', { count: members })}
      </span>
      <span className="group-actions">
        {!renaming && (
          <button
            ref={renameButton}
            type="button"
            aria-label={t('participants.renameGroup', { group: label })}
            onClick={() => setRenaming(true)}
          >
            {t('participants.rename')}
          </button>
        )}
        <button
          type="button"
          className="danger"
          aria-label={t('participants.removeGroup', { group: label })}
          disabled={blocked !== null}
          aria-describedby={blocked ? blockedId : undefined}
          onClick={() => onRemove(group.id)}
        >
          {t('participants.remove')}
        </button>
      </span>
      {blocked && (
        <span id={blockedId} className="participants-hint group-blocked">
          {blocked}
        </span>
      )}
    </li>
  );
}
