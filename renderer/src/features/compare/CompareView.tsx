import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODELS } from '@shared/catalogue';
import { compareGroups } from '@shared/domain/groupComparison';
import type { Participant } from '@shared/domain/participant';
import type { Vote } from '@shared/domain/vote';
import type { Workshop } from '@shared/domain/workshop';
import { useCardTitle } from '../board/useCardTitle';
import { groupLabel } from '../participants/labels';
import { CompareMatrix } from './CompareMatrix';
import { groupMap, groupsWithPlacements, placersByGroup } from './compareData';
import { DifferenceTable } from './DifferenceTable';
import { GroupPicker } from './GroupPicker';
import { useDescribeDifference } from './useDescribeDifference';

type Props = { workshop: Workshop; round: number; participants: Participant[]; votes: Vote[] };

const MODEL_IDS = MODELS.map((model) => model.id);

/**
 * Two participant groups' medians of one revealed round on one matrix (A circles, B squares,
 * joined by a line), with the models they see most differently listed first. Picking a model
 * in the table or on the matrix highlights it in both and reads its figures out.
 */
export function CompareView({ workshop, round, participants, votes }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const cardTitle = useCardTitle();
  const titleOf = useCallback((id: string) => cardTitle(id) ?? id, [cardTitle]);
  const { groups } = workshop.setup;
  const groupOf = useMemo(() => groupMap(participants), [participants]);
  const roundVotes = useMemo(
    () => votes.filter((v) => v.workshopId === workshop.id && v.round === round),
    [votes, workshop.id, round],
  );
  const placers = useMemo(() => placersByGroup(roundVotes, groupOf), [roundVotes, groupOf]);
  const placing = groupsWithPlacements(groups, placers);

  const [choice, setChoice] = useState<{ a?: string; b?: string }>({});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // A choice the workshop no longer has (a group removed meanwhile) falls back to the default.
  const groupA = groups.find((g) => g.id === choice.a) ?? placing[0];
  const groupB = groups.find((g) => g.id === choice.b) ?? placing[1];
  const a = groupA?.id;
  const b = groupB?.id;
  const names = { a: groupLabel(groupA, t), b: groupLabel(groupB, t) };
  const differences = useMemo(
    () =>
      a !== undefined && b !== undefined && a !== b
        ? compareGroups(roundVotes, groupOf, a, b, MODEL_IDS)
        : [],
    [roundVotes, groupOf, a, b],
  );
  const describe = useDescribeDifference(names);

  const onSelect = (modelId: string) => {
    const difference = differences.find((d) => d.modelId === modelId);
    if (!difference || modelId === selectedId) return;
    setSelectedId(modelId);
    setAnnouncement(describe(difference, titleOf(modelId)));
  };
  const onChange = (side: 'a' | 'b', groupId: string) => {
    setChoice((old) => ({ ...old, [side]: groupId }));
    setSelectedId(null);
    setHoverId(null);
    setAnnouncement('');
  };

  const ready = a !== undefined && b !== undefined && placing.length >= 2;
  let message = '';
  if (!ready) message = t('compare.needTwoGroups', { round });
  else if (a === b) message = t('compare.sameGroup');
  else if (differences.length === 0) message = t('compare.noCommon', { ...names, round });
  const shared = {
    differences,
    highlightedId: hoverId ?? selectedId,
    selectedId,
    titleOf,
    onSelect,
    onHover: setHoverId,
  };

  return (
    <section className="compare" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('compare.heading', { round })}</h2>
      {ready && (
        <>
          <p className="muted compare-intro">{t('compare.intro')}</p>
          <GroupPicker groups={groups} placers={placers} a={a} b={b} onChange={onChange} />
        </>
      )}
      {/* Always present, so a message that appears after a change of group is read out. */}
      <p className="compare-message" aria-live="polite">
        {message}
      </p>
      {ready && !message && (
        <div className="compare-body">
          <CompareMatrix
            a={{ name: names.a, placers: placers.get(a) ?? 0 }}
            b={{ name: names.b, placers: placers.get(b) ?? 0 }}
            {...shared}
          />
          <DifferenceTable names={names} {...shared} />
        </div>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
