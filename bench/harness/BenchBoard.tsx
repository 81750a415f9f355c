import { useLiveQuery } from 'dexie-react-hooks';
import type { PlacementsRepo } from '../../renderer/src/db/placementsRepo';
import { BoardWorkspace } from '../../renderer/src/features/board/BoardWorkspace';
import { useBoardWorkspace } from '../../renderer/src/features/board/useBoardWorkspace';
import { useHistory } from '../../renderer/src/features/board/useHistory';
import { useSaveStatus } from '../../renderer/src/features/board/useSaveStatus';

type Props = {
  repo: PlacementsRepo;
  workshopId: string;
  titleOf: (modelId: string) => string;
};

const noStep = () => undefined;
const noDetails = () => undefined;

/**
 * BoardScreen's drag wiring (live placements, save status, undo history, useBoardWorkspace)
 * around the real BoardWorkspace, minus the header and dialogs, on the bench's own database.
 */
export function BenchBoard({ repo, workshopId, titleOf }: Props) {
  const placements = useLiveQuery(() => repo.listForWorkshop(workshopId), [repo, workshopId]);
  const { track } = useSaveStatus();
  const history = useHistory(track, noStep);
  const { workspace } = useBoardWorkspace({
    workshopId,
    repo,
    placements,
    run: history.run,
    cardTitle: titleOf,
    onShowDetails: noDetails,
  });

  if (placements === undefined) return null;
  return (
    <div className="board">
      <BoardWorkspace {...workspace} />
    </div>
  );
}
