import type { ChangesRepo } from '../../renderer/src/db/changesRepo';
import { usePlacements } from '../../renderer/src/db/usePlacements';
import { useVoices } from '../../renderer/src/db/useVoices';
import { useWorkshop } from '../../renderer/src/db/useWorkshop';
import { useSaveStatus } from '../../renderer/src/features/board/useSaveStatus';
import { useChangeHistory } from '../../renderer/src/features/history/useChangeHistory';
import { useParticipantLabels } from '../../renderer/src/features/participants/useParticipantLabels';
import { PooledView } from '../../renderer/src/features/pooled/PooledView';

type Props = {
  workshopId: string;
  /** The revealed round shown. */
  round: number;
  /** Whether PooledView is mounted; the data stay loaded either way. */
  shown: boolean;
  changes: ChangesRepo;
};

const noStep = () => undefined;
const noRound = () => undefined;
const noAnnounce = () => undefined;

/**
 * BoardScreen's wiring of the pooled view (live workshop, placements and voices from the app's
 * own hooks and database, participant labels, save status, undo history) around the real
 * PooledView, minus the header, round bar and dialogs. PooledView mounts and unmounts on
 * `shown` while the data stay loaded, so a mount measures computing and drawing the view, not
 * reading IndexedDB.
 */
export function BenchPooled({ workshopId, round, shown, changes }: Props) {
  const workshop = useWorkshop(workshopId);
  const placements = usePlacements(workshopId);
  const voices = useVoices(workshopId);
  const { track } = useSaveStatus();
  const history = useChangeHistory(track, noStep, changes);

  const labelOf = useParticipantLabels(voices?.participants, workshop?.setup.anonymous);

  if (!workshop || placements === undefined || voices === undefined) return null;
  return (
    <div className="board" data-loaded="true">
      {shown && (
        <PooledView
          workshopId={workshopId}
          setup={workshop.setup}
          rounds={voices.rounds}
          votes={voices.votes}
          placements={placements}
          round={round}
          onRound={noRound}
          labelOf={labelOf}
          record={history.record}
          announce={noAnnounce}
        />
      )}
    </div>
  );
}
