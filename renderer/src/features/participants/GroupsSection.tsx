import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/domain/participant';
import { cleanGroupName } from '@shared/domain/participantDraft';
import type { WorkshopSetup } from '@shared/domain/workshop';
import { GroupItem } from './GroupItem';
import { withGroupAdded, withGroupName, withGroupRemoved } from './setupEdits';

type Props = {
  groups: WorkshopSetup['groups'];
  participants: readonly Participant[];
  onSetup: (edit: (setup: WorkshopSetup) => WorkshopSetup) => Promise<boolean>;
};

/** The workshop's groups: rename, add, and remove those nobody active is in. */
export function GroupsSection({ groups, participants, onSetup }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const members = (groupId: string) =>
    participants.filter((p) => p.removedAt === null && p.groupId === groupId).length;

  async function add(event: FormEvent) {
    event.preventDefault();
    const clean = cleanGroupName(name);
    setError(!clean);
    if (!clean) return;
    const id = crypto.randomUUID();
    setName('');
    if (!(await onSetup((setup) => withGroupAdded(setup, id, clean)))) {
      setName((current) => current || name);
    }
  }

  async function remove(groupId: string) {
    // The button that had the focus leaves with its group.
    if (await onSetup((setup) => withGroupRemoved(setup, groupId))) heading.current?.focus();
  }

  return (
    <section className="participants-section" aria-labelledby="participants-groups-heading">
      <h3 id="participants-groups-heading" ref={heading} tabIndex={-1}>
        {t('participants.groupsHeading')}
      </h3>
      <ul className="group-list">
        {groups.map((group) => (
          <GroupItem
            key={group.id}
            group={group}
            members={members(group.id)}
            isLast={groups.length === 1}
            onRename={(groupId, groupName) =>
              void onSetup((setup) => withGroupName(setup, groupId, groupName))
            }
            onRemove={(groupId) => void remove(groupId)}
          />
        ))}
      </ul>
      <form className="participants-add-fields" onSubmit={add} noValidate>
        <label>
          {t('participants.newGroup')}
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="off"
            aria-invalid={error || undefined}
            aria-describedby={error ? 'new-group-error' : undefined}
          />
        </label>
        <button type="submit">{t('participants.addGroup')}</button>
      </form>
      {error && (
        <p id="new-group-error" role="alert" className="participants-field-error">
          {t('participants.groupNameRequired')}
        </p>
      )}
    </section>
  );
}
