import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/domain/participant';
import type { Round } from '@shared/domain/round';
import { advanceRoundChange, latestRound, startRoundChange } from '@shared/domain/roundChanges';
import { roundsRepo } from '../../db/roundsRepo';
import { votesRepo } from '../../db/votesRepo';
import type { RecordChange } from '../history/useChangeHistory';
import type { BoardViewName, BoardViewState } from '../board/useBoardView';
import { SessionMount } from '../session/SessionMount';

type Props = {
  workshopId: string;
  rounds: readonly Round[];
  activeParticipants: readonly Participant[];
  /** Whether the workshop has groups with members on both sides to compare. */
  canCompare: boolean;
  view: BoardViewState;
  onView: (patch: Partial<BoardViewState>) => void;
  record: RecordChange;
  onOpenParticipants: () => void;
};

/**
 * The facilitator's controls for a round: which view the board shows, the round's state and
 * the one next step (start, lock, reveal, start a revision round), and the participant list.
 */
export function RoundBar(props: Props) {
  const { workshopId, rounds, activeParticipants, canCompare, view, onView, record } = props;
  const { t } = useTranslation();
  const latest = latestRound(rounds);
  const anyRevealed = rounds.some((round) => round.state === 'revealed');
  const views: { name: BoardViewName; label: string; enabled: boolean }[] = [
    { name: 'agreed', label: t('rounds.viewAgreed'), enabled: true },
    { name: 'placing', label: t('rounds.viewPlacing'), enabled: latest?.state === 'open' },
    { name: 'pooled', label: t('rounds.viewPooled'), enabled: anyRevealed },
    { name: 'compare', label: t('rounds.viewCompare'), enabled: anyRevealed && canCompare },
  ];

  const start = () => {
    const active = new Set(activeParticipants.map((p) => p.id));
    onView({ view: 'placing', participantId: activeParticipants[0]?.id ?? null });
    void record(async () => {
      const all = await roundsRepo.listForWorkshop(workshopId);
      const previous = latestRound(all);
      const votes = previous ? await votesRepo.listForRound(workshopId, previous.number) : [];
      const change = startRoundChange(workshopId, all, votes, active, Date.now());
      if (!change) throw new Error('The newest round is still running.');
      return change;
    }).catch(() => undefined);
  };
  const advance = (round: Round) => {
    if (round.state === 'locked') onView({ view: 'pooled', round: null });
    else if (view.view === 'placing') onView({ view: 'agreed' });
    void record(() => {
      const change = advanceRoundChange(round, Date.now());
      if (!change) throw new Error('The round is already revealed.');
      return change;
    }).catch(() => undefined);
  };

  const noParticipants = activeParticipants.length === 0;
  return (
    <div className="round-bar">
      <div role="group" aria-label={t('rounds.views')} className="view-switch">
        {views.map(({ name, label, enabled }) => (
          <button
            key={name}
            type="button"
            aria-pressed={view.view === name}
            disabled={!enabled}
            onClick={() => onView({ view: name })}
          >
            {label}
          </button>
        ))}
      </div>
      <p className="round-state" aria-live="polite">
        {latest
          ? t(`rounds.roundState_${latest.state}`, { number: latest.number })
          : t('rounds.noRound')}
      </p>
      {(!latest || latest.state === 'revealed') && (
        <button
          type="button"
          onClick={start}
          disabled={noParticipants}
          aria-describedby={noParticipants ? 'round-needs-participants' : undefined}
        >
          {latest
            ? t('rounds.startRevision', { number: latest.number + 1 })
            : t('rounds.startFirst')}
        </button>
      )}
      {latest && latest.state !== 'revealed' && (
        <button type="button" onClick={() => advance(latest)}>
          {t(latest.state === 'open' ? 'rounds.lock' : 'rounds.reveal', { number: latest.number })}
        </button>
      )}
      {noParticipants && (
        <span id="round-needs-participants" className="muted">
          {t('rounds.needParticipants')}
        </span>
      )}
      <button type="button" className="participants-button" onClick={props.onOpenParticipants}>
        {t('rounds.participantsButton', { count: activeParticipants.length })}
      </button>
      <SessionMount workshopId={workshopId} />
    </div>
  );
}
