import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODELS } from '@shared/catalogue';
import type { AtomicChange } from '@shared/domain/changes';
import { latestRound } from '@shared/domain/roundChanges';
import { usePlacements } from '../../db/usePlacements';
import { useVoices } from '../../db/useVoices';
import { useWorkshop } from '../../db/useWorkshop';
import { BackButton } from '../../ui/BackButton';
import { WorkshopMeta } from '../../ui/WorkshopMeta';
import { ActionButton } from '../actions/ActionButton';
import { useActionKeys } from '../actions/useActionKeys';
import { describeChange } from '../history/describeChange';
import { useChangeHistory, type HistoryEvent } from '../history/useChangeHistory';
import { useParticipantLabels } from '../participants/useParticipantLabels';
import { PhaseBar } from '../phases/PhaseBar';
import { ExportPlanButton } from '../plan/ExportPlanButton';
import { PlacingBoard } from '../rounds/PlacingBoard';
import { RoundBar } from '../rounds/RoundBar';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { setBoardDisplay, useBoardDisplay } from './boardDisplay';
import { BoardView } from './BoardView';
import { SaveIndicator } from './SaveIndicator';
import type { Spot } from './useBoardDrag';
import { useBoardActions } from './useBoardActions';
import { useBoardView } from './useBoardView';
import { useCardTitle } from './useCardTitle';
import { useSaveStatus } from './useSaveStatus';

// Loaded when first shown: a workshop without rounds never needs them, and the start screen
// and the group's board load faster without them (initial JS budget, npm run bench).
const PooledView = lazy(() =>
  import('../pooled/PooledView').then((module) => ({ default: module.PooledView })),
);
const CompareView = lazy(() =>
  import('../compare/CompareView').then((module) => ({ default: module.CompareView })),
);
const ParticipantsDialog = lazy(() =>
  import('../participants/ParticipantsDialog').then((module) => ({
    default: module.ParticipantsDialog,
  })),
);

type Props = { workshopId: string; onBack: () => void };

/**
 * One workshop: the facilitator's board. It shows the group's matrix, one participant placing
 * in an open round, the pooled view of a revealed round, or two groups compared; every change
 * goes through one undo history.
 */
export function BoardScreen({ workshopId, onBack }: Props) {
  const { t } = useTranslation();
  const workshop = useWorkshop(workshopId);
  const placements = usePlacements(workshopId);
  const voices = useVoices(workshopId);
  const cardTitle = useCardTitle();
  const { status, track } = useSaveStatus();
  const [notice, setNotice] = useState('');
  const [view, setView] = useBoardView(workshopId);
  const [showParticipants, setShowParticipants] = useState(false);
  const display = useBoardDisplay();

  const labelOf = useParticipantLabels(voices?.participants, workshop?.setup.anonymous);

  const onHistoryStep = useCallback(
    ({ kind, change, skipped }: HistoryEvent) => {
      const names = { modelTitle: (id: string) => cardTitle(id) ?? id, participantName: labelOf };
      const what = describeChange(change, names, t);
      const key = skipped
        ? `rounds.${kind}Skipped`
        : kind === 'undo'
          ? 'rounds.undone'
          : 'rounds.redone';
      setNotice(t(key, { what }));
    },
    [t, cardTitle, labelOf],
  );
  const history = useChangeHistory(track, onHistoryStep);
  const actions = useBoardActions(history);
  useActionKeys(actions);

  const onMoveAgreed = useCallback(
    (modelId: string, to: Spot) => {
      const change: AtomicChange = { kind: 'placement.set', workshopId, modelId, from: null, to };
      // Errors surface in the save indicator; the change is then not recorded.
      void history.record(() => change).catch(() => undefined);
    },
    [history, workshopId],
  );

  if (workshop === undefined || placements === undefined || voices === undefined) return null;
  if (workshop === null) {
    return (
      <main className="not-found">
        <p role="alert">{t('board.notFound')}</p>
        <button type="button" onClick={onBack}>
          {t('board.back')}
        </button>
      </main>
    );
  }

  const { rounds, votes } = voices;
  const active = voices.participants.filter((p) => p.removedAt === null);
  const latest = latestRound(rounds);
  const revealed = rounds.filter((r) => r.state === 'revealed');
  const shownRound =
    revealed.find((r) => r.number === view.round)?.number ?? revealed.at(-1)?.number ?? null;
  const groupsWithVotes = new Set(
    voices.participants
      .filter((p) => votes.some((v) => v.participantId === p.id))
      .map((p) => p.groupId),
  );
  const shownIds = new Set(MODELS.map((m) => m.id));
  const placedCount = placements.filter((p) => shownIds.has(p.modelId)).length;

  let body;
  if (view.view === 'placing' && latest?.state === 'open') {
    body = (
      <PlacingBoard
        workshopId={workshopId}
        round={latest}
        participants={active}
        votes={votes}
        participantId={view.participantId}
        onParticipant={(participantId) => setView({ participantId })}
        labelOf={labelOf}
        record={history.record}
        announce={setNotice}
      />
    );
  } else if (view.view === 'pooled' && shownRound !== null) {
    body = (
      <PooledView
        workshopId={workshopId}
        setup={workshop.setup}
        rounds={rounds}
        votes={votes}
        placements={placements}
        round={shownRound}
        onRound={(round) => setView({ round })}
        labelOf={labelOf}
        record={history.record}
        announce={setNotice}
      />
    );
  } else if (view.view === 'compare' && shownRound !== null) {
    body = (
      <CompareView
        workshop={workshop}
        round={shownRound}
        participants={voices.participants}
        votes={votes}
      />
    );
  } else {
    body = <BoardView placements={placements} onMove={onMoveAgreed} />;
  }

  return (
    <div className="board">
      <header className="board-header">
        <BackButton label={t('board.back')} onBack={onBack} />
        <div className="board-title">
          {/* Cut to one line on screen: focusable so keyboard users can reveal it all. */}
          <h1 title={workshop.title} tabIndex={0}>
            {workshop.title}
          </h1>
          <p className="muted">
            <WorkshopMeta workshop={workshop} /> ·{' '}
            {t('board.placedSummary', { count: placedCount, total: MODELS.length })}
          </p>
        </div>
        <SaveIndicator status={status} />
        <div className="toolbar">
          {actions.map((action) => (
            <ActionButton key={action.name} action={action} />
          ))}
          <button
            type="button"
            aria-pressed={display.markers}
            title={t('boardLayout.markersHint')}
            onClick={() => setBoardDisplay({ markers: !display.markers })}
          >
            {t('boardLayout.markers')}
          </button>
          <LanguageSwitch />
          <ExportPlanButton
            workshop={workshop}
            placements={placements}
            voices={{ ...voices, setup: workshop.setup }}
          />
        </div>
      </header>
      <PhaseBar workshop={workshop} record={history.record} />
      <RoundBar
        workshopId={workshopId}
        rounds={rounds}
        activeParticipants={active}
        canCompare={groupsWithVotes.size >= 2}
        view={view}
        onView={setView}
        record={history.record}
        onOpenParticipants={() => setShowParticipants(true)}
      />
      <p role="status" className="visually-hidden">
        {notice}
      </p>
      <Suspense fallback={null}>
        {body}
        {showParticipants && (
          <ParticipantsDialog
            workshop={workshop}
            participants={voices.participants}
            votes={votes}
            record={history.record}
            onClose={() => setShowParticipants(false)}
          />
        )}
      </Suspense>
    </div>
  );
}
