import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MODELS } from '@shared/catalogue';
import { isPosition } from '@shared/domain/matrix';
import type { Participant } from '@shared/domain/participant';
import type { Round } from '@shared/domain/round';
import type { Vote, VoteValue } from '@shared/domain/vote';
import { BoardView } from '../board/BoardView';
import type { Spot } from '../board/useBoardDrag';
import type { RecordChange } from '../history/useChangeHistory';

type Props = {
  workshopId: string;
  round: Round;
  /** Who may place: the participants still taking part, in number order. */
  participants: readonly Participant[];
  votes: readonly Vote[];
  participantId: string | null;
  onParticipant: (participantId: string) => void;
  labelOf: (participantId: string) => string;
  record: RecordChange;
  announce: (message: string) => void;
};

/**
 * One participant's own board in an open round: only their placements are shown (blind), a
 * drop records their vote, and a model's details offer "don't know". The facilitator hands
 * the machine round, or places for someone, by switching who is placing.
 */
export function PlacingBoard(props: Props) {
  const { workshopId, round, participants, votes, participantId, record, labelOf } = props;
  const { t } = useTranslation();
  const current = participants.find((p) => p.id === participantId) ?? participants[0];
  const who = current?.id ?? null;

  const mine = useMemo(
    () => votes.filter((v) => v.round === round.number && v.participantId === who),
    [votes, round.number, who],
  );
  const placements = useMemo(
    () =>
      mine.flatMap((v) => (isPosition(v.value) ? [{ modelId: v.modelId, position: v.value }] : [])),
    [mine],
  );
  const skippedIds = useMemo(
    () => new Set(mine.filter((v) => v.value === 'skip').map((v) => v.modelId)),
    [mine],
  );

  const vote = useCallback(
    (modelId: string, to: VoteValue | null) => {
      if (!who) return;
      const change = {
        kind: 'vote.set',
        workshopId,
        round: round.number,
        participantId: who,
        modelId,
        from: null,
        to,
      } as const;
      // Errors surface in the save indicator; the change is then not recorded.
      void record(() => change).catch(() => undefined);
    },
    [record, workshopId, round.number, who],
  );
  const onMove = useCallback((modelId: string, to: Spot) => vote(modelId, to), [vote]);

  const { announce } = props;
  const whoLabel = who ? labelOf(who) : '';
  useEffect(() => {
    if (whoLabel) announce(t('rounds.nowPlacing', { who: whoLabel }));
  }, [whoLabel, announce, t]);

  if (!current) return <p className="round-note">{t('rounds.needParticipants')}</p>;
  const index = participants.indexOf(current);
  const next = participants[(index + 1) % participants.length];
  return (
    <>
      <div className="placing-bar">
        <label>
          {t('rounds.whoIsPlacing')}{' '}
          <select value={current.id} onChange={(event) => props.onParticipant(event.target.value)}>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {labelOf(p.id)}
              </option>
            ))}
          </select>
        </label>
        {next && next !== current && (
          <button type="button" onClick={() => props.onParticipant(next.id)}>
            {t('rounds.nextParticipant')} →
          </button>
        )}
        <span className="muted">
          {t('rounds.progress', {
            placed: placements.length,
            total: MODELS.length,
            skipped: skippedIds.size,
          })}
        </span>
        <span className="muted placing-note">{t('rounds.blindNote')}</span>
      </div>
      {/* A fresh board per participant: nothing of one person's drag or focus carries over. */}
      <BoardView
        key={current.id}
        placements={placements}
        onMove={onMove}
        skippedIds={skippedIds}
        details={(modelId) => {
          const skipped = skippedIds.has(modelId);
          return {
            note: skipped ? t('rounds.skippedNote') : undefined,
            actions: (
              <button type="button" onClick={() => vote(modelId, skipped ? null : 'skip')}>
                {skipped ? t('rounds.unskip') : t('rounds.skip')}
              </button>
            ),
          };
        }}
      />
    </>
  );
}
