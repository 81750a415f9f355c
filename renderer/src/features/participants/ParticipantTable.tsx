import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/domain/participant';
import type { ParticipantGroup } from '@shared/domain/workshop';
import { participantLabel } from './labels';
import { ParticipantRow } from './ParticipantRow';

type Props = {
  /** Everyone, removed ones included: numbers count them, so nobody's number changes. */
  participants: readonly Participant[];
  numbers: ReadonlyMap<string, number>;
  voteCounts: ReadonlyMap<string, number>;
  anonymous: boolean;
  groups: readonly ParticipantGroup[];
  onRename: (participant: Participant, name: string) => void;
  onGroup: (participant: Participant, groupId: string) => void;
  onRemove: (participant: Participant) => void;
  /** The heading takes the focus after a removal (the row that had it is gone). */
  headingRef: Ref<HTMLHeadingElement>;
};

/** The people taking part (not those removed), in number order, as a table. */
export function ParticipantTable(props: Props) {
  const { participants, numbers, voteCounts, anonymous, groups, headingRef } = props;
  const { t } = useTranslation();
  const numberOf = (participant: Participant) => numbers.get(participant.id) ?? 0;
  const active = participants
    .filter((participant) => participant.removedAt === null)
    .sort((a, b) => numberOf(a) - numberOf(b));

  return (
    <section className="participants-section" aria-labelledby="participants-list-heading">
      <h3 id="participants-list-heading" ref={headingRef} tabIndex={-1}>
        {t('participants.listHeading', { count: active.length })}
      </h3>
      {anonymous && <p className="participants-note">{t('participants.anonymousNote')}</p>}
      {active.length === 0 ? (
        <p className="muted">{t('participants.none')}</p>
      ) : (
        <table className="participants-table" aria-labelledby="participants-list-heading">
          <thead>
            <tr>
              <th scope="col">{t('participants.colNumber')}</th>
              <th scope="col">{t('participants.colName')}</th>
              <th scope="col">{t('participants.colGroup')}</th>
              <th scope="col">{t('participants.colVotes')}</th>
              <th scope="col">{t('participants.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {active.map((participant) => {
              const number = numberOf(participant);
              return (
                <ParticipantRow
                  key={participant.id}
                  participant={participant}
                  number={number}
                  label={participantLabel(participant, number, anonymous, t)}
                  anonymous={anonymous}
                  groups={groups}
                  voteCount={voteCounts.get(participant.id) ?? 0}
                  onRename={props.onRename}
                  onGroup={props.onGroup}
                  onRemove={props.onRemove}
                />
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
