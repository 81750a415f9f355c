import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanParticipantName } from '@shared/domain/participantDraft';
import type { ParticipantGroup } from '@shared/domain/workshop';
import { groupLabel } from './labels';

type Props = {
  groups: readonly ParticipantGroup[];
  anonymous: boolean;
  /** Resolves to whether the participant was saved. */
  onAdd: (name: string, groupId: string) => Promise<boolean>;
};

/**
 * Adds one participant: an optional name and a group (the first by default). The name field
 * is emptied and takes the focus again at once, so a facilitator can type several people in a
 * row; the group stays as chosen.
 */
export function AddParticipantForm({ groups, anonymous, onAdd }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [chosenGroup, setChosenGroup] = useState(groups[0]?.id ?? '');
  const [added, setAdded] = useState('');
  const nameField = useRef<HTMLInputElement>(null);
  const hintId = useId();
  // The chosen group may have been removed meanwhile: fall back to the first.
  const groupId = groups.some((group) => group.id === chosenGroup)
    ? chosenGroup
    : (groups[0]?.id ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!groupId) return;
    const typed = name;
    setName('');
    setAdded('');
    nameField.current?.focus();
    const saved = await onAdd(typed, groupId);
    if (saved) {
      const clean = cleanParticipantName(typed);
      // Said aloud, not shown: an anonymous workshop's names are not read out either.
      setAdded(
        clean && !anonymous
          ? t('participants.addedNamed', { who: clean })
          : t('participants.addedUnnamed'),
      );
    } else {
      // Nothing was stored: give back what was typed, unless the next name is already begun.
      setName((current) => current || typed);
    }
  }

  return (
    <form className="participants-section participants-add" onSubmit={submit}>
      <h3>{t('participants.addHeading')}</h3>
      <div className="participants-add-fields">
        <label>
          {t('participants.nameOptional')}
          <input
            ref={nameField}
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="off"
            aria-describedby={hintId}
          />
        </label>
        <label>
          {t('participants.group')}
          <select value={groupId} onChange={(event) => setChosenGroup(event.target.value)}>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {groupLabel(group, t)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={!groupId}>
          {t('participants.add')}
        </button>
      </div>
      <p id={hintId} className="participants-hint">
        {t('participants.nameHint')}
      </p>
      <p role="status" className="visually-hidden">
        {added}
      </p>
    </form>
  );
}
